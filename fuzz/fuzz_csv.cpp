// Imports the input as a CSV file (header sniffing, lat/lon, x/y or WKT columns, decimal comma)
// into a project, as `rrw-cli import PROJECT.gpkg input.csv` does; rolled back.
#include "harnesses.h"
#include "project_fixture.h"

namespace rrw::fuzz {

int fuzzCsv(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("csv");
    fixture.import(data, size, "input.csv");
    return 0;
}

}  // namespace rrw::fuzz
