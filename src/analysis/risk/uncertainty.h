#pragma once

#include <cstdint>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/index_model.h"

namespace rrw {
class Feedback;
}

namespace rrw::analysis {

struct UncertaintyOptions {
    int samples = 1000;
    std::uint64_t seed = 0;
    int threads = 2;
};

/// Monte Carlo uncertainty and sensitivity analysis of the ranks (docs/methods/composite_index.md):
/// fills each region's median rank and 5th–95th percentile rank interval and the first-order
/// sensitivity indices of `result`, which must come from computeIndex(model, table). Results
/// depend only on the seed and the sample count, not on `threads`.
/// With `feedback`, reports progress (0..1, from one worker thread at a time) and stops soon
/// after feedback->cancel(): it then throws rrw::Error (Canceled) and leaves `result` as it was.
void addUncertainty(const IndexModel& model, const ValueTable& table,
                    const UncertaintyOptions& options, IndexResult& result,
                    Feedback* feedback = nullptr);

}  // namespace rrw::analysis
