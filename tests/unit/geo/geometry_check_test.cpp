#include "geo/geometry_check.h"

#include <gtest/gtest.h>

#include "geo/gdal_env.h"

namespace rrw::geo {

namespace {
GeometryPtr fromWkt(const char* wkt) {
    ensureGdal();
    OGRGeometry* g = nullptr;
    EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g), OGRERR_NONE) << wkt;
    return GeometryPtr(g);
}
}  // namespace

struct CheckCase {
    const char* name;
    const char* wkt;
    GeometryVerdict verdict;
};

class GeometryChecks : public ::testing::TestWithParam<CheckCase> {};

TEST_P(GeometryChecks, Verdict) {
    GeometryPtr g = fromWkt(GetParam().wkt);
    const GeometryCheck check = checkAndRepair(g);
    EXPECT_EQ(check.verdict, GetParam().verdict) << check.reason.text();
    if (check.verdict != GeometryVerdict::Rejected) {
        EXPECT_TRUE(g->IsValid());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GeometryChecks,
    ::testing::Values(
        CheckCase{"valid_square", "POLYGON((0 0,10 0,10 10,0 10,0 0))", GeometryVerdict::Valid},
        CheckCase{"bowtie", "POLYGON((0 0,10 10,10 0,0 10,0 0))", GeometryVerdict::Repaired},
        CheckCase{"unclosed", "POLYGON((0 0,10 0,10 10,0 10))", GeometryVerdict::Repaired},
        CheckCase{"hole_outside", "POLYGON((0 0,1 0,1 1,0 1,0 0),(5 5,6 5,6 6,5 6,5 5))",
                  GeometryVerdict::Repaired},
        CheckCase{"two_point_ring", "POLYGON((0 0,1 1))", GeometryVerdict::Rejected},
        CheckCase{"aba_ring", "POLYGON((0 0,1 1,0 0))", GeometryVerdict::Rejected},
        CheckCase{"zero_area_ring", "POLYGON((0 0,1 1,2 2,0 0))", GeometryVerdict::Rejected},
        CheckCase{"one_point_line", "LINESTRING(0 0)", GeometryVerdict::Rejected},
        CheckCase{"line", "LINESTRING(0 0,1 1)", GeometryVerdict::Valid},
        CheckCase{"point", "POINT(1 2)", GeometryVerdict::Valid}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(GeometryChecks, RepairKeepsPolygonArea) {
    GeometryPtr g = fromWkt("POLYGON((0 0,10 10,10 0,0 10,0 0))");
    ASSERT_EQ(checkAndRepair(g).verdict, GeometryVerdict::Repaired);
    EXPECT_EQ(wkbFlatten(g->getGeometryType()), wkbMultiPolygon);
    EXPECT_NEAR(g->toMultiPolygon()->get_Area(), 50.0, 1e-9);
}

TEST(GeometryChecks, PromotesSinglePartsOnly) {
    GeometryPtr g = fromWkt("POLYGON((0 0,1 0,1 1,0 0))");
    promoteTo(g, wkbMultiPolygon);
    EXPECT_EQ(wkbFlatten(g->getGeometryType()), wkbMultiPolygon);
    GeometryPtr p = fromWkt("POINT(1 1)");
    promoteTo(p, wkbUnknown);
    EXPECT_EQ(wkbFlatten(p->getGeometryType()), wkbPoint);
}

}  // namespace rrw::geo
