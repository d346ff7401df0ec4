#include "ui_text.h"

#include <QCoreApplication>

namespace rrw::ui {

namespace {
QString fill(QString text, const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size() && i < 9; ++i) {
        text.replace(QStringLiteral("{%1}").arg(i + 1), QString::fromStdString(args[i]));
    }
    return text;
}
}  // namespace

QString translatedError(const Error& error) {
    return fill(QCoreApplication::translate("rrw", error.key().c_str()), error.args());
}

QString translatedMessage(const Message& message) {
    return fill(QCoreApplication::translate("rrw", message.key.c_str()), message.args);
}

}  // namespace rrw::ui
