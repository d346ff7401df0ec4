#pragma once

#include <cstddef>
#include <optional>

#include "analysis/supply/network.h"
#include "store/project.h"
#include "store/supply_tables.h"

namespace rrw::store {

// The supply network of a project (schema 5; docs/STORE.md): firms, links and border
// crossings as rows (rrw_supply_firm, rrw_supply_link, rrw_supply_crossing). A project holds
// one network; an import replaces it whole. Writes run inside the caller's Project::write.

struct SupplyNetworkCounts {
    std::size_t firms = 0, links = 0, crossings = 0;
    std::size_t syntheticFirms = 0;
};

/// Checks the rows with analysis::buildSupplyNetwork (errors name the file and row, or the
/// firm/link) and replaces the stored network with them, in row order.
void replaceSupplyNetwork(Project& project, const SupplyTables& tables);

/// The stored rows, in their original order; empty for a project older than schema 5 or
/// without a network. `where` of each row names it ("firm porcelain_selb", "link kaolin_kv →
/// porcelain_selb", "crossing road:…").
SupplyTables readSupplyTables(const Project& project);

/// The stored network, built; nothing when the project has no firms. A network built from
/// the stored rows has the same analysis::networkDigest as one built from the files.
std::optional<analysis::SupplyNetwork> loadSupplyNetwork(const Project& project);

/// Like loadSupplyNetwork, but throws rrw::Error (Input) naming the project when it has no
/// network.
analysis::SupplyNetwork requireSupplyNetwork(const Project& project);

SupplyNetworkCounts countSupplyNetwork(const Project& project);

}  // namespace rrw::store
