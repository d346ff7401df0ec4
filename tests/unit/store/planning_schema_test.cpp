// Schema 4 (SWOT register, TOWS, measures, BBK scenarios): a project written by the schema-3
// build migrates forward on its first write and keeps everything it held.

#include <gtest/gtest.h>

#include <filesystem>

#include "core/error.h"
#include "store/bbk_repository.h"
#include "store/measure_repository.h"
#include "store/project.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/swot_repository.h"
#include "store/tows_repository.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace rrw::store {

namespace {

std::int64_t count(const Project& project, const std::string& sql) {
    Statement q(project.db(), sql);
    return q.step() ? q.integer(0) : -1;
}

/// tests/data/store/project_schema3.gpkg: written by rrw at schema 3 (rrw-cli import of the
/// okres polygons into a plain GeoPackage, the district regions and indicators of the bundled
/// project, one rrw-cli score run).
std::string copySchema3Project(const test::ScratchDir& dir) {
    const std::string path = dir.path("schema3.gpkg");
    std::filesystem::copy_file(test::testDataPath("store/project_schema3.gpkg"), path);
    return path;
}

}  // namespace

TEST(PlanningSchema, ASchema3ProjectMigratesOnItsFirstWrite) {
    test::ScratchDir dir;
    const std::string path = copySchema3Project(dir);
    {
        const Project project = Project::open(path);
        ASSERT_EQ(project.schemaVersion(), 3);
        // Reading before the migration is not an error: there is nothing yet.
        EXPECT_TRUE(listSwotItems(project).empty());
        EXPECT_TRUE(listTowsStrategies(project).empty());
        EXPECT_TRUE(listMeasures(project).empty());
        EXPECT_TRUE(listBbkScenarios(project).empty());
        EXPECT_FALSE(getSwotItem(project, 1).has_value());
    }
    const char* const kept[] = {
        "SELECT COUNT(*) FROM rrw_region",         "SELECT COUNT(*) FROM rrw_indicator_value",
        "SELECT COUNT(*) FROM rrw_indicator",      "SELECT COUNT(*) FROM rrw_index_run",
        "SELECT COUNT(*) FROM rrw_layer_metadata", "SELECT COUNT(*) FROM okresy_cz",
        "SELECT COUNT(*) FROM rrw_population"};
    std::vector<std::int64_t> before;
    {
        const Project project = Project::open(path);
        for (const char* sql : kept) {
            before.push_back(count(project, sql));
        }
    }
    EXPECT_EQ(before[0], 16);
    EXPECT_EQ(before[3], 1);
    {
        Project project = Project::open(path);
        SwotItem item;
        item.regionCode = "CZ0413";
        item.category = 'W';
        item.textCs = "Vysoká nezaměstnanost";
        // Evidence pointing at schema-3 data: an indicator, a layer and the stored index run.
        item.evidence = {{0, 0, "indicator", "unemployment_rate", ""},
                         {0, 0, "layer", "okresy_cz", ""},
                         {0, 0, "index_run", "1", "all_hazards"}};
        project.write([&] { addSwotItem(project, item); });
        EXPECT_EQ(project.schemaVersion(), kSchemaVersion);
    }
    const Project project = Project::open(path);
    EXPECT_EQ(project.schemaVersion(), kSchemaVersion);  // 3 -> 4 -> … in one transaction
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(count(project, kept[i]), before[i]) << kept[i];
    }
    ASSERT_EQ(listSwotItems(project).size(), 1u);
    EXPECT_EQ(listSwotItems(project)[0].evidence.size(), 3u);
    Statement fk(project.db(), "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.step()) << "dangling reference in " << fk.text(0);
    EXPECT_EQ(test::integrityCheck(path), "ok");
    // Still a GeoPackage that GDAL reads without complaint.
    const auto info = test::runProgram("ogrinfo", {"-ro", "-q", path});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_EQ(info.err.find("Warning"), std::string::npos) << info.err;
}

TEST(PlanningSchema, AFailedFirstWriteLeavesTheSchema3FileAsItWas) {
    test::ScratchDir dir;
    const std::string path = copySchema3Project(dir);
    const std::string before = test::dumpDatabase(path);
    {
        Project project = Project::open(path);
        SwotItem item;
        item.regionCode = "XX999";  // no such region: the write fails after the migration ran
        item.textDe = "Text";
        EXPECT_THROW(project.write([&] { addSwotItem(project, item); }), Error);
        EXPECT_EQ(project.schemaVersion(), 3);
    }
    EXPECT_EQ(test::dumpDatabase(path), before);
}

TEST(PlanningSchema, ConstraintsHoldForWritesThatBypassTheRepositories) {
    test::ScratchDir dir;
    Project project = Project::create(dir.path("p.gpkg"), false);
    const char* const bad[] = {
        // no text at all
        "INSERT INTO rrw_swot_item (category, importance, created_at, updated_at, position) "
        "VALUES ('S', 3, 't', 't', 1)",
        // unknown category
        "INSERT INTO rrw_swot_item (category, text_de, created_at, updated_at, position) "
        "VALUES ('X', 'a', 't', 't', 1)",
        // importance out of range
        "INSERT INTO rrw_swot_item (category, text_de, importance, created_at, updated_at, "
        "position) VALUES ('S', 'a', 6, 't', 't', 1)",
        // unknown evidence kind
        "INSERT INTO rrw_swot_evidence (item_id, kind, ref) VALUES (1, 'rumour', 'x')",
        // measure status
        "INSERT INTO rrw_measure (id, title_de, status, created_at, updated_at) "
        "VALUES ('m', 'M', 'someday', 't', 't')",
        // TOWS kind
        "INSERT INTO rrw_tows_strategy (kind, title_de, created_at, updated_at) "
        "VALUES ('SW', 'x', 't', 't')",
        // likelihood and extent class
        "INSERT INTO rrw_bbk_scenario (id, name_de, name_cs, name_en, likelihood, updated_at) "
        "VALUES ('s', 'a', 'b', 'c', 'F', 't')",
        "INSERT INTO rrw_bbk_scenario_extent (scenario_id, parameter, extent_class) "
        "VALUES ('s', 'people', 0)",
    };
    for (const char* sql : bad) {
        EXPECT_THROW(project.write([&] { execute(project.db(), sql); }), Error) << sql;
    }
}

}  // namespace rrw::store
