#pragma once

#include <filesystem>

#include "store/project.h"

namespace rrw::store {

struct BundledSupplySummary {
    std::size_t firms = 0, links = 0, crossings = 0, scenarios = 0;
};

/// Imports the bundled demo supply network (firms.csv, links.csv and, when present,
/// crossings.csv; docs/SUPPLY.md) and every scenario in scenarios/*.json (in file-name order,
/// each as the next version of its name) from `dir` (data/supply) inside the caller's
/// transaction.
/// Throws rrw::Error naming the file, row or scenario.
BundledSupplySummary importBundledSupply(Project& project, const std::filesystem::path& dir);

}  // namespace rrw::store
