#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "render/map_language.h"
#include "report/report_model.h"
#include "store/region_repository.h"

namespace rrw::report {

/// The report's fixed texts (headings, captions, sentences; context "rrw_report") and the
/// engine's shared names (hazard titles, units; context "rrw") in the report's language(s),
/// whatever language the program itself speaks: one QTranslator per language, loaded from the
/// compiled catalogs (:/i18n/rrw_de.qm, rrw_cs.qm). English is the source text.
class ReportTexts {
public:
    explicit ReportTexts(render::MapLanguage language);
    ~ReportTexts();
    ReportTexts(const ReportTexts&) = delete;
    ReportTexts& operator=(const ReportTexts&) = delete;

    const render::MapLanguage& language() const { return language_; }
    /// The languages written: {de}, {cs}, {en} or {de, cs} (German first).
    std::vector<Lang> languages() const;

    /// `key` (QT_TRANSLATE_NOOP("rrw_report", …)) in `lang`, {1}… filled with `args`.
    QString text(Lang lang, const char* key, const QStringList& args = {}) const;
    /// `key` of the engine's catalog (context "rrw") in `lang`.
    QString engineText(Lang lang, const char* key) const;

    /// A short label (heading, column, caption): one language, or "Deutsch / Česky" when the
    /// report is bilingual and the two differ.
    QString label(const char* key, const QStringList& args = {}) const;
    /// The same for texts that are already per language (data: names, titles).
    QString pick(const std::string& de, const std::string& cs, const std::string& en) const;

    /// Running text: one paragraph per language written (German, then Czech). `args` gives the
    /// arguments per language (numbers are written the language's way).
    std::vector<Paragraph> paragraphs(const char* key,
                                      const std::function<QStringList(Lang)>& args = {},
                                      bool note = false) const;

    /// Numbers as the report's (first) language writes them; NaN = "–".
    QString number(double value, int decimals) const;
    QString number(double value, int decimals, Lang lang) const;
    QString integer(double value) const { return number(value, 0); }
    QLocale locale() const { return localeOf(language_.primary); }
    static QLocale localeOf(Lang lang);

    /// A region's name: de → German, cs → Czech, en → the official name, de+cs → "Cheb / Eger".
    QString regionName(const store::Region& region) const;

private:
    render::MapLanguage language_;
    std::unique_ptr<QTranslator> de_;
    std::unique_ptr<QTranslator> cs_;
};

/// Appends every paragraph of `paragraphs` to `blocks`.
void append(std::vector<Block>& blocks, const std::vector<Paragraph>& paragraphs);

}  // namespace rrw::report
