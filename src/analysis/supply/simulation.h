#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/scenario/conditions.h"
#include "analysis/supply/network.h"

namespace rrw {
class Feedback;
}

namespace rrw::analysis {

struct SupplySimulationOptions {
    int threads = 2;
    /// ARIO-style spare capacity: while a customer's stock of an input is below its target,
    /// its suppliers deliver up to this share more than they ship normally (Hallegatte 2008).
    double refillRate = 0.25;
    /// A node that produces nothing on days [failedFrom, failedUntil] (critical suppliers).
    std::optional<std::uint32_t> failedNode;
    int failedFrom = 1;
    int failedUntil = 0;
    /// Progress goes to feedback as offset + scale × (share of days done); cancel is checked
    /// once a day.
    Feedback* feedback = nullptr;
    double progressOffset = 0.0;
    double progressScale = 1.0;
};

/// Daily production of every node as a fraction of its normal output: row 0 is the steady
/// state before day 1 (all 1), row t is day t.
struct SupplyRun {
    int days = 0;
    std::size_t nodes = 0;
    std::vector<float> production;  ///< (days + 1) × nodes

    float at(int day, std::size_t node) const {
        return production[static_cast<std::size_t>(day) * nodes + node];
    }
};

/// The firm-level daily simulation of docs/methods/supply_simulation.md: deliveries =
/// supplier output × open fraction of the route, lead-time delayed; Leontief production over
/// labour, energy and every input (stock + deliveries + substitutes after the switch days);
/// stocks deplete and refill toward their targets. The result depends only on the inputs,
/// not on `threads`. Throws rrw::Error (Canceled) when the feedback is canceled.
SupplyRun simulateSupply(const SupplyNetwork& network, const DailyConditions& conditions,
                         const SupplySimulationOptions& options = {});

}  // namespace rrw::analysis
