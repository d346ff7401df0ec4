// rrw-cli matrix: the CLI contract of the BBK scenario risk matrix.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <tuple>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

const std::string kScenarios =
    std::string(RRW_DATA_DIR_FOR_TESTS) + "/indicators/bbk_scenarios.json";

}  // namespace

TEST(MatrixCli, PrintsTheBundledScenariosAsText) {
    const CliResult r = runCli({"matrix", "--scenarios", kScenarios});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(std::ifstream(kScenarios));
    for (const auto& s : doc.at("scenarios")) {
        EXPECT_NE(r.out.find(s.at("id").get<std::string>()), std::string::npos)
            << s.at("id") << "\n"
            << r.out;
    }
    EXPECT_NE(r.out.find(" E "), std::string::npos);
}

TEST(MatrixCli, JsonParsesAndPlacesEveryScenarioOnce) {
    const CliResult r = runCli({"matrix", "--scenarios", kScenarios, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    const auto& cells = json.at("matrix").at("cells");
    EXPECT_EQ(cells.size(), 25u);
    std::size_t placed = 0;
    for (const auto& cell : cells) {
        placed += cell.at("scenarios").size();
    }
    EXPECT_EQ(placed, json.at("scenarios").size());
    const CliResult max =
        runCli({"matrix", "--scenarios", kScenarios, "--aggregation", "max", "--json"});
    ASSERT_EQ(max.exitCode, 0) << max.err;
    EXPECT_EQ(nlohmann::json::parse(max.out).at("matrix").at("aggregation"), "max");
}

TEST(MatrixCli, ABadFileFailsWithOneLineNamingIt) {
    ScratchDir dir;
    const std::string path = dir.path("bad_scenarios.json");
    std::ofstream(path) << R"({"scenarios": [{"id": "x1", "name_de": "X", "name_cs": "X",
      "name_en": "X", "likelihood": "Q", "extent": {}}]})";
    const CliResult r = runCli({"matrix", "--scenarios", path});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find("bad_scenarios.json"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

    const CliResult missing = runCli({"matrix", "--scenarios", dir.path("none.json")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_NE(missing.err.find("none.json"), std::string::npos) << missing.err;
}

TEST(MatrixCli, TheProjectHoldsTheBundledScenarios) {
    ScratchDir dir;
    const std::string project = dir.path("region.gpkg");
    copyBundledProject(project);
    const CliResult fromFile = runCli({"matrix", "--scenarios", kScenarios, "--json"});
    const CliResult stored = runCli({"matrix", project, "--json"});
    ASSERT_EQ(stored.exitCode, 0) << stored.err;
    const auto a = nlohmann::json::parse(fromFile.out);
    const auto b = nlohmann::json::parse(stored.out);
    // The same placements (the project lists scenarios by id, the file in its own order).
    auto sortedCells = [](nlohmann::json matrix) {
        for (auto& cell : matrix.at("cells")) {
            std::sort(cell.at("scenarios").begin(), cell.at("scenarios").end());
        }
        return matrix;
    };
    EXPECT_EQ(sortedCells(a.at("matrix")), sortedCells(b.at("matrix")));
    ASSERT_EQ(a.at("scenarios").size(), b.at("scenarios").size());
    const auto doc = nlohmann::json::parse(std::ifstream(kScenarios));
    for (const auto& s : b.at("scenarios")) {
        EXPECT_FALSE(s.at("rationale_de").get<std::string>().empty()) << s.at("id");
        EXPECT_FALSE(s.at("updated_at").get<std::string>().empty()) << s.at("id");
    }
    const CliResult text = runCli({"matrix", project});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    for (const auto& s : doc.at("scenarios")) {
        EXPECT_NE(text.out.find(s.at("id").get<std::string>()), std::string::npos);
    }
}

TEST(MatrixCli, SetChangesOneStoredScenario) {
    ScratchDir dir;
    const std::string project = dir.path("region.gpkg");
    copyBundledProject(project);
    const CliResult set =
        runCli({"matrix", project, "--set", "pandemic", "--likelihood", "d", "--extent",
                "people=5, supply=4", "--assessment", "Workshop Cheb, 12. 5. 2026", "--json"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_EQ(nlohmann::json::parse(set.out).at("updated"), "pandemic");
    const auto after = nlohmann::json::parse(runCli({"matrix", project, "--json"}).out);
    const auto& list = after.at("scenarios");
    const auto it = std::find_if(list.begin(), list.end(),
                                 [](const auto& s) { return s.at("id") == "pandemic"; });
    ASSERT_NE(it, list.end());
    EXPECT_EQ(it->at("likelihood"), "D");
    EXPECT_EQ(it->at("parameters").at("people"), 5);
    EXPECT_EQ(it->at("parameters").at("supply"), 4);
    EXPECT_EQ(it->at("parameters").at("economy"), 4);  // unchanged
    EXPECT_EQ(it->at("assessment"), "Workshop Cheb, 12. 5. 2026");
    // 5+1+4+4+3 = 17 / 5 = 3.4 -> 3; D (4) x 3 = 12: high
    EXPECT_EQ(it->at("extent_class"), 3);
    EXPECT_EQ(it->at("level"), "high");

    for (const auto& [args, code, mention] :
         std::vector<std::tuple<std::vector<std::string>, int, std::string>>{
             {{"matrix", project, "--set", "nope", "--likelihood", "A"}, 1, "nope"},
             {{"matrix", project, "--set", "pandemic", "--likelihood", "F"}, 2, "'F'"},
             {{"matrix", project, "--set", "pandemic", "--extent", "people=7"}, 2, "people"},
             {{"matrix", project, "--set", "pandemic", "--extent", "weather=2"}, 2, "weather"},
             {{"matrix", project, "--set", "pandemic"}, 2, "--likelihood"},
             {{"matrix", project, "--likelihood", "A"}, 2, "--set"},
             {{"matrix", project, "--scenarios", kScenarios}, 2, "PROJECT.gpkg"},
             {{"matrix", "--scenarios", kScenarios, "--set", "pandemic", "--likelihood", "A"},
              2,
              "--set"},
             {{"matrix"}, 2, "--scenarios"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, code) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
    }
    // The failed edits changed nothing.
    EXPECT_EQ(nlohmann::json::parse(runCli({"matrix", project, "--json"}).out).at("scenarios"),
              list);
}

}  // namespace rrw::test
