// Schema 5 (supply network, versioned scenarios, scenario runs): a schema-4 project migrates
// on its first write; the repositories round-trip and refuse bad input without writing.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "analysis/scenario/scenario.h"
#include "core/error.h"
#include "store/measure_repository.h"
#include "store/project.h"
#include "store/scenario_repository.h"
#include "store/scenario_run_repository.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/supply_repository.h"
#include "store/supply_tables.h"
#include "store/swot_repository.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace rrw::store {

namespace {

std::string supplyFile(const std::string& name) {
    return test::testDataPath("supply/" + name);
}

SupplyTables testNetwork() {
    return readSupplyCsv(supplyFile("firms.csv"), supplyFile("links.csv"),
                         supplyFile("crossings.csv"));
}

analysis::Scenario scenarioFile(const std::string& name) {
    const std::string path = supplyFile(name);
    std::ifstream in(path);
    return analysis::parseScenario(nlohmann::json::parse(in), path);
}

std::int64_t count(const Project& project, const std::string& sql) {
    Statement q(project.db(), sql);
    return q.step() ? q.integer(0) : -1;
}

ScenarioRun someRun(const std::string& name, int version) {
    ScenarioRun run;
    run.scenarioName = name;
    run.scenarioVersion = version;
    run.scenarioJson = "{}";
    run.networkDigest = "0123456789abcdef";
    run.inputsHash = "fedcba9876543210";
    run.days = 30;
    run.resultJson = R"({"total":{"loss_value":1.5}})";
    run.durationMs = 12;
    return run;
}

}  // namespace

TEST(SupplyStore, ASchema4ProjectMigratesOnItsFirstWrite) {
    test::ScratchDir dir;
    const std::string path = dir.path("schema4.gpkg");
    std::filesystem::copy_file(test::testDataPath("store/project_schema4.gpkg"), path);
    const char* const kept[] = {
        "SELECT COUNT(*) FROM rrw_region", "SELECT COUNT(*) FROM rrw_swot_item",
        "SELECT COUNT(*) FROM rrw_measure", "SELECT COUNT(*) FROM rrw_layer_metadata",
        "SELECT COUNT(*) FROM okresy_cz"};
    std::vector<std::int64_t> before;
    {
        const Project project = Project::open(path);
        ASSERT_EQ(project.schemaVersion(), 4);
        // Reading before the migration is not an error: there is nothing yet.
        EXPECT_TRUE(readSupplyTables(project).firms.empty());
        EXPECT_FALSE(loadSupplyNetwork(project).has_value());
        EXPECT_TRUE(listScenarios(project).empty());
        EXPECT_TRUE(listScenarioRuns(project).empty());
        for (const char* sql : kept) {
            before.push_back(count(project, sql));
        }
    }
    EXPECT_GT(before[1], 0);  // the fixture holds planning data of schema 4
    {
        Project project = Project::open(path);
        project.write([&] {
            replaceSupplyNetwork(project, testNetwork());
            saveScenario(project, scenarioFile("scenario_closure.json"));
        });
        EXPECT_EQ(project.schemaVersion(), kSchemaVersion);
        EXPECT_GE(kSchemaVersion, 5);
    }
    const Project project = Project::open(path);
    EXPECT_EQ(project.schemaVersion(), kSchemaVersion);
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(count(project, kept[i]), before[i]) << kept[i];
    }
    EXPECT_EQ(countSupplyNetwork(project).firms, 8u);
    EXPECT_EQ(listScenarios(project).size(), 1u);
    Statement fk(project.db(), "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.step()) << "dangling reference in " << fk.text(0);
    EXPECT_EQ(test::integrityCheck(path), "ok");
    const auto info = test::runProgram("ogrinfo", {"-ro", "-q", path});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_EQ(info.err.find("Warning"), std::string::npos) << info.err;
}

