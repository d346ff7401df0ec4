// Hand-computed composite indices, one row per case (docs/methods/composite_index.md).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/index_model.h"
#include "core/error.h"

namespace rrw::analysis {
namespace {

constexpr double kNA = std::numeric_limits<double>::quiet_NaN();
using Rows = std::vector<std::tuple<std::string, std::string, double>>;

struct Expected {
    double score;  // NaN = no score
    int rank;      // 0 = no rank
};

struct IndexCase {
    std::string name;
    std::string model;
    Rows rows;
    std::map<std::string, Expected> expected;
    std::vector<std::string> order;  // expected output order of the region ids
};

// A model with one arithmetic group "g" of the given indicators (JSON text) and members.
std::string oneGroup(const std::string& indicators, const std::string& members,
                     const std::string& aggregation = "arithmetic",
                     const std::string& missing = "exclude") {
    return R"({"indicators": [)" + indicators + R"(], "groups": [{"id": "g", "members": [)" +
           members + R"(], "aggregation": ")" + aggregation +
           R"(", "weight": 1}], "top": {"members": ["g"], "aggregation": "arithmetic"},
           "scale": [0, 10], "missing": ")" +
           missing + R"("})";
}

const std::string kA = R"({"id": "a", "direction": "higher_is_worse", "normalisation": "minmax"})";
const std::string kB = R"({"id": "b", "direction": "higher_is_worse", "normalisation": "minmax"})";

