#include "geo/geometry_check.h"

#include <memory>

#include "geo/geos_context.h"

namespace rrw::geo {

namespace {

struct GeosGeomDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const noexcept { GEOSGeom_destroy_r(ctx, g); }
};
using GeosGeomPtr = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

int dimensionOf(OGRwkbGeometryType type) {
    const auto flat = wkbFlatten(type);
    if (flat == wkbPoint || flat == wkbMultiPoint) {
        return 0;
    }
    if (flat == wkbLineString || flat == wkbMultiLineString) {
        return 1;
    }
    if (flat == wkbPolygon || flat == wkbMultiPolygon) {
        return 2;
    }
    return -1;
}

/// Closes open rings and drops holes with fewer than 4 points. Returns false when an
/// exterior ring is degenerate (nothing to repair).
bool fixRings(OGRPolygon& polygon, bool& changed, Message& reason) {
    for (int i = polygon.getNumInteriorRings() - 1; i >= -1; --i) {
        OGRLinearRing* ring = i < 0 ? polygon.getExteriorRing() : polygon.getInteriorRing(i);
        if (ring == nullptr) {
            continue;
        }
        if (ring->getNumPoints() > 0 && !ring->get_IsClosed()) {
            ring->closeRings();
            changed = true;
            reason = {QT_TRANSLATE_NOOP("rrw", "ring was not closed"), {}};
        }
        if (ring->getNumPoints() < 4) {
            if (i < 0) {
                reason = {QT_TRANSLATE_NOOP("rrw", "polygon ring has fewer than 4 points"), {}};
                return false;
            }
            polygon.removeRing(i + 1);
            changed = true;
            reason = {QT_TRANSLATE_NOOP("rrw", "hole with fewer than 4 points removed"), {}};
        }
    }
    return true;
}

bool fixRingsOf(OGRGeometry& geometry, bool& changed, Message& reason) {
    const auto flat = wkbFlatten(geometry.getGeometryType());
    if (flat == wkbPolygon) {
        return fixRings(*geometry.toPolygon(), changed, reason);
    }
    if (flat == wkbMultiPolygon) {
        auto* multi = geometry.toMultiPolygon();
        for (int i = multi->getNumGeometries() - 1; i >= 0; --i) {
            if (!fixRings(*multi->getGeometryRef(i), changed, reason)) {
                if (multi->getNumGeometries() == 1) {
                    return false;
                }
                multi->removeGeometry(i);
                changed = true;
            }
        }
    }
    if (flat == wkbLineString && geometry.toLineString()->getNumPoints() < 2) {
        reason = {QT_TRANSLATE_NOOP("rrw", "line has fewer than 2 points"), {}};
        return false;
    }
    return true;
}

/// Keeps the parts of `geometry` with dimension `dim` (MakeValid may yield lower-dimension
/// debris in a GeometryCollection).
GeometryPtr keepDimension(GeometryPtr geometry, int dim) {
    if (!geometry || geometry->IsEmpty()) {
        return nullptr;
    }
    if (dimensionOf(geometry->getGeometryType()) == dim) {
        return geometry;
    }
    if (wkbFlatten(geometry->getGeometryType()) != wkbGeometryCollection) {
        return nullptr;
    }
    auto* collection = geometry->toGeometryCollection();
    std::unique_ptr<OGRGeometryCollection> kept;
    if (dim == 2) {
        kept = std::make_unique<OGRMultiPolygon>();
    } else if (dim == 1) {
        kept = std::make_unique<OGRMultiLineString>();
    } else {
        kept = std::make_unique<OGRMultiPoint>();
    }
    for (int i = 0; i < collection->getNumGeometries(); ++i) {
        const OGRGeometry* part = collection->getGeometryRef(i);
        const auto flat = wkbFlatten(part->getGeometryType());
        if (dimensionOf(flat) != dim) {
            continue;
        }
        if (flat == wkbMultiPolygon || flat == wkbMultiLineString || flat == wkbMultiPoint) {
            const auto* multi = part->toGeometryCollection();
            for (int k = 0; k < multi->getNumGeometries(); ++k) {
                kept->addGeometry(multi->getGeometryRef(k));
            }
        } else {
            kept->addGeometry(part);
        }
    }
    if (kept->IsEmpty()) {
        return nullptr;
    }
    return GeometryPtr(kept.release());
}

}  // namespace

GeometryCheck checkAndRepair(GeometryPtr& geometry) {
    GeometryCheck result;
    const int dim = dimensionOf(geometry->getGeometryType());
    if (dim == 0) {
        return result;  // points are valid once their coordinates are finite
    }
    bool changed = false;
    if (!fixRingsOf(*geometry, changed, result.reason)) {
        result.verdict = GeometryVerdict::Rejected;
        return result;
    }
    GEOSContextHandle_t ctx = GeosContext::forThisThread();
    GeosGeomPtr geos(geometry->exportToGEOS(ctx), GeosGeomDeleter{ctx});
    if (!geos) {
        result.verdict = GeometryVerdict::Rejected;
        result.reason = {QT_TRANSLATE_NOOP("rrw", "GEOS cannot read the geometry"), {}};
        return result;
    }
    const char valid = GEOSisValid_r(ctx, geos.get());
    if (valid == 1) {
        result.verdict = changed ? GeometryVerdict::Repaired : GeometryVerdict::Valid;
        return result;
    }
    std::string why = "invalid";
    if (char* text = GEOSisValidReason_r(ctx, geos.get())) {
        why = text;
        GEOSFree_r(ctx, text);
    }
    result.reason = {QT_TRANSLATE_NOOP("rrw", "invalid geometry ({1})"), {why}};
    GeosGeomPtr repaired(GEOSMakeValid_r(ctx, geos.get()), GeosGeomDeleter{ctx});
    if (!repaired) {
        result.verdict = GeometryVerdict::Rejected;
        return result;
    }
    GeometryPtr fixedGeometry(OGRGeometryFactory::createFromGEOS(ctx, repaired.get()));
    fixedGeometry = keepDimension(std::move(fixedGeometry), dim);
    if (!fixedGeometry) {
        result.verdict = GeometryVerdict::Rejected;
        result.reason = {
            QT_TRANSLATE_NOOP("rrw", "invalid geometry ({1}) with nothing valid left after repair"),
            {why}};
        return result;
    }
    geometry = std::move(fixedGeometry);
    result.verdict = GeometryVerdict::Repaired;
    return result;
}

void promoteTo(GeometryPtr& geometry, OGRwkbGeometryType type) {
    const auto flatTarget = wkbFlatten(type);
    const auto flat = wkbFlatten(geometry->getGeometryType());
    if (flat == flatTarget || flatTarget == wkbUnknown) {
        return;
    }
    if ((flatTarget == wkbMultiPolygon && (flat == wkbPolygon)) ||
        (flatTarget == wkbMultiLineString && flat == wkbLineString) ||
        (flatTarget == wkbMultiPoint && flat == wkbPoint)) {
        geometry.reset(OGRGeometryFactory::forceTo(geometry.release(), flatTarget));
    }
}

}  // namespace rrw::geo
