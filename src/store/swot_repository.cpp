#include "store/swot_repository.h"

#include <map>

#include "core/error.h"
#include "store/record_checks.h"
#include "store/sqlite.h"
#include "store/tows_repository.h"

namespace rrw::store {

namespace {

constexpr const char* kEvidenceKinds[] = {"indicator", "layer", "index_run", "source",
                                          "bbk_scenario"};

bool isCategory(char c) {
    return c == 'S' || c == 'W' || c == 'O' || c == 'T';
}

std::string label(const SwotItem& item) {
    return item.id > 0 ? "#" + std::to_string(item.id) : textLabel(item.textDe, item.textCs);
}

bool hasRegister(const Project& project) {
    return project.schemaVersion() >= 4;
}

const char* const kItemColumns = R"sql(
    SELECT id, COALESCE(region_code, ''), category, COALESCE(text_de, ''), COALESCE(text_cs, ''),
           importance, COALESCE(author, ''), created_at, updated_at, origin, position
    FROM rrw_swot_item)sql";

SwotItem readItem(const Statement& q) {
    SwotItem item;
    item.id = q.integer(0);
    item.regionCode = q.text(1);
    const std::string category = q.text(2);
    item.category = category.empty() ? '?' : category[0];
    item.textDe = q.text(3);
    item.textCs = q.text(4);
    item.importance = static_cast<int>(q.integer(5));
    item.author = q.text(6);
    item.createdAt = q.text(7);
    item.updatedAt = q.text(8);
    item.origin = q.text(9);
    item.position = q.integer(10);
    return item;
}

SwotEvidence readEvidence(const Statement& q) {
    return {q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4)};
}

std::vector<SwotEvidence> evidenceOf(const Project& project, std::int64_t itemId) {
    Statement q(project.db(), R"sql(
        SELECT id, item_id, kind, ref, COALESCE(note, '') FROM rrw_swot_evidence
        WHERE item_id = ?1 ORDER BY id)sql");
    q.bind(1, itemId);
    std::vector<SwotEvidence> out;
    while (q.step()) {
        out.push_back(readEvidence(q));
    }
    return out;
}

SwotItem requireItem(const Project& project, std::int64_t id) {
    auto item = getSwotItem(project, id);
    if (!item) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no SWOT item {2}"),
                        {project.path(), std::to_string(id)});
    }
    return *item;
}

void checkCategory(const std::string& what, char category) {
    if (!isCategory(category)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: the category must be S, W, O or T, not '{2}'"),
            {what, std::string(1, category)});
    }
}

void checkItem(const Project& project, const SwotItem& item) {
    const std::string what = label(item);
    checkCategory(what, item.category);
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: the field {2} is not valid UTF-8");
    checkUtf8(item.textDe, utf8, what, "text_de");
    checkUtf8(item.textCs, utf8, what, "text_cs");
    checkUtf8(item.author, utf8, what, "author");
    if (isBlank(item.textDe) && isBlank(item.textCs)) {
        if (item.id > 0) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: it needs a German or a Czech text"),
                {what});
        }
        throwInputError(QT_TRANSLATE_NOOP("rrw", "a new SWOT item needs a German or a Czech text"));
    }
    if (item.importance < 1 || item.importance > 5) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "SWOT item {1}: the importance must be a whole number "
                                          "from 1 to 5, not {2}"),
                        {what, std::to_string(item.importance)});
    }
    if (item.origin != "manual" && item.origin != "suggestion") {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "SWOT item {1}: the origin must be manual or suggestion, not '{2}'"),
            {what, item.origin});
    }
    if (!item.regionCode.empty() && !regionExists(project, item.regionCode)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: the project has no region '{2}'"),
                        {what, item.regionCode});
    }
}

bool exists(const Project& project, const char* sql, const std::string& value) {
    Statement q(project.db(), sql);
    q.bind(1, value);
    return q.step();
}

bool evidenceTargetExists(const Project& project, const SwotEvidence& e) {
    if (e.kind == "source") {
        return true;  // a citation, URL or file name: free text
    }
    if (e.kind == "indicator") {
        return exists(project, "SELECT 1 FROM rrw_indicator WHERE id = ?1", e.ref);
    }
    if (e.kind == "layer") {
        return exists(project,
                      "SELECT 1 FROM gpkg_contents WHERE table_name = ?1 AND data_type IN "
                      "('features', 'tiles', '2d-gridded-coverage')",
                      e.ref);
    }
    if (e.kind == "bbk_scenario") {
        return exists(project, "SELECT 1 FROM rrw_bbk_scenario WHERE id = ?1", e.ref);
    }
    // index_run: the id of a stored run, a whole number.
    if (e.ref.empty() || e.ref.size() > 18 ||
        e.ref.find_first_not_of("0123456789") != std::string::npos) {
        return false;
    }
    Statement q(project.db(), "SELECT 1 FROM rrw_index_run WHERE id = ?1");
    q.bind(1, static_cast<std::int64_t>(std::stoll(e.ref)));
    return q.step();
}