const std::vector<IndexCase> kCases = {
    // a: 0, 5, 10 → 0, 5, 10; b: 2, 4, 3 → 0, 10, 5 (min 2, max 4).
    // Weights 3 and 1: R1 = 0; R2 = (3·5 + 10)/4 = 6.25; R3 = (3·10 + 5)/4 = 8.75.
    {"minmax_arithmetic_weighted",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "minmax",
                  "weight": 3},
                 {"id": "b", "direction": "higher_is_worse", "normalisation": "minmax",
                  "weight": 1})",
              R"("a", "b")"),
     {{"R1", "a", 0},
      {"R1", "b", 2},
      {"R2", "a", 5},
      {"R2", "b", 4},
      {"R3", "a", 10},
      {"R3", "b", 3}},
     {{"R1", {0.0, 3}}, {"R2", {6.25, 2}}, {"R3", {8.75, 1}}},
     {"R3", "R2", "R1"}},
    // b higher_is_better: 2, 4, 3 → 10, 0, 5. a: 0, 5, 10.
    // R1 = (0 + 10)/2 = 5; R2 = (5 + 0)/2 = 2.5; R3 = (10 + 5)/2 = 7.5.
    {"higher_is_better_flips",
     oneGroup(kA + R"(, {"id": "b", "direction": "higher_is_better", "normalisation": "minmax"})",
              R"("a", "b")"),
     {{"R1", "a", 0},
      {"R1", "b", 2},
      {"R2", "a", 5},
      {"R2", "b", 4},
      {"R3", "a", 10},
      {"R3", "b", 3}},
     {{"R1", {5.0, 2}}, {"R2", {2.5, 3}}, {"R3", {7.5, 1}}},
     {"R3", "R1", "R2"}},
    // Goalposts [0, 100]: −20 → clamp 0 → 0; 25 → 2.5; 130 → clamp 100 → 10.
    {"goalposts_clamp",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "goalpost",
                  "goalposts": [0, 100]})",
              R"("a")"),
     {{"R1", "a", -20}, {"R2", "a", 25}, {"R3", "a", 130}},
     {{"R1", {0.0, 3}}, {"R2", {2.5, 2}}, {"R3", {10.0, 1}}},
     {"R3", "R2", "R1"}},
    // Goalposts with higher_is_better: 25 → 2.5 → flipped 7.5; 130 → 10 → 0.
    {"goalposts_higher_is_better",
     oneGroup(R"({"id": "a", "direction": "higher_is_better", "normalisation": "goalpost",
                  "goalposts": [0, 100]})",
              R"("a")"),
     {{"R1", "a", 25}, {"R2", "a", 130}},
     {{"R1", {7.5, 1}}, {"R2", {0.0, 2}}},
     {"R1", "R2"}},
    // Geometric, INFORM shift: a 0, 10, 5; b 10, 0, 5 (both already 0..10 after minmax).
    // R1 = exp(½ ln(0+1) + ½ ln(10+1)) − 1 = √11 − 1 = 2.3166247903554; the zero does not
    // zero the score. R2 the same; R3 = exp(ln 6) − 1 = 5. Ranks 1 (R3), 2, 2.
    {"geometric_with_zero",
     oneGroup(kA + ", " + kB, R"("a", "b")", "geometric"),
     {{"R1", "a", 0},
      {"R1", "b", 10},
      {"R2", "a", 10},
      {"R2", "b", 0},
      {"R3", "a", 5},
      {"R3", "b", 5}},
     {{"R1", {2.3166247903554, 2}}, {"R2", {2.3166247903554, 2}}, {"R3", {5.0, 1}}},
     {"R3", "R1", "R2"}},
    // Missing, exclude: a 0, 10, –, 5 → 0, 10, –, 5; b 0, 0, 10, 10 → 0, 0, 10, 10.
    // R1 = 0; R2 = 5; R3 = 10 (b alone); R4 = 7.5.
    {"missing_exclude",
     oneGroup(kA + ", " + kB, R"("a", "b")"),
     {{"R1", "a", 0},
      {"R1", "b", 0},
      {"R2", "a", 10},
      {"R2", "b", 0},
      {"R3", "b", 10},
      {"R4", "a", 5},
      {"R4", "b", 10}},
     {{"R1", {0.0, 4}}, {"R2", {5.0, 3}}, {"R3", {10.0, 1}}, {"R4", {7.5, 2}}},
     {"R3", "R4", "R2", "R1"}},
    // Missing, mean: R3's a = mean(0, 10, 5) = 5 → R3 = (5 + 10)/2 = 7.5, tied with R4.
    // Competition ranking: R3 1, R4 1, R2 3, R1 4.
    {"missing_mean",
     oneGroup(kA + ", " + kB, R"("a", "b")", "arithmetic", "mean"),
     {{"R1", "a", 0},
      {"R1", "b", 0},
      {"R2", "a", 10},
      {"R2", "b", 0},
      {"R3", "b", 10},
      {"R4", "a", 5},
      {"R4", "b", 10}},
     {{"R1", {0.0, 4}}, {"R2", {5.0, 3}}, {"R3", {7.5, 1}}, {"R4", {7.5, 1}}},
     {"R3", "R4", "R2", "R1"}},
    // Rank normalisation with ties: 5, 7, 7, 1 → ranks 2, 3.5, 3.5, 1 →
    // (rank − 1)/(4 − 1)·10 = 3.3333, 8.3333, 8.3333, 0. Index ranks 3, 1, 1, 4.
    {"rank_ties",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "rank"})", R"("a")"),
     {{"R1", "a", 5}, {"R2", "a", 7}, {"R3", "a", 7}, {"R4", "a", 1}},
     {{"R1", {10.0 / 3.0, 3}}, {"R2", {25.0 / 3.0, 1}}, {"R3", {25.0 / 3.0, 1}}, {"R4", {0.0, 4}}},
     {"R2", "R3", "R1", "R4"}},
    // z-scores (population sd), one min-max over the z-scores of all z-scored indicators:
    // a 1, 2, 3: mean 2, sd √(2/3) → z = −√1.5, 0, √1.5 (±1.2247449).
    // b 0, 0, 9: mean 3, sd √18 → z = −1/√2, −1/√2, √2 (−0.7071068, 1.4142136).
    // Pooled min −1.2247449, max 1.4142136, range 2.6389584.
    // a → 0, 4.6410162, 9.2820323; b → 1.9615242, 1.9615242, 10.
    // R1 = 0.98076211; R2 = 3.30127019; R3 = 9.64101615.
    {"zscore_pooled_minmax",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "zscore"},
                 {"id": "b", "direction": "higher_is_worse", "normalisation": "zscore"})",
              R"("a", "b")"),
     {{"R1", "a", 1},
      {"R1", "b", 0},
      {"R2", "a", 2},
      {"R2", "b", 0},
      {"R3", "a", 3},
      {"R3", "b", 9}},
     {{"R1", {0.9807621135331592, 3}},
      {"R2", {3.3012701892219316, 2}},
      {"R3", {9.641016151377546, 1}}},
     {"R3", "R2", "R1"}},
    // Groups g1 {a}, g2 {b}, exclude. a 10, 0, –, – → 10, 0; b –, 2, –, 4 → 0 (R2), 10 (R4).
    // R1: g2 has no member → only g1 → 10. R2 = (0 + 0)/2 = 0. R3: nothing → null.
    // R4: only g2 → 10. Ranks R1 1, R4 1, R2 3, R3 none (listed last).
    {"group_without_members",
     R"({"indicators": [)" + kA + ", " + kB + R"(],
         "groups": [{"id": "g1", "members": ["a"], "aggregation": "arithmetic", "weight": 1},
                    {"id": "g2", "members": ["b"], "aggregation": "arithmetic", "weight": 1}],
         "top": {"members": ["g1", "g2"], "aggregation": "arithmetic"},
         "scale": [0, 10], "missing": "exclude"})",
     {{"R1", "a", 10}, {"R2", "a", 0}, {"R2", "b", 2}, {"R3", "c", 1}, {"R4", "b", 4}},
     {{"R1", {10.0, 1}}, {"R2", {0.0, 3}}, {"R3", {kNA, 0}}, {"R4", {10.0, 1}}},
     {"R1", "R4", "R2", "R3"}},
};

