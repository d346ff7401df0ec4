#include "analysis/risk/index_model.h"

#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/error.h"

namespace rrw::analysis {
namespace {

using nlohmann::json;

/// The member `key` of `obj` as a string, or an input error naming `where`.
std::string stringField(const json& obj, const char* key, const std::string& what,
                        const std::string& where) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs the text field \"{3}\"."),
                        {what, where, key});
    }
    return it->get<std::string>();
}

double weightField(const json& obj, const std::string& what, const std::string& where) {
    auto it = obj.find("weight");
    if (it == obj.end()) {
        return 1.0;
    }
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0.0) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the weight of {2} must be a number of at least 0."),
            {what, where});
    }
    return it->get<double>();
}

Aggregation aggregationField(const json& obj, const std::string& what, const std::string& where) {
    const std::string text = stringField(obj, "aggregation", what, where);
    if (text == "arithmetic") {
        return Aggregation::Arithmetic;
    }
    if (text == "geometric") {
        return Aggregation::Geometric;
    }
    throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} has the unknown aggregation \"{3}\"."),
                    {what, where, text});
}

const json& arrayField(const json& obj, const char* key, const std::string& what,
                       const std::string& where) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array() || it->empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs a non-empty list \"{3}\"."),
                        {what, where, key});
    }
    return *it;
}

Indicator parseIndicator(const json& item, const std::string& what, std::size_t position) {
    if (!item.is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: indicator number {2} is not an object."),
                        {what, std::to_string(position + 1)});
    }
    Indicator ind;
    ind.id = stringField(item, "id", what, "indicator number " + std::to_string(position + 1));
    const std::string where = "indicator " + ind.id;
    const std::string direction = stringField(item, "direction", what, where);
    if (direction == "higher_is_worse") {
        ind.direction = Direction::HigherIsWorse;
    } else if (direction == "higher_is_better") {
        ind.direction = Direction::HigherIsBetter;
    } else {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: indicator {2} has the unknown direction "
                                          "\"{3}\"."),
                        {what, ind.id, direction});
    }
    const std::string norm = stringField(item, "normalisation", what, where);
    if (norm == "minmax") {
        ind.normalisation = Normalisation::MinMax;
    } else if (norm == "zscore") {
        ind.normalisation = Normalisation::ZScore;
    } else if (norm == "rank") {
        ind.normalisation = Normalisation::Rank;
    } else if (norm == "goalpost") {
        ind.normalisation = Normalisation::Goalpost;
        auto gp = item.find("goalposts");
        if (gp == item.end() || !gp->is_array() || gp->size() != 2 || !(*gp)[0].is_number() ||
            !(*gp)[1].is_number() || !((*gp)[0].get<double>() < (*gp)[1].get<double>())) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: indicator {2} uses goalposts but has "
                                              "no \"goalposts\": [low, high] with low < "
                                              "high."),
                            {what, ind.id});
        }
        ind.goalLow = (*gp)[0].get<double>();
        ind.goalHigh = (*gp)[1].get<double>();
    } else {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: indicator {2} has the unknown "
                                          "normalisation \"{3}\"."),
                        {what, ind.id, norm});
    }
    ind.weight = weightField(item, what, where);
    return ind;
}

}  // namespace

