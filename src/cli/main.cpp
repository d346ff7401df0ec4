// rrw-cli: every job of the workbench, headless. One catch at this edge turns errors into a
// one-line message and an exit code.

#include <atomic>
#include <csignal>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include <QCoreApplication>
#include <QGuiApplication>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "core/error.h"
#include "core/version.h"

namespace {

std::atomic<rrw::Feedback*> g_cancelTarget{nullptr};

extern "C" void onInterrupt(int) {
    if (rrw::Feedback* f = g_cancelTarget.load()) {
        f->cancel();
    }
}

const char* const kUsage =
    QT_TRANSLATE_NOOP("rrw", R"(usage: rrw-cli [--version] [--help] <command> [<args>]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project's layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project's regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list|set PROJECT.gpkg         the measures register (owner, status, review, links)
  actors list|add|set|delete PROJECT.gpkg
                                         partner organisations and their roles
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         inoperability input-output model (sectors)
  supply simulate --firms F --links L --scenario S
                                         supply-chain disruption of firms, day by day
  supply import PROJECT.gpkg --firms F --links L
                                         store a firm network in the project
  scenario save|list|runs|run|compare|delete PROJECT.gpkg ...
                                         versioned scenarios, stored runs, comparisons
  report PROJECT.gpkg --template T --lang L -o FILE.pdf|odt|html
                                         a report (SWOT, risk, scenarios or full)

'rrw-cli <command> --help' describes a command.
'--lang de|cs|en' (or RRW_LANG) chooses the language of messages.)");

using Runner = int (*)(const rrw::cli::CommandContext&);

/// Qt's own chatter (font and platform notes) must not break the one-line error contract; it
/// is shown only with RRW_QT_DEBUG=1.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("RRW_QT_DEBUG")) {
        std::cerr << message.toStdString() << '\n';
    }
}

}  // namespace

/// Removes a global "--lang X" / "--lang=X" from the arguments and returns X.
std::string takeLanguage(std::vector<std::string>& args) {
    std::string lang;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            lang = args[i + 1];
            args.erase(args.begin() + static_cast<long>(i),
                       args.begin() + static_cast<long>(i) + 2);
            --i;
        } else if (args[i].rfind("--lang=", 0) == 0) {
            lang = args[i].substr(7);
            args.erase(args.begin() + static_cast<long>(i));
            --i;
        }
    }
    return lang;
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // Drawing maps needs fonts, i.e. a QGuiApplication; headless it uses the offscreen platform.
    const bool needsGui = !args.empty() && (args[0] == "render" || args[0] == "report");
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qInstallMessageHandler(quietQtMessages);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    if (needsGui) {
        // render's and report's --lang is the map/report language (de, cs, en, de+cs); messages
        // follow its first part.
        std::vector<std::string> copy = args;
        const std::string lang = takeLanguage(copy);
        rrw::cli::installTranslation(lang.substr(0, lang.find('+')));
    } else {
        rrw::cli::installTranslation(takeLanguage(args));
    }
    using rrw::cli::translated;
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << translated(kUsage) << '\n';
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version" || args[0] == "version") {
        std::cout << "rrw-cli " << rrw::kVersion << '\n';
        return 0;
    }
    const std::map<std::string, Runner> commands = {
        {"init", rrw::cli::runInit},         {"import", rrw::cli::runImport},
        {"layers", rrw::cli::runLayers},     {"info", rrw::cli::runInfo},
        {"render", rrw::cli::runRender},     {"index", rrw::cli::runIndex},
        {"matrix", rrw::cli::runMatrix},     {"score", rrw::cli::runScore},
        {"swot", rrw::cli::runSwot},         {"tows", rrw::cli::runTows},
        {"measures", rrw::cli::runMeasures}, {"indicators", rrw::cli::runIndicators},
        {"iim", rrw::cli::runIim},           {"supply", rrw::cli::runSupply},
        {"scenario", rrw::cli::runScenario}, {"report", rrw::cli::runReport},
        {"actors", rrw::cli::runActors}};
    const auto it = commands.find(args[0]);
    if (it == commands.end()) {
        std::cerr << "rrw-cli: "
                  << translated(QT_TRANSLATE_NOOP(
                                    "rrw", "error: unknown command '{1}' (see rrw-cli --help)"),
                                {args[0]})
                  << '\n';
        return 2;
    }
    rrw::Feedback feedback;
    g_cancelTarget.store(&feedback);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    rrw::cli::CommandContext ctx{std::vector<std::string>(args.begin() + 1, args.end()), argv[0],
                                 feedback};
    try {
        return it->second(ctx);
    } catch (const rrw::cli::UsageError& e) {
        std::cerr << "rrw-cli " << args[0] << ": "
                  << translated(QT_TRANSLATE_NOOP("rrw", "error: {1} (see rrw-cli {2} --help)"),
                                {translated(e.message), args[0]})
                  << '\n';
        return 2;
    } catch (const rrw::Error& e) {
        std::cerr << "rrw-cli " << args[0] << ": "
                  << translated(QT_TRANSLATE_NOOP("rrw", "error: {1}"),
                                {translated(e.key().c_str(), e.args())})
                  << '\n';
        return e.kind() == rrw::Error::Kind::Canceled ? 130 : 1;
    } catch (const std::exception& e) {
        std::cerr << "rrw-cli " << args[0] << ": "
                  << translated(QT_TRANSLATE_NOOP("rrw", "internal error: {1}"), {e.what()})
                  << '\n';
        return 3;
    }
}
