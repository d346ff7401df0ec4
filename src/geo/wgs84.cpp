#include "geo/wgs84.h"

#include <limits>

#include "geo/crs.h"
#include "geo/gdal_env.h"

namespace rrw::geo {

struct Wgs84Converter::Impl {
    SpatialRefPtr storage = crsFromEpsg(kStorageEpsg);
    SpatialRefPtr wgs84 = crsFromEpsg(4326);
    CoordTransformPtr transform{OGRCreateCoordinateTransformation(storage.get(), wgs84.get())};
};

Wgs84Converter::Wgs84Converter() : impl_(std::make_unique<Impl>()) {}
Wgs84Converter::~Wgs84Converter() = default;

std::pair<double, double> Wgs84Converter::fromStorage(double x, double y) const {
    GdalErrorCapture quiet;
    if (impl_->transform && impl_->transform->Transform(1, &x, &y)) {
        return {x, y};
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
}

}  // namespace rrw::geo
