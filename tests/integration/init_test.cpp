// rrw-cli init: the bundled region project, read back with GDAL's own tools.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "store/indicator_repository.h"
#include "store/project.h"
#include "store/region_repository.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"

namespace rrw::test {

class BundledProject : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new ScratchDir();
        path_ = dir_->path("region.gpkg");
        const CliResult r = runCli({"init", path_});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    static void TearDownTestSuite() { delete dir_; }
    static ScratchDir* dir_;
    static std::string path_;
};
ScratchDir* BundledProject::dir_ = nullptr;
std::string BundledProject::path_;

TEST_F(BundledProject, OgrinfoReadsItWithoutErrors) {
    const CliResult r = runProgram("ogrinfo", {"-ro", path_});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("ERROR"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("Warning"), std::string::npos) << r.err;
    for (const char* layer : {"kreise_de", "gemeinden_de", "kraj_cz", "okresy_cz", "obce_cz",
                              "places", "border_de_cz", "border_crossings"}) {
        EXPECT_NE(r.out.find(std::string(": ") + layer + " ("), std::string::npos) << layer;
    }
}

TEST_F(BundledProject, RegionsCarryGermanAndCzechNames) {
    const CliResult r =
        runProgram("ogrinfo", {"-ro", "-q", "-sql",
                               "SELECT name, name_de, name_cs FROM places WHERE name IN "
                               "('Cheb','Karlovy Vary','Aš','Sokolov','Mariánské Lázně',"
                               "'Františkovy Lázně')",
                               path_});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char* pair : {"Eger", "Karlsbad", "Asch", "Falkenau", "Marienbad", "Franzensbad"}) {
        EXPECT_NE(r.out.find(pair), std::string::npos) << pair << "\n" << r.out;
    }
    const CliResult okresy =
        runProgram("ogrinfo", {"-ro", "-q", "-al", "-geom=NO", path_, "okresy_cz"});
    EXPECT_NE(okresy.out.find("name_de (String) = Eger"), std::string::npos);
    EXPECT_NE(okresy.out.find("name_cs (String) = Karlovy Vary"), std::string::npos);
}

