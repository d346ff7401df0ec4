#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "store/project.h"
#include "store/scenario_repository.h"

namespace rrw::analysis {
struct SupplyAnalysis;
}

namespace rrw::store {

// Runs of supply-chain scenarios (schema 5; docs/STORE.md), each stored with its inputs: the
// scenario JSON as run, the digest of the network and the provenance hash over both
// (analysis::scenarioHash). Runs stay when their scenario or the network changes. Writes run
// inside the caller's Project::write.

struct ScenarioRun {
    std::int64_t id = 0;
    std::string scenarioName;
    int scenarioVersion = 0;
    std::string scenarioJson;   ///< canonical, with the days of the run
    std::string networkDigest;  ///< 16 hex digits (analysis::networkDigest)
    std::string inputsHash;     ///< 16 hex digits (analysis::scenarioHash)
    int days = 0;
    std::string resultJson;  ///< the result document without per-firm series
    std::string createdAt;   ///< UTC ISO 8601, set by the store
    std::int64_t durationMs = 0;
};

/// The record of a finished analysis of `stored` on `network`: the scenario as run (with the
/// run's days), the network digest, the provenance hash and `result` (supplyAnalysisToJson).
ScenarioRun scenarioRunOf(const StoredScenario& stored, const analysis::SupplyNetwork& network,
                          const analysis::SupplyAnalysis& analysis, const nlohmann::json& result,
                          std::int64_t durationMs);

/// Stores a run and returns its id.
std::int64_t recordScenarioRun(Project& project, const ScenarioRun& run);

/// The runs (newest last), of one scenario name or all (""); without `resultJson` and
/// `scenarioJson`, which getScenarioRun reads. Empty for a project older than schema 5.
std::vector<ScenarioRun> listScenarioRuns(const Project& project,
                                          const std::string& scenarioName = "");

std::optional<ScenarioRun> getScenarioRun(const Project& project, std::int64_t id);

/// Like getScenarioRun, but throws rrw::Error (Input) naming the project and the run.
ScenarioRun requireScenarioRun(const Project& project, std::int64_t id);

}  // namespace rrw::store
