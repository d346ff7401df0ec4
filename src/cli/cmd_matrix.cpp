// rrw-cli matrix: the BBK scenario risk matrix of a project's stored scenarios or of a file;
// --set changes a stored scenario (docs/methods/bbk_matrix.md).

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "analysis/risk/bbk_matrix.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/planning_format.h"
#include "cli/translate.h"
#include "core/json_file.h"
#include "store/bbk_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli matrix PROJECT.gpkg [--aggregation mean|max] [--json]
       rrw-cli matrix PROJECT.gpkg --set ID [--likelihood A-E] [--extent P=C,...] [--assessment TEXT] [--json]
       rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Places scenarios in the 5x5 risk matrix of the BBK method (BBK 2010): likelihood class A-E
(A = very unlikely ... E = very likely) against the extent class 1-5, aggregated from the damage
parameters people, environment, economy, supply and immaterial. Risk level by likelihood index
(A=1..E=5) x extent: up to 4 low, 5-9 medium, 10-15 high, 16 and more very high.

The scenarios are the project's (a new project holds the programme's scenarios as workshop
estimates) or those of a JSON file. --set changes one stored scenario and shows the matrix.

  --scenarios FILE   the scenarios of a file (JSON; see data/indicators/bbk_scenarios.json)
  --aggregation A    mean (default: equal-weight mean, rounded half up) or max
  --set ID           the stored scenario to change
  --likelihood L     its new likelihood class, A to E
  --extent P=C,...   new extent classes 1-5 of parameters, e.g. people=3,economy=4
  --assessment TEXT  how the classes were decided (e.g. workshop of 12 May 2026)
  --json             machine-readable result)");

const char* levelTag(const std::string& level) {
    if (level == "low") {
        return "L";
    }
    if (level == "medium") {
        return "M";
    }
    if (level == "high") {
        return "H";
    }
    return "VH";
}

/// Rows E..A, columns 1..5; each cell "level: ids".
void printMatrix(const nlohmann::json& json) {
    std::map<std::pair<std::string, int>, std::string> text;
    std::map<int, std::size_t> width;
    for (const auto& cell : json.at("matrix").at("cells")) {
        std::string ids;
        for (const auto& id : cell.at("scenarios")) {
            ids += (ids.empty() ? "" : ",") + id.get<std::string>();
        }
        std::string content = std::string(levelTag(cell.at("level").get<std::string>())) +
                              (ids.empty() ? "" : ": " + ids);
        const int column = cell.at("extent").get<int>();
        width[column] = std::max(width[column], content.size());
        text[{cell.at("likelihood").get<std::string>(), cell.at("extent").get<int>()}] =
            std::move(content);
    }
    auto pad = [&](const std::string& s, int e) {
        return s + std::string(width[e] - s.size(), ' ');
    };
    std::cout << "   ";
    for (int e = 1; e <= 5; ++e) {
        std::cout << " | " << pad(std::to_string(e), e);
    }
    std::cout << '\n';
    for (const char* l : {"E", "D", "C", "B", "A"}) {
        std::cout << ' ' << l << ' ';
        for (int e = 1; e <= 5; ++e) {
            std::cout << " | " << pad(text[{l, e}], e);
        }
        std::cout << '\n';
    }
    std::cout << '\n';
    for (const auto& s : json.at("scenarios")) {
        std::cout << s.at("id").get<std::string>() << '\t' << s.at("likelihood").get<std::string>()
                  << '\t' << s.at("extent_class") << '\t' << s.at("level").get<std::string>()
                  << '\t' << s.at("names").at("en").get<std::string>() << '\n';
    }
}

/// "people=3,economy=4" -> {people: 3, economy: 4}; UsageError naming a bad part.
std::map<std::string, int> parseExtent(const std::string& text) {
    std::map<std::string, int> out;
    for (const auto& part : splitList(text)) {
        const auto eq = part.find('=');
        const std::string name = part.substr(0, eq);
        const std::string value = eq == std::string::npos ? "" : part.substr(eq + 1);
        const bool known =
            std::any_of(analysis::kBbkParameters.begin(), analysis::kBbkParameters.end(),
                        [&](const char* p) { return name == p; });
        if (!known) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw",
                                   "--extent: unknown damage parameter '{1}' (known: "
                                   "people, environment, economy, supply, immaterial)"),
                 {name}}};
        }
        if (value.size() != 1 || value[0] < '1' || value[0] > '5') {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw",
                                   "--extent: the class of {1} must be a whole number from 1 "
                                   "to 5, not '{2}'"),
                 {name, value}}};
        }
        out[name] = value[0] - '0';
    }
    if (out.empty()) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--extent needs PARAMETER=CLASS, e.g. people=3"), {}}};
    }
    return out;
}

