#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

#include "analysis/scenario/scenario.h"
#include "render/map_language.h"
#include "store/scenario_repository.h"

namespace rrw::ui {

/// Names people read for the parts of supply-chain scenarios (hazard and measure types) and
/// the titles of stored scenarios, in the workbench language.
class ScenarioTexts {
    Q_DECLARE_TR_FUNCTIONS(rrw::ui::ScenarioTexts)

public:
    static QString hazardType(analysis::HazardType type);
    static QString measureType(analysis::MeasureType type);
    /// The type as written in scenario JSON (greencard, stockpiling, …); unknown ones as given.
    static QString measureType(const std::string& id);
    /// What a measure does, for the form's help line.
    static QString measureHelp(analysis::MeasureType type);
    /// A short line on what a hazard does ("freight 30 %, commuters 20 %, all crossings").
    static QString hazardSummary(const analysis::Hazard& hazard);
    /// A short line on the fields of a measure ("stock +10 d, sectors C").
    static QString measureSummary(const analysis::Measure& measure);

    /// The stored title in `lang` (German or Czech; English and missing titles: the name).
    static QString title(const store::StoredScenario& scenario, const render::MapLanguage& lang);
    /// The title in one language.
    static std::string title(const store::StoredScenario& scenario, Lang lang);
};

}  // namespace rrw::ui
