#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

#include "analysis/risk/bbk_matrix.h"
#include "render/map_language.h"
#include "store/indicator_repository.h"
#include "store/region_repository.h"

namespace rrw::ui {

/// Names people read for the ids of the risk analysis (hazard models, INFORM dimensions, BBK
/// classes) and for its data (regions, indicators) in the workbench language. Texts that also
/// go onto maps (hazard titles, units, "synthetic") are keys of the "rrw" catalog, because a
/// bilingual legend needs them in German and Czech at once (render::MapTexts); the rest are
/// tr() texts of this class.
class RiskTexts {
    Q_DECLARE_TR_FUNCTIONS(rrw::ui::RiskTexts)

public:
    /// The "rrw" key of a known hazard model id (border_closure, supply_chain, …), else nullptr.
    static const char* hazardKey(const std::string& id);
    /// The model's title in the UI language; unknown ids are shown as they are.
    static QString hazardTitle(const std::string& id);
    /// The same in `lang` (for map legends).
    static QString hazardTitle(const std::string& id, Lang lang, const render::MapTexts& texts);

    /// A unit as written in the catalog ("inh/km²", "%", "EUR/inh") in `lang`.
    static QString unit(const std::string& unit, Lang lang, const render::MapTexts& texts);
    static QString unit(const std::string& unit);

    /// "synthetic" in `lang` (map notes) or in the UI language.
    static QString synthetic(const render::MapLanguage& lang, const render::MapTexts& texts);
    static QString synthetic();

    /// de → German names, cs → Czech names, en → each region in its country's language
    /// (as rrw-cli score), de+cs → that name, then " / " and the other language's where it
    /// differs ("Cheb / Eger", "Hof (Stadt) / Hof (město)").
    static QString regionName(const store::Region& region, const render::MapLanguage& lang);
    static QString indicatorName(const store::Indicator& indicator,
                                 const render::MapLanguage& lang);

    /// hazard_exposure, vulnerability, coping_capacity (INFORM dimensions and index groups).
    static QString dimension(const std::string& id);
    static QString direction(const std::string& id);

    /// BBK 2010: likelihood classes A–E, extent classes 1–5, damage parameters, risk bands.
    static QString likelihood(analysis::Likelihood likelihood);
    static QString extent(int extentClass);
    static QString parameter(const std::string& id);
    static QString riskLevel(const std::string& level);

    /// A number in the number format of `lang` (decimal comma in de and cs); NaN = "–".
    static QString number(double value, const render::MapLanguage& lang, int decimals);
};

}  // namespace rrw::ui
