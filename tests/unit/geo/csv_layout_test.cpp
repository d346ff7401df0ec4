#include "geo/csv_layout.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"
#include "support/cli_runner.h"

namespace rrw::geo {

TEST(ParseCoordinate, AcceptsPointAndCommaDecimals) {
    EXPECT_DOUBLE_EQ(*parseCoordinate("50.0801"), 50.0801);
    EXPECT_DOUBLE_EQ(*parseCoordinate(" 50,0801 "), 50.0801);
    EXPECT_DOUBLE_EQ(*parseCoordinate("-873456.25"), -873456.25);
    EXPECT_DOUBLE_EQ(*parseCoordinate("+12.5"), 12.5);
}

TEST(ParseCoordinate, RefusesWhatIsNotANumber) {
    EXPECT_FALSE(parseCoordinate("abc"));
    EXPECT_FALSE(parseCoordinate(""));
    EXPECT_FALSE(parseCoordinate("12.5x"));
    EXPECT_FALSE(parseCoordinate("nan"));
    EXPECT_FALSE(parseCoordinate("1e999"));
    EXPECT_FALSE(parseCoordinate("1,000.5,3"));
}

TEST(SplitCsvRecord, HonoursQuotes) {
    const auto f = splitCsvRecord(R"(a,"b, c","d ""q""",)", ',');
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(f[1], "b, c");
    EXPECT_EQ(f[2], "d \"q\"");
    EXPECT_EQ(f[3], "");
}

struct HeaderCase {
    const char* name;
    const char* header;
    char separator;
    int x;
    int y;
    int wkt;
    bool geographic;
};

class CsvHeader : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(CsvHeader, DetectsGeometryColumns) {
    const HeaderCase& c = GetParam();
    test::ScratchDir dir;
    const std::string file = dir.path("h.csv");
    std::ofstream(file) << c.header << "\n1,2,3\n";
    const CsvLayout layout = sniffCsv(file, file, "");
    EXPECT_EQ(layout.separator, c.separator);
    EXPECT_EQ(layout.xColumn, c.x);
    EXPECT_EQ(layout.yColumn, c.y);
    EXPECT_EQ(layout.wktColumn, c.wkt);
    EXPECT_EQ(layout.geographic, c.geographic);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvHeader,
    ::testing::Values(HeaderCase{"lat_lon", "id,lat,lon,name", ',', 2, 1, -1, true},
                      HeaderCase{"lon_lat_upper", "LON,LAT", ',', 0, 1, -1, true},
                      HeaderCase{"latitude_longitude", "latitude,longitude", ',', 1, 0, -1, true},
                      HeaderCase{"breite_laenge", "Name;Breite;L\xc3\xa4nge", ';', 2, 1, -1, true},
                      HeaderCase{"bom", "\xef\xbb\xbflat,lon", ',', 1, 0, -1, true},
                      HeaderCase{"xy", "x;y;Gemeinde", ';', 0, 1, -1, false},
                      HeaderCase{"rechtswert", "Rechtswert,Hochwert", ',', 0, 1, -1, false},
                      HeaderCase{"wkt", "id,WKT", ',', -1, -1, 1, false},
                      HeaderCase{"tab", "lat\tlon", '\t', 1, 0, -1, true},
                      HeaderCase{"none", "Name;Einwohner", ';', -1, -1, -1, false}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(CsvHeader, RefusesNonUtf8HeaderWithoutEncoding) {
    test::ScratchDir dir;
    const std::string file = dir.path("latin1.csv");
    std::ofstream(file) << "Breite;L\xe4nge\n50;12\n";
    EXPECT_THROW(sniffCsv(file, file, ""), Error);
    const CsvLayout layout = sniffCsv(file, file, "CP1252");
    EXPECT_EQ(layout.columns[1], "L\xc3\xa4nge");
    EXPECT_EQ(layout.xColumn, 1);
}

}  // namespace rrw::geo
