#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>

#include <vector>

#include "render/map_content.h"
#include "render/map_language.h"
#include "render/map_view.h"
#include "render/symbology.h"

namespace rrw::render {

/// Map furniture laid out for one view: title (top left), north arrow (top right), legend
/// (right), scale bar (bottom left) and the attribution line built from the layers' sources
/// (bottom). Sizes are in millimetres, so they scale with the dpi.
class Furniture {
public:
    Furniture(const MapContent& content, const MapTexts& texts, const MapLanguage& lang,
              const MapView& view);

    /// Areas that labels must keep clear of.
    std::vector<QRectF> reservedAreas() const;
    void draw(QPainter& painter) const;
    QFont font() const { return font_; }
    /// The legend groups shown (also what the UI's legend panel lists).
    const std::vector<LegendGroup>& legend() const { return legend_; }

private:
    const MapContent& content_;
    MapLanguage lang_;
    MapView view_;
    QFont font_;
    QString title_;
    QString attribution_;
    std::vector<LegendGroup> legend_;
    QRectF titleRect_, legendRect_, scaleRect_, northRect_, attributionRect_;

    double px(double mm) const { return view_.mmToPx(mm); }
    QFont sized(double pt, bool bold = false) const;
    void layout();
    void drawLegend(QPainter& painter) const;
    void drawScaleBar(QPainter& painter) const;
    void drawNorthArrow(QPainter& painter) const;
};

}  // namespace rrw::render
