// rrw-cli matrix: the CLI contract of the BBK scenario risk matrix.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

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

}  // namespace rrw::test
