// rrw-cli swot suggest: SWOT proposals from the project's indicators — each Kreis and okres
// against the cross-border mean of all districts (docs/methods/swot_suggestions.md).

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>
#include <vector>

#include "analysis/risk/index_model.h"
#include "analysis/swot/suggestions.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "store/indicator_repository.h"
#include "store/region_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli swot suggest PROJECT.gpkg [--region CODE] [--threshold T] [--json]

Proposes strengths (S) and weaknesses (W) for every Kreis and okres from the latest value of
each of the project's indicators: a value at least T standard deviations better than the
cross-border mean of all districts with a value is a strength, at least T worse a weakness.
Indicators with fewer than 3 values or no spread give no proposals. The proposals are
suggestions to accept or reject, not findings. Texts are given in German and Czech.

  --region CODE  only the proposals for this region (e.g. CZ0413)
  --threshold T  standard deviations from the mean (default 1)
  --json         machine-readable result)");

int suggest(const std::vector<std::string>& argv) {
    const Args args(argv, {"region", "threshold"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    double threshold = 1.0;
    if (args.has("threshold")) {
        const std::string text = args.value("threshold");
        std::size_t used = 0;
        try {
            threshold = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != text.size() || !(threshold > 0.0) || !std::isfinite(threshold)) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw", "--threshold must be a positive number, not '{1}'"),
                 {text}}};
        }
    }
    const store::Project project = store::Project::open(args.positional()[0]);
    const std::string level = "district";
    // Synthetic demo values (docs/INDICATORS.md) are no evidence of a strength or weakness.
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (const auto& v : store::latestValueRecords(project, level)) {
        if (!v.synthetic) {
            rows.emplace_back(v.regionCode, v.indicatorId, v.value);
        }
    }
    if (rows.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the project has no indicator values at level '{2}'"),
            {project.path(), level});
    }
    const analysis::ValueTable table = analysis::valueTableFromRows(rows);
    const std::string region = args.value("region");
    if (args.has("region") &&
        std::find(table.regions.begin(), table.regions.end(), region) == table.regions.end()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "no values for the region '{1}'"), {region});
    }
    std::vector<analysis::IndicatorInfo> infos;
    for (const auto& ind : store::listIndicators(project)) {
        infos.push_back(
            {ind.id, ind.direction == "higher_is_better", ind.nameDe, ind.nameCs, ind.unit});
    }
    std::map<std::string, std::string> names;
    for (const auto& r : store::regionsAt(project, level)) {
        names[r.code] =
            r.country == "CZ" ? r.nameCs : r.nameDe;  // the name in the country's language
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : analysis::suggestSwot(table, infos, threshold)) {
        if (args.has("region") && s.region != region) {
            continue;
        }
        nlohmann::json j = {{"region", s.region},       {"category", std::string(1, s.category)},
                            {"indicator", s.indicator}, {"value", s.value},
                            {"reference", s.reference}, {"z", s.zScore},
                            {"text_de", s.textDe},      {"text_cs", s.textCs}};
        if (const auto it = names.find(s.region); it != names.end()) {
            j["region_name"] = it->second;
        }
        list.push_back(std::move(j));
    }
    if (args.flag("json")) {
        const nlohmann::json out = {{"suggestions", list},
                                    {"reference", "mean of all districts with a value"},
                                    {"threshold", threshold},
                                    {"level", level}};
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    for (const auto& s : list) {
        std::cout << s.at("region").get<std::string>() << '\t'
                  << s.value("region_name", std::string()) << '\t'
                  << s.at("category").get<std::string>() << '\t'
                  << s.at("indicator").get<std::string>() << '\t'
                  << s.at("text_de").get<std::string>() << '\t'
                  << s.at("text_cs").get<std::string>() << '\n';
    }
    return 0;
}

}  // namespace

int runSwot(const CommandContext& ctx) {
    if (!ctx.args.empty() && (ctx.args[0] == "--help" || ctx.args[0] == "-h")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (ctx.args.empty()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected a subcommand: suggest"), {}}};
    }
    if (ctx.args[0] == "suggest") {
        return suggest(std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()));
    }
    throw UsageError{
        {QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: suggest)"), {ctx.args[0]}}};
}

}  // namespace rrw::cli
