// Schema 6: the governance register and the presentation slides, migrated into a project of
// schema 5 in one transaction, with the measures and their TOWS links kept.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/error.h"
#include "store/measure_repository.h"
#include "store/project.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw::store {
namespace {

std::int64_t count(const Project& project, const char* sql) {
    Statement q(project.db(), sql);
    return q.step() ? q.integer(0) : -1;
}

TEST(GovernanceSchema, MigratesFromFiveAndChecksItsColumns) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    test::copyBundledProject(path);
    {
        // Back to schema 5: drop what 6 added, as a project written by the previous release.
        Project project = Project::open(path);
        ASSERT_EQ(project.schemaVersion(), kSchemaVersion);
        project.write([&] {
            for (const char* sql :
                 {"DROP TRIGGER rrw_measure_governance_deleted",
                  "DROP TRIGGER rrw_swot_item_measure_deleted", "DROP TABLE rrw_measure_swot_item",
                  "DROP TABLE rrw_measure_risk", "DROP TABLE rrw_slide",
                  "ALTER TABLE rrw_measure DROP COLUMN review_date",
                  "ALTER TABLE rrw_measure DROP COLUMN owner_id", "DROP TABLE rrw_organisation",
                  "UPDATE rrw_meta SET value = '5' WHERE key = 'schema_version'"}) {
                execute(project.db(), sql);
            }
        });
    }
    std::int64_t measures = 0;
    {
        Project project = Project::open(path);
        EXPECT_EQ(project.schemaVersion(), 5);
        measures = count(project, "SELECT count(*) FROM rrw_measure");
        ASSERT_GT(measures, 0);
        project.write([] {});  // a write migrates
        EXPECT_EQ(project.schemaVersion(), 6);
        EXPECT_EQ(count(project, "SELECT count(*) FROM rrw_measure"), measures);
        EXPECT_EQ(count(project, "SELECT count(*) FROM rrw_measure WHERE owner_id IS NULL"),
                  measures);
        // A review date must be an ISO date; a slide needs a real extent.
        EXPECT_THROW(project.write([&] {
            Statement(project.db(), "UPDATE rrw_measure SET review_date = '31.12.2027'").step();
        }),
                     Error);
        EXPECT_THROW(project.write([&] {
            Statement(project.db(),
                      "INSERT INTO rrw_slide(position, style_json, min_x, min_y, max_x, max_y, "
                      "created_at, updated_at) VALUES (1, '{}', 5, 0, 5, 1, 'x', 'x')")
                .step();
        }),
                     Error);
        project.write([&] {
            Statement(project.db(), "UPDATE rrw_measure SET review_date = '2027-12-31'").step();
        });
        EXPECT_EQ(count(project, "SELECT count(*) FROM rrw_measure WHERE review_date IS NULL"), 0);
    }
}

}  // namespace
}  // namespace rrw::store
