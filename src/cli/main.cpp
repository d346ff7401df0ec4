// rrw-cli: every job of the workbench, headless. One catch at this edge turns errors into a
// one-line message and an exit code.

#include <atomic>
#include <csignal>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/error.h"
#include "core/version.h"

namespace {

std::atomic<rrw::Feedback*> g_cancelTarget{nullptr};

extern "C" void onInterrupt(int) {
    if (rrw::Feedback* f = g_cancelTarget.load()) {
        f->cancel();
    }
}

const char* const kUsage = R"(usage: rrw-cli [--version] [--help] <command> [<args>]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project's layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level

'rrw-cli <command> --help' describes a command.)";

using Runner = int (*)(const rrw::cli::CommandContext&);

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage << '\n';
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
        std::cerr << "rrw-cli: error: unknown command '" << args[0] << "' (see rrw-cli --help)\n";
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
        std::cerr << "rrw-cli " << args[0] << ": error: " << e.message << " (see rrw-cli "
                  << args[0] << " --help)\n";
        return 2;
    } catch (const rrw::Error& e) {
        std::cerr << "rrw-cli " << args[0] << ": error: " << e.message() << '\n';
        return e.kind() == rrw::Error::Kind::Canceled ? 130 : 1;
    } catch (const std::exception& e) {
        std::cerr << "rrw-cli " << args[0] << ": internal error: " << e.what() << '\n';
        return 3;
    }
}
