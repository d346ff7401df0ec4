// rrw-cli supply simulate: the firm-level supply-chain disruption simulation of a scenario
// (docs/SUPPLY.md, docs/methods/supply_simulation.md).

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "analysis/scenario/scenario.h"
#include "analysis/supply/network.h"
#include "analysis/supply/supply_analysis.h"
#include "analysis/supply/supply_json.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "core/json_file.h"
#include "store/supply_tables.h"

namespace rrw::cli {

namespace {

const char* const kOverview = QT_TRANSLATE_NOOP("rrw",
                                                R"(usage: rrw-cli supply simulate|import [options]

Supply-chain disruption analysis of firms in the region.

subcommands:
  simulate  day-by-day simulation of a scenario on a firm network
  import    store a firm network in a project (for 'rrw-cli scenario run')

'rrw-cli supply simulate --help' and 'rrw-cli supply import --help' describe the options.)");

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli supply simulate --firms FIRMS.csv --links LINKS.csv --scenario SCENARIO.json [options]

Simulates the firms of the network day by day under the hazards of the scenario (border
closure, Far-East interruption, energy-price shock, pandemic), with its measures in place:
deliveries delayed by their lead times, inventories, substitution after the switch days,
labour without the cross-border commuters a closure stops (docs/methods/supply_simulation.md).
Reports production losses (output value and person-days), jobs at risk, time-to-survive and
time-to-recover per municipality, Kreis/okres, NACE section and country, the critical
suppliers, the single-source dependencies and the benefit/cost ratio of every measure.

  --firms FILE        firms: id,name,municipality,region,nace,employees,commuter_share,
                      daily_output[,energy_intensity][,country][,x,y]
  --links FILE        links: supplier,customer,input_share,lead_time,inventory_days,
                      substitutable_share,switch_days[,crossing][,input]
                      (external suppliers: east_asia, rest_de, rest_cz, rest_eu)
  --scenario FILE     the scenario (JSON; docs/SUPPLY.md)
  --crossings FILE    border crossings: id,freight,commuters[,name]
  --days N            days to simulate (default: the scenario's)
  --critical N        try the N firms with the largest output as critical suppliers
                      (default 10; the external nodes are always tried; -1 = none)
  --critical-days N   days a critical-supplier candidate fails (default: the whole run)
  --single-source S   smallest input share listed as a single-source dependency (default 0.1)
  --series            add every firm with its daily production to the JSON
  --json              machine-readable result)");

std::string money(double v) {
    return formatFixed(v, 0);
}

std::string daysOrDash(const nlohmann::json& v) {
    return v.is_null() ? std::string("–") : std::to_string(v.get<int>());
}

void printSummary(const nlohmann::json& j) {
    const auto& s = j.at("scenario");
    const auto& t = j.at("total");
    std::cout << translated(
                     QT_TRANSLATE_NOOP("rrw", "Scenario {1} (version {2}), {3} days, hash {4}"),
                     {s.at("name").get<std::string>(), s.at("version").get<std::string>(),
                      std::to_string(s.at("days").get<int>()), s.at("hash").get<std::string>()})
              << '\n';
    std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Firms: {1}, links: {2}"),
                            {std::to_string(j.at("network").at("firms").get<std::size_t>()),
                             std::to_string(j.at("network").at("links").get<std::size_t>())})
              << '\n';
    std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                              "Production loss: {1} EUR ({2} % of normal output), "
                                              "{3} person-days, {4} jobs at risk"),
                            {money(t.at("loss_value").get<double>()),
                             formatFixed(100.0 * t.at("loss_share").get<double>(), 2),
                             money(t.at("person_days").get<double>()),
                             money(t.at("jobs_at_risk").get<double>())})
              << '\n';
    std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                              "Firms below 95 % of normal output: {1}, not "
                                              "recovered by the last day: {2}; shortest "
                                              "time-to-survive {3} days, longest time-to-recover "
                                              "{4} days"),
                            {std::to_string(t.at("firms_disrupted").get<std::size_t>()),
                             std::to_string(t.at("not_recovered").get<std::size_t>()),
                             daysOrDash(t.at("tts_days")), daysOrDash(t.at("ttr_days"))})
              << '\n';
    for (const auto& r : j.at("regions")) {
        std::cout << "  " << r.at("key").get<std::string>() << '\t'
                  << money(r.at("loss_value").get<double>()) << " EUR\t"
                  << formatFixed(100.0 * r.at("loss_share").get<double>(), 2) << " %\n";
    }
    for (const auto& m : j.at("measures").at("items")) {
        const auto& ratio = m.at("benefit_cost_ratio");
        std::cout << translated(
                         QT_TRANSLATE_NOOP("rrw",
                                           "Measure {1}: avoided loss {2} EUR, cost {3} "
                                           "EUR, benefit/cost {4}"),
                         {m.at("name").get<std::string>(),
                          money(m.at("avoided_loss").get<double>()),
                          money(m.at("cost").get<double>()),
                          ratio.is_null() ? std::string("–") : formatFixed(ratio.get<double>(), 2)})
                  << '\n';
    }
    for (const auto& c : j.at("critical_suppliers").at("nodes")) {
        std::cout << translated(
                         QT_TRANSLATE_NOOP("rrw",
                                           "Critical supplier {1}: its failure costs the "
                                           "other firms {2} EUR"),
                         {c.at("id").get<std::string>(), money(c.at("loss_value").get<double>())})
                  << '\n';
    }
    std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                              "Single-source dependencies (input share of at "
                                              "least {1}): {2}"),
                            {formatNumber(j.at("single_source").at("min_share").get<double>()),
                             std::to_string(j.at("single_source").at("count").get<std::size_t>())})
              << '\n';
}

