#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/geopackage.h"

namespace rrw::geo {

struct Envelope {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool valid = false;
    void merge(double x, double y);
    void merge(const Envelope& other);
    bool intersects(const Envelope& other) const {
        return valid && other.valid && minX <= other.maxX && maxX >= other.minX &&
               minY <= other.maxY && maxY >= other.minY;
    }
};

enum class GeometryKind { None, Points, Lines, Polygons, Mixed };

/// One attribute column, read for drawing: numbers where the field is numeric, text always.
struct AttributeColumn {
    std::string name;
    bool numeric = false;
    std::vector<double> numbers;     ///< NaN where NULL or not numeric
    std::vector<std::string> texts;  ///< "" where NULL
};

/// A layer in flat arrays, ready for fast drawing: every ring/line/point run is a range of
/// `xy` (interleaved x, y in the storage CRS), and every feature a range of runs. Polygon
/// features are drawn with the odd-even rule over all their rings (holes and parts).
struct LayerData {
    std::string name;
    GeometryKind kind = GeometryKind::None;
    std::vector<double> xy;
    std::vector<std::uint32_t> runStart;  ///< point index where run i starts; size = runs + 1
    std::vector<std::uint32_t>
        featureRuns;  ///< run index where feature f starts; size = features + 1
    std::vector<std::uint8_t> featureKind;  ///< GeometryKind of each feature (None for no geometry)
    std::vector<std::int64_t> fids;
    std::vector<Envelope> envelopes;  ///< per feature
    Envelope extent;
    std::vector<AttributeColumn> columns;

    std::size_t featureCount() const { return fids.size(); }
    const AttributeColumn* column(const std::string& fieldName) const;
};

/// Reads `layer` of the project with the attribute `fields` (others are skipped; unknown names
/// are an error). Throws rrw::Error naming the layer.
LayerData readLayer(GeoPackage& gpkg, const std::string& layer,
                    const std::vector<std::string>& fields);

/// Names of the attribute fields of `layer`.
std::vector<std::string> fieldNames(GeoPackage& gpkg, const std::string& layer);

}  // namespace rrw::geo
