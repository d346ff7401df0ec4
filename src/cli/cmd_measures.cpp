// rrw-cli measures: the project's measures (the partners' ideas imported at init and later
// decisions), as linked from TOWS strategies.

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/planning_format.h"
#include "cli/translate.h"
#include "store/measure_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done] [--json]

Lists the project's measures by id, one per line: id, status, German title, Czech title. A new
project starts with the partners' measure ideas (data/indicators/measures.json, status idea).

  --status S   only the measures with this status
  --json       machine-readable result (with descriptions and sources))");

nlohmann::json measureJson(const store::Measure& m) {
    auto orNull = [](const std::string& t) {
        return t.empty() ? nlohmann::json() : nlohmann::json(t);
    };
    return {{"id", m.id},
            {"title_de", orNull(m.titleDe)},
            {"title_cs", orNull(m.titleCs)},
            {"title_en", orNull(m.titleEn)},
            {"description_de", orNull(m.descriptionDe)},
            {"description_cs", orNull(m.descriptionCs)},
            {"description_en", orNull(m.descriptionEn)},
            {"status", m.status},
            {"source", orNull(m.source)},
            {"created_at", m.createdAt},
            {"updated_at", m.updatedAt}};
}

int listMeasures(const std::vector<std::string>& argv) {
    const Args args(argv, {"status"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    expectPositionals(args.positional(), false);
    const std::string status = args.value("status");
    if (args.has("status") && !store::isMeasureStatus(status)) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "{1} must be one of {2}, not '{3}'"),
                          {"--status", "idea, planned, in_progress, done", status}}};
    }
    const store::Project project = store::Project::open(args.positional()[0]);
    const auto measures = store::listMeasures(project, status);
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : measures) {
            out.push_back(measureJson(m));
        }
        std::cout << nlohmann::json{{"measures", std::move(out)}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& m : measures) {
        std::cout << m.id << '\t' << m.status << '\t' << m.titleDe << '\t' << m.titleCs << '\n';
    }
    return 0;
}

}  // namespace

int runMeasures(const CommandContext& ctx) {
    if (!ctx.args.empty() && (ctx.args[0] == "--help" || ctx.args[0] == "-h")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (ctx.args.empty()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected a subcommand: list"), {}}};
    }
    if (ctx.args[0] == "list") {
        return listMeasures(std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()));
    }
    throw UsageError{
        {QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: list)"), {ctx.args[0]}}};
}

}  // namespace rrw::cli
