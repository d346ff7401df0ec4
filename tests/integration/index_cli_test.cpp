// rrw-cli index: the CLI contract of the composite index, on a hand-computed case.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

void write(const std::string& path, const std::string& text) {
    std::ofstream(path) << text;
}

const char* const kValues = R"(region,indicator,value,source
A,unemployment,5,test
B,unemployment,10,test
C,unemployment,15,test
A,gdp,30,test
B,gdp,20,test
C,gdp,10,test
)";

// unemployment (worse when higher), minmax onto 0..10: A 0, B 5, C 10.
// gdp (better when higher) is flipped: A 0, B 5, C 10. Equal weights, arithmetic: the same.
const char* const kModel = R"({
  "indicators": [
    {"id": "unemployment", "direction": "higher_is_worse", "normalisation": "minmax", "weight": 1},
    {"id": "gdp", "direction": "higher_is_better", "normalisation": "minmax", "weight": 1}],
  "groups": [{"id": "economy", "members": ["unemployment", "gdp"], "aggregation": "arithmetic", "weight": 1}],
  "top": {"members": ["economy"], "aggregation": "arithmetic"},
  "scale": [0, 10],
  "missing": "exclude"
})";

}  // namespace

TEST(IndexCli, ReproducesTheHandComputedIndex) {
    ScratchDir dir;
    write(dir.path("values.csv"), kValues);
    write(dir.path("model.json"), kModel);
    const CliResult r = runCli(
        {"index", "--values", dir.path("values.csv"), "--model", dir.path("model.json"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto regions = nlohmann::json::parse(r.out).at("regions");
    ASSERT_EQ(regions.size(), 3u);
    EXPECT_EQ(regions[0].at("id"), "C");
    EXPECT_EQ(regions[0].at("rank"), 1);
    EXPECT_NEAR(regions[0].at("score").get<double>(), 10.0, 1e-9);
    EXPECT_EQ(regions[1].at("id"), "B");
    EXPECT_NEAR(regions[1].at("score").get<double>(), 5.0, 1e-9);
    EXPECT_NEAR(regions[1].at("groups").at("economy").get<double>(), 5.0, 1e-9);
    EXPECT_EQ(regions[2].at("id"), "A");
    EXPECT_EQ(regions[2].at("rank"), 3);
    EXPECT_FALSE(regions[0].contains("rank_interval"));
}

TEST(IndexCli, MonteCarloGivesRankIntervals) {
    ScratchDir dir;
    write(dir.path("values.csv"), kValues);
    write(dir.path("model.json"), kModel);
    const std::vector<std::string> args = {"index",
                                           "--values",
                                           dir.path("values.csv"),
                                           "--model",
                                           dir.path("model.json"),
                                           "--samples",
                                           "500",
                                           "--seed",
                                           "7",
                                           "--json"};
    const CliResult a = runCli(args);
    const CliResult b = runCli(args);
    ASSERT_EQ(a.exitCode, 0) << a.err;
    EXPECT_EQ(a.out, b.out) << "the same seed gives the same result";
    const auto regions = nlohmann::json::parse(a.out).at("regions");
    for (const auto& region : regions) {
        ASSERT_TRUE(region.contains("rank_interval")) << region.dump();
        const auto interval = region.at("rank_interval");
        EXPECT_LE(interval[0].get<int>(), region.at("rank").get<int>());
        EXPECT_GE(interval[1].get<int>(), region.at("rank").get<int>());
    }
    EXPECT_EQ(regions[0].at("rank_interval"),
              nlohmann::json::array({1, 1}));  // all indicators agree
}

TEST(IndexCli, BadInputsFailWithOneLineNamingTheFile) {
    ScratchDir dir;
    write(dir.path("values.csv"), kValues);
    write(dir.path("model.json"), kModel);
    write(dir.path("bad_model.json"), R"({"indicators": [{"id": "x", "direction": "sideways"}]})");
    write(dir.path("bad_values.csv"), "region,indicator,value\nA,gdp,lots\n");
    write(dir.path("no_value_column.csv"), "region,indicator\nA,gdp\n");
    for (const auto& [values, model, names] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"values.csv", "bad_model.json", "bad_model.json"},
             {"bad_values.csv", "model.json", "bad_values.csv"},
             {"no_value_column.csv", "model.json", "no_value_column.csv"},
             {"values.csv", "missing.json", "missing.json"}}) {
        const CliResult r =
            runCli({"index", "--values", dir.path(values), "--model", dir.path(model)});
        EXPECT_NE(r.exitCode, 0) << names;
        EXPECT_NE(r.err.find(names), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

}  // namespace rrw::test
