#pragma once

#include <string>
#include <vector>

#include "core/feedback.h"

namespace rrw::cli {

/// Context every command gets: its arguments (after the command name) and the Feedback that
/// Ctrl+C cancels.
struct CommandContext {
    std::vector<std::string> args;
    std::string programPath;
    Feedback& feedback;
};

/// Each returns the process exit code; errors are thrown (rrw::Error, UsageError).
int runInit(const CommandContext& ctx);
int runImport(const CommandContext& ctx);
int runLayers(const CommandContext& ctx);
int runInfo(const CommandContext& ctx);
int runRender(const CommandContext& ctx);
int runIndex(const CommandContext& ctx);
int runScore(const CommandContext& ctx);
int runMatrix(const CommandContext& ctx);
int runSwot(const CommandContext& ctx);
int runTows(const CommandContext& ctx);
int runMeasures(const CommandContext& ctx);
int runActors(const CommandContext& ctx);
int runIndicators(const CommandContext& ctx);
int runIim(const CommandContext& ctx);
int runSupply(const CommandContext& ctx);
/// rrw-cli supply import (cmd_scenario.cpp; runSupply dispatches to it).
int runSupplyImport(const CommandContext& ctx);
int runScenario(const CommandContext& ctx);
int runReport(const CommandContext& ctx);

/// The bundled data directory: --data-dir, $RRW_DATA_DIR, <prefix>/share/rrw, or the source
/// tree's data/ (in that order).
std::string findDataDir(const std::string& explicitDir, const std::string& programPath);

}  // namespace rrw::cli
