// rrw-cli supply import (CSV files or a GeoPackage) and rrw-cli scenario
// save|list|runs|run|compare|delete: the supply network, the versioned scenarios and their
// stored runs in the project (docs/SUPPLY.md, docs/STORE.md).

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "analysis/scenario/run_compare.h"
#include "analysis/scenario/scenario.h"
#include "analysis/supply/supply_analysis.h"
#include "analysis/supply/supply_json.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "core/json_file.h"
#include "store/scenario_repository.h"
#include "store/scenario_run_repository.h"
#include "store/supply_geopackage.h"
#include "store/supply_repository.h"

namespace rrw::cli {

namespace {

const char* const kImportHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]
       rrw-cli supply import PROJECT.gpkg --from NETWORK.gpkg [--json]

Checks the network (the files of 'supply simulate', or the layers firms, links and crossings
of a GeoPackage; docs/SUPPLY.md) and stores it in the project, replacing its supply network.
Nothing is written when a file has an error. Stored runs keep the digest of the network they
ran on.

  --firms FILE       firms (required with --links)
  --links FILE       supplier-customer links (required with --firms)
  --crossings FILE   border crossings and their freight and commuter roles
  --from FILE        a GeoPackage with the layers firms and links (and optionally crossings),
                     instead of --firms/--links/--crossings
  --json             machine-readable summary)");

const char* const kHelp = QT_TRANSLATE_NOOP("rrw",
                                            R"(usage: rrw-cli scenario <subcommand> PROJECT.gpkg ...

Supply-chain scenarios stored in the project, versioned, and their runs on the project's
supply network ('rrw-cli supply import'):

  save PROJECT FILE.json [--title-de T] [--title-cs T]
                         store the scenario as a new version of its name
  list PROJECT [--all]   the scenarios (latest versions; --all: every version)
  runs PROJECT [NAME]    the stored runs
  run PROJECT NAME [--version V] [--days N] [--critical N]
                         run a scenario (latest version unless --version) on the stored
                         network and store the run with its inputs and their hash
  compare PROJECT RUN_A RUN_B
                         differences B - A per municipality, Kreis/okres, NACE section and
                         country (loss, jobs at risk, TTS/TTR) and per measure (benefit/cost)
  delete PROJECT NAME [--version V]
                         delete one version or every version (stored runs are kept)

Every subcommand takes --json for machine-readable output. The result of 'run --json' is the
document of 'supply simulate --json' with "run_id" and "inputs_hash".)");

nlohmann::json orNull(const std::string& text) {
    return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

void printHelpIfAsked(const Args& args, const char* help, bool& asked) {
    asked = args.flag("help");
    if (asked) {
        std::cout << translated(help) << '\n';
    }
}

void expectCount(const Args& args, std::size_t low, std::size_t high, const char* what) {
    const std::size_t n = args.positional().size();
    if (n < low || n > high) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected {1}"), {what}}};
    }
}

std::int64_t runId(const std::string& text) {
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "'{1}' is not a run id"), {text}}};
    }
    return value;
}

std::optional<int> versionOption(const Args& args) {
    if (!args.has("version")) {
        return std::nullopt;
    }
    return wholeOption(args, "version", 1, 1, 1000000000);
}

int saveScenario(const Args& args) {
    expectCount(args, 2, 2, "PROJECT.gpkg FILE.json");
    const std::string file = args.positional()[1];
    const analysis::Scenario scenario = analysis::parseScenario(readJsonFile(file), file);
    store::Project project = store::Project::open(args.positional()[0]);
    int version = 0;
    project.write([&] {
        version =
            store::saveScenario(project, scenario, args.value("title-de"), args.value("title-cs"));
    });
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"name", scenario.name}, {"version", version}}.dump(2) << '\n';
    } else {
        std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Saved scenario {1} as version {2}."),
                                {scenario.name, std::to_string(version)})
                  << '\n';
    }
    return 0;
}

