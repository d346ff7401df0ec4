#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "analysis/risk/index_model.h"

namespace rrw::analysis {

struct RegionScore {
    std::string id;
    std::size_t tableRow = 0;    // the region's row in the ValueTable
    double score = 0.0;          // NaN = no group present
    int rank = 0;                // 1 = highest risk; 0 = no score
    std::vector<double> groups;  // per IndexResult::groupIds; NaN = no member present
    // Filled by addUncertainty (rankLow = 0: not computed or never ranked).
    double medianRank = 0.0;
    int rankLow = 0;   // 5th percentile of the Monte Carlo ranks
    int rankHigh = 0;  // 95th percentile
};

struct SensitivityIndex {
    std::string factor;
    double s = 0.0;  // first-order index, averaged over regions
};

struct IndexResult {
    std::vector<std::string> groupIds;
    std::vector<RegionScore> regions;  // ordered by rank, then id; unscored regions last
    int samples = 0;                   // Monte Carlo samples behind the intervals (0 = none)
    std::vector<SensitivityIndex> sensitivity;
};

/// Scores and ranks every region of `table` with `model` (docs/methods/composite_index.md).
/// Throws rrw::Error (Input) when the table lacks an indicator of the model.
IndexResult computeIndex(const IndexModel& model, const ValueTable& table);

/// {"regions": [{"id", "score", "rank", "groups": {id: score}, "rank_interval": [p5, p95],
/// "rank_median"}], "sensitivity": [{"factor", "S"}]}; missing numbers are null, the
/// uncertainty keys appear only after addUncertainty.
nlohmann::json toJson(const IndexResult& result);

}  // namespace rrw::analysis
