// rrw-cli matrix: the BBK scenario risk matrix (docs/methods/bbk_matrix.md).

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "analysis/risk/bbk_matrix.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/json_file.h"
#include "cli/translate.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Places scenarios in the 5x5 risk matrix of the BBK method (BBK 2010): likelihood class A-E
(A = very unlikely ... E = very likely) against the extent class 1-5, aggregated from the damage
parameters people, environment, economy, supply and immaterial. Risk level by likelihood index
(A=1..E=5) x extent: up to 4 low, 5-9 medium, 10-15 high, 16 and more very high.

  --scenarios FILE   the scenarios (JSON; see data/indicators/bbk_scenarios.json)
  --aggregation A    mean (default: equal-weight mean, rounded half up) or max
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

}  // namespace

int runMatrix(const CommandContext& ctx) {
    const Args args(ctx.args, {"scenarios", "aggregation"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (!args.has("scenarios")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--scenarios is required"), {}}};
    }
    const std::string aggregationText = args.value("aggregation", "mean");
    if (aggregationText != "mean" && aggregationText != "max") {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--aggregation must be mean or max"), {}}};
    }
    const std::string path = args.value("scenarios");
    const nlohmann::json doc = readJsonFile(path);
    const auto scenarios = analysis::parseBbkScenarios(doc, path);
    const nlohmann::json json =
        analysis::matrixJson(scenarios, {},
                             aggregationText == "max" ? analysis::ExtentAggregation::Max
                                                      : analysis::ExtentAggregation::Mean);
    if (args.flag("json")) {
        std::cout << json.dump(2) << '\n';
        return 0;
    }
    printMatrix(json);
    return 0;
}

}  // namespace rrw::cli
