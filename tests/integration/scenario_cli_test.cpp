// rrw-cli supply import and rrw-cli scenario …: the network and versioned scenarios stored in
// the project, runs with their inputs hash, comparisons, and bad input that writes nothing.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "store/project.h"
#include "store/scenario_repository.h"
#include "store/supply_repository.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace fs = std::filesystem;

namespace rrw::test {

namespace {

std::string supplyData(const std::string& name) {
    return testDataPath("supply/" + name);
}

nlohmann::json runJson(std::vector<std::string> args) {
    args.push_back("--json");
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

/// A fresh project holding the network and both scenarios of tests/data/supply.
std::string projectWithNetwork(const ScratchDir& dir) {
    const std::string path = dir.path("p.gpkg");
    { store::Project::create(path, false); }
    const nlohmann::json imported =
        runJson({"supply", "import", path, "--firms", supplyData("firms.csv"), "--links",
                 supplyData("links.csv"), "--crossings", supplyData("crossings.csv")});
    EXPECT_EQ(imported.at("firms"), 8);
    EXPECT_EQ(imported.at("links"), 11);
    EXPECT_EQ(imported.at("crossings"), 3);
    EXPECT_EQ(imported.at("network_digest").get<std::string>().size(), 16u);
    for (const char* file : {"scenario_closure.json", "scenario_fareast.json"}) {
        const nlohmann::json saved = runJson({"scenario", "save", path, supplyData(file)});
        EXPECT_EQ(saved.at("version"), 1) << file;
    }
    return path;
}

const std::string kClosure = "Grenzschließung Frühjahr (synthetisch)";

}  // namespace

TEST(ScenarioCli, HelpAndUsage) {
    for (const auto& args : std::vector<std::vector<std::string>>{{"scenario", "--help"},
                                                                  {"scenario", "run", "--help"},
                                                                  {"supply", "import", "--help"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << args.back();
        EXPECT_NE(r.out.find("usage: rrw-cli"), std::string::npos) << r.out;
    }
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"scenario"},
             {"scenario", "frobnicate", "p.gpkg"},
             {"scenario", "run", "p.gpkg"},
             {"scenario", "run", "p.gpkg", "x", "--version", "zero"},
             {"scenario", "compare", "p.gpkg", "1", "one"},
             {"supply", "import", "p.gpkg", "--firms", "f.csv"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.back();
    }
}

TEST(ScenarioCli, RunsAStoredScenarioAndStoresTheRun) {
    ScratchDir dir;
    const std::string path = projectWithNetwork(dir);
    const nlohmann::json list = runJson({"scenario", "list", path});
    ASSERT_EQ(list.at("scenarios").size(), 2u);

    const nlohmann::json first = runJson({"scenario", "run", path, kClosure, "--critical", "-1"});
    const nlohmann::json second = runJson({"scenario", "run", path, kClosure, "--critical", "-1"});
    ASSERT_TRUE(first.is_object() && second.is_object());
    EXPECT_EQ(first.at("run_id"), 1);
    EXPECT_EQ(second.at("run_id"), 2);
    EXPECT_EQ(first.at("inputs_hash").get<std::string>().size(), 16u);
    // The same inputs give the same hash and the same results.
    EXPECT_EQ(first.at("inputs_hash"), second.at("inputs_hash"));
    EXPECT_EQ(first.at("total"), second.at("total"));
    EXPECT_EQ(first.at("scenario").at("stored_version"), 1);
    EXPECT_GT(first.at("total").at("loss_value").get<double>(), 0.0);
    EXPECT_EQ(first.at("municipalities").size(), 7u);

    // The stored network is the one in the files: the hash equals that of supply simulate.
    const nlohmann::json direct =
        runJson({"supply", "simulate", "--firms", supplyData("firms.csv"), "--links",
                 supplyData("links.csv"), "--crossings", supplyData("crossings.csv"), "--scenario",
                 supplyData("scenario_closure.json"), "--critical", "-1"});
    EXPECT_EQ(direct.at("scenario").at("hash"), first.at("inputs_hash"));
    EXPECT_EQ(direct.at("total"), first.at("total"));

    // A different run length is a different input.
    const nlohmann::json shorter =
        runJson({"scenario", "run", path, kClosure, "--days", "20", "--critical", "-1"});
    EXPECT_NE(shorter.at("inputs_hash"), first.at("inputs_hash"));
    EXPECT_EQ(shorter.at("total").at("production").size(), 20u);

    const nlohmann::json runs = runJson({"scenario", "runs", path});
    ASSERT_EQ(runs.at("runs").size(), 3u);
    EXPECT_EQ(runs.at("runs")[0].at("inputs_hash"), first.at("inputs_hash"));
    EXPECT_EQ(runs.at("runs")[2].at("days"), 20);

    // A new version of the scenario: runs keep referring to the version they ran.
    const nlohmann::json saved =
        runJson({"scenario", "save", path, supplyData("scenario_closure.json")});
    EXPECT_EQ(saved.at("version"), 2);
    const nlohmann::json v1 =
        runJson({"scenario", "run", path, kClosure, "--version", "1", "--critical", "-1"});
    EXPECT_EQ(v1.at("scenario").at("stored_version"), 1);
    EXPECT_EQ(v1.at("inputs_hash"), first.at("inputs_hash"));
}

TEST(ScenarioCli, ComparesTwoRuns) {
    ScratchDir dir;
    const std::string path = projectWithNetwork(dir);
    const nlohmann::json a = runJson({"scenario", "run", path, kClosure, "--critical", "-1"});
    const nlohmann::json b = runJson(
        {"scenario", "run", path, "Fernost-Unterbrechung (synthetisch)", "--critical", "-1"});
    ASSERT_TRUE(a.is_object() && b.is_object());
    const nlohmann::json same = runJson({"scenario", "compare", path, "1", "1"});
    EXPECT_EQ(same.at("total").at("loss_value").at("diff"), 0.0);
    EXPECT_TRUE(same.at("same_network").get<bool>());

    const nlohmann::json c = runJson({"scenario", "compare", path, "1", "2"});
    const double lossA = a.at("total").at("loss_value").get<double>();
    const double lossB = b.at("total").at("loss_value").get<double>();
    EXPECT_DOUBLE_EQ(c.at("total").at("loss_value").at("a").get<double>(), lossA);
    EXPECT_DOUBLE_EQ(c.at("total").at("loss_value").at("b").get<double>(), lossB);
    EXPECT_NEAR(c.at("total").at("loss_value").at("diff").get<double>(), lossB - lossA, 0.011);
    EXPECT_EQ(c.at("municipalities").size(), 7u);
    EXPECT_EQ(c.at("regions").size(), 4u);
    EXPECT_EQ(c.at("countries").size(), 2u);
    double sum = 0.0;
    for (const auto& m : c.at("municipalities")) {
        sum += m.at("loss_value").at("diff").get<double>();
        EXPECT_TRUE(m.contains("jobs_at_risk") && m.contains("tts_days") && m.contains("ttr_days"));
    }
    EXPECT_NEAR(sum, lossB - lossA, 0.1);
    // The measures of both scenarios, each present in one run only.
    ASSERT_EQ(c.at("measures").size(),
              a.at("measures").at("items").size() + b.at("measures").at("items").size());
    for (const auto& m : c.at("measures")) {
        EXPECT_NE(m.at("in_a").get<bool>(), m.at("in_b").get<bool>());
        EXPECT_TRUE(m.at("benefit_cost_ratio").at("diff").is_null());
    }
    const CliResult text = runCli({"scenario", "compare", path, "1", "2", "--lang", "en"});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("regions\tDE24D"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("GreenCard für Pendler"), std::string::npos) << text.out;
}

TEST(ScenarioCli, BadInputNamesTheItemAndWritesNothing) {
    ScratchDir dir;
    const std::string path = projectWithNetwork(dir);
    const std::string before = dumpDatabase(path);
    const struct {
        std::vector<std::string> args;
        std::string expected;
    } cases[] = {
        {{"scenario", "run", path, "no such scenario"}, "no such scenario"},
        {{"scenario", "run", path, kClosure, "--version", "9"}, "version 9"},
        {{"scenario", "compare", path, "1", "5"}, "run 1"},
        {{"scenario", "delete", path, "no such scenario"}, "no such scenario"},
        {{"scenario", "save", path, supplyData("scenario_unknown_key.json")}, "r_value"},
        {{"scenario", "save", path, supplyData("scenario_not_json.json")},
         "scenario_not_json.json"},
        {{"supply", "import", path, "--firms", supplyData("firms.csv"), "--links",
          supplyData("links_unknown_firm.csv")},
         "ghost_gmbh"},
        {{"supply", "import", path, "--firms", supplyData("firms_duplicate_id.csv"), "--links",
          supplyData("links.csv")},
         "firms_duplicate_id.csv"},
        {{"supply", "import", path, "--firms", supplyData("firms.csv"), "--links",
          supplyData("links_not_a_number.csv")},
         "drei"},
        {{"supply", "import", path, "--firms", supplyData("firms.csv"), "--links",
          supplyData("links.csv"), "--crossings", supplyData("crossings_bad_freight.csv")},
         "vielleicht"},
    };
    for (const auto& c : cases) {
        const CliResult r = runCli(c.args);
        EXPECT_EQ(r.exitCode, 1) << c.expected << ": " << r.err;
        EXPECT_NE(r.err.find(c.expected), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
    // "run 1" above: run 5 does not exist, and nothing was run or stored by any case.
    EXPECT_EQ(dumpDatabase(path), before);

    // A scenario closing a crossing the stored network does not know fails at run time.
    const nlohmann::json saved =
        runJson({"scenario", "save", path, supplyData("scenario_unknown_crossing.json")});
    const std::string after = dumpDatabase(path);
    const CliResult r =
        runCli({"scenario", "run", path, saved.at("name").get<std::string>(), "--critical", "-1"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("road:nowhere"), std::string::npos) << r.err;
    EXPECT_EQ(dumpDatabase(path), after);

    // Without a network there is nothing to run on.
    const std::string empty = dir.path("empty.gpkg");
    { store::Project::create(empty, false); }
    runJson({"scenario", "save", empty, supplyData("scenario_closure.json")});
    const CliResult none = runCli({"scenario", "run", empty, kClosure});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_NE(none.err.find("supply import"), std::string::npos) << none.err;
}

TEST(ScenarioCli, InitImportsTheBundledSupplyDataWhenPresent) {
    ScratchDir dir;
    const fs::path data = dir.path("data");
    fs::copy(RRW_DATA_DIR_FOR_TESTS, data, fs::copy_options::recursive);
    fs::remove_all(data / "supply");
    fs::create_directories(data / "supply" / "scenarios");
    for (const char* f : {"firms.csv", "links.csv", "crossings.csv"}) {
        fs::copy_file(supplyData(f), data / "supply" / f);
    }
    for (const char* f : {"scenario_closure.json", "scenario_fareast.json"}) {
        fs::copy_file(supplyData(f), data / "supply" / "scenarios" / f);
    }
    const std::string path = dir.path("bundled.gpkg");
    const CliResult r = runCli({"init", path, "--data-dir", data.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    {
        const store::Project project = store::Project::open(path);
        EXPECT_EQ(store::countSupplyNetwork(project).firms, 8u);
        EXPECT_EQ(store::countSupplyNetwork(project).crossings, 3u);
        EXPECT_EQ(store::listScenarios(project).size(), 2u);
    }
    const nlohmann::json run = runJson({"scenario", "run", path, kClosure, "--critical", "-1"});
    EXPECT_EQ(run.at("run_id"), 1);

    // A broken bundled file fails the init and leaves no project behind.
    fs::copy_file(supplyData("links_unknown_firm.csv"), data / "supply" / "links.csv",
                  fs::copy_options::overwrite_existing);
    const std::string broken = dir.path("broken.gpkg");
    const CliResult bad = runCli({"init", broken, "--data-dir", data.string()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("ghost_gmbh"), std::string::npos) << bad.err;
    EXPECT_FALSE(fs::exists(broken));
}

}  // namespace rrw::test
