// rrw-cli swot list|add|move|delete|accept|reject, tows and measures on the bundled project.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

nlohmann::json runJson(const std::vector<std::string>& args) {
    std::vector<std::string> withJson = args;
    withJson.push_back("--json");
    const CliResult r = runCli(withJson);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

long lines(const std::string& text) {
    return static_cast<long>(std::count(text.begin(), text.end(), '\n'));
}

/// A failing command: exit code `code`, nothing on stdout, one line on stderr containing
/// `mention`.
void expectFailure(const std::vector<std::string>& args, int code, const std::string& mention) {
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, code) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
}

class PlanningCli : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = dir_.path("region.gpkg");
        copyBundledProject(project_);
    }
    ScratchDir dir_;
    std::string project_;
};

}  // namespace

TEST_F(PlanningCli, SwotAddListMoveDelete) {
    const auto first = runJson({"swot", "add", project_, "--category", "w", "--region", "DE24D",
                                "--text-de", "Hoher Anteil älterer Menschen", "--text-cs",
                                "Vysoký podíl starších obyvatel", "--importance", "4", "--author",
                                "Team Wunsiedel", "--evidence", "indicator:share_75plus",
                                "--evidence", "source:https://www.statistik.bayern.de/x:y"});
    const auto& item = first.at("item");
    EXPECT_EQ(item.at("category"), "W");
    EXPECT_EQ(item.at("region"), "DE24D");
    EXPECT_FALSE(item.at("region_name").get<std::string>().empty());
    EXPECT_EQ(item.at("importance"), 4);
    EXPECT_EQ(item.at("origin"), "manual");
    ASSERT_EQ(item.at("evidence").size(), 2u);
    EXPECT_EQ(item.at("evidence")[1].at("ref"), "https://www.statistik.bayern.de/x:y");
    const int id = item.at("id");

    // Only a Czech text, for the whole cross-border area; evidence from a layer and a scenario.
    const auto second = runJson({"swot", "add", project_, "--category", "T", "--text-cs",
                                 "Sucho a kůrovec", "--evidence", "layer:kreise_de", "--evidence",
                                 "bbk_scenario:drought_forest_dieback"});
    EXPECT_TRUE(second.at("item").at("region").is_null());
    EXPECT_TRUE(second.at("item").at("text_de").is_null());
    const int threat = second.at("item").at("id");

    auto list = runJson({"swot", "list", project_}).at("items");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].at("id"), threat);  // the cross-border area first
    EXPECT_EQ(runJson({"swot", "list", project_, "--region", "DE24D"}).at("items").size(), 1u);
    EXPECT_EQ(runJson({"swot", "list", project_, "--area"}).at("items").size(), 1u);
    EXPECT_EQ(runJson({"swot", "list", project_, "--category", "S"}).at("items").size(), 0u);
    // The text table: one line per item, both texts where present.
    const CliResult text = runCli({"swot", "list", project_});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(lines(text.out), 2);
    EXPECT_NE(text.out.find("Vysoký podíl starších obyvatel"), std::string::npos);
    EXPECT_NE(text.out.find("Hoher Anteil älterer Menschen"), std::string::npos);

    const auto moved = runJson(
        {"swot", "move", project_, std::to_string(threat), "--category", "O", "--position", "1"});
    EXPECT_EQ(moved.at("item").at("category"), "O");
    EXPECT_EQ(moved.at("item").at("position"), 1);

    const auto deleted = runJson({"swot", "delete", project_, std::to_string(id)});
    EXPECT_EQ(deleted.at("deleted").at("id"), id);
    EXPECT_EQ(deleted.at("deleted").at("evidence").size(), 2u);
    EXPECT_EQ(runJson({"swot", "list", project_}).at("items").size(), 1u);
    expectFailure({"swot", "delete", project_, std::to_string(id)}, 1,
                  "no SWOT item " + std::to_string(id));
}

