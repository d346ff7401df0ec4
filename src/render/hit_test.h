#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "geo/layer_reader.h"

namespace rrw::render {

class MapContent;

/// A feature under a point of the map.
struct Hit {
    std::size_t styleIndex;  ///< index into MapStyle::layers
    std::string layer;
    std::size_t feature;  ///< index into the layer's LayerData
    std::int64_t fid;
};

/// The features of the visible style layers at (x, y) (storage CRS, metres), topmost first:
/// style layers from the top down, and within one the feature drawn last first. Polygons are hit
/// when they contain the point (odd-even over all rings, so a hole is not part of the polygon);
/// lines and points when they lie within `toleranceMetres`. A feature drawn by two style layers
/// is reported once, for the upper one.
std::vector<Hit> hitTest(const MapContent& content, double x, double y, double toleranceMetres);

/// Whether feature `feature` of `data` is hit at (x, y) by the rules of hitTest(). Features of
/// mixed geometry count as hit inside any closed ring or near any of their lines and points.
bool hitsFeature(const geo::LayerData& data, std::size_t feature, double x, double y,
                 double toleranceMetres);

}  // namespace rrw::render
