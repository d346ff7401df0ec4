#include "store/supply_tables.h"

#include <fstream>
#include <optional>

#include "core/error.h"
#include "geo/table_reader.h"
#include "store/supply_rows.h"

namespace rrw::store {

namespace {

/// The rows of one CSV file, with numbers read the way its separator allows.
SupplyRows csvRows(const std::string& path) {
    if (!std::ifstream(path)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
    }
    geo::TextTable table = geo::readTextTable(path);
    // With ';' or tab as separator a decimal comma is allowed (German and Czech
    // spreadsheets); with ',' it cannot be one.
    std::ifstream in(path);
    std::string header;
    std::getline(in, header);
    return SupplyRows::fromCsv(path, std::move(table), header.find(',') == std::string::npos);
}

}  // namespace

SupplyTables readSupplyCsv(const std::string& firms, const std::string& links,
                           const std::string& crossings) {
    const SupplyRows firmRows = csvRows(firms);
    const SupplyRows linkRows = csvRows(links);
    std::optional<SupplyRows> crossingRows;
    if (!crossings.empty()) {
        crossingRows.emplace(csvRows(crossings));
    }
    return readSupplyRows(firmRows, linkRows, crossingRows ? &*crossingRows : nullptr);
}

}  // namespace rrw::store
