// Hostile input, part 4 (docs/RELIABILITY.md, section 5): huge inputs generated at test time
// (a feature with 10^7 vertices as GeoJSON, shapefile and CSV WKT; 10^6 columns and 10^6
// property names; .dbf headers claiming more than the file holds) are refused with one line
// naming the file and the limit, in modest memory (peak RSS of rrw-cli measured), and the
// project is unchanged.

#include <gtest/gtest.h>

#include <cpl_vsi.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace rrw::test {

namespace {

constexpr long kVertices = 10'000'000;

/// Peak resident memory allowed for a refused input (rrw-cli itself, Qt and GDAL loaded, take
/// about 60 MB).
constexpr long kMaxRssKb = 1024 * 1024;

void put32le(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    }
}

void put32be(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        s[at + i] = static_cast<char>((v >> (8 * (3 - i))) & 0xFF);
    }
}

void putDouble(std::string& s, std::size_t at, double v) {
    std::memcpy(&s[at], &v, sizeof v);
}

std::string repeat(const std::string& unit, long times) {
    std::string out;
    out.reserve(unit.size() * static_cast<std::size_t>(times));
    for (long i = 0; i < times; ++i) {
        out += unit;
    }
    return out;
}

/// A member of a test-data zip, read through GDAL.
std::string zipMember(const std::string& zip, const std::string& member) {
    const std::string path = "/vsizip/" + testDataPath(zip) + "/" + member;
    std::string data;
    if (VSILFILE* fp = VSIFOpenL(path.c_str(), "rb")) {
        char buf[4096];
        for (std::size_t n; (n = VSIFReadL(buf, 1, sizeof buf, fp)) > 0;) {
            data.append(buf, n);
        }
        VSIFCloseL(fp);
    }
    return data;
}

class HostileSize : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = dir_.path("p.gpkg");
        copyBundledProject(project_);
        before_ = dumpDatabase(project_);
    }

    std::string write(const std::string& name, const std::string& bytes) {
        const std::string path = dir_.path(name);
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    /// Imports `path`: refused with one line naming it and containing `mention`, within
    /// kMaxRssKb, the project unchanged. Returns the peak RSS in MB for the record.
    long expectRefused(const std::string& path, const std::string& mention,
                       const std::vector<std::string>& options = {}) {
        SCOPED_TRACE(path);
        std::vector<std::string> args = {"import", project_, path};
        args.insert(args.end(), options.begin(), options.end());
        const CliResult r = runCli(args);
        EXPECT_NE(r.exitCode, 0) << r.out;
        EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_LT(r.maxRssKb, kMaxRssKb) << "peak memory";
        EXPECT_EQ(dumpDatabase(project_), before_);
        std::cout << "[ peak RSS ] " << path << ": " << r.maxRssKb / 1024 << " MB\n";
        return r.maxRssKb / 1024;
    }

    void generateShapefile();

    ScratchDir dir_;
    std::string project_;
    std::string before_;
};

}  // namespace

TEST_F(HostileSize, GeoJsonFeatureWithTenMillionVertices) {
    // The generated text is freed before rrw-cli starts (its forked copy would count).
    std::string collection;
    std::string single;
    {
        const std::string line = R"("geometry":{"type":"LineString","coordinates":[)" +
                                 repeat("[12.1,50.1],", kVertices - 1) + "[12.1,50.1]]}";
        collection =
            write("huge_feature.geojson",
                  R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)" +
                      line + "}]}");
        // The same feature alone (not a FeatureCollection): GDAL would read it whole.
        single = write("huge_single.geojson", R"({"type":"Feature","properties":{},)" + line + "}");
    }
    expectRefused(collection, "feature 0 has more than 1000000 vertices");
    expectRefused(single, "feature 0 has more than 1000000 vertices");
    // A file GDAL parses whole (not a FeatureCollection) with 20 MB of numbers elsewhere.
    const std::string whole =
        write("huge_document.geojson",
              R"({"type":"Feature","properties":{"values":[)" + repeat("1,", kVertices) +
                  R"(1]},"geometry":{"type":"Point","coordinates":[12.1,50.1]}})");
    expectRefused(whole,
                  "a GeoJSON file that is not a FeatureCollection is read whole; rrw "
                  "reads such files up to 16 MB");
}

TEST_F(HostileSize, ShapefileFeatureWithTenMillionVertices) {
    // One PolyLine of 10^7 points: 160 MB of .shp, refused on its .shx record before GDAL
    // reads it.
    generateShapefile();
    expectRefused(dir_.path("line.shp"), "feature 0 has 10000003 vertices");
}

