#pragma once

#include <vector>

#include "analysis/scenario/scenario.h"
#include "analysis/supply/network.h"

namespace rrw::analysis {

/// A network with measures in place, and the measures that act on the hazards instead.
struct MeasuredNetwork {
    SupplyNetwork network;
    bool commutersExempt = false;  ///< GreenCard: closures do not stop commuters
};

/// Applies `measures` in order to a copy of `base` (docs/SUPPLY.md, "Measures"); `base` is
/// not changed. Throws rrw::Error (Input) naming `what` and the measure when a nearshoring
/// supplier or crossing is unknown.
MeasuredNetwork applyMeasures(const SupplyNetwork& base, const std::vector<Measure>& measures,
                              const std::string& what);

}  // namespace rrw::analysis
