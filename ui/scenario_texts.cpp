#include "scenario_texts.h"

namespace rrw::ui {

using analysis::HazardType;
using analysis::MeasureType;

QString ScenarioTexts::hazardType(HazardType type) {
    switch (type) {
        case HazardType::BorderClosure:
            return tr("Border closure");
        case HazardType::FarEastInterruption:
            return tr("Far-East supply interruption");
        case HazardType::EnergyPrice:
            return tr("Energy-price shock");
        case HazardType::Pandemic:
            return tr("Pandemic absence");
    }
    return {};
}

QString ScenarioTexts::measureType(MeasureType type) {
    switch (type) {
        case MeasureType::GreenCard:
            return tr("GreenCard for commuters");
        case MeasureType::Stockpiling:
            return tr("Stockpiling");
        case MeasureType::SecondSupplier:
            return tr("Regional second suppliers");
        case MeasureType::IndustrialPark:
            return tr("Joint industrial park");
        case MeasureType::Nearshoring:
            return tr("Nearshoring");
    }
    return {};
}

QString ScenarioTexts::measureType(const std::string& id) {
    for (MeasureType t :
         {MeasureType::GreenCard, MeasureType::Stockpiling, MeasureType::SecondSupplier,
          MeasureType::IndustrialPark, MeasureType::Nearshoring}) {
        if (id == analysis::measureTypeName(t)) {
            return measureType(t);
        }
    }
    return QString::fromStdString(id);
}

QString ScenarioTexts::measureHelp(MeasureType type) {
    switch (type) {
        case MeasureType::GreenCard:
            return tr("Cross-border commuters may cross during a closure.");
        case MeasureType::Stockpiling:
            return tr("Customers in the chosen sectors hold more days of inventory.");
        case MeasureType::SecondSupplier:
            return tr("A larger share of the inputs can be replaced, sooner.");
        case MeasureType::IndustrialPark:
            return tr(
                "A shared park of suppliers: a larger replaceable share and a shorter "
                "switch.");
        case MeasureType::Nearshoring:
            return tr("Part of the inputs from East Asia moves to a supplier in the region.");
    }
    return {};
}

QString ScenarioTexts::title(const store::StoredScenario& scenario,
                             const render::MapLanguage& lang) {
    if (lang.bilingual && !scenario.titleDe.empty() && !scenario.titleCs.empty() &&
        scenario.titleDe != scenario.titleCs) {
        const bool cs = lang.primary == Lang::Cs;
        return QString::fromStdString(cs ? scenario.titleCs : scenario.titleDe) +
               QStringLiteral(" / ") +
               QString::fromStdString(cs ? scenario.titleDe : scenario.titleCs);
    }
    return QString::fromStdString(title(scenario, lang.primary));
}

std::string ScenarioTexts::title(const store::StoredScenario& scenario, Lang lang) {
    const std::string& t = lang == Lang::Cs   ? scenario.titleCs
                           : lang == Lang::De ? scenario.titleDe
                                              : scenario.name;
    return t.empty() ? scenario.name : t;
}

}  // namespace rrw::ui
