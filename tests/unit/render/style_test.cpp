#include "render/style.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace rrw::render {

TEST(Style, ParsesAMapAndRoundTrips) {
    const auto json = nlohmann::json::parse(R"({
        "title_de": "Dichte", "layers": [
          {"layers": ["kreise_de", "okresy_cz"], "type": "graduated", "field": "population",
           "divide_by": "area_km2", "method": "natural_breaks", "classes": 5, "ramp": "YlGnBu",
           "unit_de": "Einw./km²"},
          {"layer": "places", "fill": "#252525", "label": {"priority_field": "population"}}]})");
    const MapStyle style = parseMapStyle(json, "test.json");
    ASSERT_EQ(style.layers.size(), 2u);
    EXPECT_EQ(style.layers[0].layers, (std::vector<std::string>{"kreise_de", "okresy_cz"}));
    EXPECT_EQ(style.layers[0].type, SymbolType::Graduated);
    EXPECT_EQ(style.layers[0].method, ClassMethod::NaturalBreaks);
    ASSERT_TRUE(style.layers[1].label.has_value());
    EXPECT_EQ(style.layers[1].label->priorityField, "population");
    const MapStyle again = parseMapStyle(toJson(style), "again");
    EXPECT_EQ(toJson(again), toJson(style));
    EXPECT_EQ(fieldsUsed(style.layers[0]), (std::vector<std::string>{"area_km2", "population"}));
}

TEST(Style, SingleLayerStyleIsAMapOfOne) {
    const MapStyle style = parseMapStyle(nlohmann::json::parse(R"({"layer": "x"})"), "t");
    ASSERT_EQ(style.layers.size(), 1u);
    EXPECT_EQ(style.layers[0].type, SymbolType::Single);
}

struct BadStyle {
    const char* name;
    const char* json;
    const char* mentions;
};

class BadStyles : public ::testing::TestWithParam<BadStyle> {};

TEST_P(BadStyles, AreRefusedNamingTheKey) {
    try {
        parseMapStyle(nlohmann::json::parse(GetParam().json), "style.json");
        FAIL() << "accepted: " << GetParam().json;
    } catch (const Error& e) {
        EXPECT_NE(e.message().find("style.json"), std::string::npos) << e.message();
        EXPECT_NE(e.message().find(GetParam().mentions), std::string::npos) << e.message();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadStyles,
    ::testing::Values(
        BadStyle{"no_layer", R"({"type": "single"})", "layer"},
        BadStyle{"bad_type", R"({"layer": "a", "type": "heatmap"})", "type"},
        BadStyle{"graduated_without_field", R"({"layer": "a", "type": "graduated"})", "field"},
        BadStyle{"bad_colour", R"({"layer": "a", "fill": "red"})", "fill"},
        BadStyle{"bad_ramp", R"({"layer": "a", "ramp": "Rainbow"})", "ramp"},
        BadStyle{"bad_method", R"({"layer": "a", "method": "kmeans"})", "method"},
        BadStyle{"too_many_classes", R"({"layer": "a", "classes": 40})", "classes"},
        BadStyle{"wrong_json_type", R"({"layer": "a", "opacity": "half"})", "opacity"},
        BadStyle{"layers_not_list", R"({"layers": 3})", "layers"}),
    [](const auto& param) { return std::string(param.param.name); });

}  // namespace rrw::render
