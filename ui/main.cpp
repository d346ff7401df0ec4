// rrw: the Resilient Region Workbench desktop app.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <QStandardPaths>
#include <memory>

#include "language.h"
#include "main_window.h"
#include "map_document.h"
#include "timing_probe.h"

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rrw"));
    QApplication::setApplicationName(QStringLiteral("rrw"));
    QApplication::setApplicationVersion(QStringLiteral(RRW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Resilient Region Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("de, cs, en or de+cs"), QStringLiteral("lang"));
    parser.addOption(langOption);
    const QCommandLineOption probeOption(
        QStringLiteral("probe-timings"),
        QStringLiteral("print start-up, zoom and pan timings as JSON and quit"));
    parser.addOption(probeOption);
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("PROJECT.gpkg"));
    parser.process(app);

    rrw::ui::Language language;
    language.set(parser.isSet(langOption) ? parser.value(langOption)
                                          : rrw::ui::Language::systemDefault());
    rrw::ui::MapDocument document;
    rrw::ui::MainWindow window(document, language);
    std::unique_ptr<rrw::ui::TimingProbe> probe;
    if (parser.isSet(probeOption)) {
        probe = std::make_unique<rrw::ui::TimingProbe>(window, sinceStart);
    }
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.openProject(parser.positionalArguments().front());
    }
    return QApplication::exec();
}
