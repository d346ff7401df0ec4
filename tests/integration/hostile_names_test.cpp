// Hostile input, part 1 (docs/RELIABILITY.md, section 5): names and texts that carry SQL,
// quotes, brackets, back-quotes, semicolons and newlines go through the real rrw-cli into the
// project verbatim, come back verbatim, and nothing else in the project changes.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

#include "store/project.h"
#include "store/scenario_repository.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace rrw::test {

namespace {

const std::vector<std::string> kHostileNames = {
    "x\"; DROP TABLE rrw_meta; --",
    "it's'); DELETE FROM gpkg_contents; --",
    "a]b[c",
    "back`tick`",
    "semi;colon; VACUUM;",
    "new\nline\r\nname",
    "q\"quoted\" 'both' ]`; --",
};

/// GDAL's and rrw's registers of layers: an import adds rows there, and only there.
const std::set<std::string> kLayerRegisters = {
    "gpkg_contents",      "gpkg_geometry_columns", "gpkg_ogr_contents",   "gpkg_extensions",
    "rrw_layer_metadata", "sqlite_sequence",       "gpkg_spatial_ref_sys"};

std::vector<std::string> tablesExcept(const std::string& project,
                                      const std::set<std::string>& skip) {
    std::vector<std::string> out;
    for (const auto& t : tableNames(project)) {
        if (skip.count(t) == 0) {
            out.push_back(t);
        }
    }
    return out;
}

nlohmann::json runJson(std::vector<std::string> args) {
    args.push_back("--json");
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

class HostileNames : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = dir_.path("p.gpkg");
        copyBundledProject(project_);
    }
    ScratchDir dir_;
    std::string project_;
};

}  // namespace

TEST_F(HostileNames, LayerNamesAreStoredVerbatim) {
    const std::vector<std::string> before = tablesExcept(project_, kLayerRegisters);
    const std::string untouched = dumpTables(project_, before);
    const std::string input = testDataPath("good/crs_4326.geojson");
    for (const std::string& name : kHostileNames) {
        const nlohmann::json r = runJson({"import", project_, input, "--name", name});
        ASSERT_FALSE(r.is_null()) << name;
        EXPECT_EQ(r.at("layer"), name);
        EXPECT_GT(r.at("features").get<int>(), 0);
    }
    std::set<std::string> listed;
    for (const auto& l : runJson({"layers", project_})) {
        listed.insert(l.at("name").get<std::string>());
    }
    store::Project project = store::Project::open(project_);
    for (const std::string& name : kHostileNames) {
        EXPECT_EQ(listed.count(name), 1u) << name;
        // The table carries exactly that name, with every feature and its spatial index.
        store::Statement count(project.db(),
                               "SELECT COUNT(*) FROM " + store::quoteIdentifier(name));
        ASSERT_TRUE(count.step());
        EXPECT_EQ(count.integer(0), 5) << name;
        store::Statement rtree(project.db(),
                               "SELECT COUNT(*) FROM gpkg_extensions WHERE extension_name = "
                               "'gpkg_rtree_index' AND table_name = ?1");
        rtree.bind(1, name);
        ASSERT_TRUE(rtree.step());
        EXPECT_EQ(rtree.integer(0), 1) << name;
    }
    EXPECT_EQ(dumpTables(project_, before), untouched) << "an import changed another table";
    EXPECT_EQ(integrityCheck(project_), "ok");
    // GDAL's GeoPackage driver cannot create a table whose name starts with punctuation other
    // than '_': refused before, with a message saying so.
    const std::string dump = dumpDatabase(project_);
    for (const std::string name : {"\"; DROP TABLE rrw_meta; --", "'); --", "[x]", "-x"}) {
        const CliResult r = runCli({"import", project_, input, "--name", name});
        EXPECT_NE(r.exitCode, 0);
        EXPECT_NE(r.err.find("the layer name '" + name + "' starts with '" + name.substr(0, 1) +
                             "'; a layer name cannot start with a punctuation character"),
                  std::string::npos)
            << r.err;
    }
    EXPECT_EQ(dumpDatabase(project_), dump);
}

