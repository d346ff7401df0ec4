#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "store/measure_repository.h"
#include "store/organisation_repository.h"
#include "store/project.h"

namespace rrw::store {

/// Reads the measure catalog {"measures": [{"id", "title_de", "title_cs", "title_en",
/// "description_de", "description_cs", "description_en", "status", "source"}]}. Throws
/// rrw::Error (Input) naming `what` and the measure on the first problem.
std::vector<Measure> readMeasureCatalog(const nlohmann::json& doc, const std::string& what);

/// Imports the starting catalog of measures (measures.json) and the BBK scenarios
/// (bbk_scenarios.json, with each scenario's rationale_de) from `dir` inside the caller's
/// transaction. Throws rrw::Error naming the file and the entry.
void importBundledPlanning(Project& project, const std::filesystem::path& dir);

/// Reads the partner organisations {"organisations": [{"id", "name_de", "name_cs", "name_en",
/// "short_name", "country", "kind", "role_de", "role_cs", "role_en"}]}. Throws rrw::Error (Input)
/// naming `what` and the entry on the first problem.
std::vector<Organisation> readOrganisationCatalog(const nlohmann::json& doc,
                                                  const std::string& what);

/// Imports the partner organisations of the governance register (organisations.json in `dir`,
/// data/governance) inside the caller's transaction; the bundled measures keep no owner.
void importBundledGovernance(Project& project, const std::filesystem::path& dir);

}  // namespace rrw::store
