#include "report/report_texts.h"

#include <cmath>

namespace rrw::report {

ReportTexts::ReportTexts(render::MapLanguage language)
    : language_(language),
      de_(std::make_unique<QTranslator>()),
      cs_(std::make_unique<QTranslator>()) {
    (void)de_->load(QStringLiteral(":/i18n/rrw_de.qm"));
    (void)cs_->load(QStringLiteral(":/i18n/rrw_cs.qm"));
}

ReportTexts::~ReportTexts() = default;

std::vector<Lang> ReportTexts::languages() const {
    if (language_.bilingual) {
        return {Lang::De, Lang::Cs};
    }
    return {language_.primary};
}

namespace {

QString fill(QString text, const QStringList& args) {
    // Highest placeholder first, so that {1} does not eat the start of {10}.
    for (qsizetype i = args.size(); i > 0; --i) {
        text.replace(QStringLiteral("{%1}").arg(i), args[i - 1]);
    }
    return text;
}

}  // namespace

QString ReportTexts::text(Lang lang, const char* key, const QStringList& args) const {
    const QTranslator* t = lang == Lang::De ? de_.get() : lang == Lang::Cs ? cs_.get() : nullptr;
    QString out;
    if (t != nullptr) {
        out = t->translate("rrw_report", key);
    }
    if (out.isEmpty()) {
        out = QString::fromUtf8(key);
    }
    return fill(out, args);
}

QString ReportTexts::engineText(Lang lang, const char* key) const {
    const QTranslator* t = lang == Lang::De ? de_.get() : lang == Lang::Cs ? cs_.get() : nullptr;
    if (t != nullptr) {
        const QString out = t->translate("rrw", key);
        if (!out.isEmpty()) {
            return out;
        }
    }
    return QString::fromUtf8(key);
}

QString ReportTexts::label(const char* key, const QStringList& args) const {
    const QString a = text(language_.primary, key, args);
    if (!language_.bilingual) {
        return a;
    }
    const QString b = text(language_.primary == Lang::De ? Lang::Cs : Lang::De, key, args);
    return a == b ? a : a + QStringLiteral(" / ") + b;
}

QString ReportTexts::pick(const std::string& de, const std::string& cs,
                          const std::string& en) const {
    return render::MapTexts::pick(language_, de, cs, en);
}

std::vector<Paragraph> ReportTexts::paragraphs(const char* key,
                                               const std::function<QStringList(Lang)>& args,
                                               bool note) const {
    std::vector<Paragraph> out;
    for (const Lang lang : languages()) {
        Paragraph p;
        p.text = text(lang, key, args ? args(lang) : QStringList());
        if (language_.bilingual) {
            p.lang = lang;
        }
        p.note = note;
        out.push_back(p);
    }
    return out;
}

QLocale ReportTexts::localeOf(Lang lang) {
    QLocale l(lang == Lang::Cs   ? QLocale::Czech
              : lang == Lang::De ? QLocale::German
                                 : QLocale::English,
              lang == Lang::Cs   ? QLocale::CzechRepublic
              : lang == Lang::De ? QLocale::Germany
                                 : QLocale::UnitedKingdom);
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l;
}

QString ReportTexts::number(double value, int decimals, Lang lang) const {
    if (!std::isfinite(value)) {
        return QStringLiteral("\u2013");
    }
    return localeOf(lang).toString(value, 'f', decimals);
}

QString ReportTexts::number(double value, int decimals) const {
    return number(value, decimals, language_.primary);
}

QString ReportTexts::regionName(const store::Region& region) const {
    if (!language_.bilingual) {
        switch (language_.primary) {
            case Lang::De:
                return QString::fromStdString(!region.nameDe.empty() ? region.nameDe : region.name);
            case Lang::Cs:
                return QString::fromStdString(!region.nameCs.empty() ? region.nameCs : region.name);
            case Lang::En:
                break;
        }
        return QString::fromStdString(region.name);
    }
    // The official name first (the country's language), then the other one where it differs.
    const std::string& own = region.country == "CZ" ? region.nameCs : region.nameDe;
    const std::string& other = region.country == "CZ" ? region.nameDe : region.nameCs;
    const std::string first = !own.empty() ? own : region.name;
    if (other.empty() || other == first) {
        return QString::fromStdString(first);
    }
    return QString::fromStdString(first + " / " + other);
}

void append(std::vector<Block>& blocks, const std::vector<Paragraph>& paragraphs) {
    for (const Paragraph& p : paragraphs) {
        blocks.emplace_back(p);
    }
}

}  // namespace rrw::report
