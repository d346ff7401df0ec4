#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/scenario/scenario.h"
#include "store/project.h"

namespace rrw::store {

// Supply-chain scenarios (schema 5; docs/STORE.md): named parameter sets of hazards and
// measures (docs/SUPPLY.md, "Scenario"). Every save adds a new version of its name; old
// versions are kept, and a version number is never given twice for one name (not even after a
// deletion, as runs refer to it). Writes run inside the caller's Project::write.

struct StoredScenario {
    std::string name;
    int version = 0;   ///< the store's version, 1, 2, …
    std::string json;  ///< the canonical scenario JSON (analysis::scenarioToJson)
    std::string titleDe, titleCs;
    std::string createdAt;  ///< UTC ISO 8601
};

/// Stores `scenario` as the next version of its name and returns that version.
int saveScenario(Project& project, const analysis::Scenario& scenario,
                 const std::string& titleDe = "", const std::string& titleCs = "");

/// The latest version of every scenario, by name; with `allVersions` every version (by name,
/// then version). Empty for a project older than schema 5.
std::vector<StoredScenario> listScenarios(const Project& project, bool allVersions = false);

/// Version `version` of `name`, or its latest version; nothing when there is none.
std::optional<StoredScenario> getScenario(const Project& project, const std::string& name,
                                          std::optional<int> version = std::nullopt);

/// Like getScenario, but throws rrw::Error (Input) naming the project, the scenario and the
/// version when it is not stored.
StoredScenario requireScenario(const Project& project, const std::string& name,
                               std::optional<int> version = std::nullopt);

/// "scenario 'NAME' version V": how errors of a run name the scenario.
std::string describeScenario(const StoredScenario& stored);

/// The stored scenario as analysis type (its JSON parsed again).
analysis::Scenario parseStoredScenario(const StoredScenario& stored);

/// Deletes version `version` of `name`, or every version; returns the deleted rows. Throws
/// rrw::Error (Input) when there is nothing to delete.
std::vector<StoredScenario> deleteScenario(Project& project, const std::string& name,
                                           std::optional<int> version = std::nullopt);

}  // namespace rrw::store
