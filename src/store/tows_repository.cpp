#include "store/tows_repository.h"

#include <algorithm>

#include "core/error.h"
#include "store/record_checks.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasStrategies(const Project& project) {
    return project.schemaVersion() >= 4;
}

std::string label(const TowsStrategy& s) {
    return s.id > 0 ? "#" + std::to_string(s.id) : textLabel(s.titleDe, s.titleCs);
}

const char* const kColumns = R"sql(
    SELECT id, kind, COALESCE(title_de, ''), COALESCE(title_cs, ''), COALESCE(text_de, ''),
           COALESCE(text_cs, ''), created_at, updated_at
    FROM rrw_tows_strategy)sql";

TowsStrategy readStrategy(const Project& project, const Statement& q) {
    TowsStrategy s{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4),
                   q.text(5),    q.text(6), q.text(7), {},        {}};
    Statement items(project.db(),
                    "SELECT item_id FROM rrw_tows_strategy_item WHERE strategy_id = ?1 "
                    "ORDER BY item_id");
    items.bind(1, s.id);
    while (items.step()) {
        s.itemIds.push_back(items.integer(0));
    }
    Statement measures(project.db(),
                       "SELECT measure_id FROM rrw_tows_strategy_measure WHERE strategy_id = ?1 "
                       "ORDER BY measure_id");
    measures.bind(1, s.id);
    while (measures.step()) {
        s.measureIds.push_back(measures.text(0));
    }
    return s;
}

TowsStrategy requireStrategy(const Project& project, std::int64_t id) {
    auto s = getTowsStrategy(project, id);
    if (!s) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no TOWS strategy {2}"),
                        {project.path(), std::to_string(id)});
    }
    return *s;
}

template <typename T>
void sortUnique(std::vector<T>& list) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

void checkStrategy(const Project& project, const TowsStrategy& s) {
    const std::string what = label(s);
    if (!towsKindAllows(s.kind, 'S') && !towsKindAllows(s.kind, 'W')) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "TOWS strategy {1}: the kind must be SO, ST, WO or WT, not '{2}'"),
            {what, s.kind});
    }
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "TOWS strategy {1}: the field {2} is not valid UTF-8");
    checkUtf8(s.titleDe, utf8, what, "title_de");
    checkUtf8(s.titleCs, utf8, what, "title_cs");
    checkUtf8(s.textDe, utf8, what, "text_de");
    checkUtf8(s.textCs, utf8, what, "text_cs");
    if (isBlank(s.titleDe) && isBlank(s.titleCs)) {
        if (s.id > 0) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "TOWS strategy {1}: it needs a German or a Czech title"),
                {what});
        }
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "a new TOWS strategy needs a German or a Czech title"));
    }
    Statement item(project.db(), "SELECT category FROM rrw_swot_item WHERE id = ?1");
    for (const std::int64_t id : s.itemIds) {
        item.bind(1, id);
        if (!item.step()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "TOWS strategy {1}: there is no SWOT item {2}"),
                {what, std::to_string(id)});
        }
        const std::string category = item.text(0);
        if (!towsKindAllows(s.kind, category.empty() ? '?' : category[0])) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "TOWS strategy {1}: SWOT item {2} has the category "
                                              "{3}; strategies of kind {4} pair only {5} with {6} "
                                              "items"),
                            {what, std::to_string(id), category, s.kind, s.kind.substr(0, 1),
                             s.kind.substr(1, 1)});
        }
        item.reset();
    }
    Statement measure(project.db(), "SELECT 1 FROM rrw_measure WHERE id = ?1");
    for (const std::string& id : s.measureIds) {
        measure.bind(1, id);
        if (!measure.step()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "TOWS strategy {1}: there is no measure '{2}'"),
                {what, id});
        }
        measure.reset();
    }
}