int listScenarios(const Args& args) {
    expectCount(args, 1, 1, "PROJECT.gpkg");
    const store::Project project = store::Project::open(args.positional()[0]);
    const auto list = store::listScenarios(project, args.flag("all"));
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : list) {
            const analysis::Scenario parsed = store::parseStoredScenario(s);
            out.push_back({{"name", s.name},
                           {"version", s.version},
                           {"title_de", orNull(s.titleDe)},
                           {"title_cs", orNull(s.titleCs)},
                           {"created_at", s.createdAt},
                           {"days", parsed.days},
                           {"hazards", parsed.hazards.size()},
                           {"measures", parsed.measures.size()}});
        }
        std::cout << nlohmann::json{{"scenarios", out}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& s : list) {
        std::cout << s.name << '\t' << s.version << '\t' << s.createdAt << '\t' << s.titleDe << '\t'
                  << s.titleCs << '\n';
    }
    return 0;
}

int listRuns(const Args& args) {
    expectCount(args, 1, 2, "PROJECT.gpkg [NAME]");
    const store::Project project = store::Project::open(args.positional()[0]);
    const std::string name = args.positional().size() > 1 ? args.positional()[1] : "";
    const auto runs = store::listScenarioRuns(project, name);
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : runs) {
            out.push_back({{"id", r.id},
                           {"scenario", r.scenarioName},
                           {"version", r.scenarioVersion},
                           {"days", r.days},
                           {"inputs_hash", r.inputsHash},
                           {"network_digest", r.networkDigest},
                           {"created_at", r.createdAt},
                           {"duration_ms", r.durationMs}});
        }
        std::cout << nlohmann::json{{"runs", out}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& r : runs) {
        std::cout << r.id << '\t' << r.scenarioName << '\t' << r.scenarioVersion << '\t' << r.days
                  << '\t' << r.inputsHash << '\t' << r.createdAt << '\n';
    }
    return 0;
}

int runScenario(const CommandContext& ctx, const Args& args) {
    expectCount(args, 2, 2, "PROJECT.gpkg NAME");
    const std::string name = args.positional()[1];
    const std::optional<int> version = versionOption(args);
    analysis::SupplyAnalysisOptions options;
    options.days = wholeOption(args, "days", 0, 1, analysis::kMaxDays);
    options.criticalTopN = wholeOption(args, "critical", 10, -1, 1000000);
    store::Project project = store::Project::open(args.positional()[0]);
    const store::StoredScenario stored = store::requireScenario(project, name, version);
    analysis::Scenario scenario = store::parseStoredScenario(stored);
    const analysis::SupplyNetwork network = store::requireSupplyNetwork(project);
    const auto start = std::chrono::steady_clock::now();
    const analysis::SupplyAnalysis result = analysis::analyseSupply(
        network, scenario, options, store::describeScenario(stored), &ctx.feedback);
    nlohmann::json json = analysis::supplyAnalysisToJson(scenario, result);
    store::ScenarioRun run =
        store::scenarioRunOf(stored, network, result, json,
                             std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - start)
                                 .count());
    project.write([&] { run.id = store::recordScenarioRun(project, run); });
    json["run_id"] = run.id;
    json["inputs_hash"] = run.inputsHash;
    json["scenario"]["stored_version"] = stored.version;
    if (args.flag("json")) {
        std::cout << json.dump(2) << '\n';
        return 0;
    }
    const auto& t = json.at("total");
    std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                              "Run {1}: scenario {2} version {3}, {4} days, "
                                              "inputs hash {5}"),
                            {std::to_string(run.id), stored.name, std::to_string(stored.version),
                             std::to_string(run.days), run.inputsHash})
              << '\n';
    std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                              "Production loss: {1} EUR ({2} % of normal output), "
                                              "{3} person-days, {4} jobs at risk"),
                            {formatFixed(t.at("loss_value").get<double>(), 0),
                             formatFixed(100.0 * t.at("loss_share").get<double>(), 2),
                             formatFixed(t.at("person_days").get<double>(), 0),
                             formatFixed(t.at("jobs_at_risk").get<double>(), 0)})
              << '\n';
    return 0;
}

std::string cell(const nlohmann::json& v, int decimals) {
    if (v.is_null()) {
        return "–";
    }
    return v.is_number_integer() ? std::to_string(v.get<std::int64_t>())
                                 : formatFixed(v.get<double>(), decimals);
}

