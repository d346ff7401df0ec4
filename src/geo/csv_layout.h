#pragma once
// Internal to rrw::geo: recognising how a delimited text file carries its geometry.

#include <optional>
#include <string>
#include <vector>

namespace rrw::geo {

struct CsvLayout {
    char separator = ',';
    bool bom = false;
    std::vector<std::string> columns;  ///< header names, UTF-8
    int xColumn = -1;                  ///< index of the easting/longitude column
    int yColumn = -1;                  ///< index of the northing/latitude column
    int wktColumn = -1;                ///< index of a WKT geometry column
    bool geographic = false;           ///< coordinate columns named lat/lon, Breite/Länge…
};

/// Splits one CSV record (RFC 4180 quoting) on `separator`.
std::vector<std::string> splitCsvRecord(const std::string& line, char separator);

/// Reads the header line of `gdalPath` (a /vsi path is fine), detects the separator (comma,
/// semicolon or tab) and the geometry columns. `encoding` ("" = UTF-8) recodes the header.
/// Throws rrw::Error naming `displayName` when the header is unreadable or not UTF-8.
CsvLayout sniffCsv(const std::string& gdalPath, const std::string& displayName,
                   const std::string& encoding);

/// Refuses (rrw::Error naming `displayName`) a header row longer than
/// limits::kMaxCsvHeaderBytes or with more than limits::kMaxFields columns, before GDAL builds
/// a schema from it.
void checkCsvHeader(const std::string& gdalPath, const std::string& displayName);

/// Parses a coordinate written with a decimal point or a decimal comma ("50,0801").
std::optional<double> parseCoordinate(const char* text);

}  // namespace rrw::geo
