#include "store/measure_repository.h"

#include <chrono>
#include <set>

#include "core/error.h"
#include "store/organisation_repository.h"
#include "store/record_checks.h"
#include "store/sqlite.h"
#include "store/swot_repository.h"

namespace rrw::store {

namespace {

bool hasMeasures(const Project& project) {
    return project.schemaVersion() >= 4;
}

bool hasGovernance(const Project& project) {
    return project.schemaVersion() >= 6;
}

std::string columns(const Project& project) {
    return std::string(R"sql(
    SELECT id, COALESCE(title_de, ''), COALESCE(title_cs, ''), COALESCE(title_en, ''),
           COALESCE(description_de, ''), COALESCE(description_cs, ''),
           COALESCE(description_en, ''), status, COALESCE(source, ''), created_at, updated_at)sql") +
           (hasGovernance(project) ? ", COALESCE(owner_id, ''), COALESCE(review_date, '')"
                                   : ", '', ''") +
           " FROM rrw_measure";
}

Measure readMeasure(const Statement& q) {
    Measure m;
    m.id = q.text(0);
    m.titleDe = q.text(1);
    m.titleCs = q.text(2);
    m.titleEn = q.text(3);
    m.descriptionDe = q.text(4);
    m.descriptionCs = q.text(5);
    m.descriptionEn = q.text(6);
    m.status = q.text(7);
    m.source = q.text(8);
    m.createdAt = q.text(9);
    m.updatedAt = q.text(10);
    m.ownerId = q.text(11);
    m.reviewDate = q.text(12);
    return m;
}

void checkGovernance(const Project& project, const Measure& m) {
    if (m.ownerId.empty() && m.reviewDate.empty()) {
        return;
    }
    if (!hasGovernance(project)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the project has no governance register (schema {2}); "
                              "open it for writing once to update it"),
            {project.path(), std::to_string(project.schemaVersion())});
    }
    if (!m.ownerId.empty() && !getOrganisation(project, m.ownerId)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: measure '{2}': the owner '{3}' is not an "
                                          "organisation of the project"),
                        {project.path(), m.id, m.ownerId});
    }
    if (!m.reviewDate.empty() && !isIsoDate(m.reviewDate)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: measure '{2}': the review date '{3}' is not a "
                                          "calendar date written YYYY-MM-DD"),
                        {project.path(), m.id, m.reviewDate});
    }
}

void checkMeasure(const Project& project, const Measure& m) {
    if (!isPlainId(m.id)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "measure '{1}': the id must be 1 to 64 characters of "
                                          "A-Z, a-z, 0-9, '_', '-' and '.'"),
                        {m.id});
    }
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "measure '{1}': the field {2} is not valid UTF-8");
    checkUtf8(m.titleDe, utf8, m.id, "title_de");
    checkUtf8(m.titleCs, utf8, m.id, "title_cs");
    checkUtf8(m.titleEn, utf8, m.id, "title_en");
    checkUtf8(m.descriptionDe, utf8, m.id, "description_de");
    checkUtf8(m.descriptionCs, utf8, m.id, "description_cs");
    checkUtf8(m.descriptionEn, utf8, m.id, "description_en");
    checkUtf8(m.source, utf8, m.id, "source");
    if (isBlank(m.titleDe) && isBlank(m.titleCs)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "measure '{1}': it needs a German or a Czech title"), {m.id});
    }
    if (!isMeasureStatus(m.status)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "measure '{1}': the status must be idea, planned, "
                                          "in_progress or done, not '{2}'"),
                        {m.id, m.status});
    }
    checkGovernance(project, m);
}

Measure requireMeasure(const Project& project, const std::string& id) {
    auto m = getMeasure(project, id);
    if (!m) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no measure '{2}'"),
                        {project.path(), id});
    }
    return *m;
}

}  // namespace

bool isMeasureStatus(const std::string& status) {
    return status == "idea" || status == "planned" || status == "in_progress" || status == "done";
}

bool isIsoDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    const std::chrono::year_month_day date{
        std::chrono::year{std::stoi(text.substr(0, 4))},
        std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
        std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    return date.ok();
}

std::vector<Measure> listMeasures(const Project& project, const std::string& status) {
    std::vector<Measure> out;
    if (!hasMeasures(project)) {
        return out;
    }
    Statement q(project.db(), columns(project) + " WHERE ?1 = '' OR status = ?1 ORDER BY id");
    q.bind(1, status);
    while (q.step()) {
        out.push_back(readMeasure(q));
    }
    return out;
}

