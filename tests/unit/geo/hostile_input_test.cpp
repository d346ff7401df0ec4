// The building blocks of the hostile-input checks (docs/RELIABILITY.md, section 5): the one
// identifier quoting helper, one statement per Statement, the GeoJSON scan, unsafe archive
// member names, the ZIP central directory and the vertex count.

#include <gtest/gtest.h>

#include <ogr_geometry.h>

#include <filesystem>
#include <memory>

#include "core/error.h"
#include "core/sql_identifier.h"
#include "geo/geojson_scan.h"
#include "geo/input_guard.h"
#include "geo/xml_scan.h"
#include "geo/zip_directory.h"
#include "geo/zip_writer.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw {

namespace {

struct Memory {
    sqlite3* db = nullptr;
    Memory() { sqlite3_open(":memory:", &db); }
    ~Memory() { sqlite3_close(db); }
};

geo::GeoJsonScanner scan(const std::string& text, std::uint64_t vertices, std::size_t names,
                         std::size_t chunk = 7) {
    geo::GeoJsonScanner scanner(vertices, names);
    for (std::size_t at = 0; at < text.size(); at += chunk) {
        if (!scanner.feed(text.data() + at, std::min(chunk, text.size() - at))) {
            break;
        }
    }
    return scanner;
}

}  // namespace

TEST(QuoteIdentifier, DoublesQuotesAndRefusesNul) {
    EXPECT_EQ(quoteIdentifier("plain"), "\"plain\"");
    EXPECT_EQ(quoteIdentifier("x\"; DROP TABLE t; --"), "\"x\"\"; DROP TABLE t; --\"");
    EXPECT_EQ(quoteIdentifier("a]b`c'd\ne"), "\"a]b`c'd\ne\"");
    EXPECT_THROW(quoteIdentifier(std::string("a\0b", 3)), Error);
    // The quoted text names exactly one table, whatever it holds.
    Memory m;
    for (const std::string name : {"x\"; DROP TABLE t; --", "it's", "a]b", "`", "\n;"}) {
        store::execute(m.db, ("CREATE TABLE " + quoteIdentifier(name) + " (v)").c_str());
        store::Statement q(m.db, "SELECT name FROM sqlite_master WHERE name = ?1");
        q.bind(1, name);
        EXPECT_TRUE(q.step()) << name;
    }
}

TEST(Statement, RefusesStackedStatements) {
    Memory m;
    store::execute(m.db, "CREATE TABLE t (v)");
    EXPECT_NO_THROW(store::Statement(m.db, "SELECT 1;  \n"));
    EXPECT_THROW(store::Statement(m.db, "SELECT 1; DROP TABLE t"), Error);
    store::Statement q(m.db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 't'");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.integer(0), 1);
}

TEST(GeoJsonScanner, CountsThePositionsOfEachFeature) {
    const std::string fc =
        R"({"type":"FeatureCollection","features":[)"
        R"({"type":"Feature","properties":{"a":"[1,2]"},"geometry":{"type":"LineString",)"
        R"("coordinates":[[1,2],[3,4],[5,6]]}},)"
        R"({"type":"Feature","properties":{"b":[[1,2],[3,4]]},"geometry":{"type":"Polygon",)"
        R"("coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})";
    // Each feature alone stays within 4 positions (numbers in strings and in properties do
    // not count), whatever the chunk size.
    for (std::size_t chunk : {1, 3, 7, 1000}) {
        const auto s = scan(fc, 4, 10, chunk);
        EXPECT_FALSE(s.tooManyVertices()) << chunk;
        EXPECT_EQ(s.propertyNames(), 2u);
    }
    const auto tight = scan(fc, 3, 10);
    EXPECT_TRUE(tight.tooManyVertices());
    EXPECT_EQ(tight.feature(), 1u);
    // A bare geometry and a single feature count as feature 0.
    EXPECT_TRUE(scan(R"({"type":"MultiPoint","coordinates":[[1,2],[3,4],[5,6]]})", 2, 10)
                    .tooManyVertices());
}

TEST(GeoJsonScanner, CountsDistinctPropertyNames) {
    std::string fc = R"({"type":"FeatureCollection","features":[)";
    for (int f = 0; f < 4; ++f) {
        fc += std::string(f > 0 ? "," : "") + R"({"type":"Feature","properties":{)";
        for (int p = 0; p < 3; ++p) {
            // Keys with escapes and quotes; "k0" repeats in every feature.
            fc += std::string(p > 0 ? "," : "") + "\"k\\\"" +
                  std::to_string(p == 0 ? 0 : f * 10 + p) + "\":{\"nested\":1}";
        }
        fc += R"(},"geometry":null})";
    }
    fc += "]}";
    EXPECT_EQ(scan(fc, 10, 100).propertyNames(), 9u);
    EXPECT_TRUE(scan(fc, 10, 8).tooManyNames());
}

