// rrw-cli supply simulate: the CLI contract on the synthetic network of tests/data/supply and
// on a hand-computed chain; malformed files fail with one line naming file, row and column.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "support/cli_runner.h"
#include "support/fixtures.h"

namespace rrw::test {

namespace {

std::string supplyData(const std::string& name) {
    return testDataPath("supply/" + name);
}

std::vector<std::string> simulateArgs(const std::string& firms, const std::string& links,
                                      const std::string& scenario) {
    return {"supply",  "simulate",        "--firms",    supplyData(firms),
            "--links", supplyData(links), "--scenario", supplyData(scenario)};
}

nlohmann::json runJson(std::vector<std::string> args) {
    args.push_back("--json");
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST(SupplyCli, HelpAndUsage) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"supply", "--help"}, {"supply", "simulate", "--help"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_NE(r.out.find("usage: rrw-cli supply"), std::string::npos) << r.out;
    }
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"supply"},
                                               {"supply", "frobnicate"},
                                               {"supply", "simulate", "--firms", "f.csv"},
                                               {"supply", "simulate", "--firms", "f", "--links",
                                                "l", "--scenario", "s", "--days", "zero"},
                                               {"supply", "simulate", "--bogus"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.back();
        if (args.size() > 1) {
            EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        }
    }
}

TEST(SupplyCli, SimulatesTheSyntheticRegion) {
    auto args = simulateArgs("firms.csv", "links.csv", "scenario_closure.json");
    args.insert(args.end(), {"--crossings", supplyData("crossings.csv")});
    const nlohmann::json j = runJson(args);
    EXPECT_EQ(j.at("scenario").at("days"), 60);
    EXPECT_EQ(j.at("scenario").at("hash").get<std::string>().size(), 16u);
    EXPECT_EQ(j.at("network").at("firms"), 8);
    EXPECT_EQ(j.at("network").at("links"), 11);
    const auto& total = j.at("total");
    EXPECT_GT(total.at("loss_value").get<double>(), 0.0);
    EXPECT_GT(total.at("person_days").get<double>(), 0.0);
    EXPECT_EQ(total.at("production").size(), 60u);
    // The closure starts on day 5: everything is normal before.
    for (std::size_t t = 0; t < 4; ++t) {
        EXPECT_DOUBLE_EQ(total.at("production")[t].get<double>(), 1.0) << t;
    }
    std::vector<std::string> regions;
    for (const auto& r : j.at("regions")) {
        regions.push_back(r.at("key"));
    }
    EXPECT_EQ(regions, (std::vector<std::string>{"CZ0411", "CZ0412", "CZ0413", "DE24D"}));
    EXPECT_EQ(j.at("countries").size(), 2u);
    EXPECT_EQ(j.at("municipalities").size(), 7u);
    // Both measures avoid loss; their ratios are avoided loss / cost.
    const auto& items = j.at("measures").at("items");
    ASSERT_EQ(items.size(), 2u);
    for (const auto& m : items) {
        EXPECT_GT(m.at("avoided_loss").get<double>(), 0.0) << m.dump();
        EXPECT_NEAR(m.at("benefit_cost_ratio").get<double>(),
                    m.at("avoided_loss").get<double>() / m.at("cost").get<double>(), 1e-3);
    }
    EXPECT_GT(j.at("measures").at("loss_without_measures").get<double>(),
              total.at("loss_value").get<double>());
    // Critical suppliers: the external nodes and the firms that supply anyone, by loss.
    const auto& nodes = j.at("critical_suppliers").at("nodes");
    ASSERT_FALSE(nodes.empty());
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        EXPECT_GE(nodes[i - 1].at("loss_value").get<double>(),
                  nodes[i].at("loss_value").get<double>());
    }
    EXPECT_FALSE(j.contains("firms"));
    // Deterministic.
    EXPECT_EQ(runJson(args), j);
}

TEST(SupplyCli, SeriesDaysAndDecimalComma) {
    auto args = simulateArgs("firms.csv", "links.csv", "scenario_fareast.json");
    args.insert(args.end(), {"--days", "40", "--series", "--critical", "-1"});
    const nlohmann::json j = runJson(args);
    EXPECT_EQ(j.at("scenario").at("days"), 40);
    ASSERT_EQ(j.at("firms").size(), 8u);
    EXPECT_EQ(j.at("firms")[0].at("production").size(), 40u);
    EXPECT_FALSE(j.at("critical_suppliers").at("computed").get<bool>());
    // The same network written with ';' and decimal commas gives the same result and hash.
    auto semicolon =
        simulateArgs("firms_semicolon.csv", "links_semicolon.csv", "scenario_fareast.json");
    semicolon.insert(semicolon.end(), {"--days", "40", "--series", "--critical", "-1"});
    EXPECT_EQ(runJson(semicolon), j);
    // Another run length is another scenario.
    auto longer = simulateArgs("firms.csv", "links.csv", "scenario_fareast.json");
    longer.insert(longer.end(), {"--critical", "-1"});
    EXPECT_NE(runJson(longer).at("scenario").at("hash"), j.at("scenario").at("hash"));
}