void checkEvidence(const Project& project, const std::string& what, const SwotEvidence& e) {
    if (!isSwotEvidenceKind(e.kind)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "SWOT item {1}: the evidence kind '{2}' is not one of "
                                          "indicator, layer, index_run, source, bbk_scenario"),
                        {what, e.kind});
    }
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: the field {2} is not valid UTF-8");
    checkUtf8(e.ref, utf8, what, "ref");
    checkUtf8(e.note, utf8, what, "note");
    if (isBlank(e.ref)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: the evidence {2} needs a reference"),
            {what, e.kind});
    }
    if (!evidenceTargetExists(project, e)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "SWOT item {1}: the evidence {2}:{3} refers to nothing in the "
                              "project (no such {2})"),
            {what, e.kind, e.ref});
    }
}

SwotEvidence insertEvidence(Project& project, std::int64_t itemId, const SwotEvidence& e,
                            const std::string& what) {
    Statement dup(project.db(),
                  "SELECT 1 FROM rrw_swot_evidence WHERE item_id = ?1 AND kind = ?2 AND ref = ?3");
    dup.bind(1, itemId).bind(2, e.kind).bind(3, e.ref);
    if (dup.step()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "SWOT item {1} already has the evidence {2}:{3}"),
                        {what, e.kind, e.ref});
    }
    if (e.id != 0) {
        Statement taken(project.db(), "SELECT 1 FROM rrw_swot_evidence WHERE id = ?1");
        taken.bind(1, e.id);
        if (taken.step()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the SWOT evidence {2} exists already"),
                            {project.path(), std::to_string(e.id)});
        }
    }
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_swot_evidence (id, item_id, kind, ref, note) VALUES (?1, ?2, ?3, ?4, ?5))sql");
    if (e.id != 0) {
        insert.bind(1, e.id);
    } else {
        insert.bindNull(1);
    }
    insert.bind(2, itemId).bind(3, e.kind).bind(4, e.ref).bindOptional(5, e.note).run();
    SwotEvidence stored = e;
    stored.id = sqlite3_last_insert_rowid(project.db());
    stored.itemId = itemId;
    return stored;
}

std::int64_t nextPosition(const Project& project, const std::string& region, char category,
                          std::int64_t excludeId) {
    Statement q(project.db(), R"sql(
        SELECT COALESCE(MAX(position), 0) + 1 FROM rrw_swot_item
        WHERE region_code IS ?1 AND category = ?2 AND id <> ?3)sql");
    q.bindOptional(1, region).bind(2, std::string(1, category)).bind(3, excludeId);
    q.step();
    return q.integer(0);
}

/// A category change must fit every TOWS strategy that links the item.
void checkTowsLinksAllow(const Project& project, const SwotItem& item, char category) {
    Statement q(project.db(), R"sql(
        SELECT s.id, s.kind FROM rrw_tows_strategy_item l
        JOIN rrw_tows_strategy s ON s.id = l.strategy_id
        WHERE l.item_id = ?1 ORDER BY s.id)sql");
    q.bind(1, item.id);
    while (q.step()) {
        const std::string kind = q.text(1);
        if (!towsKindAllows(kind, category)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "SWOT item {1} cannot become {2}: the TOWS strategy {3} "
                                  "links it, and strategies of kind {4} pair only {5} with {6} "
                                  "items"),
                {label(item), std::string(1, category), std::to_string(q.integer(0)), kind,
                 kind.substr(0, 1), kind.substr(1, 1)});
        }
    }
}

void writeItemFields(Statement& q, const SwotItem& item) {
    q.bindOptional(1, item.regionCode)
        .bind(2, std::string(1, item.category))
        .bindOptional(3, item.textDe)
        .bindOptional(4, item.textCs);
    q.bind(5, static_cast<std::int64_t>(item.importance))
        .bindOptional(6, item.author)
        .bind(7, item.position)
        .bind(8, item.updatedAt);
}

}  // namespace

bool isSwotEvidenceKind(const std::string& kind) {
    for (const char* k : kEvidenceKinds) {
        if (kind == k) {
            return true;
        }
    }
    return false;
}

