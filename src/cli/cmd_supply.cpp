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
#include "cli/json_file.h"
#include "cli/translate.h"
#include "geo/table_reader.h"

namespace rrw::cli {

namespace {

const char* const kOverview = QT_TRANSLATE_NOOP("rrw",
                                                R"(usage: rrw-cli supply simulate [options]

Supply-chain disruption analysis of firms in the region.

subcommands:
  simulate  day-by-day simulation of a scenario on a firm network

'rrw-cli supply simulate --help' describes the options.)");

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

/// The rows of one CSV file, with numbers read the way its separator allows.
class CsvRows {
public:
    CsvRows(const std::string& path, const std::vector<std::string>& required)
        : path_(path), table_(read(path)) {
        std::string expected;
        for (const std::string& c : required) {
            expected += (expected.empty() ? "" : ",") + c;
        }
        for (const std::string& c : required) {
            if (!hasColumn(c)) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: the column '{2}' is missing (expected {3})"),
                    {path, c, expected});
            }
        }
        // With ';' or tab as separator a decimal comma is allowed (German and Czech
        // spreadsheets); with ',' it cannot be one.
        std::ifstream in(path);
        std::string header;
        std::getline(in, header);
        commaDecimal_ = header.find(',') == std::string::npos;
    }

    std::size_t size() const { return table_.rows.size(); }
    bool hasColumn(const std::string& c) const {
        return std::find(table_.columns.begin(), table_.columns.end(), c) != table_.columns.end();
    }
    /// "FILE:LINE" of row i (the header is line 1).
    std::string where(std::size_t i) const { return path_ + ":" + std::to_string(i + 2); }
    std::string text(std::size_t i, const std::string& column) const {
        const auto& row = table_.rows[i];
        const auto it = row.find(column);
        return it == row.end() ? std::string() : trim(it->second);
    }
    /// The number in a cell; an empty cell gives `fallback` (NaN = the cell is required).
    double number(std::size_t i, const std::string& column,
                  double fallback = std::numeric_limits<double>::quiet_NaN()) const {
        std::string t = text(i, column);
        if (t.empty()) {
            if (std::isnan(fallback)) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}' is empty"),
                                {path_, std::to_string(i + 2), column});
            }
            return fallback;
        }
        if (commaDecimal_ && t.find(',') != std::string::npos && t.find('.') == std::string::npos) {
            std::replace(t.begin(), t.end(), ',', '.');
        }
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(t, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != t.size() || !std::isfinite(value)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
                {path_, std::to_string(i + 2), column, t});
        }
        return value;
    }

private:
    static geo::TextTable read(const std::string& path) {
        if (!std::ifstream(path)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
        }
        return geo::readTextTable(path);
    }
    static std::string trim(const std::string& s) {
        const auto b = s.find_first_not_of(" \t\r\n");
        if (b == std::string::npos) {
            return "";
        }
        return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    }

    std::string path_;
    geo::TextTable table_;
    bool commaDecimal_ = false;
};

std::vector<analysis::FirmRecord> readFirms(const std::string& path) {
    const CsvRows rows(path, {"id", "name", "municipality", "region", "nace", "employees",
                              "commuter_share", "daily_output"});
    std::vector<analysis::FirmRecord> out;
    out.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::FirmRecord f;
        f.id = rows.text(i, "id");
        f.name = rows.text(i, "name");
        f.municipality = rows.text(i, "municipality");
        f.region = rows.text(i, "region");
        f.nace = rows.text(i, "nace");
        f.country = rows.text(i, "country");
        f.employees = rows.number(i, "employees");
        f.commuterShare = rows.number(i, "commuter_share");
        f.dailyOutput = rows.number(i, "daily_output");
        // An empty optional cell means "not given": NaN is passed on as such.
        if (rows.hasColumn("energy_intensity") && !rows.text(i, "energy_intensity").empty()) {
            f.energyIntensity = rows.number(i, "energy_intensity");
        }
        if (rows.hasColumn("x") && !rows.text(i, "x").empty()) {
            f.x = rows.number(i, "x");
        }
        if (rows.hasColumn("y") && !rows.text(i, "y").empty()) {
            f.y = rows.number(i, "y");
        }
        f.where = rows.where(i);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<analysis::LinkRecord> readLinks(const std::string& path) {
    const CsvRows rows(path, {"supplier", "customer", "input_share", "lead_time", "inventory_days",
                              "substitutable_share", "switch_days"});
    std::vector<analysis::LinkRecord> out;
    out.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::LinkRecord l;
        l.supplier = rows.text(i, "supplier");
        l.customer = rows.text(i, "customer");
        l.inputShare = rows.number(i, "input_share");
        l.leadTime = rows.number(i, "lead_time");
        l.inventoryDays = rows.number(i, "inventory_days");
        l.substitutableShare = rows.number(i, "substitutable_share");
        l.switchDays = rows.number(i, "switch_days");
        l.crossing = rows.text(i, "crossing");
        l.input = rows.text(i, "input");
        l.where = rows.where(i);
        out.push_back(std::move(l));
    }
    return out;
}

/// yes/no in English, German and Czech, or 1/0.
bool parseYesNo(const CsvRows& rows, std::size_t i, const std::string& column, bool& out) {
    std::string t = rows.text(i, column);
    std::transform(t.begin(), t.end(), t.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* yes : {"1", "yes", "true", "ja", "ano"}) {
        if (t == yes) {
            out = true;
            return true;
        }
    }
    for (const char* no : {"0", "no", "false", "nein", "ne"}) {
        if (t == no) {
            out = false;
            return true;
        }
    }
    return false;
}

std::vector<analysis::CrossingRecord> readCrossings(const std::string& path) {
    const CsvRows rows(path, {"id", "freight", "commuters"});
    std::vector<analysis::CrossingRecord> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::CrossingRecord c;
        c.id = rows.text(i, "id");
        c.name = rows.text(i, "name");
        if (!parseYesNo(rows, i, "freight", c.freight)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not yes or no"),
                {path, std::to_string(i + 2), "freight", rows.text(i, "freight")});
        }
        bool carries = false;
        if (parseYesNo(rows, i, "commuters", carries) && rows.text(i, "commuters").size() > 1) {
            c.commuterWeight = carries ? 1.0 : 0.0;  // yes/no: equal shares among the yes
        } else {
            c.commuterWeight = rows.number(i, "commuters");
        }
        c.where = rows.where(i);
        out.push_back(std::move(c));
    }
    return out;
}

int wholeOption(const Args& args, const std::string& name, int fallback, int low, int high) {
    if (!args.has(name)) {
        return fallback;
    }
    const std::string text = args.value(name);
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < low || value > high) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--{1} must be a whole number from {2} to {3}"),
                          {name, std::to_string(low), std::to_string(high)}}};
    }
    return value;
}

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
    const auto firms = readFirms(args.value("firms"));
    const auto links = readLinks(args.value("links"));
    const auto crossings = args.has("crossings") ? readCrossings(args.value("crossings"))
                                                 : std::vector<analysis::CrossingRecord>{};
    const analysis::SupplyNetwork network = analysis::buildSupplyNetwork(firms, links, crossings);
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
    throw UsageError{{QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: {2})"),
                      {ctx.args[0], "simulate"}}};
}

}  // namespace rrw::cli
