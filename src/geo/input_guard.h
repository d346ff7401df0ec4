#pragma once
// Internal to rrw::geo: the checks that refuse a hostile or oversized input (geo/input_limits.h)
// before GDAL reads it, and the vertex budget of an import.

#include <cstdint>
#include <string>
#include <vector>

#include "geo/zip_directory.h"

class OGRGeometry;

namespace rrw::geo {

/// The archive `zipPath` (a local or /vsicurl/ path): refuses more than kMaxArchiveEntries
/// entries, more than kMaxArchiveBytes unpacked, a member over kRatioCheckedFromBytes that
/// unpacks to more than kMaxCompressionRatio times its packed size, and symbolic links.
/// Throws rrw::Error naming `display`; returns the entries (names as stored).
std::vector<ZipEntry> checkArchive(const std::string& zipPath, const std::string& display);

/// The shapefile parts at `base` (the path without .shp): refuses a .dbf whose header claims
/// more fields than kMaxFields or more bytes than the file holds, and a .shx that declares a
/// shape with more than kMaxFeatureVertices vertices, or more than kMaxLayerVertices in all.
void checkShapefileSizes(const std::string& shxPath, const std::string& dbfPath,
                         const std::string& display);

/// Refuses a KML file larger than kMaxKmlBytes (libkml loads it whole).
void checkKmlSize(const std::string& gdalPath, const std::string& display);

/// Throws a clear rrw::Error when `gdalError` is GDAL's refusal of an oversized GeoJSON object
/// (OGR_GEOJSON_MAX_OBJ_SIZE) or CSV line (MAX_LINE_SIZE); returns otherwise.
void throwIfGdalSizeLimit(const std::string& gdalError, const std::string& display);

/// The number of vertices (points of all rings, lines and parts) of `g`.
std::uint64_t vertexCount(const OGRGeometry& g);

/// Counts the vertices of the features of one import against kMaxFeatureVertices and
/// kMaxLayerVertices.
class VertexBudget {
public:
    explicit VertexBudget(std::string display) : display_(std::move(display)) {}
    /// Throws rrw::Error naming the file and feature `fid` when a limit is exceeded.
    void add(const OGRGeometry* g, std::int64_t fid);

private:
    std::string display_;
    std::uint64_t total_ = 0;
};

}  // namespace rrw::geo