TEST(XmlNameScanner, CountsElementAndKmlFieldNames) {
    const std::string kml =
        "<?xml version=\"1.0\"?><!-- <fake1/> --><kml:kml xmlns:kml=\"x\"><Document>"
        "<![CDATA[ <fake2/> ]]><Placemark><ExtendedData><Data name=\"a\"><value>1</value></Data>"
        "<kml:Data name='b' other=\"c\"/><SimpleData name=\"a\">2</SimpleData>"
        "<Data id=\"name\" name = \"d\"/></ExtendedData></Placemark></Document></kml:kml>";
    for (std::size_t chunk : {1, 5, 1000}) {
        geo::XmlNameScanner scanner(100, 100);
        for (std::size_t at = 0; at < kml.size(); at += chunk) {
            scanner.feed(kml.data() + at, std::min(chunk, kml.size() - at));
        }
        // kml:kml Document Placemark ExtendedData Data value kml:Data SimpleData
        EXPECT_EQ(scanner.elementNames(), 8u) << chunk;
        EXPECT_EQ(scanner.fieldNames(), 3u) << chunk;  // a, b, d
    }
    geo::XmlNameScanner tight(100, 2);
    EXPECT_FALSE(tight.feed(kml.data(), kml.size()));
    EXPECT_TRUE(tight.tooManyFieldNames());
}

TEST(ZipMembers, UnsafeNames) {
    for (const char* bad : {"../evil.shp", "/abs/evil.shp", "a/../../evil.shp", "..\\evil.shp",
                            "a\\b.shp", "C:/evil.shp", "C:evil.shp", ".."}) {
        EXPECT_TRUE(geo::isUnsafeMemberName(bad)) << bad;
    }
    for (const char* good : {"places.shp", "data/places.shp", "a..b.shp", "./x.shp", "...x"}) {
        EXPECT_FALSE(geo::isUnsafeMemberName(good)) << good;
    }
}

TEST(ZipMembers, WriterRefusesUnsafeNamesAndDirectoryReadsSizes) {
    test::ScratchDir dir;
    const std::string zip = dir.path("sub/out.zip");
    std::filesystem::create_directories(dir.path("sub"));
    for (const char* bad : {"../evil.txt", "/tmp/evil.txt", "C:evil.txt", "a\\..\\evil.txt", ""}) {
        EXPECT_THROW(geo::writeZip(zip, {{"ok.txt", "x"}, {bad, "evil"}}), Error) << bad;
        EXPECT_FALSE(std::filesystem::exists(zip)) << bad;
    }
    EXPECT_FALSE(std::filesystem::exists(dir.path("evil.txt")));
    geo::writeZip(zip, {{"mimetype", "abc", false}, {"Pictures/a.txt", std::string(100000, 'a')}});
    std::uint64_t declared = 0;
    const auto entries = geo::readZipDirectory(zip, 100, declared);
    ASSERT_TRUE(entries.has_value());
    ASSERT_EQ(entries->size(), 2u);
    EXPECT_EQ(declared, 2u);
    EXPECT_EQ((*entries)[0].name, "mimetype");
    EXPECT_EQ((*entries)[0].unpackedBytes, 3u);
    EXPECT_EQ((*entries)[1].name, "Pictures/a.txt");
    EXPECT_EQ((*entries)[1].unpackedBytes, 100000u);
    EXPECT_LT((*entries)[1].packedBytes, 1000u);
    EXPECT_FALSE((*entries)[1].symlink);
    // More entries than allowed: the count only.
    const auto capped = geo::readZipDirectory(zip, 1, declared);
    ASSERT_TRUE(capped.has_value());
    EXPECT_TRUE(capped->empty());
    EXPECT_EQ(declared, 2u);
    EXPECT_FALSE(geo::readZipDirectory(dir.path("missing.zip"), 100, declared).has_value());
}

TEST(VertexCount, CountsEveryPartAndRing) {
    OGRGeometry* raw = nullptr;
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(
                  "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1, 2 2), "
                  "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0), (0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.1))))",
                  nullptr, &raw),
              OGRERR_NONE);
    std::unique_ptr<OGRGeometry> g(raw);
    EXPECT_EQ(geo::vertexCount(*g), 1u + 3u + 8u);
}

}  // namespace rrw
