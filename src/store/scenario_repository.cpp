#include "store/scenario_repository.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "store/record_checks.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasScenarios(const Project& project) {
    return project.schemaVersion() >= 5;
}

const char* const kColumns = R"sql(
    SELECT name, version, json, COALESCE(title_de, ''), COALESCE(title_cs, ''), created_at
    FROM rrw_scenario)sql";

StoredScenario readScenario(const Statement& q) {
    return {q.text(0), static_cast<int>(q.integer(1)), q.text(2), q.text(3), q.text(4), q.text(5)};
}

/// The next free version of `name`: above every stored version and every version a stored
/// run refers to.
int nextVersion(const Project& project, const std::string& name) {
    Statement q(project.db(), R"sql(
        SELECT MAX(COALESCE((SELECT MAX(version) FROM rrw_scenario WHERE name = ?1), 0),
                   COALESCE((SELECT MAX(scenario_version) FROM rrw_scenario_run
                             WHERE scenario_name = ?1), 0)))sql");
    q.bind(1, name);
    q.step();
    return static_cast<int>(q.integer(0)) + 1;
}

}  // namespace

int saveScenario(Project& project, const analysis::Scenario& scenario, const std::string& titleDe,
                 const std::string& titleCs) {
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "scenario '{1}': the field {2} is not valid UTF-8");
    checkUtf8(scenario.name, utf8, scenario.name, "name");
    checkUtf8(titleDe, utf8, scenario.name, "title_de");
    checkUtf8(titleCs, utf8, scenario.name, "title_cs");
    if (isBlank(scenario.name)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: a scenario needs a name"), {project.path()});
    }
    // Stored canonical: every field written out, so that it reads back as the same scenario.
    const std::string json = analysis::scenarioToJson(scenario).dump();
    const int version = nextVersion(project, scenario.name);
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_scenario (name, version, json, title_de, title_cs, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    insert.bind(1, scenario.name).bind(2, static_cast<std::int64_t>(version)).bind(3, json);
    insert.bindOptional(4, titleDe).bindOptional(5, titleCs).bind(6, utcNow()).run();
    return version;
}

std::vector<StoredScenario> listScenarios(const Project& project, bool allVersions) {
    std::vector<StoredScenario> out;
    if (!hasScenarios(project)) {
        return out;
    }
    Statement q(project.db(), std::string(kColumns) + R"sql(
        WHERE ?1 = 1 OR version = (SELECT MAX(version) FROM rrw_scenario AS latest
                                   WHERE latest.name = rrw_scenario.name)
        ORDER BY name, version)sql");
    q.bind(1, static_cast<std::int64_t>(allVersions ? 1 : 0));
    while (q.step()) {
        out.push_back(readScenario(q));
    }
    return out;
}

std::optional<StoredScenario> getScenario(const Project& project, const std::string& name,
                                          std::optional<int> version) {
    if (!hasScenarios(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), std::string(kColumns) + R"sql(
        WHERE name = ?1 AND (?2 = 0 OR version = ?2) ORDER BY version DESC LIMIT 1)sql");
    q.bind(1, name).bind(2, static_cast<std::int64_t>(version.value_or(0)));
    if (!q.step()) {
        return std::nullopt;
    }
    return readScenario(q);
}

StoredScenario requireScenario(const Project& project, const std::string& name,
                               std::optional<int> version) {
    auto stored = getScenario(project, name, version);
    if (stored) {
        return *stored;
    }
    if (version) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the scenario '{2}' has no version {3}"),
                        {project.path(), name, std::to_string(*version)});
    }
    throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no scenario '{2}'"),
                    {project.path(), name});
}

std::string describeScenario(const StoredScenario& stored) {
    return "scenario '" + stored.name + "' version " + std::to_string(stored.version);
}

analysis::Scenario parseStoredScenario(const StoredScenario& stored) {
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(stored.json);
    } catch (const nlohmann::json::exception& e) {
        throwStoreError(
            QT_TRANSLATE_NOOP("rrw", "scenario '{1}' version {2}: not valid JSON ({3})"),
            {stored.name, std::to_string(stored.version), e.what()});
    }
    return analysis::parseScenario(
        json, "scenario '" + stored.name + "' version " + std::to_string(stored.version));
}

std::vector<StoredScenario> deleteScenario(Project& project, const std::string& name,
                                           std::optional<int> version) {
    std::vector<StoredScenario> deleted;
    for (StoredScenario& s : listScenarios(project, true)) {
        if (s.name == name && (!version || s.version == *version)) {
            deleted.push_back(std::move(s));
        }
    }
    if (deleted.empty()) {
        (void)requireScenario(project, name, version);  // throws the message naming it
    }
    Statement q(project.db(),
                "DELETE FROM rrw_scenario WHERE name = ?1 AND (?2 = 0 OR version = ?2)");
    q.bind(1, name).bind(2, static_cast<std::int64_t>(version.value_or(0))).run();
    return deleted;
}

}  // namespace rrw::store
