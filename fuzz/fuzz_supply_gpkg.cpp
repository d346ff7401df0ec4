// The supply network in a GeoPackage (`rrw-cli supply import --from FILE.gpkg`): the input is
// the file, opened read-only with GDAL's GPKG driver (layers firms, links, crossings; points
// in any CRS), then built, stored and run (supply_check.h).
#include "core/error.h"
#include "harnesses.h"
#include "store/supply_geopackage.h"
#include "supply_check.h"

namespace rrw::fuzz {

int fuzzSupplyGpkg(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("supply_gpkg");
    const std::string path = fixture.dir().write("network.gpkg", asText(data, size));
    store::SupplyTables tables;
    try {
        tables = store::readSupplyGeoPackage(path);
    } catch (const Error&) {
        fixture.dir().remove("network.gpkg");
        return 0;
    }
    fixture.dir().remove("network.gpkg");
    useSupplyTables("supply_gpkg", fixture, tables);
    return 0;
}

}  // namespace rrw::fuzz
