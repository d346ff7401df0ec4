#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/scenario/conditions.h"
#include "analysis/supply/network.h"

namespace rrw::analysis {

/// The supply links between two places, summed for a flow map (docs/SUPPLY.md, "Flow map").
/// A place is a municipality (its code) or an external node (its id).
struct SupplyFlow {
    std::string from, to;
    bool fromExternal = false;
    /// Output-weighted mean WGS84 longitude/latitude of the firms of `from`/`to` that have a
    /// position; NaN for external nodes and places without positions.
    double fromLon, fromLat, toLon, toLat;
    std::string fromCountry, toCountry;  ///< "" for East Asia and the rest of the EU
    double volume = 0.0;                 ///< Σ input share × customer daily output, EUR/day
    std::size_t links = 0;
    std::size_t crossingLinks = 0;  ///< of them routed over a border crossing
    bool crossBorder = false;       ///< DE ↔ CZ: over a crossing, or between the two countries
    bool broken = false;            ///< the hazards cut these links' deliveries (below)
};

struct SupplyFlowSummary {
    std::vector<SupplyFlow> flows;  ///< by volume, largest first
    std::size_t links = 0;          ///< links in the network
    std::size_t localLinks = 0;     ///< within one municipality: not drawn as flows
    std::size_t brokenLinks = 0;
    double volume = 0.0;
    double brokenVolume = 0.0;
};

/// A link is broken when on some day of `conditions` its delivery is cut by a hazard: its
/// crossing is not fully open to freight, or its supplier is East Asia and the far-east
/// interruption holds back part of the supply. Links of one (from, to) pair are split into a
/// broken and an intact flow. Firms without a municipality count as places of their own id.
SupplyFlowSummary aggregateFlows(const SupplyNetwork& network, const DailyConditions& conditions);

}  // namespace rrw::analysis
