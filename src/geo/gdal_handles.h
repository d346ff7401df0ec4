#pragma once
// Internal to rrw::geo: RAII aliases for GDAL/OGR handles, each wrapped where it is created.

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace rrw::geo {

struct DatasetCloser {
    void operator()(GDALDataset* ds) const noexcept { GDALClose(GDALDataset::ToHandle(ds)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct SpatialRefReleaser {
    void operator()(OGRSpatialReference* srs) const noexcept {
        if (srs != nullptr) {
            srs->Release();
        }
    }
};
using SpatialRefPtr = std::unique_ptr<OGRSpatialReference, SpatialRefReleaser>;

struct FeatureDestroyer {
    void operator()(OGRFeature* f) const noexcept { OGRFeature::DestroyFeature(f); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDestroyer>;

struct GeometryDestroyer {
    void operator()(OGRGeometry* g) const noexcept { OGRGeometryFactory::destroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDestroyer>;

using CoordTransformPtr = std::unique_ptr<OGRCoordinateTransformation>;

struct CplFree {
    void operator()(void* p) const noexcept { CPLFree(p); }
};
using CplString = std::unique_ptr<char, CplFree>;

}  // namespace rrw::geo