TEST_F(PlanningCli, SwotErrorsNameTheItemAndLeaveTheProjectAlone) {
    expectFailure({"swot", "add", project_, "--category", "S", "--text-de", "Gute Lage",
                   "--evidence", "indicator:no_such_indicator"},
                  1, "indicator:no_such_indicator");
    expectFailure(
        {"swot", "add", project_, "--category", "S", "--text-de", "Gute Lage", "--region", "XX999"},
        1, "XX999");
    expectFailure({"swot", "add", project_, "--category", "S"}, 1, "German or a Czech text");
    expectFailure({"swot", "add", project_, "--category", "X", "--text-de", "a"}, 2, "'X'");
    expectFailure({"swot", "add", project_, "--text-de", "a"}, 2, "--category");
    expectFailure(
        {"swot", "add", project_, "--category", "S", "--text-de", "a", "--importance", "9"}, 2,
        "'9'");
    expectFailure(
        {"swot", "add", project_, "--category", "S", "--text-de", "a", "--evidence", "rumour:x"}, 2,
        "rumour");
    expectFailure({"swot", "move", project_, "abc", "--category", "S"}, 2, "abc");
    expectFailure({"swot", "move", project_, "1"}, 2, "--category");
    expectFailure({"swot", "list", project_, "--region", "DE24D", "--area"}, 2, "--area");
    expectFailure({"swot", "list", project_, "--region", "XX999"}, 1, "XX999");
    expectFailure({"swot", "frobnicate", project_}, 2, "frobnicate");
    EXPECT_EQ(runJson({"swot", "list", project_}).at("items").size(), 0u);
    // Hostile text is stored as written.
    const std::string hostile = "'); DROP TABLE rrw_swot_item; --";
    runJson({"swot", "add", project_, "--category", "S", "--text-de", hostile});
    const auto list = runJson({"swot", "list", project_}).at("items");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].at("text_de"), hostile);
}

TEST_F(PlanningCli, AcceptAndRejectSuggestionsAreNotProposedAgain) {
    const auto before = runJson({"swot", "suggest", project_});
    const auto& suggestions = before.at("suggestions");
    ASSERT_GE(suggestions.size(), 2u);
    EXPECT_EQ(before.at("decided_skipped"), 0);
    const std::string region = suggestions[0].at("region");
    const std::string indicator = suggestions[0].at("indicator");
    const auto accepted = runJson({"swot", "accept", project_, "--region", region, "--indicator",
                                   indicator, "--author", "Workshop Cheb"});
    const auto& item = accepted.at("item");
    EXPECT_EQ(item.at("origin"), "suggestion");
    EXPECT_EQ(item.at("region"), region);
    EXPECT_EQ(item.at("category"), suggestions[0].at("category"));
    EXPECT_EQ(item.at("text_de"), suggestions[0].at("text_de"));
    EXPECT_EQ(item.at("text_cs"), suggestions[0].at("text_cs"));
    ASSERT_EQ(item.at("evidence").size(), 1u);
    EXPECT_EQ(item.at("evidence")[0].at("kind"), "indicator");
    EXPECT_EQ(item.at("evidence")[0].at("ref"), indicator);

    const std::string region2 = suggestions[1].at("region");
    const std::string indicator2 = suggestions[1].at("indicator");
    const CliResult rejected =
        runCli({"swot", "reject", project_, "--region", region2, "--indicator", indicator2});
    ASSERT_EQ(rejected.exitCode, 0) << rejected.err;
    EXPECT_EQ(lines(rejected.out), 1);

    const auto after = runJson({"swot", "suggest", project_});
    EXPECT_EQ(after.at("suggestions").size(), suggestions.size() - 2);
    EXPECT_EQ(after.at("decided_skipped"), 2);
    for (const auto& s : after.at("suggestions")) {
        EXPECT_FALSE(s.at("region") == region && s.at("indicator") == indicator);
        EXPECT_FALSE(s.at("region") == region2 && s.at("indicator") == indicator2);
    }
    expectFailure({"swot", "accept", project_, "--region", region, "--indicator", indicator}, 1,
                  "already decided");
    expectFailure({"swot", "reject", project_, "--region", region2, "--indicator", indicator2}, 1,
                  "rejected");
    expectFailure({"swot", "accept", project_, "--region", "DE24D", "--indicator", "nope"}, 1,
                  "nope");
    expectFailure({"swot", "accept", project_, "--region", "DE24D"}, 2, "--indicator");
    EXPECT_EQ(runJson({"swot", "list", project_}).at("items").size(), 1u);
}

