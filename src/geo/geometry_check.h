#pragma once
// Internal to rrw::geo: validity check and repair of one geometry with GEOS.

#include <string>

#include "core/error.h"

#include "geo/gdal_handles.h"

namespace rrw::geo {

enum class GeometryVerdict { Valid, Repaired, Rejected };

struct GeometryCheck {
    GeometryVerdict verdict = GeometryVerdict::Valid;
    Message
        reason;  ///< why it was repaired or rejected (with GEOS's own reason where it gives one)
};

/// Checks `geometry` (already in the storage CRS) and repairs it in place when invalid:
/// rings are closed, degenerate holes dropped, everything else goes through GEOS MakeValid,
/// keeping only the parts of the geometry's own dimension. Returns Rejected when nothing
/// usable is left.
GeometryCheck checkAndRepair(GeometryPtr& geometry);

/// Converts to `type` (Polygon -> MultiPolygon etc.) when that loses nothing.
void promoteTo(GeometryPtr& geometry, OGRwkbGeometryType type);

}  // namespace rrw::geo
