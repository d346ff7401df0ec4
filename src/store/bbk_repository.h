#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/risk/bbk_matrix.h"
#include "store/project.h"

namespace rrw::store {

// BBK scenarios of the project (schema 4): rrw_bbk_scenario with the five extent classes in
// rrw_bbk_scenario_extent. The store uses the analysis type BbkScenario (the analysis module
// depends on core only, so store -> analysis adds no cycle) and adds what the matrix does not
// need: the German rationale and the time of the last change. Writes run inside the caller's
// Project::write.

struct StoredBbkScenario {
    analysis::BbkScenario scenario;  ///< scenario.source is the "assessment" text
    std::string rationaleDe;
    std::string updatedAt;  ///< UTC ISO 8601, set by the store
};

/// All scenarios by id; empty for a project older than schema 4.
std::vector<StoredBbkScenario> listBbkScenarios(const Project& project);
std::optional<StoredBbkScenario> getBbkScenario(const Project& project, const std::string& id);

/// Checks (id 1–64 characters A–Z a–z 0–9 _ - ., three names, all five extent classes 1–5,
/// no other parameter) and stores a scenario, replacing the one with the same id. Returns the
/// previous version, or nothing when the scenario is new (an undo deletes it then).
std::optional<StoredBbkScenario> saveBbkScenario(Project& project,
                                                 const StoredBbkScenario& scenario);

/// Deletes scenario `id` with its extent classes and returns it (saveBbkScenario restores it).
StoredBbkScenario deleteBbkScenario(Project& project, const std::string& id);

}  // namespace rrw::store