/// Applies --likelihood, --extent and --assessment to stored scenario --set (one transaction).
void setScenario(store::Project& project, const Args& args) {
    const std::string id = args.value("set");
    if (!args.has("likelihood") && !args.has("extent") && !args.has("assessment")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "--set needs at least one of --likelihood, --extent, "
                                            "--assessment"),
                          {}}};
    }
    std::optional<analysis::Likelihood> likelihood;
    if (args.has("likelihood")) {
        const std::string letter = args.value("likelihood");
        if (letter.size() != 1 || std::toupper(static_cast<unsigned char>(letter[0])) < 'A' ||
            std::toupper(static_cast<unsigned char>(letter[0])) > 'E') {
            throw UsageError{{QT_TRANSLATE_NOOP("rrw", "{1} must be one of {2}, not '{3}'"),
                              {"--likelihood", "A, B, C, D, E", letter}}};
        }
        likelihood = static_cast<analysis::Likelihood>(
            std::toupper(static_cast<unsigned char>(letter[0])) - 'A');
    }
    const auto extent =
        args.has("extent") ? parseExtent(args.value("extent")) : std::map<std::string, int>{};
    project.write([&] {
        auto stored = store::getBbkScenario(project, id);
        if (!stored) {
            std::string known;
            for (const auto& s : store::listBbkScenarios(project)) {
                known += (known.empty() ? "" : ", ") + s.scenario.id;
            }
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: there is no BBK scenario '{2}' (the project has: {3})"),
                {project.path(), id, known.empty() ? "-" : known});
        }
        if (likelihood) {
            stored->scenario.likelihood = *likelihood;
        }
        for (const auto& [parameter, cls] : extent) {
            stored->scenario.extent[parameter] = cls;
        }
        if (args.has("assessment")) {
            stored->scenario.source = args.value("assessment");
        }
        store::saveBbkScenario(project, *stored);
    });
}

}  // namespace

int runMatrix(const CommandContext& ctx) {
    const Args args(ctx.args,
                    {"scenarios", "aggregation", "set", "likelihood", "extent", "assessment"},
                    {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    const bool fromFile = args.has("scenarios");
    if (fromFile == (args.positional().size() == 1) || args.positional().size() > 1) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "give either PROJECT.gpkg or --scenarios FILE.json"), {}}};
    }
    if (!args.has("set") &&
        (args.has("likelihood") || args.has("extent") || args.has("assessment"))) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--likelihood, --extent and --assessment need --set ID"),
             {}}};
    }
    if (fromFile && args.has("set")) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--set changes a project's scenarios: give PROJECT.gpkg"),
             {}}};
    }
    const std::string aggregationText = args.value("aggregation", "mean");
    if (aggregationText != "mean" && aggregationText != "max") {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--aggregation must be mean or max"), {}}};
    }
    const auto aggregation = aggregationText == "max" ? analysis::ExtentAggregation::Max
                                                      : analysis::ExtentAggregation::Mean;
    nlohmann::json json;
    if (fromFile) {
        const std::string path = args.value("scenarios");
        const nlohmann::json doc = readJsonFile(path);
        json = analysis::matrixJson(analysis::parseBbkScenarios(doc, path), {}, aggregation);
    } else {
        store::Project project = store::Project::open(args.positional()[0]);
        if (args.has("set")) {
            setScenario(project, args);
        }
        const auto stored = store::listBbkScenarios(project);
        if (stored.empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project has no BBK scenarios"),
                            {project.path()});
        }
        std::vector<analysis::BbkScenario> scenarios;
        for (const auto& s : stored) {
            scenarios.push_back(s.scenario);
        }
        json = analysis::matrixJson(scenarios, {}, aggregation);
        // matrixJson lists the scenarios in input order: add what only the project stores.
        for (std::size_t i = 0; i < stored.size(); ++i) {
            json["scenarios"][i]["rationale_de"] = stored[i].rationaleDe;
            json["scenarios"][i]["updated_at"] = stored[i].updatedAt;
        }
        if (args.has("set")) {
            json["updated"] = args.value("set");
        }
    }
    if (args.flag("json")) {
        std::cout << json.dump(2) << '\n';
        return 0;
    }
    printMatrix(json);
    return 0;
}

}  // namespace rrw::cli
