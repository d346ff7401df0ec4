// rrw-cli tows: TOWS strategies that pair SWOT items and link to measures (Weihrich 1982;
// docs/methods/swot_suggestions.md).

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/planning_format.h"
#include "cli/translate.h"
#include "store/tows_repository.h"

namespace rrw::cli {

namespace {

const char* const kOverview =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli tows list|add|delete PROJECT.gpkg [options]

TOWS strategies (Weihrich 1982) of a project: SO uses strengths to seize opportunities, ST uses
strengths against threats, WO overcomes weaknesses with opportunities, WT limits weaknesses and
avoids threats. A strategy links SWOT items of its two categories and measures.

'rrw-cli tows <subcommand> --help' describes a subcommand.)");

const char* const kListHelp =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli tows list PROJECT.gpkg [--kind SO|ST|WO|WT] [--json]

Lists the TOWS strategies by kind and id, one per line: id, kind, German title, Czech title,
linked SWOT items, linked measures.

  --kind K   only the strategies of this kind
  --json     machine-readable result)");

const char* const kAddHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli tows add PROJECT.gpkg --kind SO|ST|WO|WT [--title-de TEXT] [--title-cs TEXT] [--text-de TEXT] [--text-cs TEXT] [--items ID,ID...] [--measures ID,ID...] [--json]

Adds a TOWS strategy. A German or a Czech title is required. The SWOT items must belong to the
kind's two categories (SO: S and O items, ST: S and T, WO: W and O, WT: W and T).

  --kind K          SO, ST, WO or WT
  --title-de TEXT   the German title
  --title-cs TEXT   the Czech title
  --text-de TEXT    the German description
  --text-cs TEXT    the Czech description
  --items LIST      SWOT item ids, comma-separated (see rrw-cli swot list)
  --measures LIST   measure ids, comma-separated (see rrw-cli measures list)
  --json            machine-readable result)");

const char* const kDeleteHelp =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli tows delete PROJECT.gpkg ID [--json]

Deletes TOWS strategy ID and its links (the SWOT items and measures stay).

  --json   machine-readable result (the deleted strategy))");

bool printHelp(const Args& args, const char* help) {
    if (args.flag("help")) {
        std::cout << translated(help) << '\n';
        return true;
    }
    return false;
}

std::string parseKind(const std::string& text) {
    std::string kind;
    for (const char c : text) {
        kind += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (kind != "SO" && kind != "ST" && kind != "WO" && kind != "WT") {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "{1} must be one of {2}, not '{3}'"),
                          {"--kind", "SO, ST, WO, WT", text}}};
    }
    return kind;
}

nlohmann::json strategyJson(const store::TowsStrategy& s) {
    auto orNull = [](const std::string& t) {
        return t.empty() ? nlohmann::json() : nlohmann::json(t);
    };
    return {{"id", s.id},
            {"kind", s.kind},
            {"title_de", orNull(s.titleDe)},
            {"title_cs", orNull(s.titleCs)},
            {"text_de", orNull(s.textDe)},
            {"text_cs", orNull(s.textCs)},
            {"items", s.itemIds},
            {"measures", s.measureIds},
            {"created_at", s.createdAt},
            {"updated_at", s.updatedAt}};
}

std::string strategyLine(const store::TowsStrategy& s) {
    std::string items;
    for (const auto id : s.itemIds) {
        items += (items.empty() ? "" : ",") + std::to_string(id);
    }
    std::string measures;
    for (const auto& id : s.measureIds) {
        measures += (measures.empty() ? "" : ",") + id;
    }
    return std::to_string(s.id) + '\t' + s.kind + '\t' + s.titleDe + '\t' + s.titleCs + '\t' +
           items + '\t' + measures;
}

int listStrategies(const std::vector<std::string>& argv) {
    const Args args(argv, {"kind"}, {"json", "help"});
    if (printHelp(args, kListHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), false);
    const std::string kind = args.has("kind") ? parseKind(args.value("kind")) : "";
    const store::Project project = store::Project::open(args.positional()[0]);
    const auto strategies = store::listTowsStrategies(project, kind);
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : strategies) {
            out.push_back(strategyJson(s));
        }
        std::cout << nlohmann::json{{"strategies", std::move(out)}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& s : strategies) {
        std::cout << strategyLine(s) << '\n';
    }
    return 0;
}

int addStrategy(const std::vector<std::string>& argv) {
    const Args args(argv,
                    {"kind", "title-de", "title-cs", "text-de", "text-cs", "items", "measures"},
                    {"json", "help"});
    if (printHelp(args, kAddHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), false);
    if (!args.has("kind")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--{1} is required"), {"kind"}}};
    }
    store::TowsStrategy s;
    s.kind = parseKind(args.value("kind"));
    s.titleDe = args.value("title-de");
    s.titleCs = args.value("title-cs");
    s.textDe = args.value("text-de");
    s.textCs = args.value("text-cs");
    for (const auto& id : splitList(args.value("items"))) {
        s.itemIds.push_back(parseRecordId(id, "--items"));
    }
    s.measureIds = splitList(args.value("measures"));
    store::Project project = store::Project::open(args.positional()[0]);
    store::TowsStrategy stored;
    project.write([&] { stored = store::addTowsStrategy(project, s); });
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"strategy", strategyJson(stored)}}.dump(2) << '\n';
    } else {
        std::cout << strategyLine(stored) << '\n';
    }
    return 0;
}

int deleteStrategy(const std::vector<std::string>& argv) {
    const Args args(argv, {}, {"json", "help"});
    if (printHelp(args, kDeleteHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), true);
    const std::int64_t id = parseRecordId(args.positional()[1], "ID");
    store::Project project = store::Project::open(args.positional()[0]);
    store::TowsStrategy deleted;
    project.write([&] { deleted = store::deleteTowsStrategy(project, id); });
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"deleted", strategyJson(deleted)}}.dump(2) << '\n';
    } else {
        std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Deleted TOWS strategy {1}."),
                                {std::to_string(id)})
                  << '\n';
    }
    return 0;
}

}  // namespace

int runTows(const CommandContext& ctx) {
    if (!ctx.args.empty() && (ctx.args[0] == "--help" || ctx.args[0] == "-h")) {
        std::cout << translated(kOverview) << '\n';
        return 0;
    }
    if (ctx.args.empty()) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "expected a subcommand: list, add, delete"), {}}};
    }
    const std::vector<std::string> rest(ctx.args.begin() + 1, ctx.args.end());
    if (ctx.args[0] == "list") {
        return listStrategies(rest);
    }
    if (ctx.args[0] == "add") {
        return addStrategy(rest);
    }
    if (ctx.args[0] == "delete") {
        return deleteStrategy(rest);
    }
    throw UsageError{
        {QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: list, add, delete)"),
         {ctx.args[0]}}};
}

}  // namespace rrw::cli
