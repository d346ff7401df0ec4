// store::readSupplyGeoPackage: the network of data/supply stored in a GeoPackage (points in
// UTM 33N, ETRS89-LAEA or S-JTSK Krovak, numbers as integer/real or text fields) reads to the
// same network as the CSV files; malformed files fail naming the file, layer and feature.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "analysis/supply/network.h"
#include "core/error.h"
#include "store/supply_geopackage.h"
#include "store/supply_tables.h"
#include "support/cli_runner.h"
#include "support/fixtures.h"
#include "support/supply_geopackage.h"

namespace rrw::store {

namespace {

std::string bundled(const std::string& name) {
    return std::string(RRW_DATA_DIR_FOR_TESTS) + "/supply/" + name;
}

std::string testFile(const std::string& name) {
    return test::testDataPath("supply/" + name);
}

std::uint64_t digest(const SupplyTables& t) {
    return analysis::networkDigest(analysis::buildSupplyNetwork(t.firms, t.links, t.crossings));
}

/// The English message of the error `read` throws ("" when it throws none).
template <typename Read>
std::string errorOf(Read read) {
    try {
        read();
    } catch (const Error& e) {
        return e.message();
    }
    return "";
}

}  // namespace

struct GpkgForm {
    test::SupplyGpkgOptions options;
    const char* label;
};

class SupplyGeoPackage : public ::testing::TestWithParam<GpkgForm> {};

TEST_P(SupplyGeoPackage, ReadsTheBundledNetworkAsTheCsvFilesDo) {
    test::ScratchDir dir;
    const std::string gpkg =
        test::makeSupplyGeoPackage(dir, "net.gpkg", bundled("firms.csv"), bundled("links.csv"),
                                   bundled("crossings.csv"), GetParam().options);
    const SupplyTables csv =
        readSupplyCsv(bundled("firms.csv"), bundled("links.csv"), bundled("crossings.csv"));
    const SupplyTables g = readSupplyGeoPackage(gpkg);
    ASSERT_EQ(g.firms.size(), csv.firms.size());
    ASSERT_GT(g.firms.size(), 1000u);
    ASSERT_EQ(g.links.size(), csv.links.size());
    ASSERT_EQ(g.crossings.size(), csv.crossings.size());
    for (std::size_t i = 0; i < g.firms.size(); ++i) {
        EXPECT_EQ(g.firms[i].id, csv.firms[i].id);
        EXPECT_EQ(g.firms[i].name, csv.firms[i].name);
        EXPECT_EQ(g.firms[i].municipality, csv.firms[i].municipality);
        EXPECT_NEAR(g.firms[i].x, csv.firms[i].x, 1e-6) << csv.firms[i].id;
        EXPECT_NEAR(g.firms[i].y, csv.firms[i].y, 1e-6) << csv.firms[i].id;
    }
    EXPECT_EQ(g.firmSynthetic, csv.firmSynthetic);
    EXPECT_EQ(g.linkSynthetic, csv.linkSynthetic);
    EXPECT_EQ(g.crossingSynthetic, csv.crossingSynthetic);
    EXPECT_EQ(g.firms[0].where, gpkg + ", layer firms, feature 1");
    EXPECT_EQ(g.links[3].where, gpkg + ", layer links, feature 4");
    EXPECT_EQ(digest(g), digest(csv));
}

INSTANTIATE_TEST_SUITE_P(Forms, SupplyGeoPackage,
                         ::testing::Values(GpkgForm{{"EPSG:25833", true}, "utm33_typed"},
                                           GpkgForm{{"EPSG:3035", false}, "laea_text"},
                                           GpkgForm{{"", true}, "xy_columns"}),
                         [](const ::testing::TestParamInfo<GpkgForm>& param) {
                             return param.param.label;
                         });

// S-JTSK is defined for Czechia and Slovakia only. PROJ chooses the datum transformation per
// point by its area of use; for a Bavarian point it may choose another one going back from
// Krovak than ogr2ogr chose going to it, so those positions come back some metres off.
TEST(SupplyGeoPackageRead, KrovakPointsInCzechiaComeBackExactly) {
    test::ScratchDir dir;
    const std::string gpkg =
        test::makeSupplyGeoPackage(dir, "net.gpkg", bundled("firms.csv"), bundled("links.csv"),
                                   bundled("crossings.csv"), {"EPSG:5514", true});
    const SupplyTables csv =
        readSupplyCsv(bundled("firms.csv"), bundled("links.csv"), bundled("crossings.csv"));
    const SupplyTables g = readSupplyGeoPackage(gpkg);
    ASSERT_EQ(g.firms.size(), csv.firms.size());
    std::size_t czech = 0;
    for (std::size_t i = 0; i < g.firms.size(); ++i) {
        const double tolerance = csv.firms[i].country == "CZ" ? 1e-6 : 2e-4;  // 2e-4° ≈ 20 m
        czech += csv.firms[i].country == "CZ" ? 1 : 0;
        EXPECT_NEAR(g.firms[i].x, csv.firms[i].x, tolerance) << csv.firms[i].id;
        EXPECT_NEAR(g.firms[i].y, csv.firms[i].y, tolerance) << csv.firms[i].id;
        if (csv.firms[i].country == "CZ") {
            EXPECT_EQ(g.firms[i].x, csv.firms[i].x) << csv.firms[i].id;
            EXPECT_EQ(g.firms[i].y, csv.firms[i].y) << csv.firms[i].id;
        }
    }
    EXPECT_GT(czech, 500u);
}

TEST(SupplyGeoPackageRead, TheGeometryIsThePositionAndMayBeMissing) {
    test::ScratchDir dir;
    // The second firm has no coordinates, so no point.
    std::ofstream(dir.path("firms.csv"))
        << "id,name,municipality,region,nace,employees,commuter_share,daily_output,x,y\n"
           "porcelain_selb,Selb,09479152,DE24D,C23.41,450,0.25,180000,12.136,50.170\n"
           "glass_cheb,Cheb,554481,CZ0411,C23.13,300,0.1,90000,,\n";
    std::ofstream(dir.path("links.csv"))
        << "supplier,customer,input_share,lead_time,inventory_days,substitutable_share,"
           "switch_days\nglass_cheb,porcelain_selb,0.2,2,10,0.1,14\n";
    const std::string gpkg = test::makeSupplyGeoPackage(
        dir, "net.gpkg", dir.path("firms.csv"), dir.path("links.csv"), "", {"EPSG:32633", false});
    // The x/y columns ogr2ogr keeps next to the geometry are not read.
    const auto junk = test::runProgram("ogrinfo", {gpkg, "-sql", "UPDATE firms SET x = 'junk'"});
    ASSERT_EQ(junk.exitCode, 0) << junk.err;
    const SupplyTables t = readSupplyGeoPackage(gpkg);
    ASSERT_EQ(t.firms.size(), 2u);
    EXPECT_DOUBLE_EQ(t.firms[0].x, 12.136);
    EXPECT_DOUBLE_EQ(t.firms[0].y, 50.17);
    EXPECT_TRUE(std::isnan(t.firms[1].x));
    EXPECT_TRUE(std::isnan(t.firms[1].y));
    EXPECT_TRUE(t.crossings.empty());
    EXPECT_EQ(t.links[0].leadTime, 2.0);

    // Without a geometry column the x/y columns are the position; text fields may use a
    // decimal comma.
    const std::string table = test::makeSupplyGeoPackage(dir, "table.gpkg", dir.path("firms.csv"),
                                                         dir.path("links.csv"), "", {"", false});
    const auto comma =
        test::runProgram("ogrinfo", {table, "-sql", "UPDATE firms SET x = '12,5' WHERE fid = 1"});
    ASSERT_EQ(comma.exitCode, 0) << comma.err;
    const SupplyTables c = readSupplyGeoPackage(table);
    EXPECT_DOUBLE_EQ(c.firms[0].x, 12.5);
    EXPECT_DOUBLE_EQ(c.firms[0].y, 50.17);
    EXPECT_TRUE(std::isnan(c.firms[1].x));
}

TEST(SupplyGeoPackageRead, MalformedFilesNameTheFileLayerAndFeature) {
    test::ScratchDir dir;
    const test::SupplyGpkgOptions text{"EPSG:5514", false};
    const auto make = [&](const std::string& name, const std::string& links) {
        return test::makeSupplyGeoPackage(dir, name, testFile("firms.csv"), testFile(links),
                                          testFile("crossings.csv"), text);
    };
    const std::string notANumber = make("nan.gpkg", "links_not_a_number.csv");
    EXPECT_EQ(errorOf([&] { readSupplyGeoPackage(notANumber); }),
              notANumber + ", layer links, feature 1: column 'lead_time': 'drei' is not a number");

    const std::string missingColumn = make("column.gpkg", "links.csv");
    const auto drop = test::runProgram(
        "ogrinfo", {missingColumn, "-sql", "ALTER TABLE links DROP COLUMN inventory_days"});
    ASSERT_EQ(drop.exitCode, 0) << drop.err;
    const std::string columnError = errorOf([&] { readSupplyGeoPackage(missingColumn); });
    EXPECT_NE(columnError.find(missingColumn + ", layer links: the column 'inventory_days' is "
                                               "missing"),
              std::string::npos)
        << columnError;

    const std::string noLinks = make("nolinks.gpkg", "links.csv");
    const auto dropLayer = test::runProgram("ogrinfo", {noLinks, "-sql", "DROP TABLE links"});
    ASSERT_EQ(dropLayer.exitCode, 0) << dropLayer.err;
    EXPECT_EQ(errorOf([&] { readSupplyGeoPackage(noLinks); }),
              noLinks + ": the layer 'links' is missing (layers in the file: firms, crossings)");

    // Read fine, refused when the network is built: the message names the feature.
    std::ofstream(dir.path("links_unknown.csv"))
        << "supplier,customer,input_share,lead_time,inventory_days,substitutable_share,"
           "switch_days\nkaolin_kv,porcelain_selb,0.25,2,10,0.2,14\n"
           "ghost_gmbh,porcelain_selb,0.2,1,2,0,0\n";
    const std::string unknown = test::makeSupplyGeoPackage(
        dir, "unknown.gpkg", testFile("firms.csv"), dir.path("links_unknown.csv"), "", text);
    const SupplyTables t = readSupplyGeoPackage(unknown);
    EXPECT_EQ(errorOf([&] { analysis::buildSupplyNetwork(t.firms, t.links, t.crossings); }),
              unknown +
                  ", layer links, feature 2: the supplier \"ghost_gmbh\" is neither a firm "
                  "nor an external node.");

    // Not a GeoPackage, and no file at all.
    EXPECT_NE(
        errorOf([&] { readSupplyGeoPackage(testFile("firms.csv")); }).find(": not a GeoPackage"),
        std::string::npos);
    EXPECT_EQ(errorOf([&] { readSupplyGeoPackage(dir.path("none.gpkg")); }),
              dir.path("none.gpkg") + ": file not found");
}

TEST(SupplyGeoPackageRead, FirmsMustBePointsWithACoordinateSystem) {
    test::ScratchDir dir;
    std::ofstream(dir.path("lines.geojson"))
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
           R"({"id":"a","name":"A","municipality":"554481","region":"CZ0411","nace":"C23",)"
           R"("employees":1,"commuter_share":0,"daily_output":1},"geometry":{"type":)"
           R"("LineString","coordinates":[[12.3,50.0],[12.4,50.1]]}}]})";
    const std::string gpkg = dir.path("lines.gpkg");
    const auto r = test::runProgram("ogr2ogr", {"-f", "GPKG", gpkg, dir.path("lines.geojson"),
                                                "-nln", "firms", "-nlt", "GEOMETRY"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(errorOf([&] { readSupplyGeoPackage(gpkg); }),
              gpkg + ", layer firms, feature 1: the geometry is a Line String, not a point");
}

}  // namespace rrw::store
