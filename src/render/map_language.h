#pragma once

#include <QString>
#include <QTranslator>

#include <memory>
#include <string>

#include "core/text.h"

namespace rrw::render {

/// The language of a map: one of de, cs, en, or German and Czech together ("de+cs").
struct MapLanguage {
    Lang primary = Lang::De;
    bool bilingual = false;  ///< de+cs: names and legend in both languages

    static bool parse(const std::string& text, MapLanguage& out);
    std::string code() const;
};

/// Texts the renderer writes onto maps (legend headings, "no data", attribution) in any of the
/// project languages at once — a bilingual map needs German and Czech side by side, whatever
/// the UI language. Reads the same Qt Linguist catalogs as the UI (context "rrw").
class MapTexts {
public:
    MapTexts();
    ~MapTexts();
    MapTexts(const MapTexts&) = delete;
    MapTexts& operator=(const MapTexts&) = delete;

    /// `source` (marked with QT_TRANSLATE_NOOP("rrw", …)) in `lang`.
    QString text(Lang lang, const char* source) const;
    /// In the map's language; "Deutsch / Česky" for a bilingual map when the two differ.
    QString text(const MapLanguage& lang, const char* source) const;
    /// Picks between per-language variants (data texts such as layer titles).
    static QString pick(const MapLanguage& lang, const std::string& de, const std::string& cs,
                        const std::string& en);

private:
    std::unique_ptr<QTranslator> de_;
    std::unique_ptr<QTranslator> cs_;
};

}  // namespace rrw::render
