// WGS84 longitude/latitude to and from the storage CRS (EPSG:3035, ETRS89-LAEA).
#include <gtest/gtest.h>

#include <cmath>

#include "geo/wgs84.h"

namespace rrw::geo {
namespace {

// The projection centre of ETRS89-LAEA is 10°E 52°N with false easting 4,321,000 m and false
// northing 3,210,000 m (EPSG:3035), so that point maps exactly onto them.
TEST(Wgs84Converter, ProjectionCentreMapsToTheFalseOrigin) {
    const Wgs84Converter c;
    const auto [x, y] = c.toStorage(10.0, 52.0);
    EXPECT_NEAR(x, 4321000.0, 1e-3);
    EXPECT_NEAR(y, 3210000.0, 1e-3);
}

TEST(Wgs84Converter, RoundTripsAPointInTheRegion) {
    const Wgs84Converter c;
    const auto [x, y] = c.toStorage(12.3706, 50.0796);  // Cheb
    EXPECT_GT(x, 4.4e6);
    EXPECT_LT(x, 4.6e6);
    const auto [lon, lat] = c.fromStorage(x, y);
    EXPECT_NEAR(lon, 12.3706, 1e-7);  // about 1 cm
    EXPECT_NEAR(lat, 50.0796, 1e-7);
}

TEST(Wgs84Converter, OutOfRangeGivesNaN) {
    const Wgs84Converter c;
    const auto [x, y] = c.toStorage(400.0, 95.0);
    EXPECT_TRUE(std::isnan(x) || std::isnan(y) || !std::isfinite(x));
}

}  // namespace
}  // namespace rrw::geo