void printComparison(const nlohmann::json& c) {
    std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                              "level\tkey\tloss A (EUR)\tloss B (EUR)\tdifference "
                                              "(EUR)\tjobs at risk A\tjobs at risk B\tTTS A\tTTS "
                                              "B\tTTR A\tTTR B"))
              << '\n';
    const auto row = [](const std::string& level, const nlohmann::json& r) {
        std::cout << level << '\t' << r.at("key").get<std::string>() << '\t'
                  << cell(r.at("loss_value").at("a"), 0) << '\t'
                  << cell(r.at("loss_value").at("b"), 0) << '\t'
                  << cell(r.at("loss_value").at("diff"), 0) << '\t'
                  << cell(r.at("jobs_at_risk").at("a"), 1) << '\t'
                  << cell(r.at("jobs_at_risk").at("b"), 1) << '\t'
                  << cell(r.at("tts_days").at("a"), 0) << '\t' << cell(r.at("tts_days").at("b"), 0)
                  << '\t' << cell(r.at("ttr_days").at("a"), 0) << '\t'
                  << cell(r.at("ttr_days").at("b"), 0) << '\n';
    };
    row("total", c.at("total"));
    for (const char* level : {"municipalities", "regions", "sectors", "countries"}) {
        for (const auto& r : c.at(level)) {
            row(level, r);
        }
    }
    for (const auto& m : c.at("measures")) {
        std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                                  "Measure {1}: benefit/cost A {2}, B {3}; "
                                                  "avoided loss (EUR) A {4}, B {5}"),
                                {m.at("name").get<std::string>(),
                                 cell(m.at("benefit_cost_ratio").at("a"), 2),
                                 cell(m.at("benefit_cost_ratio").at("b"), 2),
                                 cell(m.at("avoided_loss").at("a"), 0),
                                 cell(m.at("avoided_loss").at("b"), 0)})
                  << '\n';
    }
}

nlohmann::json runHeader(const store::ScenarioRun& r) {
    return {{"id", r.id},
            {"scenario", r.scenarioName},
            {"version", r.scenarioVersion},
            {"days", r.days},
            {"inputs_hash", r.inputsHash},
            {"network_digest", r.networkDigest},
            {"created_at", r.createdAt}};
}

nlohmann::json storedResult(const store::ScenarioRun& run) {
    try {
        return nlohmann::json::parse(run.resultJson);
    } catch (const nlohmann::json::exception& e) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw",
                                          "scenario run {1}: the stored result is not "
                                          "valid JSON ({2})"),
                        {std::to_string(run.id), e.what()});
    }
}

int compareRuns(const Args& args) {
    expectCount(args, 3, 3, "PROJECT.gpkg RUN_A RUN_B");
    const std::int64_t idA = runId(args.positional()[1]);
    const std::int64_t idB = runId(args.positional()[2]);
    const store::Project project = store::Project::open(args.positional()[0]);
    const store::ScenarioRun a = store::requireScenarioRun(project, idA);
    const store::ScenarioRun b = store::requireScenarioRun(project, idB);
    nlohmann::json c = analysis::compareSupplyResults(storedResult(a), storedResult(b));
    c["run_a"] = runHeader(a);
    c["run_b"] = runHeader(b);
    c["same_network"] = a.networkDigest == b.networkDigest;
    if (args.flag("json")) {
        std::cout << c.dump(2) << '\n';
        return 0;
    }
    std::cout << translated(
                     QT_TRANSLATE_NOOP("rrw",
                                       "A = run {1} ({2} version {3}), B = run {4} ({5} "
                                       "version {6}); differences are B - A."),
                     {std::to_string(a.id), a.scenarioName, std::to_string(a.scenarioVersion),
                      std::to_string(b.id), b.scenarioName, std::to_string(b.scenarioVersion)})
              << '\n';
    if (a.networkDigest != b.networkDigest) {
        std::cout << translated(
                         QT_TRANSLATE_NOOP("rrw", "The two runs ran on different supply networks."))
                  << '\n';
    }
    printComparison(c);
    return 0;
}