TEST_F(BundledProject, LayersAreStoredInEtrsLaeaWithSpatialIndex) {
    const CliResult r = runCli({"layers", path_, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto layers = nlohmann::json::parse(r.out);
    ASSERT_GE(layers.size(), 8u);
    store::Project project = store::Project::open(path_);
    for (const auto& l : layers) {
        EXPECT_EQ(l.at("crs"), "EPSG:3035") << l.dump();
        EXPECT_GT(l.at("features").get<int>(), 0) << l.dump();
        EXPECT_FALSE(l.at("licence").get<std::string>().empty()) << l.dump();
        EXPECT_FALSE(l.at("attribution").get<std::string>().empty()) << l.dump();
        store::Statement rtree(project.db(),
                               "SELECT COUNT(*) FROM gpkg_extensions WHERE extension_name = "
                               "'gpkg_rtree_index' AND table_name = ?1");
        rtree.bind(1, l.at("name").get<std::string>());
        ASSERT_TRUE(rtree.step());
        EXPECT_EQ(rtree.integer(0), 1) << l.at("name");
    }
}

TEST_F(BundledProject, MetadataRecordsTheTransformationUsed) {
    store::Project project = store::Project::open(path_);
    store::Statement q(project.db(),
                       "SELECT layer, source_crs, transformation, transformation_accuracy_m, "
                       "imported_at, features FROM rrw_layer_metadata");
    int rows = 0;
    while (q.step()) {
        ++rows;
        EXPECT_EQ(q.text(1), "EPSG:4326");
        EXPECT_NE(q.text(2).find("ETRS89"), std::string::npos) << q.text(2);
        EXPECT_FALSE(q.isNull(3));
        EXPECT_FALSE(q.text(4).empty());
    }
    EXPECT_GE(rows, 8);
}

TEST_F(BundledProject, HierarchyRelatesBothSidesOfTheBorder) {
    store::Project project = store::Project::open(path_);
    const auto districts = store::regionsAt(project, "district");
    int de = 0;
    int cz = 0;
    for (const auto& r : districts) {
        (r.country == "DE" ? de : cz)++;
        EXPECT_FALSE(r.parentCode.empty()) << r.code;
        EXPECT_FALSE(r.nameDe.empty());
        EXPECT_FALSE(r.nameCs.empty());
    }
    EXPECT_EQ(cz, 3);
    EXPECT_GE(de, 8);
    store::Statement orphans(project.db(),
                             "SELECT COUNT(*) FROM rrw_region c LEFT JOIN rrw_region p ON p.code = "
                             "c.parent_code WHERE c.parent_code IS NOT NULL AND p.code IS NULL");
    ASSERT_TRUE(orphans.step());
    EXPECT_EQ(orphans.integer(0), 0);
    store::Statement obce(
        project.db(),
        "SELECT COUNT(*) FROM rrw_region c JOIN rrw_region p ON p.code = c.parent_code "
        "WHERE c.level = 'obec' AND p.level = 'okres'");
    ASSERT_TRUE(obce.step());
    EXPECT_EQ(obce.integer(0), 134);
    store::Statement pop(project.db(),
                         "SELECT population FROM rrw_population WHERE region_code = 'CZ0411' AND "
                         "reference_date = '2023-01-01'");
    ASSERT_TRUE(pop.step());
    EXPECT_EQ(pop.integer(0), 92636);  // ČSÚ, okres Cheb, 1 Jan 2023
}

TEST_F(BundledProject, EveryBundledFileKeepsItsSourceAndLicence) {
    store::Project project = store::Project::open(path_);
    store::Statement q(project.db(),
                       "SELECT file, licence, attribution, source FROM rrw_data_source");
    int rows = 0;
    while (q.step()) {
        ++rows;
        EXPECT_FALSE(q.text(1).empty()) << q.text(0);
        EXPECT_FALSE(q.text(2).empty()) << q.text(0);
        EXPECT_FALSE(q.text(3).empty()) << q.text(0);
    }
    EXPECT_GE(rows, 10);
}

TEST_F(BundledProject, InfoSummarisesRegionsPerLevel) {
    const CliResult r = runCli({"info", path_, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto info = nlohmann::json::parse(r.out);
    EXPECT_EQ(info.at("schema_version"), store::kSchemaVersion);
    std::map<std::string, int> counts;
    for (const auto& c : info.at("regions")) {
        counts[c.at("level").get<std::string>()] = c.at("count").get<int>();
    }
    EXPECT_EQ(counts["okres"], 3);
    EXPECT_EQ(counts["obec"], 134);
    EXPECT_EQ(counts["kraj"], 1);
    EXPECT_EQ(counts["kreis"], 10);
    EXPECT_EQ(counts["gemeinde"], 229);
}

TEST_F(BundledProject, InitRefusesToOverwriteWithoutForce) {
    const std::string before = dumpDatabase(path_);
    const CliResult r = runCli({"init", path_});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find(path_), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--force"), std::string::npos) << r.err;
    EXPECT_EQ(dumpDatabase(path_), before);
}

TEST_F(BundledProject, LatestValueRecordsCarrySourceYearAndSyntheticFlag) {
    const store::Project project = store::Project::open(path_);
    const auto records = store::latestValueRecords(project, "district");
    const auto plain = store::latestValues(project, "district");
    ASSERT_EQ(records.size(), plain.size());
    ASSERT_FALSE(records.empty());
    for (std::size_t i = 0; i < records.size(); ++i) {
        EXPECT_EQ(records[i].regionCode, std::get<0>(plain[i]));
        EXPECT_EQ(records[i].indicatorId, std::get<1>(plain[i]));
        EXPECT_DOUBLE_EQ(records[i].value, std::get<2>(plain[i]));
        EXPECT_FALSE(records[i].source.empty()) << records[i].regionCode;
    }
}

TEST(Init, ForceReplacesAndLeavesNoTemporaryFiles) {
    ScratchDir dir;
    const std::string path = dir.path("p.gpkg");
    ASSERT_EQ(runCli({"init", path}).exitCode, 0);
    ASSERT_EQ(runCli({"init", path, "--force"}).exitCode, 0);
    EXPECT_FALSE(std::filesystem::exists(path + ".building"));
    EXPECT_EQ(integrityCheck(path), "ok");
}

/// A data directory of one small layer whose manifest and tables a test breaks.
class BrokenDataDir : public ::testing::Test {
protected:
    void SetUp() override {
        namespace fs = std::filesystem;
        const fs::path region = fs::path(dir_.path("data")) / "region";
        fs::create_directories(region / "stats");
        fs::copy_file(fs::path(RRW_DATA_DIR_FOR_TESTS) / "region" / "border_crossings.geojson",
                      region / "border_crossings.geojson");
        for (const char* table : {"regions.csv", "population.csv", "sources.csv"}) {
            fs::copy_file(fs::path(RRW_DATA_DIR_FOR_TESTS) / "region" / "stats" / table,
                          region / "stats" / table);
        }
        manifest_ = {{"layers",
                      {{{"file", "border_crossings.geojson"},
                        {"layer", "border_crossings"},
                        {"title", {{"de", "Grenzübergänge"}, {"cs", "Hraniční přechody"}}}}}},
                     {"regions", "stats/regions.csv"},
                     {"population", "stats/population.csv"},
                     {"sources", "stats/sources.csv"}};
    }
    void write(const std::string& file, const std::string& text) {
        std::ofstream(dir_.path("data") + "/region/" + file, std::ios::binary) << text;
    }
    CliResult init() {
        write("manifest.json", manifest_.dump());
        return runCli({"init", dir_.path("p.gpkg"), "--data-dir", dir_.path("data")});
    }
    ScratchDir dir_;
    nlohmann::json manifest_;
};

TEST_F(BrokenDataDir, TheSmallDataDirBuildsAProject) {
    const CliResult r = init();
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST_F(BrokenDataDir, AManifestWithoutSourcesNamesTheKey) {
    manifest_.erase("sources");
    const CliResult r = init();
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("manifest.json"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("\"sources\""), std::string::npos) << r.err;
}

TEST_F(BrokenDataDir, ALayerEntryThatIsNoObjectIsNamed) {
    manifest_["layers"] = {"border_crossings.geojson"};
    const CliResult r = init();
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("layer 1"), std::string::npos) << r.err;
}

TEST_F(BrokenDataDir, ARegionTableWithoutAColumnNamesTheColumn) {
    write("stats/regions.csv",
          "code,level,parent_code,country,name\nCZ041,kraj,,CZ,Karlovarsk\xc3\xbd kraj\n");
    const CliResult r = init();
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("regions.csv"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("'name_de'"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir_.path("p.gpkg")));
}

TEST_F(BrokenDataDir, APopulationBeyondAnyCountIsNoNumber) {
    write("stats/population.csv",
          "region_code,reference_date,population,men,women,source,licence\n"
          "CZ041,2023-01-01,1e300,,,ČSÚ,CC BY 4.0\n");
    const CliResult r = init();
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("population.csv: row 2, column 'population': '1e300'"), std::string::npos)
        << r.err;
}

}  // namespace rrw::test

namespace rrw::test {

TEST(Score, RanksEveryKreisAndOkresWithRankIntervals) {
    ScratchDir dir;
    const std::string project = dir.path("region.gpkg");
    copyBundledProject(project);
    const CliResult r = runCli({"score", project, "--samples", "300", "--seed", "3", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto out = nlohmann::json::parse(r.out);
    EXPECT_EQ(out.at("model"), "all_hazards");
    std::set<std::string> ids;
    for (const auto& region : out.at("regions")) {
        ids.insert(region.at("id").get<std::string>());
        ASSERT_FALSE(region.at("rank").is_null()) << region.dump();
        const auto interval = region.at("rank_interval");
        EXPECT_LE(interval[0].get<int>(), interval[1].get<int>());
        EXPECT_FALSE(region.at("name_de").get<std::string>().empty());
    }
    for (const char* code : {"DE24D", "DE249", "DE23A", "CZ0411", "CZ0412", "CZ0413"}) {
        EXPECT_EQ(ids.count(code), 1u) << code;
    }
    // "Why": the parts of a region's score add up to it.
    const CliResult why = runCli({"score", project, "--explain", "CZ0413", "--json"});
    ASSERT_EQ(why.exitCode, 0) << why.err;
    const auto e = nlohmann::json::parse(why.out).at("explanation");
    double sum = 0.0;
    for (const auto& g : e.at("groups")) {
        double inGroup = 0.0;
        for (const auto& i : g.at("indicators")) {
            inGroup += i.at("contribution").get<double>();
        }
        EXPECT_NEAR(inGroup, g.at("contribution").get<double>(), 1e-9);
        sum += g.at("contribution").get<double>();
    }
    EXPECT_NEAR(sum, e.at("score").get<double>(), 1e-9);
    // The runs are stored with their model and inputs.
    store::Project p = store::Project::open(project);
    store::Statement runs(p.db(), "SELECT COUNT(*), MIN(length(inputs_json)) FROM rrw_index_run");
    ASSERT_TRUE(runs.step());
    EXPECT_EQ(runs.integer(0), 2);
    EXPECT_GT(runs.integer(1), 10);
}

}  // namespace rrw::test