IndexModel parseIndexModel(const nlohmann::json& json, const std::string& what) {
    if (!json.is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the index model must be a JSON object."),
                        {what});
    }
    IndexModel model;
    std::map<std::string, std::size_t> indicatorIndex;
    const auto& indicators = arrayField(json, "indicators", what, "the model");
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        Indicator ind = parseIndicator(indicators[i], what, i);
        if (!indicatorIndex.emplace(ind.id, model.indicators.size()).second) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: indicator {2} is defined twice."),
                            {what, ind.id});
        }
        model.indicators.push_back(std::move(ind));
    }

    std::map<std::string, std::size_t> groupIndex;
    const auto& groups = arrayField(json, "groups", what, "the model");
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto& item = groups[g];
        if (!item.is_object()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: group number {2} is not an object."),
                            {what, std::to_string(g + 1)});
        }
        Group group;
        group.id = stringField(item, "id", what, "group number " + std::to_string(g + 1));
        const std::string where = "group " + group.id;
        double weightSum = 0.0;
        std::set<std::size_t> seen;
        for (const auto& member : arrayField(item, "members", what, where)) {
            const std::string id = member.is_string() ? member.get<std::string>() : member.dump();
            auto it = indicatorIndex.find(id);
            if (it == indicatorIndex.end()) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: group {2} names the unknown indicator {3}."),
                    {what, group.id, id});
            }
            if (!seen.insert(it->second).second) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: group {2} names indicator {3} twice."),
                    {what, group.id, id});
            }
            group.members.push_back(it->second);
            weightSum += model.indicators[it->second].weight;
        }
        if (!(weightSum > 0.0)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the weights of the members of group {2} are all 0."),
                {what, group.id});
        }
        group.aggregation = aggregationField(item, what, where);
        group.weight = weightField(item, what, where);
        if (!groupIndex.emplace(group.id, model.groups.size()).second) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: group {2} is defined twice."),
                            {what, group.id});
        }
        model.groups.push_back(std::move(group));
    }

    auto top = json.find("top");
    if (top == json.end() || !top->is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the model needs an object \"top\"."),
                        {what});
    }
    double topWeight = 0.0;
    std::set<std::size_t> seenGroups;
    for (const auto& member : arrayField(*top, "members", what, "the top level")) {
        const std::string id = member.is_string() ? member.get<std::string>() : member.dump();
        auto it = groupIndex.find(id);
        if (it == groupIndex.end()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the top level names the unknown group {2}."),
                {what, id});
        }
        if (!seenGroups.insert(it->second).second) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the top level names group {2} twice."),
                            {what, id});
        }
        model.top.members.push_back(it->second);
        topWeight += model.groups[it->second].weight;
    }
    if (!(topWeight > 0.0)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the weights of the top-level groups are all 0."),
            {what});
    }
    model.top.aggregation = aggregationField(*top, what, "the top level");

    if (auto scale = json.find("scale"); scale != json.end()) {
        if (!scale->is_array() || scale->size() != 2 || !(*scale)[0].is_number() ||
            !(*scale)[1].is_number() || !((*scale)[0].get<double>() < (*scale)[1].get<double>()) ||
            !std::isfinite((*scale)[1].get<double>()) ||
            !std::isfinite((*scale)[0].get<double>())) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: \"scale\" must be [low, high] with low < high."),
                {what});
        }
        model.scaleLow = (*scale)[0].get<double>();
        model.scaleHigh = (*scale)[1].get<double>();
    }
    if (auto missing = json.find("missing"); missing != json.end()) {
        const std::string text =
            missing->is_string() ? missing->get<std::string>() : missing->dump();
        if (text == "exclude") {
            model.missing = MissingTreatment::Exclude;
        } else if (text == "mean") {
            model.missing = MissingTreatment::Mean;
        } else {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the missing-value treatment \"{2}\" is "
                                              "unknown (exclude or mean)."),
                            {what, text});
        }
    }
    return model;
}

ValueTable valueTableFromRows(
    const std::vector<std::tuple<std::string, std::string, double>>& rows) {
    ValueTable table;
    std::map<std::string, std::size_t> regionIndex;
    std::map<std::string, std::size_t> indicatorIndex;
    for (const auto& [region, indicator, value] : rows) {
        if (regionIndex.emplace(region, table.regions.size()).second) {
            table.regions.push_back(region);
        }
        if (indicatorIndex.emplace(indicator, table.indicators.size()).second) {
            table.indicators.push_back(indicator);
        }
    }
    const std::size_t nInd = table.indicators.size();
    table.values.assign(table.regions.size() * nInd, std::numeric_limits<double>::quiet_NaN());
    std::vector<bool> filled(table.values.size(), false);
    for (const auto& [region, indicator, value] : rows) {
        if (std::isinf(value)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "The value of indicator {2} for region {1} is infinite."),
                {region, indicator});
        }
        const std::size_t cell = regionIndex[region] * nInd + indicatorIndex[indicator];
        if (filled[cell]) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "Region {1} has two values for indicator {2}."),
                {region, indicator});
        }
        filled[cell] = true;
        table.values[cell] = value;
    }
    return table;
}

}  // namespace rrw::analysis
