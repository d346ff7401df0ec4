#pragma once
// Internal to rrw::geo: finding and opening the vector layer a user pointed at.

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "geo/csv_layout.h"
#include "geo/gdal_handles.h"

namespace rrw::geo {

struct SourceOptions {
    std::string sourceLayer;  ///< layer (or shapefile inside a zip) to take; "" = the only one
    std::string encoding;     ///< attribute encoding; "" = from .cpg / LDID, else UTF-8
};

struct InputSource {
    std::string displayName;  ///< what errors name: the user's path (plus member in a zip)
    std::string gdalPath;     ///< what GDAL opens (/vsizip/… for archives)
    std::string driver;       ///< GDAL short driver name
    DatasetPtr dataset;
    OGRLayer* layer = nullptr;
    std::optional<CsvLayout> csv;  ///< set for delimited text (coordinate or WKT columns)
    /// Encoding to recode strings from ("" = strings must already be UTF-8).
    std::string recodeFrom;
    std::string encodingNote;  ///< how the encoding was decided, for the layer metadata
    std::vector<Message> warnings;
    std::string openError;  ///< an error GDAL raised while opening, although the open succeeded
                            ///< ///< problems found while opening that do not stop the import

    bool csvCoordinates() const { return csv && csv->xColumn >= 0; }
    bool csvWkt() const { return csv && csv->xColumn < 0 && csv->wktColumn >= 0; }
};

/// Opens `path` (GeoJSON, Shapefile or zipped Shapefile, GeoPackage, KML, GML, CSV) read-only
/// with only the documented drivers, after the hostile-input checks (geo/input_guard.h).
/// http(s):// and /vsicurl/ paths are refused unless network access is allowed
/// (geo/network.h); other virtual paths and VRT files always. Throws rrw::Error naming the
/// file for anything that is not a readable vector source.
InputSource openInput(const std::string& path, const SourceOptions& options);

}  // namespace rrw::geo
