#pragma once
// Internal to rrw::geo: coordinate reference systems and the PROJ transformation in use.

#include <string>

#include "geo/gdal_handles.h"

namespace rrw::geo {

/// EPSG code of the project storage CRS (ETRS89-LAEA Europe).
inline constexpr int kStorageEpsg = 3035;

/// An EPSG CRS with traditional GIS axis order (x = easting/longitude).
SpatialRefPtr crsFromEpsg(int code);
/// Parses a user CRS ("EPSG:5514", "epsg:4326", a WKT or PROJJSON string) without network
/// or file access. Throws rrw::Error (Input) naming `what` when it cannot be understood.
SpatialRefPtr parseCrs(const std::string& text, const std::string& what);
/// "EPSG:5514" when the CRS matches an EPSG entry, else its name.
std::string crsLabel(const OGRSpatialReference& srs);

struct TransformationInfo {
    std::string
        name;  ///< PROJ operation name, e.g. "Inverse of Krovak ... + S-JTSK to ETRS89 (1) + ..."
    double accuracyM = -1;  ///< metres; -1 when PROJ does not know it
    bool ballpark = false;  ///< no datum shift available (accuracy unknown, can be 100 m off)
};

/// The PROJ operation that transforms (x, y) in `source` to the storage CRS at that place,
/// as chosen by proj_create_crs_to_crs (the same choice GDAL makes).
TransformationInfo describeTransformation(const OGRSpatialReference& source, double x, double y);

/// Bounding box of where `srs` is defined, in its own coordinates, slightly enlarged;
/// returns false when PROJ has no area of use for it.
struct Bounds {
    double minX, minY, maxX, maxY;
    bool contains(double x0, double y0, double x1, double y1) const {
        return x0 >= minX && y0 >= minY && x1 <= maxX && y1 <= maxY;
    }
};
bool areaOfUseBounds(const OGRSpatialReference& srs, Bounds& out);

}  // namespace rrw::geo
