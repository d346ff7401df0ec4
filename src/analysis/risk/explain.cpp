#include "analysis/risk/explain.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include "analysis/risk/index_engine.h"
#include "core/error.h"

namespace rrw::analysis {

namespace {

/// Splits an aggregate of `parts` (value, weight) into contributions that add up to it.
/// Arithmetic: weight × value. Geometric (INFORM, exp(Σw ln(v−L+1)) − 1 + L): the part above
/// the scale's low end is shared in proportion to each w ln(v−L+1), the low end by weight.
double aggregate(std::vector<ScorePart>& parts, Aggregation aggregation, double low) {
    double weightSum = 0.0;
    for (const auto& p : parts) {
        weightSum += std::isnan(p.value) ? 0.0 : p.weight;
    }
    if (weightSum <= 0.0) {
        return std::nan("");
    }
    for (auto& p : parts) {
        p.weight = std::isnan(p.value) ? 0.0 : p.weight / weightSum;
    }
    if (aggregation == Aggregation::Arithmetic) {
        double total = 0.0;
        for (auto& p : parts) {
            p.contribution = std::isnan(p.value) ? 0.0 : p.weight * p.value;
            total += p.contribution;
        }
        return total;
    }
    double logSum = 0.0;
    for (const auto& p : parts) {
        logSum += std::isnan(p.value) ? 0.0 : p.weight * std::log(p.value - low + 1.0);
    }
    const double total = std::exp(logSum) - 1.0 + low;
    for (auto& p : parts) {
        if (std::isnan(p.value)) {
            p.contribution = 0.0;
            continue;
        }
        const double term = p.weight * std::log(p.value - low + 1.0);
        p.contribution = low * p.weight + (logSum > 0.0 ? (total - low) * term / logSum : 0.0);
    }
    return total;
}

}  // namespace

Explanation explainScore(const IndexModel& model, const ValueTable& table,
                         const std::string& region) {
    const auto it = std::find(table.regions.begin(), table.regions.end(), region);
    if (it == table.regions.end()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "no values for the region '{1}'"), {region});
    }
    const std::size_t r = static_cast<std::size_t>(it - table.regions.begin());
    const detail::PreparedIndex prep = detail::prepareIndex(model, table);
    const int missing = model.missing == MissingTreatment::Mean ? 1 : 0;
    const auto& values = prep.value[detail::kOwn][static_cast<std::size_t>(missing)];
    const auto& mask = prep.mask[static_cast<std::size_t>(missing)];

    Explanation out;
    out.region = region;
    std::vector<ScorePart> groupParts;
    for (std::size_t g = 0; g < prep.groups; ++g) {
        GroupExplanation ge;
        for (std::size_t s = prep.groupBegin[g]; s < prep.groupBegin[g + 1]; ++s) {
            const Indicator& ind = model.indicators[prep.slotIndicator[s]];
            const bool present = mask[r * prep.slots + s] > 0.0;
            ge.indicators.push_back(
                {ind.id, present ? values[r * prep.slots + s] : std::nan(""), ind.weight, 0.0});
        }
        const double score = aggregate(ge.indicators, model.groups[g].aggregation, prep.low);
        ge.group = {model.groups[g].id, score, model.groups[g].weight, 0.0};
        out.groups.push_back(std::move(ge));
    }
    for (std::size_t g : prep.topGroups) {
        groupParts.push_back(out.groups[g].group);
    }
    out.score = aggregate(groupParts, model.top.aggregation, prep.low);
    for (std::size_t k = 0; k < prep.topGroups.size(); ++k) {
        GroupExplanation& ge = out.groups[prep.topGroups[k]];
        ge.group.weight = groupParts[k].weight;
        ge.group.contribution = groupParts[k].contribution;
        // Indicators share their group's contribution in proportion to their part of the group.
        double inGroup = 0.0;
        for (const auto& p : ge.indicators) {
            inGroup += p.contribution;
        }
        for (auto& p : ge.indicators) {
            p.contribution = inGroup != 0.0 ? ge.group.contribution * p.contribution / inGroup
                                            : ge.group.contribution * p.weight;
        }
    }
    return out;
}

nlohmann::json toJson(const Explanation& e) {
    const auto number = [](double v) {
        return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
    };
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : e.groups) {
        nlohmann::json indicators = nlohmann::json::array();
        for (const auto& p : g.indicators) {
            indicators.push_back({{"id", p.id},
                                  {"value", number(p.value)},
                                  {"weight", p.weight},
                                  {"contribution", p.contribution}});
        }
        groups.push_back({{"id", g.group.id},
                          {"score", number(g.group.value)},
                          {"weight", g.group.weight},
                          {"contribution", g.group.contribution},
                          {"indicators", indicators}});
    }
    return {{"region", e.region}, {"score", number(e.score)}, {"groups", groups}};
}

}  // namespace rrw::analysis
