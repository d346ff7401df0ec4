#include "render/map_language.h"

namespace rrw::render {

bool MapLanguage::parse(const std::string& text, MapLanguage& out) {
    if (text == "de+cs" || text == "cs+de") {
        out = {text == "de+cs" ? Lang::De : Lang::Cs, true};
        return true;
    }
    Lang lang = Lang::De;
    if (!parseLang(text, lang)) {
        return false;
    }
    out = {lang, false};
    return true;
}

std::string MapLanguage::code() const {
    if (bilingual) {
        return primary == Lang::Cs ? "cs+de" : "de+cs";
    }
    return langCode(primary);
}

MapTexts::MapTexts() : de_(std::make_unique<QTranslator>()), cs_(std::make_unique<QTranslator>()) {
    (void)de_->load(QStringLiteral(":/i18n/rrw_de.qm"));
    (void)cs_->load(QStringLiteral(":/i18n/rrw_cs.qm"));
}

MapTexts::~MapTexts() = default;

QString MapTexts::text(Lang lang, const char* source) const {
    const QTranslator* t = lang == Lang::De ? de_.get() : lang == Lang::Cs ? cs_.get() : nullptr;
    if (t != nullptr) {
        const QString translated = t->translate("rrw", source);
        if (!translated.isEmpty()) {
            return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString MapTexts::text(const MapLanguage& lang, const char* source) const {
    if (!lang.bilingual) {
        return text(lang.primary, source);
    }
    const Lang second = lang.primary == Lang::De ? Lang::Cs : Lang::De;
    const QString a = text(lang.primary, source);
    const QString b = text(second, source);
    return a == b ? a : a + QStringLiteral(" / ") + b;
}

QString MapTexts::pick(const MapLanguage& lang, const std::string& de, const std::string& cs,
                       const std::string& en) {
    const auto one = [&](Lang l) -> const std::string& {
        const std::string& s = l == Lang::De ? de : l == Lang::Cs ? cs : en;
        return !s.empty() ? s : (!en.empty() ? en : (!de.empty() ? de : cs));
    };
    if (!lang.bilingual) {
        return QString::fromStdString(one(lang.primary));
    }
    const Lang second = lang.primary == Lang::De ? Lang::Cs : Lang::De;
    const std::string& a = one(lang.primary);
    const std::string& b = one(second);
    return QString::fromStdString(a == b ? a : a + " / " + b);
}

}  // namespace rrw::render
