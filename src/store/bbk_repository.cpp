#include "store/bbk_repository.h"

#include <algorithm>

#include "core/error.h"
#include "store/record_checks.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasScenarios(const Project& project) {
    return project.schemaVersion() >= 4;
}

const char* const kColumns = R"sql(
    SELECT id, name_de, name_cs, name_en, likelihood, COALESCE(assessment, ''),
           COALESCE(rationale_de, ''), updated_at
    FROM rrw_bbk_scenario)sql";

StoredBbkScenario readScenario(const Project& project, const Statement& q) {
    StoredBbkScenario s;
    s.scenario.id = q.text(0);
    s.scenario.nameDe = q.text(1);
    s.scenario.nameCs = q.text(2);
    s.scenario.nameEn = q.text(3);
    const std::string letter = q.text(4);
    s.scenario.likelihood =
        static_cast<analysis::Likelihood>(std::clamp(letter.empty() ? 0 : letter[0] - 'A', 0, 4));
    s.scenario.source = q.text(5);
    s.rationaleDe = q.text(6);
    s.updatedAt = q.text(7);
    Statement extent(project.db(),
                     "SELECT parameter, extent_class FROM rrw_bbk_scenario_extent "
                     "WHERE scenario_id = ?1");
    extent.bind(1, s.scenario.id);
    while (extent.step()) {
        s.scenario.extent[extent.text(0)] = static_cast<int>(extent.integer(1));
    }
    return s;
}

bool isParameter(const std::string& name) {
    return std::any_of(analysis::kBbkParameters.begin(), analysis::kBbkParameters.end(),
                       [&](const char* p) { return name == p; });
}

void checkScenario(const Project& project, const StoredBbkScenario& stored) {
    const analysis::BbkScenario& s = stored.scenario;
    if (!isPlainId(s.id)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "BBK scenario '{1}': the id must be 1 to 64 characters "
                                          "of A-Z, a-z, 0-9, '_', '-' and '.'"),
                        {s.id});
    }
    const std::string where = "scenario " + s.id;
    const std::pair<const char*, const std::string*> names[] = {
        {"name_de", &s.nameDe}, {"name_cs", &s.nameCs}, {"name_en", &s.nameEn}};
    for (const auto& [field, text] : names) {
        if (isBlank(*text)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs the text field \"{3}\"."),
                            {project.path(), where, field});
        }
    }
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "BBK scenario '{1}': the field {2} is not valid UTF-8");
    checkUtf8(s.nameDe, utf8, s.id, "name_de");
    checkUtf8(s.nameCs, utf8, s.id, "name_cs");
    checkUtf8(s.nameEn, utf8, s.id, "name_en");
    checkUtf8(s.source, utf8, s.id, "assessment");
    checkUtf8(stored.rationaleDe, utf8, s.id, "rationale_de");
    for (const auto& [parameter, cls] : s.extent) {
        if (!isParameter(parameter)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: scenario {2} has the unknown damage parameter \"{3}\" "
                                  "(known: people, environment, economy, supply, immaterial)."),
                {project.path(), s.id, parameter});
        }
    }
    for (const char* parameter : analysis::kBbkParameters) {
        const auto it = s.extent.find(parameter);
        if (it == s.extent.end() || it->second < 1 || it->second > 5) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: scenario {2} needs the extent class of "
                                              "\"{3}\" as a whole number from 1 to 5."),
                            {project.path(), s.id, parameter});
        }
    }
}

}  // namespace

std::vector<StoredBbkScenario> listBbkScenarios(const Project& project) {
    std::vector<StoredBbkScenario> out;
    if (!hasScenarios(project)) {
        return out;
    }
    Statement q(project.db(), std::string(kColumns) + " ORDER BY id");
    while (q.step()) {
        out.push_back(readScenario(project, q));
    }
    return out;
}

std::optional<StoredBbkScenario> getBbkScenario(const Project& project, const std::string& id) {
    if (!hasScenarios(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), std::string(kColumns) + " WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    return readScenario(project, q);
}

std::optional<StoredBbkScenario> saveBbkScenario(Project& project,
                                                 const StoredBbkScenario& scenario) {
    checkScenario(project, scenario);
    const analysis::BbkScenario& s = scenario.scenario;
    auto previous = getBbkScenario(project, s.id);
    // An upsert, not INSERT OR REPLACE: a REPLACE would delete the row without running the
    // trigger and leave the extent rows of the old scenario.
    Statement q(project.db(), R"sql(
        INSERT INTO rrw_bbk_scenario (id, name_de, name_cs, name_en, likelihood, assessment,
                                      rationale_de, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT (id) DO UPDATE SET name_de = excluded.name_de, name_cs = excluded.name_cs,
            name_en = excluded.name_en, likelihood = excluded.likelihood,
            assessment = excluded.assessment, rationale_de = excluded.rationale_de,
            updated_at = excluded.updated_at)sql");
    q.bind(1, s.id).bind(2, s.nameDe).bind(3, s.nameCs).bind(4, s.nameEn);
    q.bind(5, analysis::likelihoodLetter(s.likelihood)).bindOptional(6, s.source);
    q.bindOptional(7, scenario.rationaleDe).bind(8, utcNow()).run();
    Statement clear(project.db(), "DELETE FROM rrw_bbk_scenario_extent WHERE scenario_id = ?1");
    clear.bind(1, s.id).run();
    Statement extent(project.db(), R"sql(
        INSERT INTO rrw_bbk_scenario_extent (scenario_id, parameter, extent_class)
        VALUES (?1, ?2, ?3))sql");
    for (const char* parameter : analysis::kBbkParameters) {
        extent.bind(1, s.id)
            .bind(2, std::string(parameter))
            .bind(3, static_cast<std::int64_t>(s.extent.at(parameter)))
            .run();
        extent.reset();
    }
    return previous;
}

StoredBbkScenario deleteBbkScenario(Project& project, const std::string& id) {
    auto previous = getBbkScenario(project, id);
    if (!previous) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no BBK scenario '{2}'"),
                        {project.path(), id});
    }
    // The trigger rrw_bbk_scenario_deleted removes the extent classes.
    Statement q(project.db(), "DELETE FROM rrw_bbk_scenario WHERE id = ?1");
    q.bind(1, id).run();
    return *previous;
}

}  // namespace rrw::store
