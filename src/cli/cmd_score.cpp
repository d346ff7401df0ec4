// rrw-cli score: the project's own index models over its indicator values (docs/INDICATORS.md),
// for every Kreis and okres (or Gemeinde and obec), with rank intervals. Each run is stored.
// Regions whose score rests on synthetic demo values are flagged in the JSON and the table.

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>
#include <vector>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/explain.h"
#include "analysis/risk/index_model.h"
#include "analysis/risk/uncertainty.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "store/indicator_repository.h"
#include "store/region_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Runs one of the project's index models (default: all_hazards) over the latest value of each
indicator for every region of the level (default: district = Kreise and okresy) and ranks them;
rank 1 = highest risk. With --samples, a Monte Carlo gives 5-95 % rank intervals. The run is
stored in the project with its model and inputs. A region marked * has a score that uses
synthetic demo values (no open data for them); the footnote names those indicators.

  --hazard H     the model to run; the bundled project has all_hazards (default),
                 border_closure, supply_chain, energy_price, pandemic, flood_heavy_rain,
                 drought_forest and skilled_labour
  --samples N    Monte Carlo samples (e.g. 1000)
  --seed S       seed of the Monte Carlo (default 1)
  --level L      district (Kreis/okres) or municipality (Gemeinde/obec)
  --explain R    also split region R's score into groups and indicators ("why")
  --json         machine-readable result)");

/// For every region with values: the model's indicators whose value for that region is
/// synthetic, in the model's order.
std::map<std::string, std::vector<std::string>> syntheticInputs(
    const analysis::IndexModel& model, const std::vector<store::IndicatorValue>& records) {
    std::set<std::pair<std::string, std::string>> flagged;
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& v : records) {
        out[v.regionCode];
        if (v.synthetic) {
            flagged.emplace(v.regionCode, v.indicatorId);
        }
    }
    for (auto& [region, ids] : out) {
        for (const auto& ind : model.indicators) {
            if (flagged.count({region, ind.id}) != 0) {
                ids.push_back(ind.id);
            }
        }
    }
    return out;
}

/// Scores and contributions in the text table: two decimals (the JSON keeps full precision).
std::string fixed2(const nlohmann::json& v) {
    if (!v.is_number()) {
        return v.dump();
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v.get<double>());
    return buf;
}

}  // namespace

int runScore(const CommandContext& ctx) {
    const Args args(ctx.args, {"hazard", "samples", "seed", "level", "explain"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    store::Project project = store::Project::open(args.positional()[0]);
    const std::string hazard = args.value("hazard", "all_hazards");
    const std::string level = args.value("level", "district");
    const nlohmann::json modelJson = store::requireIndexModel(project, hazard);
    const analysis::IndexModel model =
        analysis::parseIndexModel(modelJson, project.path() + ":" + hazard);
    const auto records = store::latestValueRecords(project, level);
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (const auto& v : records) {
        rows.emplace_back(v.regionCode, v.indicatorId, v.value);
    }
    if (rows.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the project has no indicator values at level '{2}'"),
            {project.path(), level});
    }
    const analysis::ValueTable values = analysis::valueTableFromRows(rows);
    analysis::IndexResult result = analysis::computeIndex(model, values);
    int samples = 0;
    std::uint64_t seed = 1;
    if (args.has("samples")) {
        try {
            samples = std::stoi(args.value("samples"));
            seed = std::stoull(args.value("seed", "1"));
        } catch (const std::exception&) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw", "--samples and --seed must be whole numbers"), {}}};
        }
        if (samples < 1 || samples > 1000000) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw", "--samples must be between 1 and 1000000"), {}}};
        }
        analysis::addUncertainty(model, values, {samples, seed, 2}, result);
    }
    nlohmann::json out = analysis::toJson(result);
    std::map<std::string, store::Region> names;
    for (const auto& r : store::regionsAt(project, level)) {
        names[r.code] = r;
    }
    const auto synthetic = syntheticInputs(model, records);
    std::vector<std::string> syntheticUsed;  // over all regions, in the model's order
    for (const auto& ind : model.indicators) {
        for (const auto& [region, ids] : synthetic) {
            if (std::find(ids.begin(), ids.end(), ind.id) != ids.end()) {
                syntheticUsed.push_back(ind.id);
                break;
            }
        }
    }
    for (auto& r : out.at("regions")) {
        const std::string id = r.at("id").get<std::string>();
        const auto it = names.find(id);
        if (it != names.end()) {
            r["name"] = it->second.name;
            r["name_de"] = it->second.nameDe;
            r["name_cs"] = it->second.nameCs;
            r["country"] = it->second.country;
        }
        const auto flags = synthetic.find(id);
        r["synthetic_indicators"] =
            flags != synthetic.end() ? flags->second : std::vector<std::string>();
    }
    out["synthetic_inputs"] = !syntheticUsed.empty();
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& [region, indicator, value] : rows) {
        inputs.push_back({region, indicator, value});
    }
    project.write([&] {
        out["run_id"] = store::recordIndexRun(project, hazard, modelJson.dump(), inputs.dump(),
                                              samples, seed, out.dump());
    });
    if (args.has("explain")) {
        out["explanation"] =
            analysis::toJson(analysis::explainScore(model, values, args.value("explain")));
        const auto flags = synthetic.find(args.value("explain"));
        for (auto& g : out["explanation"].at("groups")) {
            for (auto& i : g.at("indicators")) {
                const std::string id = i.at("id").get<std::string>();
                i["synthetic"] = flags != synthetic.end() &&
                                 std::find(flags->second.begin(), flags->second.end(), id) !=
                                     flags->second.end();
            }
        }
    }
    out["model"] = hazard;
    out["level"] = level;
    if (args.flag("json")) {
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    for (const auto& r : out.at("regions")) {
        std::cout << r.at("rank") << '\t' << r.at("id").get<std::string>() << '\t'
                  << r.value(r.value("country", "") == "CZ" ? "name_cs" : "name_de", std::string())
                  << '\t' << fixed2(r.at("score"));
        if (r.contains("rank_interval")) {
            std::cout << "\t[" << r.at("rank_interval")[0] << ", " << r.at("rank_interval")[1]
                      << "]";
        }
        std::cout << (r.at("synthetic_indicators").empty() ? "" : " *") << '\n';
    }
    if (!syntheticUsed.empty()) {
        std::string list;
        for (const auto& id : syntheticUsed) {
            list += (list.empty() ? "" : ", ") + id;
        }
        std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                                  "* the score uses synthetic demo values (not "
                                                  "real data) for: {1}"),
                                {list})
                  << '\n';
    }
    if (out.contains("explanation")) {
        const auto& e = out.at("explanation");
        std::cout << '\n'
                  << e.at("region").get<std::string>() << " = " << fixed2(e.at("score")) << '\n';
        for (const auto& g : e.at("groups")) {
            std::cout << "  " << g.at("id").get<std::string>() << '\t'
                      << fixed2(g.at("contribution")) << '\n';
            for (const auto& i : g.at("indicators")) {
                std::cout << "    " << i.at("id").get<std::string>() << '\t'
                          << fixed2(i.at("contribution"))
                          << (i.at("synthetic").get<bool>() ? " *" : "") << '\n';
            }
        }
    }
    return 0;
}

}  // namespace rrw::cli