void writeLinks(Project& project, const TowsStrategy& s) {
    Statement dropItems(project.db(), "DELETE FROM rrw_tows_strategy_item WHERE strategy_id = ?1");
    dropItems.bind(1, s.id).run();
    Statement dropMeasures(project.db(),
                           "DELETE FROM rrw_tows_strategy_measure WHERE strategy_id = ?1");
    dropMeasures.bind(1, s.id).run();
    Statement item(project.db(),
                   "INSERT INTO rrw_tows_strategy_item (strategy_id, item_id) VALUES (?1, ?2)");
    for (const std::int64_t id : s.itemIds) {
        item.bind(1, s.id).bind(2, id).run();
        item.reset();
    }
    Statement measure(
        project.db(),
        "INSERT INTO rrw_tows_strategy_measure (strategy_id, measure_id) VALUES (?1, ?2)");
    for (const std::string& id : s.measureIds) {
        measure.bind(1, s.id).bind(2, id).run();
        measure.reset();
    }
}

}  // namespace

bool towsKindAllows(const std::string& kind, char category) {
    if (kind != "SO" && kind != "ST" && kind != "WO" && kind != "WT") {
        return false;
    }
    return category == kind[0] || category == kind[1];
}

std::vector<TowsStrategy> listTowsStrategies(const Project& project, const std::string& kind) {
    std::vector<TowsStrategy> out;
    if (!hasStrategies(project)) {
        return out;
    }
    Statement q(project.db(), std::string(kColumns) + R"sql(
        WHERE ?1 = '' OR kind = ?1
        ORDER BY CASE kind WHEN 'SO' THEN 1 WHEN 'ST' THEN 2 WHEN 'WO' THEN 3 ELSE 4 END, id)sql");
    q.bind(1, kind);
    while (q.step()) {
        out.push_back(readStrategy(project, q));
    }
    return out;
}

std::optional<TowsStrategy> getTowsStrategy(const Project& project, std::int64_t id) {
    if (!hasStrategies(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), std::string(kColumns) + " WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    return readStrategy(project, q);
}

TowsStrategy addTowsStrategy(Project& project, const TowsStrategy& strategy) {
    TowsStrategy s = strategy;
    sortUnique(s.itemIds);
    sortUnique(s.measureIds);
    if (s.id != 0 && getTowsStrategy(project, s.id)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the TOWS strategy {2} exists already"),
                        {project.path(), std::to_string(s.id)});
    }
    checkStrategy(project, s);
    s.updatedAt = utcNow();
    if (s.createdAt.empty() || s.id == 0) {
        s.createdAt = s.updatedAt;
    }
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_tows_strategy (id, kind, title_de, title_cs, text_de, text_cs, created_at,
                                       updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    if (s.id != 0) {
        insert.bind(1, s.id);
    } else {
        insert.bindNull(1);
    }
    insert.bind(2, s.kind).bindOptional(3, s.titleDe).bindOptional(4, s.titleCs);
    insert.bindOptional(5, s.textDe).bindOptional(6, s.textCs);
    insert.bind(7, s.createdAt).bind(8, s.updatedAt).run();
    s.id = sqlite3_last_insert_rowid(project.db());
    writeLinks(project, s);
    return s;
}

TowsStrategy updateTowsStrategy(Project& project, const TowsStrategy& strategy) {
    const TowsStrategy previous = requireStrategy(project, strategy.id);
    TowsStrategy s = strategy;
    sortUnique(s.itemIds);
    sortUnique(s.measureIds);
    checkStrategy(project, s);
    Statement q(project.db(), R"sql(
        UPDATE rrw_tows_strategy SET kind = ?1, title_de = ?2, title_cs = ?3, text_de = ?4,
                                     text_cs = ?5, updated_at = ?6
        WHERE id = ?7)sql");
    q.bind(1, s.kind).bindOptional(2, s.titleDe).bindOptional(3, s.titleCs);
    q.bindOptional(4, s.textDe).bindOptional(5, s.textCs).bind(6, utcNow()).bind(7, s.id).run();
    writeLinks(project, s);
    return previous;
}

TowsStrategy deleteTowsStrategy(Project& project, std::int64_t id) {
    TowsStrategy previous = requireStrategy(project, id);
    // The trigger rrw_tows_strategy_deleted removes the links.
    Statement q(project.db(), "DELETE FROM rrw_tows_strategy WHERE id = ?1");
    q.bind(1, id).run();
    return previous;
}

}  // namespace rrw::store
