#pragma once

#include <QCoreApplication>
#include <QString>

#include <map>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::ui {

/// Texts shared by the SWOT board, the TOWS table and their dialogs: category and strategy
/// names (UI language, tr()), and data texts in the content language. The content language
/// is a Language code: "de" or "cs" show that text (the other one with a "[de]"/"[cs]"
/// marker when it is missing); "de+cs" and "en" show German, then Czech in italics.
class PlanningText {
    Q_DECLARE_TR_FUNCTIONS(rrw::ui::PlanningText)

public:
    /// "Strengths", "Weaknesses", "Opportunities", "Threats" for S, W, O, T.
    static QString categoryName(char category);
    /// The same in the singular ("Strength" …), for a single item.
    static QString categoryItemName(char category);
    /// The heading of a TOWS cell: "SO strategies (use strengths to seize opportunities)" …
    static QString towsKindName(const std::string& kind);
    /// "whole cross-border area": an item without a region.
    static QString wholeArea();
    /// A colour per category (cards, headings).
    static const char* categoryColor(char category);

    /// An item or strategy text as rich text in the content language (escaped, with markers).
    static QString bilingualHtml(const std::string& de, const std::string& cs,
                                 const QString& languageCode);
    /// The same as one plain line ("de / cs" when both are shown).
    static QString bilingualPlain(const std::string& de, const std::string& cs,
                                  const QString& languageCode);
    /// A data text that exists in de, cs and en (indicator, measure, layer, scenario names).
    static QString pick(const std::string& de, const std::string& cs, const std::string& en,
                        const QString& languageCode);
    /// A number as the content language writes it ("5,6"; "1.234" / "1 234").
    static QString number(double value, const QString& languageCode);
};

/// Region code → name in its country's language (Kreis, okres, Gemeinde, obec, kraj, Land).
std::map<std::string, QString> regionNames(const store::Project& project);

/// The name of `code` for a card or a list: the whole-area text for "", the code itself when
/// the project does not know it.
QString regionLabel(const std::string& code, const std::map<std::string, QString>& names);

/// The Kreise and okresy (analysis level "district") as (code, name) for lists and filters:
/// Kreise first, then okresy, each by name in its country's language. Throws rrw::Error.
struct DistrictChoice {
    std::string code;
    QString name;
    std::string country;  ///< DE, CZ
};
std::vector<DistrictChoice> districtChoices(const store::Project& project,
                                            const std::map<std::string, QString>& names);

}  // namespace rrw::ui
