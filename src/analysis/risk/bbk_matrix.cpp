#include "analysis/risk/bbk_matrix.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "core/error.h"

namespace rrw::analysis {
namespace {

using nlohmann::json;

constexpr std::array<Likelihood, 5> kLikelihoods = {Likelihood::A, Likelihood::B, Likelihood::C,
                                                    Likelihood::D, Likelihood::E};

std::string textField(const json& obj, const char* key, const std::string& what,
                      const std::string& where, bool required) {
    auto it = obj.find(key);
    if (it == obj.end() && !required) {
        return {};
    }
    if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs the text field \"{3}\"."),
                        {what, where, key});
    }
    return it->get<std::string>();
}

bool isParameter(const std::string& name) {
    return std::find_if(kBbkParameters.begin(), kBbkParameters.end(),
                        [&](const char* p) { return name == p; }) != kBbkParameters.end();
}

BbkScenario parseScenario(const json& item, const std::string& what, std::size_t position) {
    if (!item.is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: scenario number {2} is not an object."),
                        {what, std::to_string(position + 1)});
    }
    BbkScenario s;
    s.id = textField(item, "id", what, "scenario number " + std::to_string(position + 1), true);
    const std::string where = "scenario " + s.id;
    s.nameDe = textField(item, "name_de", what, where, true);
    s.nameCs = textField(item, "name_cs", what, where, true);
    s.nameEn = textField(item, "name_en", what, where, true);
    s.source = textField(item, "assessment", what, where, false);

    const std::string letter = textField(item, "likelihood", what, where, true);
    if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'E') {
        throwInputError(
            QT_TRANSLATE_NOOP(
                "rrw", "{1}: scenario {2}: the likelihood \"{3}\" is not one of A, B, C, D, E."),
            {what, s.id, letter});
    }
    s.likelihood = kLikelihoods[static_cast<std::size_t>(letter[0] - 'A')];

    auto extent = item.find("extent");
    const json empty = json::object();
    const json& classes = (extent != item.end() && extent->is_object()) ? *extent : empty;
    for (auto it = classes.begin(); it != classes.end(); ++it) {
        if (!isParameter(it.key())) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: scenario {2} has the unknown damage parameter \"{3}\" "
                                  "(known: people, environment, economy, supply, immaterial)."),
                {what, s.id, it.key()});
        }
    }
    for (const char* parameter : kBbkParameters) {
        auto it = classes.find(parameter);
        if (it == classes.end() || !it->is_number_integer() || it->get<int>() < 1 ||
            it->get<int>() > 5) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: scenario {2} needs the extent class of "
                                              "\"{3}\" as a whole number from 1 to 5."),
                            {what, s.id, parameter});
        }
        s.extent[parameter] = it->get<int>();
    }
    return s;
}

}  // namespace

std::vector<BbkScenario> parseBbkScenarios(const json& doc, const std::string& what) {
    auto list = doc.is_object() ? doc.find("scenarios") : doc.end();
    if (!doc.is_object() || list == doc.end() || !list->is_array() || list->empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs a non-empty list \"{3}\"."),
                        {what, "the file", "scenarios"});
    }
    std::vector<BbkScenario> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        BbkScenario s = parseScenario((*list)[i], what, i);
        if (!seen.insert(s.id).second) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the scenario id \"{2}\" appears more than once."),
                {what, s.id});
        }
        out.push_back(std::move(s));
    }
    return out;
}

int likelihoodIndex(Likelihood likelihood) {
    return static_cast<int>(likelihood) + 1;
}

std::string likelihoodLetter(Likelihood likelihood) {
    return std::string(1, static_cast<char>('A' + static_cast<int>(likelihood)));
}

std::string riskLevel(int riskScore) {
    if (riskScore <= 4) {
        return "low";
    }
    if (riskScore <= 9) {
        return "medium";
    }
    if (riskScore <= 15) {
        return "high";
    }
    return "very_high";
}

