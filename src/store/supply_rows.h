#pragma once
// Internal to rrw::store: the rows of one network table (a CSV file or a GeoPackage layer) as
// text, read into the supply records the same way whatever the source.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "geo/table_reader.h"
#include "store/supply_tables.h"

namespace rrw::store {

/// The rows of one table and where they come from, for the records' `where` and for errors:
/// "FILE:LINE" and "FILE: row N, column …" for a CSV file, "FILE, layer L, feature N" for a
/// GeoPackage layer.
class SupplyRows {
public:
    /// Row i of a CSV file is line i + 2 (the header is line 1). With `commaDecimal` a
    /// decimal comma is read as a decimal point ("0,5"), for files separated by ';' or tab.
    static SupplyRows fromCsv(std::string path, geo::TextTable table, bool commaDecimal);
    /// Row i of layer `layer` of a GeoPackage is feature fids[i]. Text fields may hold
    /// numbers with a decimal comma.
    static SupplyRows fromLayer(std::string path, std::string layer, geo::TextTable table,
                                std::vector<std::int64_t> fids);

    /// Throws rrw::Error (Input) naming the first column of `required` that is missing.
    void requireColumns(const std::vector<std::string>& required) const;

    std::size_t size() const { return table_.rows.size(); }
    bool hasColumn(const std::string& column) const;
    /// The cell, trimmed; "" when empty, NULL or the column is absent.
    std::string text(std::size_t i, const std::string& column) const;
    /// The number in a cell; an empty cell gives `fallback` (NaN = the cell is required).
    double number(std::size_t i, const std::string& column,
                  double fallback = std::numeric_limits<double>::quiet_NaN()) const;
    /// yes/no in English, German and Czech, or 1/0; false when the cell is neither.
    bool yesNo(std::size_t i, const std::string& column, bool& out) const;
    /// As yesNo, but a cell that is neither is an error.
    bool requireYesNo(std::size_t i, const std::string& column) const;
    /// Names row i in messages and in the records' `where`.
    std::string where(std::size_t i) const;

private:
    SupplyRows(std::string path, std::string layer, geo::TextTable table,
               std::vector<std::int64_t> fids, bool commaDecimal);
    std::string rowLabel(std::size_t i) const;

    std::string path_, layer_;  ///< layer_ empty = a CSV file
    geo::TextTable table_;
    std::vector<std::int64_t> fids_;
    bool commaDecimal_ = false;
};

/// The records of the three tables (`crossings` may be null: no table), checking the required
/// columns of docs/SUPPLY.md ("Network files"). Positions are read from the columns x and y of
/// `firms` when it has them. The rows are not yet checked against each other.
SupplyTables readSupplyRows(const SupplyRows& firms, const SupplyRows& links,
                            const SupplyRows* crossings);

}  // namespace rrw::store
