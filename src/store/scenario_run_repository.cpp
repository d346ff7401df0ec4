#include "store/scenario_run_repository.h"

#include <nlohmann/json.hpp>

#include "analysis/supply/supply_analysis.h"
#include "core/error.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasRuns(const Project& project) {
    return project.schemaVersion() >= 5;
}

bool isHex16(const std::string& text) {
    return text.size() == 16 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

ScenarioRun scenarioRunOf(const StoredScenario& stored, const analysis::SupplyNetwork& network,
                          const analysis::SupplyAnalysis& analysis, const nlohmann::json& result,
                          std::int64_t durationMs) {
    ScenarioRun run;
    run.scenarioName = stored.name;
    run.scenarioVersion = stored.version;
    analysis::Scenario scenario = parseStoredScenario(stored);
    scenario.days = analysis.days;  // the inputs as run
    run.scenarioJson = analysis::scenarioToJson(scenario).dump();
    run.networkDigest = analysis::networkDigestHex(network);
    run.inputsHash = analysis.hash;
    run.days = analysis.days;
    run.resultJson = result.dump();
    run.durationMs = durationMs;
    return run;
}

std::int64_t recordScenarioRun(Project& project, const ScenarioRun& run) {
    if (!isHex16(run.inputsHash) || !isHex16(run.networkDigest)) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw",
                                          "run of the scenario '{1}': the inputs hash and the "
                                          "network digest must be 16 hex digits"),
                        {run.scenarioName});
    }
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_scenario_run (scenario_name, scenario_version, scenario_json,
                                      network_digest, inputs_hash, days, result_json, created_at,
                                      duration_ms)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
    insert.bind(1, run.scenarioName).bind(2, static_cast<std::int64_t>(run.scenarioVersion));
    insert.bind(3, run.scenarioJson).bind(4, run.networkDigest).bind(5, run.inputsHash);
    insert.bind(6, static_cast<std::int64_t>(run.days)).bind(7, run.resultJson);
    insert.bind(8, utcNow()).bind(9, run.durationMs).run();
    return sqlite3_last_insert_rowid(project.db());
}

std::vector<ScenarioRun> listScenarioRuns(const Project& project, const std::string& scenarioName) {
    std::vector<ScenarioRun> out;
    if (!hasRuns(project)) {
        return out;
    }
    Statement q(project.db(), R"sql(
        SELECT id, scenario_name, scenario_version, network_digest, inputs_hash, days,
               created_at, duration_ms
        FROM rrw_scenario_run WHERE ?1 = '' OR scenario_name = ?1 ORDER BY id)sql");
    q.bind(1, scenarioName);
    while (q.step()) {
        ScenarioRun r;
        r.id = q.integer(0);
        r.scenarioName = q.text(1);
        r.scenarioVersion = static_cast<int>(q.integer(2));
        r.networkDigest = q.text(3);
        r.inputsHash = q.text(4);
        r.days = static_cast<int>(q.integer(5));
        r.createdAt = q.text(6);
        r.durationMs = q.integer(7);
        out.push_back(std::move(r));
    }
    return out;
}

std::optional<ScenarioRun> getScenarioRun(const Project& project, std::int64_t id) {
    if (!hasRuns(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), R"sql(
        SELECT id, scenario_name, scenario_version, scenario_json, network_digest, inputs_hash,
               days, result_json, created_at, duration_ms
        FROM rrw_scenario_run WHERE id = ?1)sql");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    return ScenarioRun{q.integer(0), q.text(1),   static_cast<int>(q.integer(2)), q.text(3),
                       q.text(4),    q.text(5),   static_cast<int>(q.integer(6)), q.text(7),
                       q.text(8),    q.integer(9)};
}

ScenarioRun requireScenarioRun(const Project& project, std::int64_t id) {
    auto run = getScenarioRun(project, id);
    if (!run) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no scenario run {2}"),
                        {project.path(), std::to_string(id)});
    }
    return *run;
}

}  // namespace rrw::store
