#include "analysis/risk/explain.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>

#include "analysis/risk/composite_index.h"
#include "core/error.h"

namespace rrw::analysis {

namespace {

ValueTable table() {
    return valueTableFromRows({{"A", "u", 5},
                               {"B", "u", 10},
                               {"C", "u", 15},
                               {"A", "g", 30},
                               {"B", "g", 20},
                               {"C", "g", 10},
                               {"A", "d", 100},
                               {"B", "d", 50},
                               {"C", "d", std::nan("")}});
}

IndexModel model(const char* groupAggregation, const char* topAggregation) {
    return parseIndexModel(nlohmann::json::parse(std::string(R"({
      "indicators": [
        {"id": "u", "direction": "higher_is_worse", "normalisation": "minmax", "weight": 2},
        {"id": "g", "direction": "higher_is_better", "normalisation": "minmax", "weight": 1},
        {"id": "d", "direction": "higher_is_worse", "normalisation": "minmax", "weight": 1}],
      "groups": [
        {"id": "economy", "members": ["u", "g"], "aggregation": ")") +
                                                 groupAggregation + R"(", "weight": 1},
        {"id": "exposure", "members": ["d"], "aggregation": ")" +
                                                 groupAggregation + R"(", "weight": 3}],
      "top": {"members": ["economy", "exposure"], "aggregation": ")" +
                                                 topAggregation + R"("},
      "scale": [0, 10], "missing": "exclude"})"),
                           "test");
}

}  // namespace

class Why : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

// The decomposition reproduces computeIndex's score and its parts add up to it exactly.
TEST_P(Why, PartsAddUpToTheScore) {
    const IndexModel m = model(GetParam().first, GetParam().second);
    const ValueTable t = table();
    const IndexResult result = computeIndex(m, t);
    for (const auto& region : result.regions) {
        const Explanation e = explainScore(m, t, region.id);
        EXPECT_NEAR(e.score, region.score, 1e-9) << region.id;
        double groups = 0.0;
        double indicators = 0.0;
        for (const auto& g : e.groups) {
            groups += g.group.contribution;
            for (const auto& i : g.indicators) {
                indicators += i.contribution;
            }
        }
        EXPECT_NEAR(groups, e.score, 1e-9) << region.id;
        EXPECT_NEAR(indicators, e.score, 1e-9) << region.id;
    }
}

INSTANTIATE_TEST_SUITE_P(Aggregations, Why,
                         ::testing::Values(std::make_pair("arithmetic", "arithmetic"),
                                           std::make_pair("arithmetic", "geometric"),
                                           std::make_pair("geometric", "geometric")));

TEST(Why, HandComputedArithmeticCase) {
    // Region B: u = 5 (of 0..10), g = 5 -> economy = (2*5 + 1*5) / 3 = 5; d: 50 of 50..100 -> 0
    // top = (1*5 + 3*0) / 4 = 1.25; economy contributes 1.25, of which u 2/3, g 1/3.
    const Explanation e = explainScore(model("arithmetic", "arithmetic"), table(), "B");
    EXPECT_NEAR(e.score, 1.25, 1e-12);
    EXPECT_NEAR(e.groups[0].group.contribution, 1.25, 1e-12);
    EXPECT_NEAR(e.groups[0].indicators[0].contribution, 1.25 * 2 / 3, 1e-12);
    EXPECT_NEAR(e.groups[1].group.contribution, 0.0, 1e-12);
    EXPECT_THROW(explainScore(model("arithmetic", "arithmetic"), table(), "Z"), Error);
}

}  // namespace rrw::analysis
