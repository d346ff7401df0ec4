#pragma once

#include <QPainter>
#include <QRectF>

#include <vector>

#include "render/map_content.h"
#include "render/map_language.h"
#include "render/symbology.h"

namespace rrw::ui {

/// The legend of a slide, drawn beside the map rather than over it (a projected slide needs
/// large type, and a legend that large would hide the part of the map the slide is about).
/// Qt Gui only.
class SlideLegend {
public:
    /// The groups of the visible layers shown in the legend, top layer first (as on maps).
    SlideLegend(const render::MapContent& content, const render::MapTexts& texts,
                const render::MapLanguage& language);

    bool empty() const { return groups_.empty(); }
    /// The entry text size (points) at which the legend fits `rect` at `dpi`: `preferredPt`, or
    /// smaller down to `minimumPt` (then it is cut at the bottom).
    double fit(const QRectF& rect, double dpi, double preferredPt, double minimumPt) const;
    /// Height of the legend `width` wide with entries at `pt`.
    double height(double width, double dpi, double pt) const;
    void draw(QPainter& painter, const QRectF& rect, double dpi, double pt) const;

private:
    std::vector<render::LegendGroup> groups_;

    /// Lays the legend out; with a painter it also draws.
    double run(QPainter* painter, const QRectF& rect, double dpi, double pt) const;
};

}  // namespace rrw::ui
