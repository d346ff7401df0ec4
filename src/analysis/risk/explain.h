#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "analysis/risk/index_model.h"

namespace rrw::analysis {

/// One part of a score: an indicator within its group, or a group within the total.
struct ScorePart {
    std::string id;
    double value = 0.0;         ///< normalised indicator value, or the group score (NaN = missing)
    double weight = 0.0;        ///< the weight it had, renormalised over the parts present
    double contribution = 0.0;  ///< its share of the score above it; the shares add up to it
};

struct GroupExplanation {
    ScorePart group;                    ///< contribution = share of the region's score
    std::vector<ScorePart> indicators;  ///< contribution = share of the region's score
};

/// "Why is this region's score what it is?": the score split into groups and indicators whose
/// contributions add up exactly to the score (docs/methods/composite_index.md, §why).
struct Explanation {
    std::string region;
    double score = 0.0;
    std::vector<GroupExplanation> groups;
};

/// Throws rrw::Error (Input) for an unknown region.
Explanation explainScore(const IndexModel& model, const ValueTable& table,
                         const std::string& region);
nlohmann::json toJson(const Explanation& explanation);

}  // namespace rrw::analysis
