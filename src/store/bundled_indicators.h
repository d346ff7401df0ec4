#pragma once

#include <filesystem>

#include "store/project.h"

namespace rrw::store {

/// Imports the indicator catalog, the indicator values and the index models of the bundled
/// region (data/indicators: catalog.csv, values.csv, models/*.json) inside the caller's
/// transaction. Throws rrw::Error naming the file and row.
void importBundledIndicators(Project& project, const std::filesystem::path& dir);

}  // namespace rrw::store
