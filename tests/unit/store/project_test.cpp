#include "store/project.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "core/error.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"

namespace rrw::store {

TEST(Project, CreateMakesAGeoPackageWithTheDomainSchema) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    {
        Project project = Project::create(path, false);
        EXPECT_EQ(project.schemaVersion(), kSchemaVersion);
        Statement appId(project.db(), "PRAGMA application_id");
        ASSERT_TRUE(appId.step());
        EXPECT_EQ(appId.integer(0), 0x47504B47);  // 'GPKG'
        Statement userVersion(project.db(), "PRAGMA user_version");
        ASSERT_TRUE(userVersion.step());
        EXPECT_EQ(userVersion.integer(0), 10300);  // GeoPackage 1.3
        Statement journal(project.db(), "PRAGMA journal_mode");
        ASSERT_TRUE(journal.step());
        EXPECT_EQ(journal.text(0), "wal");
    }
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(Project, RefusesToOverwriteWithoutForce) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    Project::create(path, false);
    EXPECT_THROW(Project::create(path, false), Error);
    EXPECT_NO_THROW(Project::create(path, true));
}

TEST(Project, FailedWriteLeavesContentUnchanged) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    {
        Project project = Project::create(path, false);
        project.write([&] {
            execute(project.db(), "INSERT INTO rrw_log(at, action) VALUES ('t', 'first')");
        });
    }
    const std::string before = test::dumpDatabase(path);
    {
        Project project = Project::open(path);
        EXPECT_THROW(project.write([&] {
            execute(project.db(), "INSERT INTO rrw_log(at, action) VALUES ('t', 'second')");
            throwInputError("boom");
        }),
                     Error);
        // The project stays usable after the rollback.
        project.write([&] {
            Statement count(project.db(), "SELECT COUNT(*) FROM rrw_log");
            ASSERT_TRUE(count.step());
            EXPECT_EQ(count.integer(0), 1);
        });
    }
    EXPECT_EQ(test::dumpDatabase(path), before);
}

TEST(Project, OpeningAForeignGeoPackageDoesNotChangeIt) {
    test::ScratchDir dir;
    const std::string path = dir.path("plain.gpkg");
    ASSERT_EQ(
        test::runProgram("ogr2ogr", {"-f", "GPKG", path,
                                     std::string(RRW_TEST_DATA_DIR) + "/good/crs_4326.geojson"})
            .exitCode,
        0);
    const auto bytes = [&] {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string before = bytes();
    {
        Project project = Project::open(path);
        EXPECT_EQ(project.schemaVersion(), 0);
    }
    EXPECT_EQ(bytes(), before) << "opening must not touch the file (not even its journal mode)";
}

TEST(Project, RefusesANewerSchema) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    {
        Project project = Project::create(path, false);
        project.write([&] {
            execute(project.db(), "UPDATE rrw_meta SET value = '999' WHERE key = 'schema_version'");
        });
    }
    Project project = Project::open(path);
    EXPECT_THROW(project.write([] {}), Error);
}

}  // namespace rrw::store
