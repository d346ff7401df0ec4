// Hand-computed BBK matrix placements, one row per case (docs/methods/bbk_matrix.md).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/risk/bbk_matrix.h"
#include "core/error.h"

namespace rrw::analysis {
namespace {

BbkScenario scenario(Likelihood l, std::vector<int> classes) {
    BbkScenario s;
    s.id = "s";
    s.likelihood = l;
    for (std::size_t i = 0; i < kBbkParameters.size(); ++i) {
        s.extent[kBbkParameters[i]] = classes[i];
    }
    return s;
}

struct PlacementCase {
    std::string name;
    Likelihood likelihood;
    std::vector<int> classes;  // people, environment, economy, supply, immaterial
    std::map<std::string, double> weights;
    ExtentAggregation aggregation;
    int extentClass;
    int score;
    std::string level;
};

TEST(BbkMatrix, PlacesHandComputedCases) {
    const auto mean = ExtentAggregation::Mean;
    const auto max = ExtentAggregation::Max;
    const std::vector<PlacementCase> cases = {
        // 2+1+4+3+3 = 13, /5 = 2.6 → 3; D (4) × 3 = 12 → high.
        {"border closure", Likelihood::D, {2, 1, 4, 3, 3}, {}, mean, 3, 12, "high"},
        // Same with max: 4; 4 × 4 = 16 → very high.
        {"border closure, max", Likelihood::D, {2, 1, 4, 3, 3}, {}, max, 4, 16, "very_high"},
        // 12/5 = 2.4 → 2 (below the half).
        {"2.4 rounds down", Likelihood::A, {1, 2, 3, 3, 3}, {}, mean, 2, 2, "low"},
        // Weights 1,1,0,0,0 on 2 and 3: 2.5 → 3 (half up).
        {"2.5 rounds up",
         Likelihood::B,
         {2, 3, 5, 5, 5},
         {{"economy", 0}, {"supply", 0}, {"immaterial", 0}},
         mean,
         3,
         6,
         "medium"},
        // Weight 3 on economy (5), others 1: (1+1+15+1+1)/7 = 19/7 = 2.71 → 3.
        {"weighted", Likelihood::E, {1, 1, 5, 1, 1}, {{"economy", 3}}, mean, 3, 15, "high"},
        // Band edges: 4 low / 5 medium, 9 medium / 10 high, 15 high / 16 very high.
        {"score 4", Likelihood::A, {4, 4, 4, 4, 4}, {}, mean, 4, 4, "low"},
        {"score 5", Likelihood::A, {5, 5, 5, 5, 5}, {}, mean, 5, 5, "medium"},
        {"score 9", Likelihood::C, {3, 3, 3, 3, 3}, {}, mean, 3, 9, "medium"},
        {"score 10", Likelihood::B, {5, 5, 5, 5, 5}, {}, mean, 5, 10, "high"},
        {"score 15", Likelihood::C, {5, 5, 5, 5, 5}, {}, mean, 5, 15, "high"},
        {"score 16", Likelihood::D, {4, 4, 4, 4, 4}, {}, mean, 4, 16, "very_high"},
        {"score 25", Likelihood::E, {5, 5, 5, 5, 5}, {}, mean, 5, 25, "very_high"},
        {"score 1", Likelihood::A, {1, 1, 1, 1, 1}, {}, max, 1, 1, "low"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const BbkPlacement p =
            placeScenario(scenario(c.likelihood, c.classes), c.weights, c.aggregation);
        EXPECT_EQ(p.extentClass, c.extentClass);
        EXPECT_EQ(p.riskScore, c.score);
        EXPECT_EQ(p.level, c.level);
        EXPECT_EQ(p.likelihood, c.likelihood);
    }
}

TEST(BbkMatrix, RejectsBadWeights) {
    const BbkScenario s = scenario(Likelihood::C, {1, 2, 3, 4, 5});
    EXPECT_THROW(placeScenario(s, {{"economy", -1}}), Error);
    EXPECT_THROW(
        placeScenario(
            s,
            {{"people", 0}, {"environment", 0}, {"economy", 0}, {"supply", 0}, {"immaterial", 0}}),
        Error);
}

const char* const kGood = R"({"scenarios": [
  {"id": "a", "name_de": "A", "name_cs": "A", "name_en": "A", "likelihood": "D",
   "extent": {"people": 2, "environment": 1, "economy": 4, "supply": 3, "immaterial": 3}},
  {"id": "b", "name_de": "B", "name_cs": "B", "name_en": "B", "likelihood": "E",
   "extent": {"people": 1, "environment": 4, "economy": 2, "supply": 1, "immaterial": 3},
   "assessment": "expert estimate"}]})";