int deleteScenario(const Args& args) {
    expectCount(args, 2, 2, "PROJECT.gpkg NAME");
    const std::optional<int> version = versionOption(args);
    store::Project project = store::Project::open(args.positional()[0]);
    std::vector<store::StoredScenario> deleted;
    project.write([&] { deleted = store::deleteScenario(project, args.positional()[1], version); });
    if (args.flag("json")) {
        nlohmann::json versions = nlohmann::json::array();
        for (const auto& s : deleted) {
            versions.push_back(s.version);
        }
        std::cout << nlohmann::json{{"name", args.positional()[1]}, {"deleted", versions}}.dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Deleted {1} version(s) of the scenario {2}."),
                            {std::to_string(deleted.size()), args.positional()[1]})
              << '\n';
    return 0;
}

}  // namespace

int runSupplyImport(const CommandContext& ctx) {
    const Args args(ctx.args, {"firms", "links", "crossings", "from"}, {"json", "help"});
    bool help = false;
    printHelpIfAsked(args, kImportHelp, help);
    if (help) {
        return 0;
    }
    expectCount(args, 1, 1, "PROJECT.gpkg");
    const bool csv = args.has("firms") || args.has("links") || args.has("crossings");
    if (args.has("from") && csv) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw",
                               "--from cannot be combined with --firms, --links or --crossings"),
             {}}};
    }
    if (!args.has("from") && (!args.has("firms") || !args.has("links"))) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--firms and --links are required"), {}}};
    }
    const store::SupplyTables tables =
        args.has("from") ? store::readSupplyGeoPackage(args.value("from"))
                         : store::readSupplyCsv(args.value("firms"), args.value("links"),
                                                args.value("crossings"));
    store::Project project = store::Project::open(args.positional()[0]);
    project.write([&] { store::replaceSupplyNetwork(project, tables); });
    const store::SupplyNetworkCounts counts = store::countSupplyNetwork(project);
    const auto network = store::loadSupplyNetwork(project);
    const std::string digest = network ? analysis::networkDigestHex(*network) : "";
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"project", project.path()},
                                    {"firms", counts.firms},
                                    {"links", counts.links},
                                    {"crossings", counts.crossings},
                                    {"synthetic_firms", counts.syntheticFirms},
                                    {"network_digest", digest}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(
                     QT_TRANSLATE_NOOP("rrw",
                                       "Stored the supply network in {1}: {2} firms, {3} "
                                       "links, {4} border crossings (digest {5})."),
                     {project.path(), std::to_string(counts.firms), std::to_string(counts.links),
                      std::to_string(counts.crossings), digest})
              << '\n';
    return 0;
}

int runScenario(const CommandContext& ctx) {
    if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
        std::cout << translated(kHelp) << '\n';
        return ctx.args.empty() ? 2 : 0;
    }
    const std::string sub = ctx.args[0];
    const std::vector<std::string> rest(ctx.args.begin() + 1, ctx.args.end());
    const auto parse = [&](const std::set<std::string>& valued, std::set<std::string> flags) {
        flags.insert({"json", "help"});
        return Args(rest, valued, flags);
    };
    std::optional<Args> args;
    if (sub == "save") {
        args.emplace(parse({"title-de", "title-cs"}, {}));
    } else if (sub == "list") {
        args.emplace(parse({}, {"all"}));
    } else if (sub == "runs" || sub == "compare") {
        args.emplace(parse({}, {}));
    } else if (sub == "run") {
        args.emplace(parse({"version", "days", "critical"}, {}));
    } else if (sub == "delete") {
        args.emplace(parse({"version"}, {}));
    } else {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: {2})"),
                          {sub, "save, list, runs, run, compare, delete"}}};
    }
    bool help = false;
    printHelpIfAsked(*args, kHelp, help);
    if (help) {
        return 0;
    }
    if (sub == "save") {
        return saveScenario(*args);
    }
    if (sub == "list") {
        return listScenarios(*args);
    }
    if (sub == "runs") {
        return listRuns(*args);
    }
    if (sub == "run") {
        return runScenario(ctx, *args);
    }
    if (sub == "compare") {
        return compareRuns(*args);
    }
    return deleteScenario(*args);
}

}  // namespace rrw::cli
