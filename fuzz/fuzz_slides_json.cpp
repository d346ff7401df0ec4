// The starter slides of a project (data/region/slides.json, read from RRW_DATA_DIR or
// --data-dir): read against the project's default map, stored with their checks (titles,
// extent, UTF-8) as `rrw-cli init` does, then each stored slide's map style parsed as the
// presentation draws it; rolled back.
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "harnesses.h"
#include "project_fixture.h"
#include "render/style.h"
#include "store/bundled_slides.h"
#include "store/meta.h"
#include "store/slide_repository.h"

namespace rrw::fuzz {

namespace {

/// A default map like data/region/default_map.json: a choropleth shared by two layers,
/// municipalities, points with labels.
constexpr const char* kDefaultMap = R"json({
  "title_de": "Grenzraum", "title_cs": "Příhraniční region",
  "layers": [
    {"layers": ["kreise_de", "okresy_cz"], "type": "graduated", "field": "population",
     "divide_by": "area_km2", "method": "natural_breaks", "classes": 5, "ramp": "YlOrRd"},
    {"layer": "gemeinden_de", "fill": "none", "stroke": "#999999"},
    {"layer": "obce_cz_points", "point_size_mm": 1.2, "fill": "#555555"},
    {"layer": "places", "point_size_mm": 2, "label": {"field_de": "name_de", "field_cs": "name_cs",
     "priority_field": "population"}}
  ]
})json";

}  // namespace

int fuzzSlidesJson(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("slides_json", [](store::Project& project) {
        store::writeMeta(project, "default_map", kDefaultMap);
    });
    const std::string path = fixture.dir().write("slides.json", asText(data, size));
    fixture.writeAndDiscard([&] {
        store::importBundledSlides(fixture.project(), path);
        for (const store::Slide& slide : store::listSlides(fixture.project())) {
            (void)render::parseMapStyle(nlohmann::json::parse(slide.styleJson), path);
        }
    });
    return 0;
}

}  // namespace rrw::fuzz