TEST(SupplyStore, AFailedFirstWriteLeavesTheSchema4FileAsItWas) {
    test::ScratchDir dir;
    const std::string path = dir.path("schema4.gpkg");
    std::filesystem::copy_file(test::testDataPath("store/project_schema4.gpkg"), path);
    const std::string before = test::dumpDatabase(path);
    {
        Project project = Project::open(path);
        SupplyTables broken =
            readSupplyCsv(supplyFile("firms.csv"), supplyFile("links_unknown_firm.csv"), "");
        EXPECT_THROW(project.write([&] { replaceSupplyNetwork(project, broken); }), Error);
        EXPECT_EQ(project.schemaVersion(), 4);
    }
    EXPECT_EQ(test::dumpDatabase(path), before);
}

TEST(SupplyStore, TheNetworkRoundTripsWithItsDigest) {
    test::ScratchDir dir;
    Project project = Project::create(dir.path("p.gpkg"), false);
    SupplyTables tables = testNetwork();
    tables.firmSynthetic.assign(tables.firms.size(), 0);
    tables.firmSynthetic[1] = 1;
    project.write([&] { replaceSupplyNetwork(project, tables); });

    const SupplyTables back = readSupplyTables(project);
    ASSERT_EQ(back.firms.size(), tables.firms.size());
    ASSERT_EQ(back.links.size(), tables.links.size());
    ASSERT_EQ(back.crossings.size(), 3u);
    for (std::size_t i = 0; i < back.firms.size(); ++i) {
        const auto& a = tables.firms[i];
        const auto& b = back.firms[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.municipality, b.municipality);
        EXPECT_EQ(a.nace, b.nace);
        EXPECT_EQ(a.dailyOutput, b.dailyOutput);
        EXPECT_EQ(std::isnan(a.energyIntensity), std::isnan(b.energyIntensity)) << a.id;
        EXPECT_EQ(a.x, b.x);
        EXPECT_EQ(b.where, "firm " + a.id);
    }
    EXPECT_EQ(back.firmSynthetic, tables.firmSynthetic);
    EXPECT_EQ(back.crossings[0].name, "Schirnding – Pomezí nad Ohří");
    EXPECT_FALSE(back.crossings[1].freight);
    EXPECT_EQ(back.links[0].crossing, "road:schirnding-pomezi");

    const auto fromFiles =
        analysis::buildSupplyNetwork(tables.firms, tables.links, tables.crossings);
    const auto stored = loadSupplyNetwork(project);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(analysis::networkDigest(*stored), analysis::networkDigest(fromFiles));
    const auto scenario = scenarioFile("scenario_closure.json");
    EXPECT_EQ(analysis::scenarioHash(scenario, *stored),
              analysis::scenarioHash(scenario, fromFiles));

    // A second import replaces the network whole.
    SupplyTables smaller = tables;
    smaller.crossings.clear();
    smaller.crossingSynthetic.clear();
    project.write([&] { replaceSupplyNetwork(project, smaller); });
    EXPECT_EQ(countSupplyNetwork(project).crossings, 0u);
    EXPECT_EQ(countSupplyNetwork(project).firms, 8u);
    EXPECT_EQ(countSupplyNetwork(project).syntheticFirms, 1u);
}

TEST(SupplyStore, ABrokenNetworkLeavesTheStoredOneAsItWas) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    {
        Project project = Project::create(path, false);
        project.write([&] { replaceSupplyNetwork(project, testNetwork()); });
    }
    const std::string before = test::dumpDatabase(path);
    for (const char* links : {"links_unknown_firm.csv", "links_shares_over_one.csv",
                              "links_fractional_lead_time.csv"}) {
        Project project = Project::open(path);
        const SupplyTables broken = readSupplyCsv(supplyFile("firms.csv"), supplyFile(links), "");
        try {
            project.write([&] { replaceSupplyNetwork(project, broken); });
            ADD_FAILURE() << links << " was accepted";
        } catch (const Error& e) {
            EXPECT_NE(e.message().find(links), std::string::npos) << e.message();
        }
    }
    EXPECT_EQ(test::dumpDatabase(path), before);
}

