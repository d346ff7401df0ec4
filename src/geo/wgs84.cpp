#include "geo/wgs84.h"

#include <limits>

#include "geo/crs.h"
#include "geo/gdal_env.h"

namespace rrw::geo {

struct Wgs84Converter::Impl {
    SpatialRefPtr storage = crsFromEpsg(kStorageEpsg);
    SpatialRefPtr wgs84 = crsFromEpsg(4326);
    CoordTransformPtr transform{OGRCreateCoordinateTransformation(storage.get(), wgs84.get())};
    CoordTransformPtr inverse{OGRCreateCoordinateTransformation(wgs84.get(), storage.get())};
};

Wgs84Converter::Wgs84Converter() : impl_(std::make_unique<Impl>()) {}
Wgs84Converter::~Wgs84Converter() = default;

namespace {

std::pair<double, double> transformed(OGRCoordinateTransformation* transform, double x, double y) {
    GdalErrorCapture quiet;
    if (transform != nullptr && transform->Transform(1, &x, &y)) {
        return {x, y};
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
}

}  // namespace

std::pair<double, double> Wgs84Converter::fromStorage(double x, double y) const {
    return transformed(impl_->transform.get(), x, y);
}

std::pair<double, double> Wgs84Converter::toStorage(double longitude, double latitude) const {
    return transformed(impl_->inverse.get(), longitude, latitude);
}

}  // namespace rrw::geo
