#pragma once

#include <QPainter>
#include <QRectF>

#include "analysis/supply/flows.h"
#include "render/map_language.h"
#include "render/map_view.h"

namespace rrw::ui {

/// How flows are drawn (docs/SUPPLY.md, "Flow map").
struct FlowPaintOptions {
    std::size_t maxFlows = 400;  ///< the largest flows only; the legend says how many
    double maxWidthMm = 4.0;     ///< the largest flow
    double minWidthMm = 0.2;
    /// The region's extent in world coordinates (x: left/right, y: bottom/top); external nodes
    /// enter just outside it. Empty = the box of the places drawn.
    QRectF regionWorld;
};

/// Draws the supply flows onto a map in `view` (storage CRS): width by volume (square-root
/// scale), DE–CZ flows in red and on top of the others (grey-blue), flows the hazards cut
/// dashed, curved so that the two directions between two places stay apart, with an arrow
/// head at the customer. Flows from external nodes start at the map's edge (the rest of
/// Germany from the west, the rest of Czechia and East Asia from the east, the rest of the EU
/// from the south). Adds a legend in `language`. Returns the number of flows drawn.
std::size_t paintFlows(QPainter& painter, const render::MapView& view,
                       const analysis::SupplyFlowSummary& flows, const FlowPaintOptions& options,
                       const render::MapTexts& texts, const render::MapLanguage& language);

}  // namespace rrw::ui
