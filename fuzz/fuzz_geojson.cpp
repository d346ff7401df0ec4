// Imports the input as a GeoJSON file (any OGR driver that recognises the bytes)
// into a project, as `rrw-cli import PROJECT.gpkg input.geojson` does; rolled back.
#include "harnesses.h"
#include "project_fixture.h"

namespace rrw::fuzz {

int fuzzGeojson(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("geojson");
    fixture.import(data, size, "input.geojson");
    return 0;
}

}  // namespace rrw::fuzz
