#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/scenario/scenario.h"
#include "analysis/supply/network.h"

namespace rrw::analysis {

/// What the hazards of a scenario do on each day, resolved for one network. Row 0 of every
/// array stands for the days before day 1 (normal conditions), row t for day t.
struct DailyConditions {
    int days = 0;
    std::size_t crossingSlots = 1;      ///< 1 + number of crossings; slot 0 = no crossing
    std::vector<float> freightOpen;     ///< (days + 1) × crossingSlots, 0..1
    std::vector<float> commuterOpen;    ///< days + 1: commuter throughput the firms see, 0..1
    std::vector<float> absence;         ///< days + 1: pandemic absence rate, 0..1
    std::vector<float> energyPrice;     ///< days + 1: relative energy price increase, ≥ 0
    std::vector<float> eastAsiaSupply;  ///< days + 1: share of East Asia's supply, 0..1
    int firstHazardDay = 0;             ///< first day any hazard acts (0 = none)
    int endHazardDay = 0;               ///< the day after the last hazard day (0 = none)

    float freight(int day, std::size_t slot) const {
        return freightOpen[static_cast<std::size_t>(day) * crossingSlots + slot];
    }
};

/// Normal conditions (no hazard) for `days` days.
DailyConditions normalConditions(const SupplyNetwork& network, int days);

/// Resolves the hazards over `days` days. Overlapping hazards of one kind: the most severe
/// value applies. Commuters see the commuter throughput of the crossings weighted by their
/// commuter roles (a closure of "all" crossings applies as such when no crossing has a
/// commuter role); `commutersExempt` (GreenCard) keeps it at 1. A border closure naming a
/// crossing the network does not know throws rrw::Error (Input) naming `what` and the hazard.
DailyConditions buildDailyConditions(const std::vector<Hazard>& hazards,
                                     const SupplyNetwork& network, int days, bool commutersExempt,
                                     const std::string& what);

}  // namespace rrw::analysis