std::vector<SwotItem> listSwotItems(const Project& project, const SwotFilter& filter) {
    std::vector<SwotItem> out;
    if (!hasRegister(project)) {
        return out;
    }
    Statement q(project.db(), std::string(kItemColumns) + R"sql(
        WHERE (?1 = 0 OR region_code IS ?2) AND (?3 IS NULL OR category = ?3)
        ORDER BY COALESCE(region_code, ''),
                 CASE category WHEN 'S' THEN 1 WHEN 'W' THEN 2 WHEN 'O' THEN 3 ELSE 4 END,
                 position, id)sql");
    q.bind(1, static_cast<std::int64_t>(filter.region ? 1 : 0));
    q.bindOptional(2, filter.region.value_or(""));
    if (filter.category) {
        q.bind(3, std::string(1, *filter.category));
    } else {
        q.bindNull(3);
    }
    std::map<std::int64_t, std::size_t> index;
    while (q.step()) {
        index[q.integer(0)] = out.size();
        out.push_back(readItem(q));
    }
    Statement e(project.db(), R"sql(
        SELECT id, item_id, kind, ref, COALESCE(note, '') FROM rrw_swot_evidence ORDER BY item_id, id)sql");
    while (e.step()) {
        if (const auto it = index.find(e.integer(1)); it != index.end()) {
            out[it->second].evidence.push_back(readEvidence(e));
        }
    }
    return out;
}

std::optional<SwotItem> getSwotItem(const Project& project, std::int64_t id) {
    if (!hasRegister(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), std::string(kItemColumns) + " WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    SwotItem item = readItem(q);
    item.evidence = evidenceOf(project, id);
    return item;
}

SwotItem addSwotItem(Project& project, const SwotItem& item) {
    SwotItem stored = item;
    stored.id = 0;
    checkItem(project, stored);
    const std::string what = label(stored);
    for (const auto& e : stored.evidence) {
        checkEvidence(project, what, e);
    }
    stored.createdAt = stored.updatedAt = utcNow();
    stored.position = nextPosition(project, stored.regionCode, stored.category, 0);
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_swot_item (region_code, category, text_de, text_cs, importance, author,
                                   position, updated_at, created_at, origin)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    writeItemFields(insert, stored);
    insert.bind(9, stored.createdAt).bind(10, stored.origin).run();
    stored.id = sqlite3_last_insert_rowid(project.db());
    for (auto& e : stored.evidence) {
        SwotEvidence fresh = e;
        fresh.id = 0;
        e = insertEvidence(project, stored.id, fresh, label(stored));
    }
    return stored;
}

SwotItem updateSwotItem(Project& project, const SwotItem& item) {
    const SwotItem previous = requireItem(project, item.id);
    SwotItem next = item;
    next.origin = previous.origin;
    checkItem(project, next);
    if (next.category != previous.category) {
        checkTowsLinksAllow(project, previous, next.category);
    }
    const bool sameQuadrant =
        next.regionCode == previous.regionCode && next.category == previous.category;
    if (next.position <= 0) {
        next.position = sameQuadrant
                            ? previous.position
                            : nextPosition(project, next.regionCode, next.category, next.id);
    }
    next.updatedAt = utcNow();
    Statement q(project.db(), R"sql(
        UPDATE rrw_swot_item SET region_code = ?1, category = ?2, text_de = ?3, text_cs = ?4,
                                 importance = ?5, author = ?6, position = ?7, updated_at = ?8
        WHERE id = ?9)sql");
    writeItemFields(q, next);
    q.bind(9, next.id).run();
    return previous;
}

SwotItem moveSwotItem(Project& project, std::int64_t id, char category,
                      std::optional<std::int64_t> position) {
    const SwotItem previous = requireItem(project, id);
    checkCategory(label(previous), category);
    if (category != previous.category) {
        checkTowsLinksAllow(project, previous, category);
    }
    std::int64_t target = 0;
    if (!position) {
        target = nextPosition(project, previous.regionCode, category, id);
    } else {
        if (*position < 1) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "SWOT item {1}: the position must be 1 or more, not {2}"),
                {label(previous), std::to_string(*position)});
        }
        target = *position;
        Statement occupied(project.db(), R"sql(
            SELECT 1 FROM rrw_swot_item
            WHERE region_code IS ?1 AND category = ?2 AND position = ?3 AND id <> ?4)sql");
        occupied.bindOptional(1, previous.regionCode)
            .bind(2, std::string(1, category))
            .bind(3, target)
            .bind(4, id);
        if (occupied.step()) {
            Statement shift(project.db(), R"sql(
                UPDATE rrw_swot_item SET position = position + 1
                WHERE region_code IS ?1 AND category = ?2 AND position >= ?3 AND id <> ?4)sql");
            shift.bindOptional(1, previous.regionCode)
                .bind(2, std::string(1, category))
                .bind(3, target)
                .bind(4, id)
                .run();
        }
    }
    Statement q(project.db(),
                "UPDATE rrw_swot_item SET category = ?1, position = ?2, updated_at = ?3 "
                "WHERE id = ?4");
    q.bind(1, std::string(1, category)).bind(2, target).bind(3, utcNow()).bind(4, id).run();
    return previous;
}

