// rrw-cli: every job of the workbench, headless. One catch at this edge turns errors into a
// one-line message and an exit code.

#include <atomic>
#include <csignal>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include <QCoreApplication>

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

'rrw-cli <command> --help' describes a command.
'--lang de|cs|en' (or RRW_LANG) chooses the language of messages.)");

using Runner = int (*)(const rrw::cli::CommandContext&);

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
    QCoreApplication app(argc, argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    rrw::cli::installTranslation(takeLanguage(args));
    using rrw::cli::translated;
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << translated(kUsage) << '\n';
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version" || args[0] == "version") {
        std::cout << "rrw-cli " << rrw::kVersion << '\n';
        return 0;
    }
    const std::map<std::string, Runner> commands = {{"init", rrw::cli::runInit},
                                                    {"import", rrw::cli::runImport},
                                                    {"layers", rrw::cli::runLayers},
                                                    {"info", rrw::cli::runInfo}};
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