// A → B → C as in the unit test: X closed on days 1–5, B (3 days of stock, lead 1) makes
// nothing on days 5–6, C (1 day, lead 2) on day 8.
TEST(SupplyCli, ReproducesTheHandComputedChain) {
    ScratchDir dir;
    std::ofstream(dir.path("firms.csv"))
        << "id,name,municipality,region,nace,employees,commuter_share,daily_output,"
           "energy_intensity\n"
           "A,A,09479152,DE24D,C25,10,0,100,0\nB,B,09479152,DE24D,C28,10,0,100,0\n"
           "C,C,554481,CZ0411,C29,10,0,100,0\n";
    std::ofstream(dir.path("links.csv"))
        << "supplier,customer,input_share,lead_time,inventory_days,substitutable_share,"
           "switch_days,crossing\nA,B,0.5,1,3,0,0,X\nB,C,0.5,2,1,0,0,\n";
    std::ofstream(dir.path("s.json"))
        << R"({"name": "chain", "version": 1, "days": 10, "hazards": [{"type": "border_closure",
              "start": 1, "duration": 5, "freight_throughput": 0, "commuter_throughput": 1}]})";
    const nlohmann::json j =
        runJson({"supply", "simulate", "--firms", dir.path("firms.csv"), "--links",
                 dir.path("links.csv"), "--scenario", dir.path("s.json"), "--series"});
    const auto& firms = j.at("firms");
    EXPECT_EQ(firms[1].at("production"), nlohmann::json::parse("[1, 1, 1, 1, 0, 0, 1, 1, 1, 1]"));
    EXPECT_EQ(firms[2].at("production"), nlohmann::json::parse("[1, 1, 1, 1, 1, 1, 1, 0, 1, 1]"));
    EXPECT_EQ(firms[1].at("tts_days"), 4);
    EXPECT_EQ(firms[1].at("ttr_days"), 1);
    EXPECT_DOUBLE_EQ(j.at("total").at("loss_value").get<double>(), 300.0);
    // Single source: B on A and C on B (share 0.5 ≥ 0.1, nothing substitutable).
    EXPECT_EQ(j.at("single_source").at("count"), 2);
}

TEST(SupplyCli, MalformedFilesFailWithOneLineNamingFileRowAndColumn) {
    struct Case {
        std::string firms, links, scenario, crossings;
        std::vector<std::string> expected;
    };
    const std::vector<Case> cases = {
        {"firms_bad_share.csv",
         "links.csv",
         "scenario_closure.json",
         "",
         {"firms_bad_share.csv:3", "commuter_share", "1.5"}},
        {"firms_missing_column.csv",
         "links.csv",
         "scenario_closure.json",
         "",
         {"firms_missing_column.csv", "daily_output"}},
        {"firms_duplicate_id.csv",
         "links.csv",
         "scenario_closure.json",
         "",
         {"firms_duplicate_id.csv:3", "\"A\""}},
        {"firms.csv",
         "links_unknown_firm.csv",
         "scenario_closure.json",
         "",
         {"links_unknown_firm.csv:4", "ghost_gmbh"}},
        {"firms.csv",
         "links_not_a_number.csv",
         "scenario_closure.json",
         "",
         {"links_not_a_number.csv", "row 2", "lead_time", "drei"}},
        {"firms.csv",
         "links_shares_over_one.csv",
         "scenario_closure.json",
         "",
         {"links_shares_over_one.csv:4", "porcelain_selb", "1.1"}},
        {"firms.csv",
         "links_fractional_lead_time.csv",
         "scenario_closure.json",
         "",
         {"links_fractional_lead_time.csv:2", "lead_time", "1.5"}},
        {"firms.csv",
         "links.csv",
         "scenario_closure.json",
         "crossings_bad_freight.csv",
         {"crossings_bad_freight.csv", "row 2", "freight", "vielleicht"}},
        {"firms.csv",
         "links.csv",
         "scenario_unknown_type.json",
         "",
         {"scenario_unknown_type.json", "hazard 2", "flood"}},
        {"firms.csv",
         "links.csv",
         "scenario_unknown_key.json",
         "",
         {"scenario_unknown_key.json", "hazard 1", "r_value"}},
        {"firms.csv",
         "links.csv",
         "scenario_out_of_range.json",
         "",
         {"scenario_out_of_range.json", "measure 1", "extra_days"}},
        {"firms.csv",
         "links.csv",
         "scenario_unknown_crossing.json",
         "",
         {"scenario_unknown_crossing.json", "hazard 1", "road:nowhere"}},
        {"firms.csv", "links.csv", "scenario_not_json.json", "", {"scenario_not_json.json"}},
        {"no_such_firms.csv", "links.csv", "scenario_closure.json", "", {"no_such_firms.csv"}}};
    for (const Case& c : cases) {
        auto args = simulateArgs(c.firms, c.links, c.scenario);
        if (!c.crossings.empty()) {
            args.insert(args.end(), {"--crossings", supplyData(c.crossings)});
        }
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 1) << c.expected[0] << ": " << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        for (const std::string& part : c.expected) {
            EXPECT_NE(r.err.find(part), std::string::npos) << r.err << " lacks " << part;
        }
    }
}

}  // namespace rrw::test
