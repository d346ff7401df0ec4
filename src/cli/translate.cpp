#include "cli/translate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdlib>

namespace rrw::cli {

namespace {
QLocale& messageLocale() {
    static QLocale locale(QLocale::English);
    return locale;
}
}  // namespace

std::string formatNumber(double value) {
    return messageLocale().toString(value, 'g', 6).toStdString();
}

std::string formatFixed(double value, int decimals) {
    return messageLocale().toString(value, 'f', decimals).toStdString();
}

void installTranslation(const std::string& requested) {
    std::string lang = requested;
    if (lang.empty()) {
        if (const char* env = std::getenv("RRW_LANG"); env != nullptr) {
            lang = env;
        }
    }
    if (lang.empty()) {
        lang = QLocale::system().name().left(2).toStdString();  // "de_DE" -> "de"
    }
    if (lang != "de" && lang != "cs") {
        return;  // the source texts are English
    }
    messageLocale() = QLocale(QString::fromStdString(lang));
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QString::fromStdString(":/i18n/rrw_" + lang + ".qm"))) {
        QCoreApplication::installTranslator(translator);
    }
}

std::string translated(const char* text) {
    return QCoreApplication::translate("rrw", text).toStdString();
}

std::string translated(const Message& message) {
    return formatMessage(translated(message.key.c_str()), message.args);
}

std::string translated(const char* key, const std::vector<std::string>& args) {
    return formatMessage(translated(key), args);
}

}  // namespace rrw::cli
