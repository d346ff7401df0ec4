// Shared by the SWOT board and TOWS table tests (Qt Test, offscreen): a translator with the
// German and Czech texts of the planning views, dumps of the register for exact comparisons,
// and screenshots when RRW_SCREENSHOT_DIR is set.
#pragma once

#include <QApplication>
#include <QDir>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <map>
#include <vector>

#include "store/swot_repository.h"
#include "store/tows_repository.h"

namespace rrw::test {

/// A translator from a fixed table (context ignored). The planning views' texts are new and
/// reach the Linguist catalogs only when the lead runs lupdate; this table carries the
/// intended German and Czech texts so the tests can check that every label follows a
/// language switch, and the screenshots show the views as users will see them.
class DictionaryTranslator : public QTranslator {
public:
    explicit DictionaryTranslator(const char* language) {
        const bool german = QByteArray(language) == "de";
        for (const auto& [source, de, cs] : kTexts) {
            texts_[QString::fromUtf8(source)] = QString::fromUtf8(german ? de : cs);
        }
    }
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char* = nullptr,
                      int = -1) const override {
        const auto it = texts_.find(QString::fromUtf8(source));
        return it == texts_.end() ? QString() : it->second;
    }

private:
    struct Text {
        const char* source;
        const char* de;
        const char* cs;
    };
    static constexpr Text kTexts[] = {
        {"Strengths", "Stärken", "Silné stránky"},
        {"Weaknesses", "Schwächen", "Slabé stránky"},
        {"Opportunities", "Chancen", "Příležitosti"},
        {"Threats", "Risiken", "Hrozby"},
        {"Strength", "Stärke", "Silná stránka"},
        {"Weakness", "Schwäche", "Slabá stránka"},
        {"Opportunity", "Chance", "Příležitost"},
        {"Threat", "Risiko", "Hrozba"},
        {"whole cross-border area", "gesamter Grenzraum", "celé přeshraniční území"},
        {"Whole cross-border area", "Gesamter Grenzraum", "Celé přeshraniční území"},
        {"All regions", "Alle Regionen", "Všechny regiony"},
        {"Region:", "Region:", "Region:"},
        {"Add…", "Hinzufügen…", "Přidat…"},
        {"Edit…", "Bearbeiten…", "Upravit…"},
        {"Delete", "Löschen", "Smazat"},
        {"Suggestions…", "Vorschläge…", "Návrhy…"},
        {"accepted suggestion", "übernommener Vorschlag", "přijatý návrh"},
        {"SO strategies (use strengths to seize opportunities)",
         "SO-Strategien (Stärken nutzen, Chancen ergreifen)",
         "strategie SO (využít silné stránky k využití příležitostí)"},
        {"ST strategies (use strengths to avert threats)",
         "ST-Strategien (Stärken nutzen, Risiken abwehren)",
         "strategie ST (využít silné stránky k odvrácení hrozeb)"},
        {"WO strategies (overcome weaknesses by seizing opportunities)",
         "WO-Strategien (Schwächen abbauen, Chancen nutzen)",
         "strategie WO (překonat slabé stránky využitím příležitostí)"},
        {"WT strategies (reduce weaknesses and avoid threats)",
         "WT-Strategien (Schwächen abbauen, Risiken vermeiden)",
         "strategie WT (omezit slabé stránky a vyhnout se hrozbám)"},
        {"Add strategy…", "Strategie hinzufügen…", "Přidat strategii…"},
        {"Measures:", "Maßnahmen:", "Opatření:"},
    };
    std::map<QString, QString> texts_;
};

/// Every field of every item (evidence included) as lines, for exact before/after checks.
inline QString dump(const std::vector<store::SwotItem>& items) {
    QStringList lines;
    for (const auto& i : items) {
        lines << QStringLiteral("#%1 %2 %3 pos=%4 imp=%5 de=%6 cs=%7 author=%8 origin=%9")
                     .arg(i.id)
                     .arg(QString::fromStdString(i.regionCode), QString(QLatin1Char(i.category)))
                     .arg(i.position)
                     .arg(i.importance)
                     .arg(QString::fromStdString(i.textDe), QString::fromStdString(i.textCs),
                          QString::fromStdString(i.author), QString::fromStdString(i.origin));
        lines << QStringLiteral("   created=%1 updated=%2")
                     .arg(QString::fromStdString(i.createdAt), QString::fromStdString(i.updatedAt));
        for (const auto& e : i.evidence) {
            lines << QStringLiteral("   evidence #%1 item=%2 %3:%4 note=%5")
                         .arg(e.id)
                         .arg(e.itemId)
                         .arg(QString::fromStdString(e.kind), QString::fromStdString(e.ref),
                              QString::fromStdString(e.note));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

/// Strategies with their links; the time of the last change is left out (the store stamps a
/// new one when an undo writes a strategy back).
inline QString dump(const std::vector<store::TowsStrategy>& strategies) {
    QStringList lines;
    for (const auto& s : strategies) {
        QStringList items;
        for (const auto id : s.itemIds) {
            items << QString::number(id);
        }
        QStringList measures;
        for (const auto& m : s.measureIds) {
            measures << QString::fromStdString(m);
        }
        lines << QStringLiteral("#%1 %2 %3 / %4 | %5 / %6 created=%7 items=%8 measures=%9")
                     .arg(s.id)
                     .arg(QString::fromStdString(s.kind), QString::fromStdString(s.titleDe),
                          QString::fromStdString(s.titleCs), QString::fromStdString(s.textDe),
                          QString::fromStdString(s.textCs), QString::fromStdString(s.createdAt),
                          items.join(QLatin1Char(',')), measures.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n'));
}

/// Saves a picture of `widget` when RRW_SCREENSHOT_DIR is set.
inline void screenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(100);  // let a language change re-lay out the toolbars first
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + name);
    }
}

}  // namespace rrw::test
