#include "governance_text.h"

#include <nlohmann/json.hpp>

#include "planning_text.h"
#include "store/bbk_repository.h"
#include "store/indicator_repository.h"
#include "store/scenario_repository.h"

namespace rrw::ui {

QString GovernanceText::statusName(const std::string& status) {
    if (status == "idea") {
        return tr("Idea");
    }
    if (status == "planned") {
        return tr("Planned");
    }
    if (status == "in_progress") {
        return tr("In progress");
    }
    if (status == "done") {
        return tr("Done");
    }
    return QString::fromStdString(status);
}

QString GovernanceText::kindName(const std::string& kind) {
    if (kind == "district") {
        return tr("District");
    }
    if (kind == "region") {
        return tr("Region");
    }
    if (kind == "city") {
        return tr("City");
    }
    if (kind == "association") {
        return tr("Association");
    }
    if (kind == "university") {
        return tr("University");
    }
    if (kind == "planning_association") {
        return tr("Planning association");
    }
    if (kind == "agency") {
        return tr("Agency");
    }
    if (kind == "chamber") {
        return tr("Chamber of commerce");
    }
    return QString::fromStdString(kind);
}

QString GovernanceText::countryName(const std::string& country) {
    if (country == "DE") {
        return tr("Germany");
    }
    if (country == "CZ") {
        return tr("Czechia");
    }
    if (country == "DE-CZ") {
        return tr("Germany and Czechia");
    }
    return QString::fromStdString(country);
}

QString GovernanceText::riskKindName(const std::string& kind) {
    if (kind == "hazard_model") {
        return tr("Hazard index");
    }
    if (kind == "bbk_scenario") {
        return tr("BBK scenario");
    }
    if (kind == "supply_scenario") {
        return tr("Supply-chain scenario");
    }
    return QString::fromStdString(kind);
}

QString GovernanceText::overdue() {
    return tr("overdue");
}

std::vector<RiskChoice> riskChoices(const store::Project& project, const QString& languageCode) {
    std::vector<RiskChoice> out;
    for (const std::string& id : store::indexModelIds(project)) {
        QString name = QString::fromStdString(id);
        if (const auto text = store::readIndexModel(project, id)) {
            const auto doc = nlohmann::json::parse(*text, nullptr, false);
            if (doc.is_object()) {
                const auto field = [&](const char* key) {
                    return doc.contains(key) && doc.at(key).is_string()
                               ? doc.at(key).get<std::string>()
                               : std::string();
                };
                const QString title = PlanningText::pick(field("title_de"), field("title_cs"),
                                                         field("title_en"), languageCode);
                if (!title.isEmpty()) {
                    name = title;
                }
            }
        }
        out.push_back({{"hazard_model", id}, name});
    }
    for (const auto& s : store::listBbkScenarios(project)) {
        out.push_back({{"bbk_scenario", s.scenario.id},
                       PlanningText::pick(s.scenario.nameDe, s.scenario.nameCs, s.scenario.nameEn,
                                          languageCode)});
    }
    for (const auto& s : store::listScenarios(project)) {
        QString name = PlanningText::pick(s.titleDe, s.titleCs, "", languageCode);
        out.push_back(
            {{"supply_scenario", s.name}, name.isEmpty() ? QString::fromStdString(s.name) : name});
    }
    return out;
}

QString riskLabel(const store::MeasureRisk& risk, const std::vector<RiskChoice>& choices) {
    for (const auto& c : choices) {
        if (c.risk == risk) {
            return c.name;
        }
    }
    return QString::fromStdString(store::formatMeasureRisk(risk));
}

}  // namespace rrw::ui
