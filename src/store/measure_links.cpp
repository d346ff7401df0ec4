#include "store/measure_links.h"

#include <algorithm>

#include "core/error.h"
#include "store/bbk_repository.h"
#include "store/indicator_repository.h"
#include "store/scenario_repository.h"
#include "store/sqlite.h"
#include "store/swot_repository.h"

namespace rrw::store {

namespace {

bool hasLinks(const Project& project) {
    return project.schemaVersion() >= 6;
}

void normalise(MeasureLinks& links) {
    std::sort(links.swotItemIds.begin(), links.swotItemIds.end());
    links.swotItemIds.erase(std::unique(links.swotItemIds.begin(), links.swotItemIds.end()),
                            links.swotItemIds.end());
    std::sort(links.risks.begin(), links.risks.end());
    links.risks.erase(std::unique(links.risks.begin(), links.risks.end()), links.risks.end());
}

void requireMeasure(const Project& project, const std::string& measureId) {
    if (!hasLinks(project)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the project has no governance register (schema {2}); "
                              "open it for writing once to update it"),
            {project.path(), std::to_string(project.schemaVersion())});
    }
    Statement q(project.db(), "SELECT 1 FROM rrw_measure WHERE id = ?1");
    q.bind(1, measureId);
    if (!q.step()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no measure '{2}'"),
                        {project.path(), measureId});
    }
}

/// Checks the links of `links` that `existing` does not hold yet (a link whose risk was deleted
/// later stays until it is removed).
void checkLinks(const Project& project, const std::string& measureId, const MeasureLinks& links,
                const MeasureLinks& existing) {
    const auto has = [](const auto& list, const auto& value) {
        return std::find(list.begin(), list.end(), value) != list.end();
    };
    for (const std::int64_t item : links.swotItemIds) {
        if (!has(existing.swotItemIds, item) && !getSwotItem(project, item)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: measure '{2}': there is no SWOT item #{3}"),
                {project.path(), measureId, std::to_string(item)});
        }
    }
    for (const MeasureRisk& risk : links.risks) {
        if (!isMeasureRiskKind(risk.kind)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: measure '{2}': the risk kind must be "
                                              "hazard_model, bbk_scenario or supply_scenario, "
                                              "not '{3}'"),
                            {project.path(), measureId, risk.kind});
        }
        if (!has(existing.risks, risk) && !measureRiskExists(project, risk)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: measure '{2}': there is no risk {3} in the project"),
                {project.path(), measureId, formatMeasureRisk(risk)});
        }
    }
}

void writeLinks(Project& project, const std::string& measureId, const MeasureLinks& links) {
    Statement clearItems(project.db(), "DELETE FROM rrw_measure_swot_item WHERE measure_id = ?1");
    clearItems.bind(1, measureId).run();
    Statement clearRisks(project.db(), "DELETE FROM rrw_measure_risk WHERE measure_id = ?1");
    clearRisks.bind(1, measureId).run();
    Statement item(project.db(),
                   "INSERT INTO rrw_measure_swot_item (measure_id, item_id) VALUES (?1, ?2)");
    for (const std::int64_t id : links.swotItemIds) {
        item.bind(1, measureId).bind(2, id).run();
        item.reset();
    }
    Statement risk(project.db(),
                   "INSERT INTO rrw_measure_risk (measure_id, kind, risk_id) VALUES (?1, ?2, ?3)");
    for (const MeasureRisk& r : links.risks) {
        risk.bind(1, measureId).bind(2, r.kind).bind(3, r.riskId).run();
        risk.reset();
    }
}

}  // namespace

bool isMeasureRiskKind(const std::string& kind) {
    return kind == "hazard_model" || kind == "bbk_scenario" || kind == "supply_scenario";
}

MeasureRisk parseMeasureRisk(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size() ||
        !isMeasureRiskKind(text.substr(0, colon))) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "'{1}' is not a risk: write KIND:ID with KIND "
                                          "hazard_model, bbk_scenario or supply_scenario"),
                        {text});
    }
    return {text.substr(0, colon), text.substr(colon + 1)};
}

std::string formatMeasureRisk(const MeasureRisk& risk) {
    return risk.kind + ":" + risk.riskId;
}

bool measureRiskExists(const Project& project, const MeasureRisk& risk) {
    if (risk.kind == "hazard_model") {
        const auto ids = indexModelIds(project);
        return std::find(ids.begin(), ids.end(), risk.riskId) != ids.end();
    }
    if (risk.kind == "bbk_scenario") {
        return getBbkScenario(project, risk.riskId).has_value();
    }
    if (risk.kind == "supply_scenario") {
        return getScenario(project, risk.riskId).has_value();
    }
    return false;
}

MeasureLinks measureLinks(const Project& project, const std::string& measureId) {
    const auto all = allMeasureLinks(project);
    const auto it = all.find(measureId);
    return it == all.end() ? MeasureLinks{} : it->second;
}

std::map<std::string, MeasureLinks> allMeasureLinks(const Project& project) {
    std::map<std::string, MeasureLinks> out;
    if (!hasLinks(project)) {
        return out;
    }
    Statement items(project.db(),
                    "SELECT measure_id, item_id FROM rrw_measure_swot_item "
                    "ORDER BY measure_id, item_id");
    while (items.step()) {
        out[items.text(0)].swotItemIds.push_back(items.integer(1));
    }
    Statement risks(project.db(),
                    "SELECT measure_id, kind, risk_id FROM rrw_measure_risk "
                    "ORDER BY measure_id, kind, risk_id");
    while (risks.step()) {
        out[risks.text(0)].risks.push_back({risks.text(1), risks.text(2)});
    }
    for (auto& [id, links] : out) {
        normalise(links);  // the collation of ORDER BY may differ from std::string's order
    }
    return out;
}

MeasureLinks setMeasureLinks(Project& project, const std::string& measureId,
                             const MeasureLinks& links) {
    requireMeasure(project, measureId);
    MeasureLinks wanted = links;
    normalise(wanted);
    MeasureLinks previous = measureLinks(project, measureId);
    checkLinks(project, measureId, wanted, previous);
    writeLinks(project, measureId, wanted);
    return previous;
}

MeasureLinks changeMeasureLinks(Project& project, const std::string& measureId,
                                const MeasureLinks& add, const MeasureLinks& remove) {
    requireMeasure(project, measureId);
    MeasureLinks links = measureLinks(project, measureId);
    for (const std::int64_t item : remove.swotItemIds) {
        const auto it = std::find(links.swotItemIds.begin(), links.swotItemIds.end(), item);
        if (it == links.swotItemIds.end()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: measure '{2}' is not linked to SWOT item #{3}"),
                {project.path(), measureId, std::to_string(item)});
        }
        links.swotItemIds.erase(it);
    }
    for (const MeasureRisk& risk : remove.risks) {
        const auto it = std::find(links.risks.begin(), links.risks.end(), risk);
        if (it == links.risks.end()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: measure '{2}' is not linked to the risk {3}"),
                {project.path(), measureId, formatMeasureRisk(risk)});
        }
        links.risks.erase(it);
    }
    links.swotItemIds.insert(links.swotItemIds.end(), add.swotItemIds.begin(),
                             add.swotItemIds.end());
    links.risks.insert(links.risks.end(), add.risks.begin(), add.risks.end());
    return setMeasureLinks(project, measureId, links);
}

}  // namespace rrw::store
