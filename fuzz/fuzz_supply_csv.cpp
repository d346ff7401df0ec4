// The supply network files of `rrw-cli supply simulate|import --firms --links [--crossings]`
// and data/supply/*.csv: the input holds firms.csv, links.csv and optionally crossings.csv,
// separated by lines "--8<--"; read with store::readSupplyCsv, then built, stored and run
// (supply_check.h).
#include "core/error.h"
#include "harnesses.h"
#include "supply_check.h"

namespace rrw::fuzz {

int fuzzSupplyCsv(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("supply_csv");
    const ScratchDir& dir = fixture.dir();
    const auto parts = splitParts(asText(data, size), 3);
    const std::string firms = dir.write("firms.csv", parts[0]);
    const std::string links = dir.write("links.csv", parts.size() > 1 ? parts[1] : "");
    const std::string crossings = parts.size() > 2 ? dir.write("crossings.csv", parts[2]) : "";
    store::SupplyTables tables;
    try {
        tables = store::readSupplyCsv(firms, links, crossings);
    } catch (const Error&) {
        return 0;
    }
    useSupplyTables("supply_csv", fixture, tables);
    return 0;
}

}  // namespace rrw::fuzz
