#include "store/indicator_repository.h"

#include "core/error.h"
#include "store/sqlite.h"

namespace rrw::store {

void insertIndicators(Project& project, const std::vector<Indicator>& indicators) {
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_indicator (id, name_de, name_cs, name_en, description_de, description_cs,
                                   description_en, unit, direction, dimension, source, year)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    for (const auto& i : indicators) {
        insert.bind(1, i.id).bind(2, i.nameDe).bind(3, i.nameCs).bind(4, i.nameEn);
        insert.bindOptional(5, i.descriptionDe)
            .bindOptional(6, i.descriptionCs)
            .bindOptional(7, i.descriptionEn);
        insert.bindOptional(8, i.unit).bind(9, i.direction).bind(10, i.dimension);
        insert.bindOptional(11, i.source).bindOptional(12, i.year);
        insert.run();
        insert.reset();
    }
}

void insertIndicatorValues(Project& project, const std::vector<IndicatorValue>& values) {
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_indicator_value (region_code, indicator_id, year, value, source, synthetic, note)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    for (const auto& v : values) {
        insert.bind(1, v.regionCode).bind(2, v.indicatorId).bind(3, v.year).bind(4, v.value);
        insert.bind(5, v.source)
            .bind(6, static_cast<std::int64_t>(v.synthetic ? 1 : 0))
            .bindOptional(7, v.note);
        insert.run();
        insert.reset();
    }
    checkReferences(
        project.db(), "rrw_indicator_value",
        QT_TRANSLATE_NOOP("rrw", "{1}: '{2}' refers to a region or indicator that does not exist"),
        2);
}

std::vector<Indicator> listIndicators(const Project& project) {
    std::vector<Indicator> out;
    if (project.schemaVersion() < 3) {
        return out;
    }
    Statement q(project.db(), R"sql(
        SELECT id, name_de, name_cs, name_en, COALESCE(description_de, ''), COALESCE(description_cs, ''),
               COALESCE(description_en, ''), COALESCE(unit, ''), direction, dimension,
               COALESCE(source, ''), COALESCE(year, '')
        FROM rrw_indicator ORDER BY id)sql");
    while (q.step()) {
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6),
                       q.text(7), q.text(8), q.text(9), q.text(10), q.text(11)});
    }
    return out;
}

std::vector<std::tuple<std::string, std::string, double>> latestValues(
    const Project& project, const std::string& analysisLevel) {
    std::vector<std::tuple<std::string, std::string, double>> out;
    for (const auto& v : latestValueRecords(project, analysisLevel)) {
        out.emplace_back(v.regionCode, v.indicatorId, v.value);
    }
    return out;
}

std::vector<IndicatorValue> latestValueRecords(const Project& project,
                                               const std::string& analysisLevel) {
    std::vector<IndicatorValue> out;
    if (project.schemaVersion() < 3) {
        return out;
    }
    Statement q(project.db(), R"sql(
        SELECT v.region_code, v.indicator_id, v.year, v.value, v.source, v.synthetic,
               COALESCE(v.note, '')
        FROM rrw_indicator_value v
        JOIN rrw_region r ON r.code = v.region_code
        WHERE r.analysis_level = ?1
          AND v.year = (SELECT MAX(w.year) FROM rrw_indicator_value w
                        WHERE w.region_code = v.region_code AND w.indicator_id = v.indicator_id)
        ORDER BY v.region_code, v.indicator_id)sql");
    q.bind(1, analysisLevel);
    while (q.step()) {
        IndicatorValue v;
        v.regionCode = q.text(0);
        v.indicatorId = q.text(1);
        v.year = q.text(2);
        v.value = q.real(3);
        v.source = q.text(4);
        v.synthetic = q.integer(5) != 0;
        v.note = q.text(6);
        out.push_back(std::move(v));
    }
    return out;
}

void writeIndexModel(Project& project, const std::string& id, const std::string& json) {
    Statement q(project.db(),
                "INSERT OR REPLACE INTO rrw_index_model (id, model_json) VALUES (?1, ?2)");
    q.bind(1, id).bind(2, json).run();
}

std::optional<std::string> readIndexModel(const Project& project, const std::string& id) {
    if (project.schemaVersion() < 3) {
        return std::nullopt;
    }
    Statement q(project.db(), "SELECT model_json FROM rrw_index_model WHERE id = ?1");
    q.bind(1, id);
    if (q.step()) {
        return q.text(0);
    }
    return std::nullopt;
}

std::vector<std::string> indexModelIds(const Project& project) {
    std::vector<std::string> out;
    if (project.schemaVersion() < 3) {
        return out;
    }
    Statement q(project.db(), "SELECT id FROM rrw_index_model ORDER BY id");
    while (q.step()) {
        out.push_back(q.text(0));
    }
    return out;
}

std::int64_t recordIndexRun(Project& project, const std::string& modelId,
                            const std::string& modelJson, const std::string& inputsJson,
                            int samples, std::uint64_t seed, const std::string& resultJson) {
    Statement q(project.db(), R"sql(
        INSERT INTO rrw_index_run (model_id, model_json, inputs_json, samples, seed, result_json, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    q.bind(1, modelId)
        .bind(2, modelJson)
        .bind(3, inputsJson)
        .bind(4, static_cast<std::int64_t>(samples));
    q.bind(5, static_cast<std::int64_t>(seed)).bind(6, resultJson).bind(7, utcNow());
    q.run();
    return sqlite3_last_insert_rowid(project.db());
}

nlohmann::json requireIndexModel(const Project& project, const std::string& id) {
    const auto text = readIndexModel(project, id);
    if (!text) {
        std::string known;
        for (const auto& other : indexModelIds(project)) {
            known += (known.empty() ? "" : ", ") + other;
        }
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: no index model '{2}' (the project has: {3})"),
            {project.path(), id, known.empty() ? "-" : known});
    }
    try {
        return nlohmann::json::parse(*text);
    } catch (const nlohmann::json::exception& e) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the index model '{2}' is not JSON: {3}"),
                        {project.path(), id, e.what()});
    }
}

}  // namespace rrw::store
