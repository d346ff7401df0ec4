#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace rrw::ui {

Language::Language(QObject* parent) : QObject(parent) {}

QString Language::systemDefault() {
    const QString name = QLocale::system().name().left(2);
    return name == QLatin1String("de") || name == QLatin1String("cs") ? name : QStringLiteral("en");
}

render::MapLanguage Language::mapLanguage() const {
    render::MapLanguage lang;
    if (!render::MapLanguage::parse(code_.toStdString(), lang)) {
        lang = {Lang::En, false};
    }
    return lang;
}

void Language::set(const QString& code) {
    render::MapLanguage parsed;
    code_ = render::MapLanguage::parse(code.toStdString(), parsed) ? code : QStringLiteral("en");
    const QString ui = code_.left(2);
    QCoreApplication::removeTranslator(&app_);
    QCoreApplication::removeTranslator(&qt_);
    if (ui != QLatin1String("en")) {
        if (app_.load(QStringLiteral(":/i18n/rrw_") + ui + QStringLiteral(".qm"))) {
            QCoreApplication::installTranslator(&app_);
        }
        if (qt_.load(QLocale(ui), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qt_);
        }
    }
    emit languageChanged(code_);
}

render::MapLanguage Language::systemMapLanguage() {
    switch (QLocale().language()) {
        case QLocale::German:
            return {Lang::De, false};
        case QLocale::Czech:
            return {Lang::Cs, false};
        default:
            return {Lang::En, false};
    }
}

}  // namespace rrw::ui