TEST_F(PlanningCli, TowsStrategiesPairMatchingItemsAndLinkMeasures) {
    const int s = runJson({"swot", "add", project_, "--category", "S", "--text-de",
                           "Zweisprachige Fachkräfte"})
                      .at("item")
                      .at("id");
    const int o = runJson({"swot", "add", project_, "--category", "O", "--text-cs",
                           "Poptávka po pečovatelích"})
                      .at("item")
                      .at("id");
    const auto added = runJson({"tows", "add", project_, "--kind", "so", "--title-de",
                                "Fachkräfte gewinnen", "--title-cs", "Získat odborníky", "--items",
                                std::to_string(s) + ", " + std::to_string(o), "--measures",
                                "greencard_commuters,company_networking"});
    const auto& strategy = added.at("strategy");
    EXPECT_EQ(strategy.at("kind"), "SO");
    EXPECT_EQ(strategy.at("items").size(), 2u);
    EXPECT_EQ(strategy.at("measures"),
              nlohmann::json({"company_networking", "greencard_commuters"}));
    const auto list = runJson({"tows", "list", project_}).at("strategies");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].at("title_cs"), "Získat odborníky");
    EXPECT_EQ(runJson({"tows", "list", project_, "--kind", "WT"}).at("strategies").size(), 0u);

    expectFailure(
        {"tows", "add", project_, "--kind", "WO", "--title-de", "x", "--items", std::to_string(s)},
        1, "SWOT item " + std::to_string(s));
    expectFailure({"tows", "add", project_, "--kind", "SO", "--title-de", "x", "--measures",
                   "no_such_measure"},
                  1, "no_such_measure");
    expectFailure({"tows", "add", project_, "--kind", "XX", "--title-de", "x"}, 2, "XX");
    expectFailure({"tows", "add", project_, "--kind", "SO", "--items", "1,a"}, 2, "'a'");
    // A linked item cannot move to a category the strategy does not pair.
    expectFailure({"swot", "move", project_, std::to_string(s), "--category", "W"}, 1,
                  "TOWS strategy");
    const int id = strategy.at("id");
    const CliResult deleted = runCli({"tows", "delete", project_, std::to_string(id)});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err;
    EXPECT_TRUE(runJson({"tows", "list", project_}).at("strategies").empty());
    EXPECT_EQ(runJson({"swot", "list", project_}).at("items").size(), 2u);  // the items stay
}

TEST_F(PlanningCli, MeasuresComeFromTheStartingCatalog) {
    const auto doc = nlohmann::json::parse(
        std::ifstream(std::string(RRW_DATA_DIR_FOR_TESTS) + "/indicators/measures.json"));
    const auto measures = runJson({"measures", "list", project_}).at("measures");
    ASSERT_EQ(measures.size(), doc.at("measures").size());
    for (const auto& m : measures) {
        EXPECT_EQ(m.at("status"), "idea");
        EXPECT_FALSE(m.at("title_de").get<std::string>().empty()) << m.at("id");
        EXPECT_FALSE(m.at("title_cs").get<std::string>().empty()) << m.at("id");
        EXPECT_FALSE(m.at("description_cs").get<std::string>().empty()) << m.at("id");
    }
    EXPECT_TRUE(runJson({"measures", "list", project_, "--status", "done"}).at("measures").empty());
    const CliResult text = runCli({"measures", "list", project_});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(lines(text.out), static_cast<long>(measures.size()));
    EXPECT_NE(text.out.find("Přeshraniční"), std::string::npos);
    expectFailure({"measures", "list", project_, "--status", "someday"}, 2, "someday");
    expectFailure({"measures", "delete", project_}, 2, "delete");
}

TEST(PlanningCliHelp, EveryCommandHasHelp) {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"swot", "--help"},
                                               {"swot", "list", "--help"},
                                               {"swot", "add", "--help"},
                                               {"swot", "move", "--help"},
                                               {"swot", "delete", "--help"},
                                               {"swot", "accept", "--help"},
                                               {"swot", "reject", "--help"},
                                               {"tows", "--help"},
                                               {"tows", "list", "--help"},
                                               {"tows", "add", "--help"},
                                               {"tows", "delete", "--help"},
                                               {"measures", "--help"},
                                               {"measures", "list", "--help"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << args[0] << " " << args[1];
        EXPECT_NE(r.out.find("usage: rrw-cli " + args[0]), std::string::npos) << r.out;
    }
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"tows"}, {"measures"}, {"tows", "list"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(lines(r.err), 1) << r.err;
    }
}

}  // namespace rrw::test