std::optional<Measure> getMeasure(const Project& project, const std::string& id) {
    if (!hasMeasures(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), columns(project) + " WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    return readMeasure(q);
}

void addMeasures(Project& project, const std::vector<Measure>& measures) {
    std::set<std::string> seen;
    for (const Measure& m : measures) {
        checkMeasure(project, m);
        if (!seen.insert(m.id).second || getMeasure(project, m.id)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the measure '{2}' exists already"),
                            {project.path(), m.id});
        }
    }
    const std::string now = utcNow();
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_measure (id, title_de, title_cs, title_en, description_de, description_cs,
                                 description_en, status, source, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    std::optional<Statement> governance;
    if (hasGovernance(project)) {
        governance.emplace(project.db(),
                           "UPDATE rrw_measure SET owner_id = ?2, review_date = ?3 WHERE id = ?1");
    }
    for (const Measure& m : measures) {
        insert.bind(1, m.id).bindOptional(2, m.titleDe).bindOptional(3, m.titleCs);
        insert.bindOptional(4, m.titleEn).bindOptional(5, m.descriptionDe);
        insert.bindOptional(6, m.descriptionCs).bindOptional(7, m.descriptionEn);
        insert.bind(8, m.status).bindOptional(9, m.source);
        insert.bind(10, m.createdAt.empty() ? now : m.createdAt).bind(11, now).run();
        insert.reset();
        if (governance) {
            governance->bind(1, m.id).bindOptional(2, m.ownerId).bindOptional(3, m.reviewDate);
            governance->run();
            governance->reset();
        }
    }
}

Measure updateMeasure(Project& project, const Measure& measure) {
    const Measure previous = requireMeasure(project, measure.id);
    checkMeasure(project, measure);
    Statement q(project.db(), R"sql(
        UPDATE rrw_measure SET title_de = ?2, title_cs = ?3, title_en = ?4, description_de = ?5,
                               description_cs = ?6, description_en = ?7, status = ?8, source = ?9,
                               updated_at = ?10
        WHERE id = ?1)sql");
    q.bind(1, measure.id).bindOptional(2, measure.titleDe).bindOptional(3, measure.titleCs);
    q.bindOptional(4, measure.titleEn).bindOptional(5, measure.descriptionDe);
    q.bindOptional(6, measure.descriptionCs).bindOptional(7, measure.descriptionEn);
    q.bind(8, measure.status).bindOptional(9, measure.source).bind(10, utcNow()).run();
    if (hasGovernance(project)) {
        Statement g(project.db(),
                    "UPDATE rrw_measure SET owner_id = ?2, review_date = ?3 WHERE id = ?1");
        g.bind(1, measure.id).bindOptional(2, measure.ownerId);
        g.bindOptional(3, measure.reviewDate).run();
    }
    return previous;
}

DeletedMeasure deleteMeasure(Project& project, const std::string& id) {
    DeletedMeasure deleted{requireMeasure(project, id), {}, measureLinks(project, id)};
    Statement links(project.db(),
                    "SELECT strategy_id FROM rrw_tows_strategy_measure WHERE measure_id = ?1 "
                    "ORDER BY strategy_id");
    links.bind(1, id);
    while (links.step()) {
        deleted.strategyIds.push_back(links.integer(0));
    }
    // The triggers rrw_measure_deleted and rrw_measure_governance_deleted remove the links.
    Statement q(project.db(), "DELETE FROM rrw_measure WHERE id = ?1");
    q.bind(1, id).run();
    return deleted;
}

void restoreMeasure(Project& project, const DeletedMeasure& deleted) {
    Measure measure = deleted.measure;
    if (!measure.ownerId.empty() && !getOrganisation(project, measure.ownerId)) {
        measure.ownerId.clear();
    }
    addMeasures(project, {measure});
    Statement link(project.db(), R"sql(
        INSERT OR IGNORE INTO rrw_tows_strategy_measure (strategy_id, measure_id)
        SELECT id, ?2 FROM rrw_tows_strategy WHERE id = ?1)sql");
    for (const std::int64_t strategy : deleted.strategyIds) {
        link.bind(1, strategy).bind(2, deleted.measure.id).run();
        link.reset();
    }
    if (!deleted.links.empty()) {
        MeasureLinks links = deleted.links;
        std::erase_if(links.swotItemIds,
                      [&](std::int64_t item) { return !getSwotItem(project, item); });
        Statement risk(project.db(),
                       "INSERT INTO rrw_measure_risk (measure_id, kind, risk_id) "
                       "VALUES (?1, ?2, ?3)");
        setMeasureLinks(project, deleted.measure.id, {links.swotItemIds, {}});
        for (const MeasureRisk& r : links.risks) {  // as they were, even if a risk is gone
            risk.bind(1, deleted.measure.id).bind(2, r.kind).bind(3, r.riskId).run();
            risk.reset();
        }
    }
}

}  // namespace rrw::store
