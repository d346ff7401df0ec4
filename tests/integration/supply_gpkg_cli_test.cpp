// rrw-cli supply import PROJECT.gpkg --from NETWORK.gpkg: the bundled network from a GeoPackage
// in UTM 33N (EPSG:25833) is stored with the same digest as from the CSV files; malformed
// GeoPackages fail with one line naming file, layer and feature and leave the project as it was.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "store/project.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"
#include "support/supply_geopackage.h"

namespace rrw::test {

namespace {

std::string bundled(const std::string& name) {
    return std::string(RRW_DATA_DIR_FOR_TESTS) + "/supply/" + name;
}

std::string supplyData(const std::string& name) {
    return testDataPath("supply/" + name);
}

nlohmann::json runJson(std::vector<std::string> args) {
    args.push_back("--json");
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

std::string emptyProject(const ScratchDir& dir, const std::string& name) {
    const std::string path = dir.path(name);
    { store::Project::create(path, false); }
    return path;
}

}  // namespace

TEST(SupplyGpkgCli, StoresTheBundledNetworkWithTheDigestOfTheCsvFiles) {
    ScratchDir dir;
    const std::string gpkg = makeSupplyGeoPackage(dir, "net.gpkg", bundled("firms.csv"),
                                                  bundled("links.csv"), bundled("crossings.csv"));
    const nlohmann::json fromCsv =
        runJson({"supply", "import", emptyProject(dir, "csv.gpkg"), "--firms", bundled("firms.csv"),
                 "--links", bundled("links.csv"), "--crossings", bundled("crossings.csv")});
    const std::string project = emptyProject(dir, "p.gpkg");
    const nlohmann::json fromGpkg = runJson({"supply", "import", project, "--from", gpkg});
    ASSERT_TRUE(fromGpkg.is_object());
    EXPECT_GT(fromGpkg.at("firms").get<int>(), 1000);
    for (const char* key : {"firms", "links", "crossings", "synthetic_firms", "network_digest"}) {
        EXPECT_EQ(fromGpkg.at(key), fromCsv.at(key)) << key;
    }
    // The source file is opened read-only and stays as it was.
    const std::string before = dumpDatabase(gpkg);
    const CliResult text = runCli({"--lang", "en", "supply", "import", project, "--from", gpkg});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find(fromCsv.at("network_digest").get<std::string>()), std::string::npos)
        << text.out;
    EXPECT_EQ(dumpDatabase(gpkg), before);
}

TEST(SupplyGpkgCli, UsageNeedsExactlyOneForm) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"supply", "import", "p.gpkg"},
             {"supply", "import", "p.gpkg", "--from", "n.gpkg", "--firms", "f.csv"},
             {"supply", "import", "p.gpkg", "--from", "n.gpkg", "--crossings", "c.csv"},
             {"supply", "import", "p.gpkg", "--from"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.back() << ": " << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
    const CliResult help = runCli({"--lang", "en", "supply", "import", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("--from NETWORK.gpkg"), std::string::npos) << help.out;
}

TEST(SupplyGpkgCli, MalformedGeoPackagesWriteNothing) {
    ScratchDir dir;
    const SupplyGpkgOptions text{"EPSG:25833", false};
    const auto make = [&](const std::string& name, const std::string& links) {
        return makeSupplyGeoPackage(dir, name, supplyData("firms.csv"), links,
                                    supplyData("crossings.csv"), text);
    };
    const std::string noLinks = make("nolinks.gpkg", supplyData("links.csv"));
    ASSERT_EQ(runProgram("ogrinfo", {noLinks, "-sql", "DROP TABLE links"}).exitCode, 0);
    const std::string noColumn = make("nocolumn.gpkg", supplyData("links.csv"));
    ASSERT_EQ(runProgram("ogrinfo", {noColumn, "-sql", "ALTER TABLE links DROP COLUMN lead_time"})
                  .exitCode,
              0);
    std::ofstream(dir.path("links_unknown.csv"))
        << "supplier,customer,input_share,lead_time,inventory_days,substitutable_share,"
           "switch_days\nkaolin_kv,porcelain_selb,0.25,2,10,0.2,14\n"
           "rest_de,porcelain_selb,0.2,2,15,0.5,5\nghost_gmbh,porcelain_selb,0.2,1,2,0,0\n";
    const struct {
        std::string file, expected;
    } cases[] = {
        {noLinks, noLinks + ": the layer 'links' is missing"},
        {noColumn, noColumn + ", layer links: the column 'lead_time' is missing"},
        {make("nan.gpkg", supplyData("links_not_a_number.csv")),
         "nan.gpkg, layer links, feature 1: column 'lead_time': 'drei' is not a number"},
        {make("unknown.gpkg", dir.path("links_unknown.csv")),
         "unknown.gpkg, layer links, feature 3: the supplier \"ghost_gmbh\" is neither"},
        {supplyData("links.csv"), "links.csv: not a GeoPackage"},
    };
    // A project that already holds a network keeps it.
    const std::string project = emptyProject(dir, "p.gpkg");
    runJson({"supply", "import", project, "--firms", supplyData("firms.csv"), "--links",
             supplyData("links.csv"), "--crossings", supplyData("crossings.csv")});
    const std::string before = dumpDatabase(project);
    for (const auto& c : cases) {
        const CliResult r = runCli({"--lang", "en", "supply", "import", project, "--from", c.file});
        EXPECT_EQ(r.exitCode, 1) << c.expected << ": " << r.err;
        EXPECT_NE(r.err.find(c.expected), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
    EXPECT_EQ(dumpDatabase(project), before);
}

}  // namespace rrw::test