TEST_F(HostileNames, FieldNamesAndValuesAreStoredVerbatim) {
    // GeoJSON: every hostile text as a property name and as a value.
    nlohmann::json properties = nlohmann::json::object();
    for (std::size_t i = 0; i < kHostileNames.size(); ++i) {
        properties[kHostileNames[i]] = kHostileNames[(i + 1) % kHostileNames.size()];
    }
    const nlohmann::json doc = {
        {"type", "FeatureCollection"},
        {"features",
         {{{"type", "Feature"},
           {"properties", properties},
           {"geometry", {{"type", "Point"}, {"coordinates", {12.1, 50.1}}}}}}}};
    const std::string geojson = dir_.path("fields.geojson");
    writeFile(geojson, doc.dump());
    // CSV: quoted header names with quotes and SQL, values with brackets and quotes.
    const std::string csv = dir_.path("fields.csv");
    writeFile(csv,
              "\"x\"\"; DROP TABLE rrw_meta; --\",\"semi;colon\",\"back`tick`\",lat,lon\n"
              "\"it's'); DELETE FROM gpkg_contents; --\",\"a]b[c\",\"\"\"q\"\"\",50.1,12.1\n");
    const std::vector<std::string> before = tablesExcept(project_, kLayerRegisters);
    const std::string untouched = dumpTables(project_, before);
    ASSERT_FALSE(runJson({"import", project_, geojson, "--name", "fields_geojson"}).is_null());
    ASSERT_FALSE(runJson({"import", project_, csv, "--name", "fields_csv"}).is_null());

    store::Project project = store::Project::open(project_);
    const auto readRow = [&](const std::string& layer, const std::vector<std::string>& columns) {
        std::string select;
        for (const auto& c : columns) {
            select += (select.empty() ? "" : ", ") + store::quoteIdentifier(c);
        }
        store::Statement q(project.db(),
                           "SELECT " + select + " FROM " + store::quoteIdentifier(layer));
        std::vector<std::string> values;
        if (q.step()) {
            for (int i = 0; i < q.columnCount(); ++i) {
                values.push_back(q.text(i));
            }
        }
        return values;
    };
    const std::vector<std::string> values = readRow("fields_geojson", kHostileNames);
    ASSERT_EQ(values.size(), kHostileNames.size());
    for (std::size_t i = 0; i < kHostileNames.size(); ++i) {
        EXPECT_EQ(values[i], kHostileNames[(i + 1) % kHostileNames.size()]) << kHostileNames[i];
    }
    EXPECT_EQ(
        readRow("fields_csv", {"x\"; DROP TABLE rrw_meta; --", "semi;colon", "back`tick`"}),
        (std::vector<std::string>{"it's'); DELETE FROM gpkg_contents; --", "a]b[c", "\"q\""}));
    EXPECT_EQ(dumpTables(project_, before), untouched);
    EXPECT_EQ(integrityCheck(project_), "ok");
}

TEST_F(HostileNames, ScenarioNamesAreStoredVerbatim) {
    const std::string name = "'); DELETE FROM rrw_scenario; --";
    const std::string measure = "GreenCard \"Pendler\"'; DROP TABLE rrw_meta; --";
    const nlohmann::json scenario = {
        {"name", name},
        {"version", 1},
        {"days", 30},
        {"hazards", {{{"type", "pandemic"}, {"start", 2}, {"duration", 5}, {"absence_rate", 0.1}}}},
        {"measures", {{{"type", "greencard"}, {"name", measure}, {"cost", 1000}}}}};
    const std::string file = dir_.path("scenario.json");
    writeFile(file, scenario.dump());
    const auto countScenarios = [&] {
        return runJson({"scenario", "list", project_, "--all"}).at("scenarios").size();
    };
    const std::size_t bundled = countScenarios();
    const std::vector<std::string> before =
        tablesExcept(project_, {"rrw_scenario", "sqlite_sequence"});
    const std::string untouched = dumpTables(project_, before);

    const std::string title = "Titel mit 'Anführungszeichen\"; DROP TABLE rrw_scenario; --";
    EXPECT_EQ(runJson({"scenario", "save", project_, file, "--title-de", title}).at("version"), 1);
    EXPECT_EQ(runJson({"scenario", "save", project_, file}).at("version"), 2);
    EXPECT_EQ(countScenarios(), bundled + 2);
    {
        const store::Project project = store::Project::open(project_);
        const auto stored = store::getScenario(project, name, 1);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->name, name);
        EXPECT_EQ(stored->titleDe, title);
        const auto parsed = store::parseStoredScenario(*stored);
        ASSERT_EQ(parsed.measures.size(), 1u);
        EXPECT_EQ(parsed.measures[0].name, measure);
    }
    // Deleting one version by that name deletes exactly that row.
    ASSERT_EQ(runCli({"scenario", "delete", project_, name, "--version", "1"}).exitCode, 0);
    EXPECT_EQ(countScenarios(), bundled + 1);
    // A name that would match everything in pasted SQL matches nothing.
    const CliResult none = runCli({"scenario", "delete", project_, "x' OR '1'='1"});
    EXPECT_NE(none.exitCode, 0);
    EXPECT_EQ(countScenarios(), bundled + 1);
    EXPECT_EQ(dumpTables(project_, before), untouched);
    EXPECT_EQ(integrityCheck(project_), "ok");
}

