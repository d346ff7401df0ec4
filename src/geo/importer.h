#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/feedback.h"
#include "geo/geopackage.h"

namespace rrw::geo {

struct ImportOptions {
    std::string layerName;    ///< name in the store; "" = the source layer's name
    std::string sourceLayer;  ///< layer (or zip member) of a multi-layer source
    std::string sourceCrs;    ///< "EPSG:N" for data without a CRS (overrides the file's CRS)
    std::string encoding;     ///< attribute encoding, e.g. "CP1250"; "" = .cpg or UTF-8
};

struct RejectedFeature {
    std::int64_t id = 0;     ///< source feature id
    std::int64_t line = -1;  ///< line of a CSV file (header = line 1), -1 for other formats
    Message reason;
};

/// What an import did; stored in the layer metadata and printed by the CLI.
struct ImportReport {
    std::string layer;
    std::string input;   ///< the file as the user named it (plus the member of a zip)
    std::string driver;  ///< GDAL driver that read it
    std::string sourceLayer;
    std::string sourceCrs;      ///< e.g. "EPSG:5514"
    std::string sourceCrsNote;  ///< how the CRS was decided (file, --source-crs, assumed)
    std::string transformation;
    double transformationAccuracyM = -1;  ///< -1 = unknown
    std::string encoding;
    std::string geometryType;  ///< OGR name, e.g. "Multi Polygon"
    std::int64_t sourceFeatures = 0;
    std::int64_t features = 0;  ///< written to the store
    std::int64_t repaired = 0;
    std::int64_t rejected = 0;
    std::int64_t withoutGeometry = 0;
    std::vector<RejectedFeature> rejectedFeatures;  ///< the first 1000
    std::vector<Message> warnings;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;  ///< extent in EPSG:3035
};

/// Reads one vector layer from `input`, reprojects it to EPSG:3035, repairs or rejects invalid
/// geometries and writes it as a new layer of `gpkg`. The caller owns the transaction; on any
/// rrw::Error the caller rolls back. Cancel via `feedback` throws Error{Canceled}.
ImportReport importLayer(GeoPackage& gpkg, const std::string& input, const ImportOptions& options,
                         Feedback& feedback);

/// True when a layer or table of that name (compared case-insensitively) exists.
bool isLayerNameTaken(GeoPackage& gpkg, const std::string& name);

/// Throws rrw::Error when `name` cannot be a new layer of `gpkg` (empty, reserved prefix,
/// taken by a layer or table).
void checkNewLayerName(GeoPackage& gpkg, const std::string& name);

}  // namespace rrw::geo
