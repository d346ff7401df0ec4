// Imports the input as a zipped shapefile (member choice, .shx/.dbf checks, .cpg/LDID encodings,
// .prj) into a project, as `rrw-cli import PROJECT.gpkg input.zip` does; rolled back.
#include "harnesses.h"
#include "project_fixture.h"

namespace rrw::fuzz {

int fuzzShapefileZip(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("shapefile_zip");
    fixture.import(data, size, "input.zip");
    return 0;
}

}  // namespace rrw::fuzz