TEST_F(HostileNames, PlanningTextsAreStoredVerbatim) {
    const std::string de = "Stärke \"Grenzpendler\"'); DROP TABLE rrw_swot_item; --";
    const std::string cs = "Síla 'přeshraniční'; DELETE FROM rrw_measure; --";
    const std::string author = "]`; --\nTeam";
    const nlohmann::json item = runJson({"swot", "add", project_, "--category", "S", "--text-de",
                                         de, "--text-cs", cs, "--author", author})
                                    .at("item");
    EXPECT_EQ(item.at("text_de"), de);
    EXPECT_EQ(item.at("text_cs"), cs);
    EXPECT_EQ(item.at("author"), author);
    const nlohmann::json opportunity =
        runJson({"swot", "add", project_, "--category", "O", "--text-de", "x' OR '1'='1"})
            .at("item");
    const std::string ids = std::to_string(item.at("id").get<int>()) + "," +
                            std::to_string(opportunity.at("id").get<int>());
    const nlohmann::json strategy =
        runJson({"tows", "add", project_, "--kind", "SO", "--title-de", de, "--title-cs", cs,
                 "--text-de", author, "--items", ids})
            .at("strategy");
    EXPECT_EQ(strategy.at("title_de"), de);
    EXPECT_EQ(strategy.at("title_cs"), cs);
    const nlohmann::json org =
        runJson({"actors", "add", project_, "verein.x", "--name-de", de, "--name-cs", cs, "--short",
                 "a]b`c", "--country", "DE-CZ", "--kind", "association"})
            .at("organisation");
    EXPECT_EQ(org.at("name_de"), de);
    EXPECT_EQ(org.at("short_name"), "a]b`c");

    // Read back from a fresh process: verbatim, and exactly one row each.
    const auto items = runJson({"swot", "list", project_}).at("items");
    EXPECT_EQ(std::count_if(items.begin(), items.end(),
                            [&](const auto& i) { return i.at("text_de") == de; }),
              1);
    EXPECT_EQ(std::count_if(items.begin(), items.end(),
                            [&](const auto& i) { return i.at("text_de") == "x' OR '1'='1"; }),
              1);
    const auto strategies = runJson({"tows", "list", project_}).at("strategies");
    ASSERT_EQ(strategies.size(), 1u);
    EXPECT_EQ(strategies[0].at("text_de"), author);
    // Lookups with SQL in the key find nothing and change nothing.
    const std::string before = dumpDatabase(project_);
    EXPECT_NE(runCli({"measures", "set", project_, "1' OR '1'='1", "--status", "done"}).exitCode,
              0);
    EXPECT_NE(runCli({"actors", "set", project_, "x' OR '1'='1", "--name-de", "y"}).exitCode, 0);
    const CliResult region = runCli({"swot", "list", project_, "--region", "' OR 1=1 --"});
    EXPECT_NE(region.err.find("the project has no region '' OR 1=1 --'"), std::string::npos)
        << region.err;
    EXPECT_EQ(dumpDatabase(project_), before);
    EXPECT_EQ(integrityCheck(project_), "ok");
}

}  // namespace rrw::test