class CompositeIndex : public testing::TestWithParam<IndexCase> {};

TEST_P(CompositeIndex, MatchesHandComputation) {
    const IndexCase& c = GetParam();
    const IndexModel model = parseIndexModel(nlohmann::json::parse(c.model), c.name);
    const IndexResult result = computeIndex(model, valueTableFromRows(c.rows));
    ASSERT_EQ(result.regions.size(), c.order.size());
    for (std::size_t i = 0; i < c.order.size(); ++i) {
        EXPECT_EQ(result.regions[i].id, c.order[i]) << "position " << i;
    }
    for (const auto& region : result.regions) {
        const Expected& want = c.expected.at(region.id);
        if (std::isnan(want.score)) {
            EXPECT_TRUE(std::isnan(region.score)) << region.id;
        } else {
            EXPECT_NEAR(region.score, want.score, 1e-9) << region.id;
        }
        EXPECT_EQ(region.rank, want.rank) << region.id;
    }
}

INSTANTIATE_TEST_SUITE_P(HandComputed, CompositeIndex, testing::ValuesIn(kCases),
                         [](const auto& p) { return p.param.name; });

TEST(CompositeIndexJson, HasTheContractShape) {
    const IndexCase& c = kCases.back();  // group_without_members
    const IndexResult result = computeIndex(parseIndexModel(nlohmann::json::parse(c.model), "m"),
                                            valueTableFromRows(c.rows));
    const nlohmann::json json = toJson(result);
    ASSERT_EQ(json.at("regions").size(), 4u);
    const auto& first = json["regions"][0];
    EXPECT_EQ(first["id"], "R1");
    EXPECT_DOUBLE_EQ(first["score"].get<double>(), 10.0);
    EXPECT_EQ(first["rank"], 1);
    EXPECT_DOUBLE_EQ(first["groups"]["g1"].get<double>(), 10.0);
    EXPECT_TRUE(first["groups"]["g2"].is_null());
    const auto& last = json["regions"][3];
    EXPECT_EQ(last["id"], "R3");
    EXPECT_TRUE(last["score"].is_null());
    EXPECT_TRUE(last["rank"].is_null());
    EXPECT_FALSE(first.contains("rank_interval"));  // only with Monte Carlo
}

struct BadModel {
    std::string name;
    std::string model;
    std::string keyPart;  // a piece of the expected message key
    std::string arg;      // an argument the message must carry (the indicator or group)
};