BbkPlacement placeScenario(const BbkScenario& scenario,
                           const std::map<std::string, double>& weights,
                           ExtentAggregation aggregation) {
    for (const auto& [parameter, weight] : weights) {
        if (!std::isfinite(weight) || weight < 0.0) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the weight of {2} must be a number of at least 0."),
                {"weights", parameter});
        }
    }
    int extentClass = 1;
    if (aggregation == ExtentAggregation::Max) {
        for (const auto& [parameter, cls] : scenario.extent) {
            extentClass = std::max(extentClass, cls);
        }
    } else {
        double sum = 0.0;
        double weightSum = 0.0;
        for (const auto& [parameter, cls] : scenario.extent) {
            auto it = weights.find(parameter);
            const double w = it == weights.end() ? 1.0 : it->second;
            sum += w * cls;
            weightSum += w;
        }
        if (!(weightSum > 0.0)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "The weights of the parameters of scenario {1} sum to 0."),
                {scenario.id});
        }
        // Half up; the tolerance keeps 2.5 computed as 2.4999999… in class 3.
        extentClass = static_cast<int>(std::floor(sum / weightSum + 0.5 + 1e-9));
        extentClass = std::clamp(extentClass, 1, 5);
    }
    BbkPlacement p;
    p.id = scenario.id;
    p.likelihood = scenario.likelihood;
    p.extentClass = extentClass;
    p.riskScore = likelihoodIndex(scenario.likelihood) * extentClass;
    p.level = riskLevel(p.riskScore);
    return p;
}

json matrixJson(const std::vector<BbkScenario>& scenarios,
                const std::map<std::string, double>& weights, ExtentAggregation aggregation) {
    std::vector<BbkPlacement> placements;
    for (const auto& s : scenarios) {
        placements.push_back(placeScenario(s, weights, aggregation));
    }
    json cells = json::array();
    for (Likelihood l : kLikelihoods) {
        for (int e = 1; e <= 5; ++e) {
            json ids = json::array();
            for (const auto& p : placements) {
                if (p.likelihood == l && p.extentClass == e) {
                    ids.push_back(p.id);
                }
            }
            const int score = likelihoodIndex(l) * e;
            cells.push_back({{"likelihood", likelihoodLetter(l)},
                             {"extent", e},
                             {"risk_score", score},
                             {"level", riskLevel(score)},
                             {"scenarios", std::move(ids)}});
        }
    }
    json out;
    out["matrix"] = {
        {"likelihood_classes", {"A", "B", "C", "D", "E"}},
        {"extent_classes", {1, 2, 3, 4, 5}},
        {"aggregation", aggregation == ExtentAggregation::Max ? "max" : "mean"},
        {"bands", json::array({{{"level", "low"}, {"min_score", 1}, {"max_score", 4}},
                               {{"level", "medium"}, {"min_score", 5}, {"max_score", 9}},
                               {{"level", "high"}, {"min_score", 10}, {"max_score", 15}},
                               {{"level", "very_high"}, {"min_score", 16}, {"max_score", 25}}})},
        {"cells", std::move(cells)}};
    json list = json::array();
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const BbkScenario& s = scenarios[i];
        const BbkPlacement& p = placements[i];
        json parameters = json::object();
        for (const auto& [parameter, cls] : s.extent) {
            parameters[parameter] = cls;
        }
        list.push_back({{"id", s.id},
                        {"names", {{"de", s.nameDe}, {"cs", s.nameCs}, {"en", s.nameEn}}},
                        {"likelihood", likelihoodLetter(p.likelihood)},
                        {"extent_class", p.extentClass},
                        {"parameters", std::move(parameters)},
                        {"risk_score", p.riskScore},
                        {"level", p.level},
                        {"assessment", s.source}});
    }
    out["scenarios"] = std::move(list);
    return out;
}

}  // namespace rrw::analysis
