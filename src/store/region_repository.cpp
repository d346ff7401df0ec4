#include "store/region_repository.h"

#include <map>

#include "core/error.h"
#include "store/sqlite.h"

namespace rrw::store {

void insertRegions(Project& project, const std::vector<Region>& regions) {
    // Parents first, so the foreign key holds row by row.
    const std::map<std::string, int> depth = {{"land", 0},  {"kraj", 0},     {"kreis", 1},
                                              {"okres", 1}, {"gemeinde", 2}, {"obec", 2}};
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_region (code, level, parent_code, country, name, name_de, name_cs, nuts3,
                                lau1, ags, kod, analysis_level, layer)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
    for (int d = 0; d <= 2; ++d) {
        for (const auto& r : regions) {
            const auto it = depth.find(r.level);
            if (it == depth.end()) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "region {1}: unknown level '{2}'"),
                                {r.code, r.level});
            }
            if (it->second != d) {
                continue;
            }
            insert.bind(1, r.code)
                .bind(2, r.level)
                .bindOptional(3, r.parentCode)
                .bind(4, r.country)
                .bind(5, r.name)
                .bind(6, r.nameDe.empty() ? r.name : r.nameDe)
                .bind(7, r.nameCs.empty() ? r.name : r.nameCs)
                .bindOptional(8, r.nuts3)
                .bindOptional(9, r.lau1)
                .bindOptional(10, r.ags)
                .bindOptional(11, r.kod)
                .bind(12, r.analysisLevel)
                .bindOptional(13, r.layer);
            insert.run();
            insert.reset();
        }
    }
    checkReferences(project.db(), "rrw_region",
                    QT_TRANSLATE_NOOP("rrw", "{1}: '{2}' refers to a region that does not exist"),
                    1);
}

void insertPopulation(Project& project, const std::vector<PopulationRecord>& records) {
    Statement insert(project.db(), R"sql(
        INSERT OR REPLACE INTO rrw_population (region_code, reference_date, population, men, women,
                                               source, licence)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    for (const auto& p : records) {
        insert.bind(1, p.regionCode).bind(2, p.referenceDate).bind(3, p.population);
        if (p.men >= 0) {
            insert.bind(4, p.men);
        }
        if (p.women >= 0) {
            insert.bind(5, p.women);
        }
        insert.bind(6, p.source).bindOptional(7, p.licence);
        insert.run();
        insert.reset();
    }
    checkReferences(project.db(), "rrw_population",
                    QT_TRANSLATE_NOOP("rrw", "{1}: '{2}' refers to a region that does not exist"),
                    1);
}

std::vector<RegionCount> countRegions(const Project& project) {
    std::vector<RegionCount> counts;
    if (project.schemaVersion() == 0) {
        return counts;
    }
    Statement q(project.db(), R"sql(
        SELECT country, level, analysis_level, COUNT(*) FROM rrw_region
        GROUP BY country, level, analysis_level
        ORDER BY country, CASE analysis_level WHEN 'region' THEN 0 WHEN 'district' THEN 1 ELSE 2 END)sql");
    while (q.step()) {
        counts.push_back({q.text(0), q.text(1), q.text(2), q.integer(3)});
    }
    return counts;
}

std::vector<Region> regionsAt(const Project& project, const std::string& analysisLevel) {
    std::vector<Region> regions;
    Statement q(project.db(), R"sql(
        SELECT code, level, COALESCE(parent_code, ''), country, name, name_de, name_cs,
               COALESCE(nuts3, ''), COALESCE(lau1, ''), COALESCE(ags, ''), COALESCE(kod, ''),
               analysis_level, COALESCE(layer, '')
        FROM rrw_region WHERE analysis_level = ?1 ORDER BY country, code)sql");
    q.bind(1, analysisLevel);
    while (q.step()) {
        regions.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5),
                           q.text(6), q.text(7), q.text(8), q.text(9), q.text(10), q.text(11),
                           q.text(12)});
    }
    return regions;
}

}  // namespace rrw::store
