#pragma once

#include <string>
#include <vector>

#include "geo/layer_reader.h"
#include "render/map_language.h"
#include "render/style.h"
#include "render/symbology.h"
#include "store/project.h"

namespace rrw::render {

class MapContent;

/// The QGIS expression that gives the label text rrw draws (labelText in map_renderer.h) for
/// `lang`: de/cs take that language's field and fall back to the official name, en the official
/// name, de+cs / cs+de the official name followed by " / " and the other language's name where
/// it differs. An empty field name in `label` stands for a field the layer lacks. With
/// invert_priority and max_rank the expression is NULL (no label) for features ranked lower.
std::string qmlLabelExpression(const LabelStyle& label, const MapLanguage& lang);

/// The reference value of proportional symbols, as Symbology computes it: the largest |value|
/// of the style's size_field (or else width_field) over all `layers` the style covers; 0 when
/// the style has neither field or no finite value.
double proportionalMax(const LayerStyle& style, const std::vector<const geo::LayerData*>& layers);

/// A QGIS 3.22 style document (QML, categories Symbology|Labeling) that draws one layer of
/// `style` as rrw does: single, categorized or graduated renderer with the class limits and
/// colours of `symbology` (so a choropleth shared by several layers keeps its common classes),
/// simple fill/line/marker symbols in millimetres, the style's opacity, dashes, proportional
/// sizes (`sizeReference` = proportionalMax(), see above), and labels in `lang` with a halo. `kind`
/// is the layer's geometry (Points, Lines or Polygons; QGIS refuses a style of another geometry).
/// Features that rrw draws grey for "no value" are drawn grey in a categorized QML (QGIS's
/// catch-all category) but not drawn by a graduated one (QGIS has no such range).
std::string toQgisQml(const LayerStyle& style, const Symbology& symbology, geo::GeometryKind kind,
                      const MapLanguage& lang, double sizeReference = 0);

/// Saves the styles of `content` as data: for each style layer and each of its source layers
/// the layer's own style JSON (rrw_layer_style, "layer" set to that one layer) and, for spatial
/// layers, its QML as the default style QGIS loads (layer_styles, style name "rrw",
/// description "rrw <layer title>"). A layer drawn by several style layers keeps the topmost
/// one's. Call inside Project::write.
void saveLayerStyles(store::Project& project, const MapContent& content, const MapLanguage& lang);

}  // namespace rrw::render