DeletedSwotItem deleteSwotItem(Project& project, std::int64_t id) {
    DeletedSwotItem deleted;
    deleted.item = requireItem(project, id);
    Statement strategies(
        project.db(),
        "SELECT strategy_id FROM rrw_tows_strategy_item WHERE item_id = ?1 ORDER BY strategy_id");
    strategies.bind(1, id);
    while (strategies.step()) {
        deleted.strategyIds.push_back(strategies.integer(0));
    }
    Statement decisions(project.db(), R"sql(
        SELECT region_code, indicator_id, category FROM rrw_swot_suggestion_decision
        WHERE item_id = ?1 ORDER BY region_code, indicator_id, category)sql");
    decisions.bind(1, id);
    while (decisions.step()) {
        deleted.decisions.push_back({decisions.text(0), decisions.text(1), decisions.text(2)[0]});
    }
    // The trigger rrw_swot_item_deleted removes evidence and TOWS links and clears decisions.
    Statement remove(project.db(), "DELETE FROM rrw_swot_item WHERE id = ?1");
    remove.bind(1, id).run();
    return deleted;
}

void restoreSwotItem(Project& project, const DeletedSwotItem& deleted) {
    const SwotItem& item = deleted.item;
    if (getSwotItem(project, item.id)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the SWOT item {2} exists already"),
                        {project.path(), std::to_string(item.id)});
    }
    checkItem(project, item);
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_swot_item (region_code, category, text_de, text_cs, importance, author,
                                   position, updated_at, id, created_at, origin)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    writeItemFields(insert, item);
    insert.bind(9, item.id).bind(10, item.createdAt).bind(11, item.origin).run();
    Statement evidence(project.db(), R"sql(
        INSERT INTO rrw_swot_evidence (id, item_id, kind, ref, note) VALUES (?1, ?2, ?3, ?4, ?5))sql");
    for (const auto& e : item.evidence) {
        evidence.bind(1, e.id).bind(2, item.id).bind(3, e.kind).bind(4, e.ref);
        evidence.bindOptional(5, e.note).run();
        evidence.reset();
    }
    Statement link(project.db(), R"sql(
        INSERT OR IGNORE INTO rrw_tows_strategy_item (strategy_id, item_id)
        SELECT id, ?2 FROM rrw_tows_strategy WHERE id = ?1)sql");
    for (const std::int64_t strategy : deleted.strategyIds) {
        link.bind(1, strategy).bind(2, item.id).run();
        link.reset();
    }
    Statement decision(project.db(), R"sql(
        UPDATE rrw_swot_suggestion_decision SET item_id = ?4
        WHERE region_code = ?1 AND indicator_id = ?2 AND category = ?3 AND item_id IS NULL)sql");
    for (const auto& key : deleted.decisions) {
        decision.bind(1, key.regionCode)
            .bind(2, key.indicatorId)
            .bind(3, std::string(1, key.category))
            .bind(4, item.id)
            .run();
        decision.reset();
    }
}

SwotEvidence addSwotEvidence(Project& project, std::int64_t itemId, const SwotEvidence& evidence) {
    const SwotItem item = requireItem(project, itemId);
    checkEvidence(project, label(item), evidence);
    return insertEvidence(project, itemId, evidence, label(item));
}

SwotEvidence removeSwotEvidence(Project& project, std::int64_t evidenceId) {
    std::optional<SwotEvidence> found;
    if (hasRegister(project)) {
        Statement q(project.db(), R"sql(
            SELECT id, item_id, kind, ref, COALESCE(note, '') FROM rrw_swot_evidence WHERE id = ?1)sql");
        q.bind(1, evidenceId);
        if (q.step()) {
            found = readEvidence(q);
        }
    }
    if (!found) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no SWOT evidence {2}"),
                        {project.path(), std::to_string(evidenceId)});
    }
    Statement remove(project.db(), "DELETE FROM rrw_swot_evidence WHERE id = ?1");
    remove.bind(1, evidenceId).run();
    return *found;
}

}  // namespace rrw::store
