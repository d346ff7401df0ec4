// rrw-cli swot: the SWOT register of a project. This file: the subcommand dispatch and the
// suggestions from indicators (suggest, accept, reject) — each Kreis and okres against the
// cross-border mean of all districts (docs/methods/swot_suggestions.md). The register
// commands (list, add, move, delete) are in cmd_swot_items.cpp.

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "analysis/risk/index_model.h"
#include "analysis/swot/suggestions.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/planning_format.h"
#include "cli/swot_items.h"
#include "cli/translate.h"
#include "store/region_repository.h"
#include "store/swot_proposals.h"
#include "store/swot_suggestion_repository.h"

namespace rrw::cli {

namespace {

const char* const kOverview =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli swot <subcommand> PROJECT.gpkg [options]

The SWOT register of a project: strengths (S), weaknesses (W), opportunities (O) and threats
(T) per region or for the whole cross-border area, in German and Czech.

subcommands:
  suggest   propose strengths and weaknesses from the project's indicators
  accept    store a proposal as a SWOT item (with the indicator as evidence)
  reject    reject a proposal (it is not proposed again)
  list      list the SWOT items
  add       add a SWOT item
  move      move an item to another category or position
  delete    delete an item with its evidence

'rrw-cli swot <subcommand> --help' describes a subcommand.)");

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

const char* const kDecideHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli swot accept|reject PROJECT.gpkg --region CODE --indicator ID [--threshold T] [--author NAME] [--json]

Decides on one proposal of 'rrw-cli swot suggest' (the same rule and threshold). accept stores
it as a SWOT item (origin "suggestion", importance 3, the German and Czech text) with the
indicator, its value, the cross-border mean and z as evidence; reject records the rejection.
Either way the proposal is not proposed again.

  --region CODE    the region of the proposal (e.g. CZ0413)
  --indicator ID   the indicator of the proposal (e.g. unemployment_rate)
  --threshold T    standard deviations from the mean (default 1)
  --author NAME    who decided
  --json           machine-readable result)");

double parseThreshold(const Args& args) {
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
    return threshold;
}

int suggest(const std::vector<std::string>& argv) {
    const Args args(argv, {"region", "threshold"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    const double threshold = parseThreshold(args);
    const store::Project project = store::Project::open(args.positional()[0]);
    analysis::ValueTable table;
    const auto suggestions = store::projectSwotSuggestions(project, threshold, &table);
    const std::string region = args.value("region");
    if (args.has("region") &&
        std::find(table.regions.begin(), table.regions.end(), region) == table.regions.end()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "no values for the region '{1}'"), {region});
    }
    const auto open = store::undecidedSwotSuggestions(project, suggestions);
    std::map<std::string, std::string> names;
    for (const auto& r : store::regionsAt(project, store::kSwotSuggestionLevel)) {
        names[r.code] =
            r.country == "CZ" ? r.nameCs : r.nameDe;  // the name in the country's language
    }
    nlohmann::json list = nlohmann::json::array();
    const auto inRegion = [&](const analysis::SwotSuggestion& s) {
        return !args.has("region") || s.region == region;
    };
    // Accepted or rejected before: not proposed again, only counted.
    const auto skipped =
        static_cast<std::size_t>(std::count_if(suggestions.begin(), suggestions.end(), inRegion) -
                                 std::count_if(open.begin(), open.end(), inRegion));
    for (const auto& s : open) {
        if (!inRegion(s)) {
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
                                    {"level", store::kSwotSuggestionLevel},
                                    {"decided_skipped", skipped}};
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

int decide(const std::vector<std::string>& argv, bool accept) {
    const Args args(argv, {"region", "indicator", "threshold", "author"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kDecideHelp) << '\n';
        return 0;
    }
    expectPositionals(args.positional(), false);
    for (const char* required : {"region", "indicator"}) {
        if (!args.has(required)) {
            throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--{1} is required"), {required}}};
        }
    }
    const double threshold = parseThreshold(args);
    store::Project project = store::Project::open(args.positional()[0]);
    const auto suggestions = store::projectSwotSuggestions(project, threshold);
    const std::string region = args.value("region");
    const std::string indicator = args.value("indicator");
    const auto it = std::find_if(suggestions.begin(), suggestions.end(), [&](const auto& s) {
        return s.region == region && s.indicator == indicator;
    });
    if (it == suggestions.end()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: there is no suggestion for the region '{2}' and "
                                          "the indicator '{3}' at threshold {4} (see rrw-cli swot "
                                          "suggest)"),
                        {project.path(), region, indicator, formatNumber(threshold)});
    }
    const std::string author = args.value("author");
    if (accept) {
        store::SwotItem item;
        project.write([&] { item = store::acceptSwotSuggestion(project, *it, author); });
        if (args.flag("json")) {
            std::cout << nlohmann::json{{"item", swotItemJson(item, regionNames(project))}}.dump(2)
                      << '\n';
            return 0;
        }
        std::cout << translated(
                         QT_TRANSLATE_NOOP("rrw",
                                           "Accepted: {1} for {2} / {3} is now SWOT item {4}."),
                         {std::string(1, it->category), region, indicator, std::to_string(item.id)})
                  << '\n';
        return 0;
    }
    store::SuggestionDecision decision;
    project.write([&] { decision = store::rejectSwotSuggestion(project, *it, author); });
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"decision",
                                     {{"region", region},
                                      {"indicator", indicator},
                                      {"category", std::string(1, it->category)},
                                      {"decision", decision.decision},
                                      {"decided_at", decision.decidedAt}}}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(QT_TRANSLATE_NOOP(
                                "rrw", "Rejected: {1} for {2} / {3} will not be proposed again."),
                            {std::string(1, it->category), region, indicator})
              << '\n';
    return 0;
}

}  // namespace

int runSwot(const CommandContext& ctx) {
    if (!ctx.args.empty() && (ctx.args[0] == "--help" || ctx.args[0] == "-h")) {
        std::cout << translated(kOverview) << '\n';
        return 0;
    }
    if (ctx.args.empty()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "expected a subcommand: suggest, accept, reject, list, "
                                            "add, move, delete"),
                          {}}};
    }
    const std::vector<std::string> rest(ctx.args.begin() + 1, ctx.args.end());
    const std::string& sub = ctx.args[0];
    if (sub == "suggest") {
        return suggest(rest);
    }
    if (sub == "accept" || sub == "reject") {
        return decide(rest, sub == "accept");
    }
    if (sub == "list") {
        return swotList(rest);
    }
    if (sub == "add") {
        return swotAdd(rest);
    }
    if (sub == "move") {
        return swotMove(rest);
    }
    if (sub == "delete") {
        return swotDelete(rest);
    }
    throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                        "unknown subcommand '{1}' (known: suggest, accept, reject, "
                                        "list, add, move, delete)"),
                      {sub}}};
}

}  // namespace rrw::cli
