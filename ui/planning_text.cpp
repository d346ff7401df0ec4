#include "planning_text.h"

#include <QLocale>

#include <algorithm>

#include "analysis/swot/suggestions.h"
#include "render/map_language.h"
#include "store/region_repository.h"

namespace rrw::ui {

namespace {

enum class Shown { De, Cs, Both };

Shown shownFor(const QString& code) {
    if (code == QLatin1String("de")) {
        return Shown::De;
    }
    if (code == QLatin1String("cs")) {
        return Shown::Cs;
    }
    return Shown::Both;  // "de+cs", and "en": the register has German and Czech texts only
}

bool blank(const std::string& text) {
    return QString::fromStdString(text).trimmed().isEmpty();
}

QString marker(const char* language) {
    return QStringLiteral(" <span style=\"color:#777; font-size:small\">[%1]</span>")
        .arg(QLatin1String(language));
}

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                QStringLiteral("<br>"));
}

}  // namespace

QString PlanningText::categoryName(char category) {
    switch (category) {
        //: SWOT quadrant. de: Stärken, cs: Silné stránky
        case 'S':
            return tr("Strengths");
        //: SWOT quadrant. de: Schwächen, cs: Slabé stránky
        case 'W':
            return tr("Weaknesses");
        //: SWOT quadrant. de: Chancen, cs: Příležitosti
        case 'O':
            return tr("Opportunities");
        //: SWOT quadrant. de: Risiken, cs: Hrozby
        case 'T':
            return tr("Threats");
        default:
            return QString(QLatin1Char(category));
    }
}

QString PlanningText::categoryItemName(char category) {
    switch (category) {
        //: One SWOT item. de: Stärke, cs: Silná stránka
        case 'S':
            return tr("Strength");
        //: One SWOT item. de: Schwäche, cs: Slabá stránka
        case 'W':
            return tr("Weakness");
        //: One SWOT item. de: Chance, cs: Příležitost
        case 'O':
            return tr("Opportunity");
        //: One SWOT item. de: Risiko, cs: Hrozba
        case 'T':
            return tr("Threat");
        default:
            return QString(QLatin1Char(category));
    }
}

QString PlanningText::towsKindName(const std::string& kind) {
    if (kind == "SO") {
        //: de: SO-Strategien (Stärken nutzen, Chancen ergreifen); cs: strategie SO (využít
        //: silné stránky k využití příležitostí)
        return tr("SO strategies (use strengths to seize opportunities)");
    }
    if (kind == "ST") {
        //: de: ST-Strategien (Stärken nutzen, Risiken abwehren); cs: strategie ST (využít
        //: silné stránky k odvrácení hrozeb)
        return tr("ST strategies (use strengths to avert threats)");
    }
    if (kind == "WO") {
        //: de: WO-Strategien (Schwächen abbauen, Chancen nutzen); cs: strategie WO (překonat
        //: slabé stránky využitím příležitostí)
        return tr("WO strategies (overcome weaknesses by seizing opportunities)");
    }
    if (kind == "WT") {
        //: de: WT-Strategien (Schwächen abbauen, Risiken vermeiden); cs: strategie WT (omezit
        //: slabé stránky a vyhnout se hrozbám)
        return tr("WT strategies (reduce weaknesses and avoid threats)");
    }
    return QString::fromStdString(kind);
}

QString PlanningText::wholeArea() {
    //: An item for the whole region, not one Kreis/okres. de: gesamter Grenzraum, cs: celé
    //: přeshraniční území
    return tr("whole cross-border area");
}

const char* PlanningText::categoryColor(char category) {
    switch (category) {
        case 'S':
            return "#2e7d32";
        case 'W':
            return "#d84315";
        case 'O':
            return "#1565c0";
        case 'T':
            return "#8e1b3c";
        default:
            return "#555555";
    }
}

QString PlanningText::bilingualHtml(const std::string& de, const std::string& cs,
                                    const QString& languageCode) {
    const bool hasDe = !blank(de);
    const bool hasCs = !blank(cs);
    switch (shownFor(languageCode)) {
        case Shown::De:
            return hasDe ? escaped(de) : escaped(cs) + marker("cs");
        case Shown::Cs:
            return hasCs ? escaped(cs) : escaped(de) + marker("de");
        case Shown::Both:
            break;
    }
    if (hasDe && hasCs) {
        return escaped(de) + QStringLiteral("<br><i>") + escaped(cs) + QStringLiteral("</i>");
    }
    return hasDe ? escaped(de) + marker("de")
                 : QStringLiteral("<i>") + escaped(cs) + QStringLiteral("</i>") + marker("cs");
}

QString PlanningText::bilingualPlain(const std::string& de, const std::string& cs,
                                     const QString& languageCode) {
    const bool hasDe = !blank(de);
    const bool hasCs = !blank(cs);
    const QString d = QString::fromStdString(de).simplified();
    const QString c = QString::fromStdString(cs).simplified();
    switch (shownFor(languageCode)) {
        case Shown::De:
            return hasDe ? d : c + QStringLiteral(" [cs]");
        case Shown::Cs:
            return hasCs ? c : d + QStringLiteral(" [de]");
        case Shown::Both:
            break;
    }
    if (hasDe && hasCs) {
        return d + QStringLiteral(" / ") + c;
    }
    return hasDe ? d + QStringLiteral(" [de]") : c + QStringLiteral(" [cs]");
}

QString PlanningText::pick(const std::string& de, const std::string& cs, const std::string& en,
                           const QString& languageCode) {
    render::MapLanguage lang;
    if (!render::MapLanguage::parse(languageCode.toStdString(), lang)) {
        lang = {Lang::En, false};
    }
    return render::MapTexts::pick(lang, de, cs, en);
}

QString PlanningText::number(double value, const QString& languageCode) {
    if (languageCode == QLatin1String("en")) {
        return QLocale(QLocale::English).toString(value, 'g', 4);
    }
    return QString::fromStdString(
        analysis::formatLocalNumber(value, languageCode == QLatin1String("cs") ? "cs" : "de"));
}

std::map<std::string, QString> regionNames(const store::Project& project) {
    std::map<std::string, QString> names;
    for (const char* level : {"region", "district", "municipality"}) {
        for (const auto& r : store::regionsAt(project, level)) {
            const std::string& name = r.country == "CZ" ? r.nameCs : r.nameDe;
            names[r.code] = QString::fromStdString(name.empty() ? r.name : name);
        }
    }
    return names;
}

QString regionLabel(const std::string& code, const std::map<std::string, QString>& names) {
    if (code.empty()) {
        return PlanningText::wholeArea();
    }
    const auto it = names.find(code);
    return it != names.end() ? it->second : QString::fromStdString(code);
}

std::vector<DistrictChoice> districtChoices(const store::Project& project,
                                            const std::map<std::string, QString>& names) {
    std::vector<DistrictChoice> out;
    for (const auto& r : store::regionsAt(project, "district")) {
        out.push_back({r.code, regionLabel(r.code, names), r.country});
    }
    std::sort(out.begin(), out.end(), [](const DistrictChoice& a, const DistrictChoice& b) {
        if (a.country != b.country) {
            return a.country == "DE";
        }
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

}  // namespace rrw::ui
