#include "store/layer_styles.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"

namespace rrw::store {

namespace {

/// A GeoPackage with one point layer "crs_4326" (geometry column "geom"), made by ogr2ogr
/// like any foreign file, then opened as a project.
std::string foreignGeoPackage(const test::ScratchDir& dir) {
    const std::string path = dir.path("styles.gpkg");
    const auto r = test::runProgram(
        "ogr2ogr", {"-f", "GPKG", path, std::string(RRW_TEST_DATA_DIR) + "/good/crs_4326.geojson"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return path;
}

std::int64_t count(const Project& project, const std::string& sql) {
    Statement q(project.db(), sql);
    return q.step() ? q.integer(0) : -1;
}

}  // namespace

TEST(LayerStyles, JsonRoundTripAndReplace) {
    test::ScratchDir dir;
    Project project = Project::create(dir.path("p.gpkg"), false);
    EXPECT_FALSE(readLayerStyleJson(project, "places").has_value());
    project.write([&] { writeLayerStyleJson(project, "places", R"({"layer":"places"})"); });
    EXPECT_EQ(readLayerStyleJson(project, "places"), R"({"layer":"places"})");
    project.write(
        [&] { writeLayerStyleJson(project, "places", R"({"layer":"places","type":"single"})"); });
    EXPECT_EQ(readLayerStyleJson(project, "places"), R"({"layer":"places","type":"single"})");
    EXPECT_EQ(count(project, "SELECT COUNT(*) FROM rrw_layer_style"), 1);
    EXPECT_FALSE(readLayerStyleJson(project, "kreise_de").has_value());
}

TEST(LayerStyles, SchemaOneProjectsMigrateToTwo) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    {
        Project project = Project::create(path, false);
        project.write([&] {  // make it look like a project written by schema 1
            execute(project.db(), "DROP TABLE rrw_layer_style");
            for (const char* later :
                 {"rrw_indicator_value", "rrw_indicator", "rrw_index_model", "rrw_index_run",
                  // schema 4
                  "rrw_swot_evidence", "rrw_swot_suggestion_decision", "rrw_tows_strategy_item",
                  "rrw_tows_strategy_measure", "rrw_tows_strategy", "rrw_swot_item", "rrw_measure",
                  "rrw_bbk_scenario_extent", "rrw_bbk_scenario",
                  // schema 5
                  "rrw_supply_link", "rrw_supply_crossing", "rrw_supply_firm", "rrw_scenario",
                  "rrw_scenario_run",
                  // schema 6
                  "rrw_measure_swot_item", "rrw_measure_risk", "rrw_organisation", "rrw_slide"}) {
                execute(project.db(), (std::string("DROP TABLE ") + later).c_str());
            }
            execute(project.db(), "UPDATE rrw_meta SET value = '1' WHERE key = 'schema_version'");
        });
    }
    Project project = Project::open(path);
    EXPECT_EQ(project.schemaVersion(), 1);
    EXPECT_FALSE(readLayerStyleJson(project, "x").has_value());  // no table yet: no error
    project.write([&] { writeLayerStyleJson(project, "x", "{}"); });
    EXPECT_EQ(project.schemaVersion(), kSchemaVersion);
    EXPECT_EQ(readLayerStyleJson(project, "x"), "{}");
}

TEST(LayerStyles, QgisStyleTableAsQgisWritesIt) {
    test::ScratchDir dir;
    const std::string path = foreignGeoPackage(dir);
    {
        Project project = Project::open(path);
        EXPECT_EQ(geometryColumnOf(project, "crs_4326"), "geom");
        EXPECT_EQ(geometryColumnOf(project, "no_such_layer"), "");
        project.write([&] {
            writeQgisStyle(project, "crs_4326", "geom", "rrw", "<qgis>first</qgis>", "rrw Points");
        });
        project.write([&] {
            writeQgisStyle(project, "crs_4326", "geom", "rrw", "<qgis>second</qgis>", "rrw Points");
        });

        // One default row, found with QGIS's own filter (f_table_schema = '', not NULL).
        Statement q(project.db(),
                    "SELECT styleQML, useAsDefault, description, f_table_catalog, owner, "
                    "update_time FROM layer_styles WHERE f_table_schema = '' AND f_table_name = "
                    "'crs_4326' AND f_geometry_column = 'geom'");
        ASSERT_TRUE(q.step());
        EXPECT_EQ(q.text(0), "<qgis>second</qgis>");
        EXPECT_EQ(q.integer(1), 1);
        EXPECT_EQ(q.text(2), "rrw Points");
        EXPECT_EQ(q.text(3), "");
        EXPECT_EQ(q.text(4), "");
        EXPECT_EQ(q.text(5).size(), 24u) << q.text(5);  // 2026-11-26T06:27:10.123Z
        EXPECT_EQ(q.text(5).back(), 'Z');
        EXPECT_FALSE(q.step());

        EXPECT_EQ(count(project,
                        "SELECT COUNT(*) FROM gpkg_contents WHERE table_name = 'layer_styles' "
                        "AND data_type = 'attributes' AND identifier = 'layer_styles'"),
                  1);
        // GDAL's feature count stays exact through its triggers.
        EXPECT_EQ(count(project,
                        "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = "
                        "'layer_styles'"),
                  1);
        // The columns QGIS creates, in its order.
        Statement columns(project.db(), "SELECT name, type FROM pragma_table_info('layer_styles')");
        std::string got;
        while (columns.step()) {
            got += columns.text(0) + " " + columns.text(1) + ";";
        }
        EXPECT_EQ(got,
                  "id INTEGER;f_table_catalog TEXT(256);f_table_schema TEXT(256);f_table_name "
                  "TEXT(256);f_geometry_column TEXT(256);styleName TEXT(30);styleQML TEXT;styleSLD "
                  "TEXT;useAsDefault BOOLEAN;description TEXT;owner TEXT(30);ui TEXT(30);"
                  "update_time DATETIME;");
    }
    EXPECT_EQ(test::integrityCheck(path), "ok");

    // GDAL reads the file without a complaint and sees the styles table.
    const auto info = test::runProgram("ogrinfo", {"-ro", "-so", path, "layer_styles"});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_EQ(info.err.find("ERROR"), std::string::npos) << info.err;
    EXPECT_EQ(info.err.find("Warning"), std::string::npos) << info.err;
    EXPECT_NE(info.out.find("Feature Count: 1"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("styleQML: String"), std::string::npos) << info.out;
    const auto all = test::runProgram("ogrinfo", {"-ro", "-al", "-so", path});
    EXPECT_EQ(all.exitCode, 0) << all.err;
    EXPECT_EQ(all.err.find("ERROR"), std::string::npos) << all.err;
    EXPECT_EQ(all.err.find("Warning"), std::string::npos) << all.err;
}

TEST(LayerStyles, OtherStylesOfTheLayerAreKeptButNoLongerDefault) {
    test::ScratchDir dir;
    const std::string path = foreignGeoPackage(dir);
    Project project = Project::open(path);
    project.write([&] {
        writeQgisStyle(project, "crs_4326", "geom", "mine", "<qgis>user</qgis>", "saved in QGIS");
    });
    project.write([&] {
        writeQgisStyle(project, "crs_4326", "geom", "rrw", "<qgis>rrw</qgis>", "rrw Points");
    });
    EXPECT_EQ(count(project, "SELECT COUNT(*) FROM layer_styles"), 2);
    EXPECT_EQ(count(project, "SELECT COUNT(*) FROM layer_styles WHERE useAsDefault = 1"), 1);
    EXPECT_EQ(count(project, "SELECT useAsDefault FROM layer_styles WHERE styleName = 'rrw'"), 1);
    EXPECT_EQ(count(project, "SELECT useAsDefault FROM layer_styles WHERE styleName = 'mine'"), 0);
}

TEST(LayerStyles, ValuesAreBoundNotPasted) {
    test::ScratchDir dir;
    const std::string path = foreignGeoPackage(dir);
    Project project = Project::open(path);
    const std::string nasty = "x'); DROP TABLE gpkg_contents; --\"";
    project.write([&] {
        writeQgisStyle(project, nasty, "geom", nasty, nasty, nasty);
        writeLayerStyleJson(project, nasty, nasty);
    });
    EXPECT_EQ(readLayerStyleJson(project, nasty), nasty);
    Statement q(project.db(), "SELECT styleQML FROM layer_styles WHERE f_table_name = ?1");
    q.bind(1, nasty);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.text(0), nasty);
    EXPECT_GT(count(project, "SELECT COUNT(*) FROM gpkg_contents"), 1);
}

TEST(LayerStyles, AFailedWriteLeavesNoStylesTable) {
    test::ScratchDir dir;
    const std::string path = foreignGeoPackage(dir);
    {
        Project project = Project::open(path);
        project.write([] {});  // the domain schema, so that only the style write differs
    }
    const std::string before = test::dumpDatabase(path);
    {
        Project project = Project::open(path);
        EXPECT_THROW(project.write([&] {
            writeQgisStyle(project, "crs_4326", "geom", "rrw", "<qgis/>", "rrw");
            throwInputError("boom");
        }),
                     Error);
    }
    EXPECT_EQ(test::dumpDatabase(path), before);
}

}  // namespace rrw::store
