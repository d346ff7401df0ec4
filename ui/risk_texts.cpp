#include "risk_texts.h"

#include <QLocale>

#include <cmath>
#include <cstring>
#include <utility>

namespace rrw::ui {

namespace {

// Hazard model ids of the programme (docs/INDICATORS.md) and their titles.
constexpr std::pair<const char*, const char*> kHazards[] = {
    {"border_closure", QT_TRANSLATE_NOOP("rrw", "Border closure")},
    {"supply_chain", QT_TRANSLATE_NOOP("rrw", "Supply-chain disruption")},
    {"energy_price", QT_TRANSLATE_NOOP("rrw", "Energy-price shock")},
    {"pandemic", QT_TRANSLATE_NOOP("rrw", "Pandemic")},
    {"flood_heavy_rain", QT_TRANSLATE_NOOP("rrw", "Flood and heavy rain")},
    {"drought_forest", QT_TRANSLATE_NOOP("rrw", "Drought and forest dieback")},
    {"skilled_labour", QT_TRANSLATE_NOOP("rrw", "Skilled-labour shortage")},
    {"all_hazards", QT_TRANSLATE_NOOP("rrw", "All hazards")},
};

// Units of the indicator catalog that read differently per language.
constexpr std::pair<const char*, const char*> kUnits[] = {
    {"inh/km²", QT_TRANSLATE_NOOP("rrw", "inh/km²")},
    {"EUR/inh", QT_TRANSLATE_NOOP("rrw", "EUR/inh")},
    {"per 1,000 inh", QT_TRANSLATE_NOOP("rrw", "per 1,000 inh")},
    {"per 100,000 inh", QT_TRANSLATE_NOOP("rrw", "per 100,000 inh")},
    {"per 1,000 employees", QT_TRANSLATE_NOOP("rrw", "per 1,000 employees")},
    {"beds per 1,000 inh", QT_TRANSLATE_NOOP("rrw", "beds per 1,000 inh")},
    {"days/year", QT_TRANSLATE_NOOP("rrw", "days/year")},
    {"index", QT_TRANSLATE_NOOP("rrw", "index")},
};

const char* const kSynthetic = QT_TRANSLATE_NOOP("rrw", "synthetic");

const char* unitKey(const std::string& unit) {
    for (const auto& [id, key] : kUnits) {
        if (unit == id) {
            return key;
        }
    }
    return nullptr;
}

QLocale localeOf(const render::MapLanguage& lang) {
    return QLocale(lang.primary == Lang::Cs   ? QLocale::Czech
                   : lang.primary == Lang::De ? QLocale::German
                                              : QLocale::English);
}

}  // namespace

const char* RiskTexts::hazardKey(const std::string& id) {
    for (const auto& [hazard, key] : kHazards) {
        if (id == hazard) {
            return key;
        }
    }
    return nullptr;
}

QString RiskTexts::hazardTitle(const std::string& id) {
    const char* key = hazardKey(id);
    return key != nullptr ? QCoreApplication::translate("rrw", key) : QString::fromStdString(id);
}

QString RiskTexts::hazardTitle(const std::string& id, Lang lang, const render::MapTexts& texts) {
    const char* key = hazardKey(id);
    return key != nullptr ? texts.text(lang, key) : QString::fromStdString(id);
}

QString RiskTexts::unit(const std::string& unit, Lang lang, const render::MapTexts& texts) {
    const char* key = unitKey(unit);
    return key != nullptr ? texts.text(lang, key) : QString::fromStdString(unit);
}

QString RiskTexts::unit(const std::string& unit) {
    const char* key = unitKey(unit);
    return key != nullptr ? QCoreApplication::translate("rrw", key) : QString::fromStdString(unit);
}

QString RiskTexts::synthetic(const render::MapLanguage& lang, const render::MapTexts& texts) {
    return texts.text(lang, kSynthetic);
}

QString RiskTexts::synthetic() {
    return QCoreApplication::translate("rrw", kSynthetic);
}

QString RiskTexts::regionName(const store::Region& region, const render::MapLanguage& lang) {
    const auto or_ = [](const std::string& a, const std::string& b) {
        return QString::fromStdString(a.empty() ? b : a);
    };
    const QString de = or_(region.nameDe, region.name);
    const QString cs = or_(region.nameCs, region.name);
    // The display names tell apart what the official names do not (Hof (Stadt) / Hof).
    const bool czech = region.country == "CZ";
    const QString own = czech ? cs : de;
    const QString other = czech ? de : cs;
    if (lang.bilingual) {
        return other == own ? own : own + QStringLiteral(" / ") + other;
    }
    switch (lang.primary) {
        case Lang::De:
            return de;
        case Lang::Cs:
            return cs;
        case Lang::En:
            break;
    }
    return own;
}

QString RiskTexts::indicatorName(const store::Indicator& indicator,
                                 const render::MapLanguage& lang) {
    const QString name =
        render::MapTexts::pick(lang, indicator.nameDe, indicator.nameCs, indicator.nameEn);
    return name.isEmpty() ? QString::fromStdString(indicator.id) : name;
}

QString RiskTexts::dimension(const std::string& id) {
    if (id == "hazard_exposure") {
        return tr("Hazard and exposure");
    }
    if (id == "vulnerability") {
        return tr("Vulnerability");
    }
    if (id == "coping_capacity") {
        return tr("Coping capacity");
    }
    return QString::fromStdString(id);
}

QString RiskTexts::direction(const std::string& id) {
    if (id == "higher_is_worse") {
        return tr("higher is worse");
    }
    if (id == "higher_is_better") {
        return tr("higher is better");
    }
    return QString::fromStdString(id);
}

QString RiskTexts::likelihood(analysis::Likelihood likelihood) {
    switch (likelihood) {
        case analysis::Likelihood::A:
            return tr("very unlikely");
        case analysis::Likelihood::B:
            return tr("unlikely");
        case analysis::Likelihood::C:
            return tr("conditionally likely");
        case analysis::Likelihood::D:
            return tr("likely");
        case analysis::Likelihood::E:
            return tr("very likely");
    }
    return QString();
}

QString RiskTexts::extent(int extentClass) {
    switch (extentClass) {
        case 1:
            return tr("insignificant");
        case 2:
            return tr("minor");
        case 3:
            return tr("moderate");
        case 4:
            return tr("major");
        case 5:
            return tr("catastrophic");
        default:
            return QString::number(extentClass);
    }
}

QString RiskTexts::parameter(const std::string& id) {
    if (id == "people") {
        return tr("People");
    }
    if (id == "environment") {
        return tr("Environment");
    }
    if (id == "economy") {
        return tr("Economy");
    }
    if (id == "supply") {
        return tr("Supply");
    }
    if (id == "immaterial") {
        return tr("Immaterial");
    }
    return QString::fromStdString(id);
}

QString RiskTexts::riskLevel(const std::string& level) {
    if (level == "low") {
        return tr("low");
    }
    if (level == "medium") {
        return tr("medium");
    }
    if (level == "high") {
        return tr("high");
    }
    if (level == "very_high") {
        return tr("very high");
    }
    return QString::fromStdString(level);
}

QString RiskTexts::number(double value, const render::MapLanguage& lang, int decimals) {
    if (std::isnan(value)) {
        return QStringLiteral("\u2013");
    }
    return localeOf(lang).toString(value, 'f', decimals);
}

}  // namespace rrw::ui