int simulate(const CommandContext& ctx, const std::vector<std::string>& argv) {
    const Args args(argv,
                    {"firms", "links", "scenario", "crossings", "days", "critical", "critical-days",
                     "single-source"},
                    {"json", "series", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (!args.positional().empty()) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "unexpected argument '{1}'"), {args.positional()[0]}}};
    }
    if (!args.has("firms") || !args.has("links") || !args.has("scenario")) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--firms, --links and --scenario are required"), {}}};
    }
    analysis::SupplyAnalysisOptions options;
    options.days = wholeOption(args, "days", 0, 1, analysis::kMaxDays);
    options.criticalTopN = wholeOption(args, "critical", 10, -1, 1000000);
    options.criticalFailureDays = wholeOption(args, "critical-days", 0, 1, analysis::kMaxDays);
    if (args.has("single-source")) {
        const std::string text = args.value("single-source");
        std::size_t used = 0;
        double value = -1.0;
        try {
            value = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != text.size() || !(value >= 0.0 && value <= 1.0)) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw", "--single-source must be a number from 0 to 1"), {}}};
        }
        options.singleSourceShare = value;
    }
    const std::string scenarioPath = args.value("scenario");
    const analysis::Scenario scenario =
        analysis::parseScenario(readJsonFile(scenarioPath), scenarioPath);
    const store::SupplyTables tables =
        store::readSupplyCsv(args.value("firms"), args.value("links"), args.value("crossings"));
    const analysis::SupplyNetwork network =
        analysis::buildSupplyNetwork(tables.firms, tables.links, tables.crossings);
    const analysis::SupplyAnalysis result =
        analysis::analyseSupply(network, scenario, options, scenarioPath, &ctx.feedback);
    analysis::SupplyJsonOptions jsonOptions;
    jsonOptions.series = args.flag("series");
    const nlohmann::json json = analysis::supplyAnalysisToJson(scenario, result, jsonOptions);
    if (args.flag("json")) {
        std::cout << json.dump(2) << '\n';
    } else {
        printSummary(json);
    }
    return 0;
}

}  // namespace

int runSupply(const CommandContext& ctx) {
    if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
        std::cout << translated(kOverview) << '\n';
        return ctx.args.empty() ? 2 : 0;
    }
    if (ctx.args[0] == "simulate") {
        return simulate(ctx, std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()));
    }
    if (ctx.args[0] == "import") {
        return runSupplyImport({std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()),
                                ctx.programPath, ctx.feedback});
    }
    throw UsageError{{QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: {2})"),
                      {ctx.args[0], "simulate, import"}}};
}

}  // namespace rrw::cli
