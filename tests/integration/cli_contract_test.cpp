// The rrw-cli contract: --help everywhere, exit codes, JSON shapes, cancel.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <csignal>
#include <fstream>

#include "core/error.h"
#include "store/layer_import.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace rrw::test {

TEST(Cli, VersionAndHelp) {
    const CliResult v = runCli({"--version"});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_NE(v.out.find("rrw-cli "), std::string::npos);
    for (const char* command : {"init", "import", "layers", "info"}) {
        const CliResult h = runCli({command, "--help"});
        EXPECT_EQ(h.exitCode, 0) << command;
        EXPECT_NE(h.out.find("usage: rrw-cli"), std::string::npos) << command;
    }
}

TEST(Cli, UsageErrorsExitNonZeroWithOneLine) {
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"frobnicate"},
                                               {"import"},
                                               {"import", "a.gpkg", "b.geojson", "--bogus"},
                                               {"layers", "/nonexistent/p.gpkg"}}) {
        const CliResult r = runCli(args);
        EXPECT_NE(r.exitCode, 0) << args[0];
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

TEST(Cli, ImportJsonHasTheContractKeys) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    const CliResult r =
        runCli({"import", project, testDataPath("good/sjtsk_points.gpkg"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key :
         {"layer", "features", "repaired", "rejected", "source_crs", "transformation"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_EQ(j.at("source_crs"), "EPSG:5514");
    EXPECT_NE(j.at("transformation").get<std::string>().find("S-JTSK to ETRS89"),
              std::string::npos);
    // The same name again is taken: an explicit --name must not silently become another one.
    const CliResult again = runCli({"import", project, testDataPath("good/sjtsk_points.gpkg"),
                                    "--name", j.at("layer").get<std::string>()});
    EXPECT_NE(again.exitCode, 0);
    // Without --name a free name is chosen.
    const CliResult auto_ =
        runCli({"import", project, testDataPath("good/sjtsk_points.gpkg"), "--json"});
    ASSERT_EQ(auto_.exitCode, 0) << auto_.err;
    EXPECT_NE(nlohmann::json::parse(auto_.out).at("layer"), j.at("layer"));
}

TEST(Cli, CanceledImportLeavesTheProjectAsItWas) {
    ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    copyBundledProject(path);
    const std::string before = dumpDatabase(path);
    store::Project project = store::Project::open(path);
    Feedback feedback;
    feedback.cancel();
    try {
        store::importFile(project, testDataPath("good/okresy_karlovarsky.geojson"), {}, {},
                          feedback);
        FAIL() << "a canceled import must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Canceled);
    }
    EXPECT_FALSE(project.geoPackage().hasLayer("okresy_karlovarsky"));
    project = store::Project::open(path);  // close and reopen
    EXPECT_EQ(dumpDatabase(path), before);
}

}  // namespace rrw::test
