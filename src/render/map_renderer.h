#pragma once

#include <QPainter>

#include "render/map_content.h"
#include "render/map_language.h"
#include "render/map_view.h"

namespace rrw::render {

struct RenderOptions {
    MapLanguage language;
    bool labels = true;
    bool furniture = true;  ///< legend, scale bar, north arrow, attribution, title
};

struct RenderStats {
    std::size_t featuresDrawn = 0;
    int labelsDrawn = 0;
};

/// Draws a MapContent onto any QPaintDevice (QImage, QPdfWriter, QSvgGenerator, a widget's
/// backing image) through a QPainter, in the storage CRS. Stateless between calls: safe to
/// use from a worker thread on its own painter.
class MapRenderer {
public:
    MapRenderer(const MapContent& content, const MapTexts& texts)
        : content_(content), texts_(texts) {}

    RenderStats render(QPainter& painter, const MapView& view, const RenderOptions& options) const;

private:
    const MapContent& content_;
    const MapTexts& texts_;

    std::size_t drawLayer(QPainter& painter, const MapView& view, std::size_t styleIndex) const;
    void collectLabels(class LabelPlacer& placer, const MapView& view, std::size_t styleIndex,
                       const MapLanguage& lang) const;
};

/// The label text of feature `f` in `lang`: "Cheb / Eger" style for a bilingual map (the
/// official name first, then the other language's name when it differs).
QString labelText(const geo::LayerData& data, std::size_t f, const LabelStyle& style,
                  const MapLanguage& lang);

}  // namespace rrw::render
