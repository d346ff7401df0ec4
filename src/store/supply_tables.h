#pragma once

#include <string>
#include <vector>

#include "analysis/supply/network.h"

namespace rrw::store {

/// The rows of a supply network as read from files or from the project, before
/// analysis::buildSupplyNetwork checks and builds them. The `synthetic` flags run parallel to
/// the rows (1 = invented data, the `synthetic` column of the bundled files).
struct SupplyTables {
    std::vector<analysis::FirmRecord> firms;
    std::vector<analysis::LinkRecord> links;
    std::vector<analysis::CrossingRecord> crossings;  ///< empty = derived from the links
    std::vector<char> firmSynthetic, linkSynthetic, crossingSynthetic;
};

/// Reads the network files of docs/SUPPLY.md ("Network files"): `firms` and `links` are
/// required, `crossings` may be empty (no file). Separators `,` `;` or tab; with `;` or tab a
/// decimal comma is allowed. An optional column `synthetic` (yes/no, 1/0) marks invented rows.
/// Throws rrw::Error (Input) naming the file, the row and the column. The rows are not yet
/// checked against each other (analysis::buildSupplyNetwork does that).
SupplyTables readSupplyCsv(const std::string& firms, const std::string& links,
                           const std::string& crossings);

}  // namespace rrw::store
