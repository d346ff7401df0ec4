// rrw-cli indicators import/list: partners' indicator files (other separators, decimal comma,
// BOM, other encodings, bad rows) into the bundled project, all or nothing.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "store/project.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"

namespace rrw::test {

namespace {

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string valueOf(const std::string& project, const std::string& region,
                    const std::string& indicator, const std::string& year) {
    const store::Project p = store::Project::open(project);
    store::Statement q(p.db(),
                       "SELECT value || '|' || source || '|' || synthetic FROM "
                       "rrw_indicator_value WHERE region_code = ?1 AND indicator_id = ?2 AND "
                       "year = ?3");
    q.bind(1, region).bind(2, indicator).bind(3, year);
    return q.step() ? q.text(0) : std::string();
}

class IndicatorsCli : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = dir_.path("region.gpkg");
        copyBundledProject(project_);
    }
    ScratchDir dir_;
    std::string project_;
};

}  // namespace

TEST_F(IndicatorsCli, ImportsSemicolonFilesWithDecimalCommaAndBom) {
    const std::string file = dir_.path("werte.csv");
    writeFile(file,
              "\xEF\xBB\xBFregion_code;indicator_id;year;value;source\r\n"
              "CZ0411;unemployment_rate;2025;3,1;MPSV, Úřad práce ČR 2025\r\n"
              "DE24D;unemployment_rate;2025;4,25;Bundesagentur für Arbeit 2025\r\n");
    const CliResult r = runCli({"indicators", "import", project_, file, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("kind"), "values");
    EXPECT_EQ(j.at("added"), 2);
    EXPECT_EQ(valueOf(project_, "CZ0411", "unemployment_rate", "2025"),
              "3.1|MPSV, Úřad práce ČR 2025|0");
    EXPECT_EQ(valueOf(project_, "DE24D", "unemployment_rate", "2025"),
              "4.25|Bundesagentur für Arbeit 2025|0");

    // The same key again replaces; --synthetic flags; --source fills a missing source.
    const std::string again = dir_.path("again.csv");
    writeFile(again, "region_code,indicator_id,year,value\nCZ0411,unemployment_rate,2025,2.9\n");
    const CliResult r2 = runCli(
        {"indicators", "import", project_, again, "--source", "demo", "--synthetic", "--json"});
    ASSERT_EQ(r2.exitCode, 0) << r2.err;
    EXPECT_EQ(nlohmann::json::parse(r2.out).at("replaced"), 1);
    EXPECT_EQ(valueOf(project_, "CZ0411", "unemployment_rate", "2025"), "2.9|demo|1");

    // The newer year is what the index uses now.
    const CliResult list = runCli({"indicators", "list", project_, "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    bool found = false;
    const auto listed = nlohmann::json::parse(list.out);
    for (const auto& i : listed.at("indicators")) {
        if (i.at("id") == "unemployment_rate") {
            found = true;
            EXPECT_EQ(i.at("synthetic_values"), 1);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(IndicatorsCli, ACatalogEntryMakesANewIndicatorImportable) {
    const std::string values = dir_.path("forest.csv");
    writeFile(values,
              "region_code,indicator_id,year,value,source\nCZ0413,forest_loss,2024,3.5,"
              "CzechGlobe\n");
    const CliResult before = runCli({"indicators", "import", project_, values});
    EXPECT_NE(before.exitCode, 0);
    EXPECT_NE(before.err.find("forest_loss"), std::string::npos) << before.err;

    const std::string catalog = dir_.path("catalog.csv");
    writeFile(catalog,
              "id,name_de,name_cs,name_en,unit,direction,dimension,source,year\n"
              "forest_loss,Waldverlust,Úbytek lesa,Forest loss,%,higher_is_worse,"
              "hazard_exposure,CzechGlobe,2024\n");
    const CliResult c = runCli({"indicators", "import", project_, catalog, "--json"});
    ASSERT_EQ(c.exitCode, 0) << c.err;
    EXPECT_EQ(nlohmann::json::parse(c.out).at("kind"), "catalog");
    const CliResult after = runCli({"indicators", "import", project_, values});
    ASSERT_EQ(after.exitCode, 0) << after.err;
    EXPECT_EQ(valueOf(project_, "CZ0413", "forest_loss", "2024"), "3.5|CzechGlobe|0");
}

struct BadFile {
    const char* name;
    const char* bytes;
    const char* expected;  // part of the error: the row and what is wrong
};

class IndicatorsCliBadFiles : public IndicatorsCli,
                              public ::testing::WithParamInterface<BadFile> {};

TEST_P(IndicatorsCliBadFiles, AreRefusedNamingTheRowAndChangeNothing) {
    const BadFile& bad = GetParam();
    const std::string file = dir_.path(std::string(bad.name) + ".csv");
    writeFile(file, bad.bytes);
    const std::string dumpBefore = dumpDatabase(project_);
    const CliResult r = runCli({"indicators", "import", project_, file, "--lang", "en"});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find(file), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad.expected), std::string::npos) << r.err;
    EXPECT_EQ(dumpDatabase(project_), dumpBefore) << "a refused file must change nothing";
}

INSTANTIATE_TEST_SUITE_P(
    Files, IndicatorsCliBadFiles,
    ::testing::Values(
        BadFile{"unknown_region",
                "region_code,indicator_id,year,value,source\nCZ0411,unemployment_rate,2026,3,x\n"
                "XX999,unemployment_rate,2026,1,x\n",
                "row 3: unknown region code 'XX999'"},
        BadFile{"not_a_number",
                "region_code,indicator_id,year,value,source\nCZ0412,unemployment_rate,2026,n/a,x\n",
                "row 2, column 'value': 'n/a' is not a number"},
        BadFile{"infinite",
                "region_code,indicator_id,year,value,source\nCZ0412,unemployment_rate,2026,inf,x\n",
                "row 2, column 'value'"},
        BadFile{"comma_decimal_with_comma_separator",
                "region_code,indicator_id,year,value,source\nCZ0412,unemployment_rate,2026,\"3,1\","
                "x\n",
                "'3,1' is not a number"},
        BadFile{"cp1250",
                "region_code;indicator_id;year;value;source\nCZ0412;share_75plus;2026;7,5;"
                "Sokolovsk\xE1 data\n",
                "row 2, column 'source': the text is not UTF-8"},
        BadFile{"twice",
                "region_code,indicator_id,year,value,source\nCZ0411,share_75plus,2026,7,x\n"
                "CZ0411,share_75plus,2026,8,x\n",
                "row 3: 'CZ0411', 'share_75plus', 2026 is given more than once"},
        BadFile{"no_source", "region_code,indicator_id,year,value\nCZ0411,share_75plus,2026,7\n",
                "row 2: no source"},
        BadFile{"no_year", "region_code,indicator_id,year,value,source\nCZ0411,share_75plus,,7,x\n",
                "row 2: the year is empty"},
        BadFile{"wrong_header", "region;indicator;value\nCZ0411;share_75plus;7\n",
                "expected the columns region_code, indicator_id, year, value"},
        BadFile{
            "bad_direction",
            "id,name_de,name_cs,name_en,unit,direction,dimension\nx1,A,B,C,%,up,vulnerability\n",
            "row 2: direction 'up'"},
        BadFile{"injection",
                "region_code,indicator_id,year,value,source\n"
                "\"CZ0411'; DROP TABLE rrw_region; --\",share_75plus,2026,7,x\n",
                "unknown region code 'CZ0411'; DROP TABLE rrw_region; --'"}),
    [](const auto& param) { return std::string(param.param.name); });

}  // namespace rrw::test