const std::vector<BadModel> kBadModels = {
    {"unknown_indicator_in_group", oneGroup(kA, R"("a", "nope")"), "names the unknown indicator",
     "nope"},
    {"goalpost_without_goalposts",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "goalpost"})",
              R"("a")"),
     "uses goalposts", "a"},
    {"negative_weight",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "minmax",
                  "weight": -1})",
              R"("a")"),
     "weight", "indicator a"},
    {"unknown_normalisation",
     oneGroup(R"({"id": "a", "direction": "higher_is_worse", "normalisation": "log"})", R"("a")"),
     "unknown normalisation", "log"},
    {"unknown_direction",
     oneGroup(R"({"id": "a", "direction": "up", "normalisation": "minmax"})", R"("a")"),
     "unknown direction", "up"},
    {"unknown_group_in_top",
     R"({"indicators": [)" + kA + R"(], "groups": [{"id": "g", "members": ["a"],
         "aggregation": "arithmetic"}], "top": {"members": ["h"], "aggregation": "arithmetic"}})",
     "unknown group", "h"},
    {"bad_scale", R"({"indicators": [)" + kA + R"(], "groups": [{"id": "g", "members": ["a"],
         "aggregation": "arithmetic"}], "top": {"members": ["g"], "aggregation": "arithmetic"},
         "scale": [10, 0]})",
     "scale", "m.json"},
    {"unknown_aggregation", oneGroup(kA, R"("a")", "harmonic"), "unknown aggregation", "harmonic"},
    {"unknown_missing", oneGroup(kA, R"("a")", "arithmetic", "impute"), "missing-value", "impute"},
};

class BadIndexModel : public testing::TestWithParam<BadModel> {};

TEST_P(BadIndexModel, IsRefusedWithItsName) {
    const BadModel& c = GetParam();
    try {
        parseIndexModel(nlohmann::json::parse(c.model), "m.json");
        FAIL() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        EXPECT_NE(e.key().find(c.keyPart), std::string::npos) << e.key();
        ASSERT_FALSE(e.args().empty());
        EXPECT_EQ(e.args()[0], "m.json");
        bool found = false;
        for (const auto& arg : e.args()) {
            found = found || arg == c.arg;
        }
        EXPECT_TRUE(found) << e.message();
    }
}

INSTANTIATE_TEST_SUITE_P(Refused, BadIndexModel, testing::ValuesIn(kBadModels),
                         [](const auto& p) { return p.param.name; });

TEST(ValueTable, DuplicateCellIsAnError) {
    EXPECT_THROW(valueTableFromRows({{"R1", "a", 1.0}, {"R1", "a", 2.0}}), Error);
}

TEST(ValueTable, KeepsFirstAppearanceOrderAndMarksGaps) {
    const ValueTable t = valueTableFromRows({{"R2", "b", 1.0}, {"R1", "a", 2.0}});
    ASSERT_EQ(t.regions, (std::vector<std::string>{"R2", "R1"}));
    ASSERT_EQ(t.indicators, (std::vector<std::string>{"b", "a"}));
    EXPECT_DOUBLE_EQ(t.at(0, 0), 1.0);
    EXPECT_TRUE(std::isnan(t.at(0, 1)));
    EXPECT_DOUBLE_EQ(t.at(1, 1), 2.0);
}

TEST(IndexModelParser, ToleratesTheDocumentedTitleAndDescriptionKeys) {
    // The bundled models (data/indicators/models) carry titles and descriptions in three
    // languages next to the computational keys; the parser must accept and ignore them.
    nlohmann::json json = nlohmann::json::parse(oneGroup(kA, R"("a")"));
    for (const char* lang : {"de", "cs", "en"}) {
        json[std::string("title_") + lang] = std::string("Titel ") + lang;
        json[std::string("description_") + lang] = std::string("Beschreibung ") + lang;
    }
    const IndexModel model = parseIndexModel(json, "m.json");
    ASSERT_EQ(model.indicators.size(), 1u);
    EXPECT_EQ(model.indicators[0].id, "a");
    const IndexResult result =
        computeIndex(model, valueTableFromRows({{"R1", "a", 1.0}, {"R2", "a", 3.0}}));
    ASSERT_EQ(result.regions.size(), 2u);
    EXPECT_EQ(result.regions[0].id, "R2");
    EXPECT_DOUBLE_EQ(result.regions[0].score, 10.0);
}

TEST(CompositeIndexErrors, MissingIndicatorColumn) {
    const IndexModel model = parseIndexModel(nlohmann::json::parse(oneGroup(kA, R"("a")")), "m");
    EXPECT_THROW(computeIndex(model, valueTableFromRows({{"R1", "x", 1.0}})), Error);
}

}  // namespace
}  // namespace rrw::analysis
