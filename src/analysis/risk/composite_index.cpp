#include "analysis/risk/composite_index.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "analysis/risk/index_engine.h"

namespace rrw::analysis {
namespace {

nlohmann::json number(double v) {
    return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
}

}  // namespace

IndexResult computeIndex(const IndexModel& model, const ValueTable& table) {
    const detail::PreparedIndex prep = detail::prepareIndex(model, table);
    std::vector<double> slotWeights(prep.slots);
    for (std::size_t s = 0; s < prep.slots; ++s) {
        slotWeights[s] = model.indicators[prep.slotIndicator[s]].weight;
    }
    std::vector<double> groupWeights;
    std::vector<Aggregation> groupAggregation;
    IndexResult result;
    for (const auto& group : model.groups) {
        groupWeights.push_back(group.weight);
        groupAggregation.push_back(group.aggregation);
        result.groupIds.push_back(group.id);
    }
    detail::SampleSettings settings;
    settings.norm = detail::kOwn;
    settings.missing = model.missing == MissingTreatment::Mean ? 1 : 0;
    settings.slotWeights = slotWeights.data();
    settings.groupWeights = groupWeights.data();
    settings.groupAggregation = groupAggregation.data();
    settings.topAggregation = model.top.aggregation;
    settings.needGroupScores = true;

    std::vector<double> scores(prep.regions);
    std::vector<double> groupScores(prep.regions * prep.groups);
    std::vector<double> terms(prep.groups);
    detail::evaluate(prep, settings, scores.data(), groupScores.data(), terms.data());
    std::vector<std::uint32_t> ranks(prep.regions);
    detail::RankScratch buffer;
    detail::rankScores(scores.data(), prep.regions, 1e-9 * (prep.high - prep.low), buffer,
                       ranks.data());

    for (std::size_t r = 0; r < prep.regions; ++r) {
        RegionScore region;
        region.id = table.regions[r];
        region.tableRow = r;
        region.score = scores[r];
        region.rank = static_cast<int>(ranks[r]);
        region.groups.assign(
            groupScores.begin() + static_cast<std::ptrdiff_t>(r * prep.groups),
            groupScores.begin() + static_cast<std::ptrdiff_t>((r + 1) * prep.groups));
        result.regions.push_back(std::move(region));
    }
    std::sort(result.regions.begin(), result.regions.end(),
              [](const RegionScore& a, const RegionScore& b) {
                  const int ra = a.rank == 0 ? INT32_MAX : a.rank;
                  const int rb = b.rank == 0 ? INT32_MAX : b.rank;
                  return ra != rb ? ra < rb : a.id < b.id;
              });
    return result;
}

nlohmann::json toJson(const IndexResult& result) {
    nlohmann::json regions = nlohmann::json::array();
    for (const auto& region : result.regions) {
        nlohmann::json item;
        item["id"] = region.id;
        item["score"] = number(region.score);
        item["rank"] = region.rank > 0 ? nlohmann::json(region.rank) : nlohmann::json(nullptr);
        nlohmann::json groups = nlohmann::json::object();
        for (std::size_t g = 0; g < result.groupIds.size(); ++g) {
            groups[result.groupIds[g]] = number(region.groups[g]);
        }
        item["groups"] = std::move(groups);
        if (result.samples > 0) {
            item["rank_interval"] = region.rankLow > 0
                                        ? nlohmann::json::array({region.rankLow, region.rankHigh})
                                        : nlohmann::json(nullptr);
            item["rank_median"] =
                region.rankLow > 0 ? nlohmann::json(region.medianRank) : nlohmann::json(nullptr);
        }
        regions.push_back(std::move(item));
    }
    nlohmann::json out;
    out["regions"] = std::move(regions);
    if (result.samples > 0) {
        nlohmann::json sensitivity = nlohmann::json::array();
        for (const auto& s : result.sensitivity) {
            sensitivity.push_back({{"factor", s.factor}, {"S", s.s}});
        }
        out["sensitivity"] = std::move(sensitivity);
    }
    return out;
}

}  // namespace rrw::analysis
