#include "geo/crs.h"

#include <proj.h>

#include <cmath>
#include <memory>

#include "core/error.h"
#include "geo/gdal_env.h"

namespace rrw::geo {

namespace {

struct PjDestroy {
    void operator()(PJ* pj) const noexcept { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDestroy>;

struct PjContextDestroy {
    void operator()(PJ_CONTEXT* ctx) const noexcept { proj_context_destroy(ctx); }
};
using PjContextPtr = std::unique_ptr<PJ_CONTEXT, PjContextDestroy>;

struct PjAreaDestroy {
    void operator()(PJ_AREA* a) const noexcept { proj_area_destroy(a); }
};

}  // namespace

SpatialRefPtr crsFromEpsg(int code) {
    ensureGdal();
    SpatialRefPtr srs(new OGRSpatialReference());
    if (srs->importFromEPSG(code) != OGRERR_NONE) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "unknown coordinate reference system EPSG:{1}"),
                        {std::to_string(code)});
    }
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

SpatialRefPtr parseCrs(const std::string& text, const std::string& what) {
    GdalErrorCapture errors;
    SpatialRefPtr srs(new OGRSpatialReference());
    const char* options[] = {"ALLOW_NETWORK_ACCESS=NO", "ALLOW_FILE_ACCESS=NO", nullptr};
    if (text.empty() || srs->SetFromUserInput(text.c_str(), options) != OGRERR_NONE) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the coordinate reference system '{2}' is not known (use e.g. "
                              "EPSG:5514 for S-JTSK, EPSG:25833 for UTM 33N)"),
            {what, text});
    }
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

std::string crsLabel(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority != nullptr && code != nullptr) {
        return std::string(authority) + ":" + code;
    }
    // Files often carry an ESRI-style WKT without codes: ask PROJ for a confident match.
    int count = 0;
    int* confidences = nullptr;
    OGRSpatialReferenceH* matches = srs.FindMatches(nullptr, &count, &confidences);
    std::string label;
    if (count > 0 && confidences[0] >= 90) {
        auto* best = OGRSpatialReference::FromHandle(matches[0]);
        if (best->GetAuthorityName(nullptr) != nullptr &&
            best->GetAuthorityCode(nullptr) != nullptr) {
            label = std::string(best->GetAuthorityName(nullptr)) + ":" +
                    best->GetAuthorityCode(nullptr);
        }
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidences);
    if (label.empty()) {
        const char* name = srs.GetName();
        label = name != nullptr ? name : "unnamed CRS";
    }
    return label;
}

TransformationInfo describeTransformation(const OGRSpatialReference& source, double x, double y) {
    TransformationInfo info;
    SpatialRefPtr target = crsFromEpsg(kStorageEpsg);
    if (source.IsSame(target.get())) {
        info.name = "none (data already in EPSG:3035)";
        info.accuracyM = 0;
        return info;
    }
    char* wkt = nullptr;
    const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    source.exportToWkt(&wkt, wktOptions);
    CplString wktHolder(wkt);

    PjContextPtr ctx(proj_context_create());
    proj_context_set_enable_network(ctx.get(), 0);
    PjPtr src(proj_create(ctx.get(), wkt));
    PjPtr dst(proj_create(ctx.get(), "EPSG:3035"));
    if (!src || !dst) {
        info.name = "unknown";
        return info;
    }
    PjPtr op(proj_create_crs_to_crs_from_pj(ctx.get(), src.get(), dst.get(), nullptr, nullptr));
    if (!op) {
        info.name = "unknown";
        return info;
    }
    PjPtr norm(proj_normalize_for_visualization(ctx.get(), op.get()));
    PJ* used = norm ? norm.get() : op.get();
    PJ_COORD c = proj_coord(x, y, 0, HUGE_VAL);
    proj_trans(used, PJ_FWD, c);
    PjPtr last(proj_trans_get_last_used_operation(used));
    PJ* described = last ? last.get() : used;
    const char* name = proj_get_name(described);
    info.name = name != nullptr ? name : "unknown";
    // Drop the axis swaps that normalisation adds; they are not part of the transformation.
    for (const std::string noise : {"axis order change (2D) + ", " + axis order change (2D)"}) {
        for (auto pos = info.name.find(noise); pos != std::string::npos;
             pos = info.name.find(noise)) {
            info.name.erase(pos, noise.size());
        }
    }
    info.accuracyM = proj_coordoperation_get_accuracy(ctx.get(), described);
    info.ballpark = info.name.find("Ballpark") != std::string::npos;
    return info;
}

bool areaOfUseBounds(const OGRSpatialReference& srs, Bounds& out) {
    if (srs.IsGeographic()) {
        // Geographic data is judged against the whole globe: only impossible values fail.
        out = {-180.0, -90.0, 180.0, 90.0};
        return true;
    }
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;
    const char* areaName = nullptr;
    if (!srs.GetAreaOfUse(&west, &south, &east, &north, &areaName) || west > east) {
        return false;
    }
    SpatialRefPtr wgs84 = crsFromEpsg(4326);
    GdalErrorCapture quiet;
    CoordTransformPtr ct(OGRCreateCoordinateTransformation(wgs84.get(), &srs));
    if (!ct) {
        return false;
    }
    // Enlarge the area of use by a margin: data just across a zone edge is normal.
    const double margin = 2.0;
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
    if (!ct->TransformBounds(std::max(-180.0, west - margin), std::max(-89.9, south - margin),
                             std::min(180.0, east + margin), std::min(89.9, north + margin), &minX,
                             &minY, &maxX, &maxY, 21)) {
        return false;
    }
    out = {minX, minY, maxX, maxY};
    return std::isfinite(minX) && std::isfinite(maxX) && std::isfinite(minY) && std::isfinite(maxY);
}

}  // namespace rrw::geo
