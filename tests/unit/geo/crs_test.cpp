#include "geo/crs.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace rrw::geo {

struct TransformCase {
    int epsg;
    double x;  ///< a point in the region, in that CRS
    double y;
    const char* nameContains;
    double maxAccuracyM;
};

class Transformations : public ::testing::TestWithParam<TransformCase> {};

// The transformation PROJ picks for the region must be a real datum shift, not a ballpark.
TEST_P(Transformations, RecordsNameAndAccuracy) {
    const auto& c = GetParam();
    SpatialRefPtr srs = crsFromEpsg(c.epsg);
    const TransformationInfo info = describeTransformation(*srs, c.x, c.y);
    EXPECT_NE(info.name.find(c.nameContains), std::string::npos) << info.name;
    EXPECT_FALSE(info.ballpark) << info.name;
    EXPECT_GE(info.accuracyM, 0.0);
    EXPECT_LE(info.accuracyM, c.maxAccuracyM);
}

INSTANTIATE_TEST_SUITE_P(
    Region, Transformations,
    ::testing::Values(TransformCase{4326, 12.37, 50.08, "ETRS89 to WGS 84", 1.0},
                      TransformCase{5514, -861000, -1031000, "S-JTSK to ETRS89", 1.0},
                      TransformCase{31468, 4508000, 5548000, "DHDN to ETRS89", 1.0},
                      TransformCase{25833, 312000, 5551000, "UTM zone 33N", 0.0},
                      TransformCase{25832, 740000, 5552000, "UTM zone 32N", 0.0},
                      TransformCase{3035, 4496000, 3009000, "none", 0.0}));

TEST(Crs, ParsesUserInputAndRefusesNonsense) {
    EXPECT_EQ(crsLabel(*parseCrs("EPSG:5514", "t")), "EPSG:5514");
    EXPECT_EQ(crsLabel(*parseCrs("epsg:31468", "t")), "EPSG:31468");
    EXPECT_THROW(parseCrs("EPSG:999999", "t"), Error);
    EXPECT_THROW(parseCrs("http://example.com/crs", "t"), Error);
    EXPECT_THROW(parseCrs("", "t"), Error);
}

TEST(Crs, AreaOfUseOfKrovakExcludesDegrees) {
    SpatialRefPtr krovak = crsFromEpsg(5514);
    Bounds b{};
    ASSERT_TRUE(areaOfUseBounds(*krovak, b));
    EXPECT_TRUE(b.contains(-861000, -1031000, -861000, -1031000));  // Cheb
    EXPECT_FALSE(b.contains(12.37, 50.08, 12.37, 50.08));           // degrees pasted in
}

}  // namespace rrw::geo