std::string withScenario(const std::string& fields) {
    return R"({"scenarios": [{"id": "zq9", "name_de": "X", "name_cs": "X", "name_en": "X")" +
           fields + "}]}";
}

const std::string kExtent =
    R"(, "extent": {"people": 1, "environment": 1, "economy": 1, "supply": 1, "immaterial": 1})";

TEST(BbkMatrix, ParsesAFile) {
    const auto list = parseBbkScenarios(nlohmann::json::parse(kGood), "good.json");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, "a");
    EXPECT_EQ(list[0].likelihood, Likelihood::D);
    EXPECT_EQ(list[0].extent.at("economy"), 4);
    EXPECT_EQ(list[1].source, "expert estimate");
}

struct BadCase {
    std::string name;
    std::string text;
    std::string mentions;  // the message must name the file and this
};

TEST(BbkMatrix, RejectsBadFilesNamingFileAndScenario) {
    const std::vector<BadCase> cases = {
        {"no list", R"({"items": []})", "scenarios"},
        {"empty list", R"({"scenarios": []})", "scenarios"},
        {"not an object", R"({"scenarios": [3]})", "1"},
        {"no id", R"({"scenarios": [{"name_de": "X"}]})", "id"},
        {"no likelihood", withScenario(kExtent), "likelihood"},
        {"bad likelihood", withScenario(R"(, "likelihood": "F")" + kExtent), "F"},
        {"no extent", withScenario(R"(, "likelihood": "A")"), "people"},
        {"class 0", withScenario(R"(, "likelihood": "A", "extent": {"people": 0, "environment": 1,
           "economy": 1, "supply": 1, "immaterial": 1})"),
         "people"},
        {"class 6", withScenario(R"(, "likelihood": "A", "extent": {"people": 1, "environment": 1,
           "economy": 6, "supply": 1, "immaterial": 1})"),
         "economy"},
        {"class 2.5", withScenario(R"(, "likelihood": "A", "extent": {"people": 1, "environment": 1,
           "economy": 1, "supply": 2.5, "immaterial": 1})"),
         "supply"},
        {"unknown parameter",
         withScenario(R"(, "likelihood": "A", "extent": {"people": 1, "environment": 1,
           "economy": 1, "supply": 1, "immaterial": 1, "culture": 2})"),
         "culture"},
        {"duplicate id",
         R"({"scenarios": [{"id": "zq9", "name_de": "X", "name_cs": "X", "name_en": "X",
           "likelihood": "A")" +
             kExtent + R"(}, {"id": "zq9", "name_de": "X", "name_cs": "X", "name_en": "X",
           "likelihood": "B")" +
             kExtent + "}]}",
         "zq9"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        try {
            parseBbkScenarios(nlohmann::json::parse(c.text), "bad.json");
            ADD_FAILURE() << "no error";
        } catch (const Error& e) {
            const std::string text = e.what();
            EXPECT_NE(text.find("bad.json"), std::string::npos) << text;
            EXPECT_NE(text.find(c.mentions), std::string::npos) << text;
            if (c.name != "no list" && c.name != "empty list" && c.name != "not an object" &&
                c.name != "no id") {
                EXPECT_NE(text.find("zq9"), std::string::npos) << text;
            }
        }
    }
}

TEST(BbkMatrix, CellsHoldEveryScenarioExactlyOnce) {
    const auto list = parseBbkScenarios(nlohmann::json::parse(kGood), "good.json");
    const nlohmann::json json = matrixJson(list);
    const auto& cells = json.at("matrix").at("cells");
    ASSERT_EQ(cells.size(), 25u);
    std::map<std::string, int> seen;
    for (const auto& cell : cells) {
        for (const auto& id : cell.at("scenarios")) {
            ++seen[id.get<std::string>()];
            if (id == "a") {
                EXPECT_EQ(cell.at("likelihood"), "D");
                EXPECT_EQ(cell.at("extent"), 3);
                EXPECT_EQ(cell.at("level"), "high");
            }
            if (id == "b") {  // 11/5 = 2.2 → 2; E (5) × 2 = 10 → high.
                EXPECT_EQ(cell.at("likelihood"), "E");
                EXPECT_EQ(cell.at("extent"), 2);
            }
        }
    }
    EXPECT_EQ(seen, (std::map<std::string, int>{{"a", 1}, {"b", 1}}));
    ASSERT_EQ(json.at("scenarios").size(), 2u);
    EXPECT_EQ(json.at("scenarios")[0].at("extent_class"), 3);
    EXPECT_EQ(json.at("scenarios")[0].at("parameters").at("economy"), 4);
    EXPECT_EQ(json.at("scenarios")[1].at("names").at("en"), "B");
}

}  // namespace
}  // namespace rrw::analysis
