#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include <nlohmann/json_fwd.hpp>

#include "store/project.h"

namespace rrw::store {

struct BundledSupplySummary {
    std::size_t firms = 0, links = 0, crossings = 0, scenarios = 0;
};

/// The German and Czech titles of the bundled scenarios (scenarios/catalog.json: {"scenarios":
/// [{"file", "title": {"de", "cs", "en"}}]}; no list = no titles), by file name. Throws
/// rrw::Error (Input) naming `what` and the entry on the first problem.
std::map<std::string, std::pair<std::string, std::string>> readScenarioTitles(
    const nlohmann::json& doc, const std::string& what);

/// Imports the bundled demo supply network (firms.csv, links.csv and, when present,
/// crossings.csv; docs/SUPPLY.md) and every scenario in scenarios/*.json (in file-name order,
/// each as the next version of its name) from `dir` (data/supply) inside the caller's
/// transaction.
/// Throws rrw::Error naming the file, row or scenario.
BundledSupplySummary importBundledSupply(Project& project, const std::filesystem::path& dir);

}  // namespace rrw::store
