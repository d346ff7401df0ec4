// Malformed and hostile files (tests/data/bad/manifest.json): each imports with its problems
// reported, or fails with one line naming the file, and a failure leaves the project's
// content byte-for-byte as it was.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace fs = std::filesystem;

namespace rrw::test {

class BadInput : public ::testing::TestWithParam<ManifestRow> {};

TEST_P(BadInput, IsReportedOrRefusedWithoutDamage) {
    const ManifestRow& row = GetParam();
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    const std::string before = dumpDatabase(project);
    std::vector<std::string> args = {"import", project, testDataPath("bad/" + row.file), "--json"};
    args.insert(args.end(), row.args.begin(), row.args.end());
    const CliResult r = runCli(args);
    EXPECT_EQ(integrityCheck(project), "ok");
    if (row.expect == "fail") {
        EXPECT_NE(r.exitCode, 0) << row.file << " was accepted: " << r.out;
        EXPECT_NE(r.err.find(row.file), std::string::npos) << "error must name the file: " << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
        EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
        EXPECT_EQ(dumpDatabase(project), before) << "a failed import changed the project";
        return;
    }
    ASSERT_EQ(r.exitCode, 0) << row.file << ": " << r.err;
    const auto json = nlohmann::json::parse(r.out);
    if (row.features >= 0) {
        EXPECT_EQ(json.at("features").get<long>(), row.features) << r.out;
    }
    EXPECT_GE(json.at("repaired").get<long>(), row.repairedMin) << r.out;
    EXPECT_GE(json.at("rejected").get<long>(), row.rejectedMin) << r.out;
    const auto& rejected = json.at("rejected_features");
    EXPECT_EQ(rejected.size(), json.at("rejected").get<std::size_t>());
    for (const auto& f : rejected) {
        EXPECT_FALSE(f.at("reason").get<std::string>().empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Manifest, BadInput, ::testing::ValuesIn(readManifest("bad")),
                         [](const auto& param) { return testNameFor(param.param, param.index); });

TEST(BadInputCorpus, IsLargeEnough) {
    EXPECT_GE(readManifest("bad").size(), 25u);
}

TEST(BadInputCorpus, ArchiveMembersNeverLandOnDisk) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    for (const char* zip :
         {"zip_path_traversal.zip", "zip_absolute_paths.zip", "zip_traversal_extra_member.zip"}) {
        runCli({"import", project, testDataPath(std::string("bad/") + zip)});
    }
    EXPECT_FALSE(fs::exists("/tmp/rrw_evil_abs"));
    EXPECT_FALSE(fs::exists(fs::path(RRW_TEST_DATA_DIR).parent_path() / "evil.shp"));
    EXPECT_FALSE(fs::exists(fs::temp_directory_path() / "rrw_evil.txt"));
}

TEST(BadInputCorpus, SqlInNamesIsStoredLiterally) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    const std::string name = "x'); DROP TABLE gpkg_contents;--";
    const CliResult r =
        runCli({"import", project, testDataPath("bad/geojson_sql_injection_names.geojson"),
                "--name", name, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const CliResult layers = runCli({"layers", project, "--json"});
    ASSERT_EQ(layers.exitCode, 0) << layers.err;
    bool found = false;
    for (const auto& l : nlohmann::json::parse(layers.out)) {
        found = found || l.at("name") == name;
    }
    EXPECT_TRUE(found) << layers.out;
    EXPECT_EQ(integrityCheck(project), "ok");
}

}  // namespace rrw::test
