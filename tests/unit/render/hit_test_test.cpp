#include "render/hit_test.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace rrw::render {

namespace {

using Ring = std::initializer_list<std::pair<double, double>>;

/// Builds LayerData the way readLayer() flattens it: runs of points, features of runs.
class LayerBuilder {
public:
    LayerBuilder() {
        data_.runStart.push_back(0);
        data_.featureRuns.push_back(0);
    }
    LayerBuilder& feature(std::int64_t fid, geo::GeometryKind kind,
                          std::initializer_list<Ring> runs) {
        geo::Envelope env;
        for (const Ring& run : runs) {
            for (const auto& [x, y] : run) {
                data_.xy.push_back(x);
                data_.xy.push_back(y);
                env.merge(x, y);
            }
            data_.runStart.push_back(static_cast<std::uint32_t>(data_.xy.size() / 2));
        }
        data_.featureRuns.push_back(static_cast<std::uint32_t>(data_.runStart.size() - 1));
        data_.featureKind.push_back(static_cast<std::uint8_t>(kind));
        data_.fids.push_back(fid);
        data_.envelopes.push_back(env);
        data_.extent.merge(env);
        return *this;
    }
    const geo::LayerData& data() const { return data_; }

private:
    geo::LayerData data_;
};

/// Feature 0: a 10×10 square with a 4×4 hole; 1: a line; 2: a point; 3: two squares (multi-part);
/// 4: no geometry.
geo::LayerData testLayer() {
    using K = geo::GeometryKind;
    LayerBuilder b;
    b.feature(
         10, K::Polygons,
         {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{3, 3}, {7, 3}, {7, 7}, {3, 7}, {3, 3}}})
        .feature(11, K::Lines, {{{20, 0}, {30, 0}, {30, 10}}})
        .feature(12, K::Points, {{{50, 50}}})
        .feature(13, K::Polygons,
                 {{{100, 0}, {110, 0}, {110, 10}, {100, 10}, {100, 0}},
                  {{120, 0}, {130, 0}, {130, 10}, {120, 10}, {120, 0}}})
        .feature(14, K::None, {});
    return b.data();
}

struct Case {
    const char* name;
    std::size_t feature;
    double x, y, tolerance;
    bool hit;
};

class HitsFeature : public ::testing::TestWithParam<Case> {};

}  // namespace

TEST_P(HitsFeature, FollowsTheGeometry) {
    static const geo::LayerData layer = testLayer();
    const Case& c = GetParam();
    EXPECT_EQ(hitsFeature(layer, c.feature, c.x, c.y, c.tolerance), c.hit) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HitsFeature,
    ::testing::Values(Case{"polygon_inside_the_shell", 0, 1.5, 1.5, 0.1, true},
                      Case{"polygon_in_the_hole", 0, 5, 5, 0.1, false},
                      Case{"polygon_between_hole_and_shell", 0, 8.5, 5, 0.1, true},
                      Case{"polygon_outside", 0, 11, 5, 0.1, false},
                      Case{"polygon_outside_within_envelope_tolerance", 0, 10.05, 5, 0.1, false},
                      Case{"polygon_far_away", 0, 500, 500, 0.1, false},
                      Case{"multipolygon_first_part", 3, 105, 5, 0.1, true},
                      Case{"multipolygon_second_part", 3, 125, 5, 0.1, true},
                      Case{"multipolygon_between_parts", 3, 115, 5, 0.1, false},
                      Case{"line_on_it", 1, 25, 0, 0.1, true},
                      Case{"line_near_it", 1, 25, 0.9, 1.0, true},
                      Case{"line_near_the_second_segment", 1, 31, 5, 1.5, true},
                      Case{"line_too_far", 1, 25, 1.1, 1.0, false},
                      Case{"line_inside_its_bend_is_not_an_area", 1, 25, 5, 1.0, false},
                      Case{"line_beyond_its_end", 1, 18.5, 0, 1.0, false},
                      Case{"point_on_it", 2, 50, 50, 0.5, true},
                      Case{"point_within_tolerance", 2, 52, 51, 3.0, true},
                      Case{"point_outside_tolerance", 2, 52, 52, 2.0, false},
                      Case{"point_with_zero_tolerance_off", 2, 50.01, 50, 0.0, false},
                      Case{"no_geometry", 4, 0, 0, 1000.0, false}),
    [](const ::testing::TestParamInfo<Case>& row) { return std::string(row.param.name); });

}  // namespace rrw::render