void HostileSize::generateShapefile() {
    const std::size_t content = 44 + 4 + 16 * static_cast<std::size_t>(kVertices);
    std::string shp(100 + 8 + content, '\0');
    put32be(shp, 0, 9994);
    put32be(shp, 24, static_cast<std::uint32_t>(shp.size() / 2));
    put32le(shp, 28, 1000);
    put32le(shp, 32, 3);
    put32be(shp, 100, 1);
    put32be(shp, 104, static_cast<std::uint32_t>(content / 2));
    put32le(shp, 108, 3);
    putDouble(shp, 112, 12.1);
    putDouble(shp, 120, 50.1);
    putDouble(shp, 128, 12.2);
    putDouble(shp, 136, 50.2);
    put32le(shp, 144, 1);
    put32le(shp, 148, static_cast<std::uint32_t>(kVertices));
    for (long i = 0; i < kVertices; ++i) {
        putDouble(shp, 156 + 16 * static_cast<std::size_t>(i), 12.1 + (i % 2) * 0.1);
        putDouble(shp, 164 + 16 * static_cast<std::size_t>(i), 50.1 + (i % 2) * 0.1);
    }
    std::string shx = shp.substr(0, 100);
    put32be(shx, 24, 54);
    shx += std::string(8, '\0');
    put32be(shx, 100, 50);
    put32be(shx, 104, static_cast<std::uint32_t>(content / 2));
    write("line.shx", shx);
    write("line.prj", zipMember("good/crs_25832_shp.zip", "crs_25832.prj"));
    std::string dbf = zipMember("good/crs_25832_shp.zip", "crs_25832.dbf");
    put32le(dbf, 4, 1);
    write("line.dbf", dbf.substr(0, 97 + 90) + "\x1a");
    write("line.shp", shp);
}

TEST_F(HostileSize, CsvWktFeatureWithTenMillionVertices) {
    write("huge_wkt.csv",
          "id;wkt\n1;LINESTRING (" + repeat("12.1 50.1,", kVertices - 1) + "12.1 50.1)\n");
    // GDAL reads CSV lines of up to MAX_LINE_SIZE (10 MB) only.
    expectRefused(dir_.path("huge_wkt.csv"), "a line is longer than 10000000 bytes",
                  {"--source-crs", "EPSG:4326"});
}

TEST_F(HostileSize, MillionColumnsAndPropertyNames) {
    std::string header = "lat,lon";
    std::string row = "50.1,12.1";
    for (int i = 0; i < 1'000'000; ++i) {
        header += ",c" + std::to_string(i);
        row += ",1";
    }
    expectRefused(write("million_columns.csv", header + "\n" + row + "\n"),
                  "row 1 (header) is longer than 1048576 bytes");
    std::string few = "lat,lon";
    for (int i = 0; i < 5000; ++i) {
        few += ",c" + std::to_string(i);
    }
    expectRefused(write("many_columns.csv", few + "\n50.1,12.1\n"),
                  "row 1 (header) has 5002 columns; at most 1999");

    // One feature with 10^6 property names: GDAL alone spends minutes building the schema.
    std::string properties;
    for (int i = 0; i < 1'000'000; ++i) {
        properties += (i == 0 ? "\"p" : ",\"p") + std::to_string(i) + "\":1";
    }
    expectRefused(
        write("million_properties.geojson",
              R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{)" +
                  properties + R"(},"geometry":{"type":"Point","coordinates":[12.1,50.1]}}]})"),
        "the features have more than 1999 different property names");
}

TEST_F(HostileSize, HundredThousandGmlAndKmlFieldNames) {
    // GDAL builds these schemas in quadratic time: 10^5 names take it minutes.
    std::string gml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ogr:FeatureCollection "
        "xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\">"
        "<gml:featureMember><ogr:l fid=\"l.0\"><ogr:geometryProperty><gml:Point "
        "srsName=\"EPSG:4326\"><gml:coordinates>12.1,50.1</gml:coordinates></gml:Point>"
        "</ogr:geometryProperty>";
    std::string data;
    for (int i = 0; i < 100'000; ++i) {
        const std::string n = std::to_string(i);
        gml += "<ogr:p" + n + ">1</ogr:p" + n + ">";
        data += "<Data name=\"p" + n + "\"><value>1</value></Data>";
    }
    gml += "</ogr:l></gml:featureMember></ogr:FeatureCollection>\n";
    expectRefused(write("many_elements.gml", gml),
                  "the file uses more than 3998 different element names");
    const std::string kml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
        "<Document><Placemark><name>x</name><ExtendedData>" +
        data +
        "</ExtendedData><Point><coordinates>12.1,50.1</coordinates></Point></Placemark>"
        "</Document></kml>\n";
    expectRefused(write("many_fields.kml", kml),
                  "the placemarks have more than 1999 different data field names");
}

TEST_F(HostileSize, DbfHeadersClaimingMoreThanTheFileHolds) {
    const std::string dbf = zipMember("good/crs_25832_shp.zip", "crs_25832.dbf");
    ASSERT_EQ(dbf.size(), 548u);
    for (const char* ext : {"shp", "shx", "prj"}) {
        const std::string data =
            zipMember("good/crs_25832_shp.zip", std::string("crs_25832.") + ext);
        write(std::string("records.") + ext, data);
        write(std::string("fields.") + ext, data);
    }
    std::string records = dbf;
    put32le(records, 4, 1'000'000'000);
    write("records.dbf", records);
    expectRefused(dir_.path("records.shp"),
                  "the .dbf declares 1000000000 records of 90 bytes, but the file holds only 548");
    std::string fields = dbf;
    fields[8] = '\xff';
    fields[9] = '\xff';
    write("fields.dbf", fields);
    expectRefused(dir_.path("fields.shp"), "the .dbf declares 2046 attribute fields");
}

}  // namespace rrw::test
