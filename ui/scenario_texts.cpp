#include "scenario_texts.h"

#include <QLocale>
#include <QStringList>

#include "scenario_fields.h"

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

QString ScenarioTexts::hazardSummary(const analysis::Hazard& h) {
    switch (h.type) {
        case HazardType::BorderClosure: {
            const QString freight = ScenarioFields::percent(h.freightThroughput);
            const QString commuters = ScenarioFields::percent(h.commuterThroughput);
            if (h.allCrossings) {
                return tr("freight %1 %, commuters %2 %, all crossings").arg(freight, commuters);
            }
            //: %3 is the number of closed crossings.
            return tr("freight %1 %, commuters %2 %, closed crossings: %3")
                .arg(freight, commuters, QLocale().toString(static_cast<int>(h.crossings.size())));
        }
        case HazardType::FarEastInterruption:
            return tr("%1 % of the supply arrives").arg(ScenarioFields::percent(h.supplyFraction));
        case HazardType::EnergyPrice:
            return tr("energy price +%1 %").arg(ScenarioFields::percent(h.intensity));
        case HazardType::Pandemic:
            return tr("%1 % of the workforce absent").arg(ScenarioFields::percent(h.absenceRate));
    }
    return {};
}

QString ScenarioTexts::measureSummary(const analysis::Measure& m) {
    QStringList codes;
    for (const std::string& code : m.sectors) {
        codes << QString::fromStdString(code);
    }
    const QString sectors = codes.isEmpty()
                                ? tr("all sectors")
                                : tr("sectors %1").arg(codes.join(QStringLiteral(", ")));
    switch (m.type) {
        case MeasureType::GreenCard:
            return tr("commuters may cross");
        case MeasureType::Stockpiling:
            //: "d" = days
            return tr("stock +%1 d, %2").arg(QLocale().toString(m.extraDays), sectors);
        case MeasureType::SecondSupplier:
        case MeasureType::IndustrialPark:
            if (m.switchDays) {
                //: "d" = days
                return tr("+%1 % replaceable, switch within %2 d, %3")
                    .arg(ScenarioFields::percent(m.substitutableShare),
                         QLocale().toString(*m.switchDays), sectors);
            }
            return tr("+%1 % replaceable, %2")
                .arg(ScenarioFields::percent(m.substitutableShare), sectors);
        case MeasureType::Nearshoring:
            //: "d" = days
            return tr("%1 % of the East-Asia inputs, lead time %2 d")
                .arg(ScenarioFields::percent(m.share), QLocale().toString(m.leadTime));
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