TEST(SupplyStore, EverySaveIsANewVersion) {
    test::ScratchDir dir;
    Project project = Project::create(dir.path("p.gpkg"), false);
    analysis::Scenario closure = scenarioFile("scenario_closure.json");
    const analysis::Scenario fareast = scenarioFile("scenario_fareast.json");
    int v1 = 0, v2 = 0, v3 = 0, other = 0;
    project.write(
        [&] { v1 = saveScenario(project, closure, "Grenzschließung", "Uzavření hranic"); });
    closure.days = 30;
    project.write([&] { v2 = saveScenario(project, closure); });
    project.write([&] { other = saveScenario(project, fareast); });
    EXPECT_EQ(v1, 1);
    EXPECT_EQ(v2, 2);
    EXPECT_EQ(other, 1);

    const auto latest = listScenarios(project);
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest[0].name, closure.name < fareast.name ? closure.name : fareast.name);
    EXPECT_EQ(listScenarios(project, true).size(), 3u);
    const auto first = getScenario(project, closure.name, 1);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->titleCs, "Uzavření hranic");
    EXPECT_EQ(parseStoredScenario(*first).days, 60);
    EXPECT_EQ(parseStoredScenario(requireScenario(project, closure.name)).days, 30);
    // Stored canonical: it reads back as the same scenario (same canonical JSON).
    EXPECT_EQ(analysis::scenarioToJson(parseStoredScenario(*first)),
              analysis::scenarioToJson(scenarioFile("scenario_closure.json")));

    EXPECT_THROW(requireScenario(project, "no such scenario"), Error);
    EXPECT_THROW(requireScenario(project, closure.name, 7), Error);

    // A run refers to version 2; deleting versions never lets a number come back.
    project.write([&] { recordScenarioRun(project, someRun(closure.name, 2)); });
    project.write([&] { EXPECT_EQ(deleteScenario(project, closure.name).size(), 2u); });
    EXPECT_FALSE(getScenario(project, closure.name).has_value());
    project.write([&] { v3 = saveScenario(project, closure); });
    EXPECT_EQ(v3, 3);
    EXPECT_THROW(project.write([&] { deleteScenario(project, closure.name, 1); }), Error);
}

TEST(SupplyStore, RunsAreRecordedListedAndRead) {
    test::ScratchDir dir;
    Project project = Project::create(dir.path("p.gpkg"), false);
    std::int64_t a = 0, b = 0;
    project.write([&] {
        a = recordScenarioRun(project, someRun("x", 1));
        b = recordScenarioRun(project, someRun("y", 4));
    });
    EXPECT_LT(a, b);
    EXPECT_EQ(listScenarioRuns(project).size(), 2u);
    ASSERT_EQ(listScenarioRuns(project, "y").size(), 1u);
    EXPECT_EQ(listScenarioRuns(project, "y")[0].scenarioVersion, 4);
    const ScenarioRun run = requireScenarioRun(project, a);
    EXPECT_EQ(run.scenarioName, "x");
    EXPECT_EQ(run.inputsHash, "fedcba9876543210");
    EXPECT_EQ(run.resultJson, R"({"total":{"loss_value":1.5}})");
    EXPECT_EQ(run.days, 30);
    EXPECT_EQ(run.durationMs, 12);
    EXPECT_FALSE(run.createdAt.empty());
    EXPECT_THROW(requireScenarioRun(project, 99), Error);
    ScenarioRun bad = someRun("x", 1);
    bad.inputsHash = "not a hash";
    EXPECT_THROW(project.write([&] { recordScenarioRun(project, bad); }), Error);
    EXPECT_EQ(listScenarioRuns(project).size(), 2u);
}

}  // namespace rrw::store
