#include "geo/csv_layout.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/error.h"
#include "core/text.h"
#include "geo/gdal_handles.h"
#include "geo/input_limits.h"

namespace rrw::geo {

namespace {

std::string normalise(std::string name) {
    // lower-case ASCII, strip spaces, quotes and a unit suffix like "lat [deg]"
    std::string out;
    for (char c : name) {
        if (c == '[' || c == '(') {
            break;
        }
        if (c == ' ' || c == '"' || c == '\'' || c == '_' || c == '-') {
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    // common non-ASCII spellings
    for (auto [from, to] :
         std::array<std::pair<const char*, const char*>, 6>{{{"\xc3\xa4", "ae"},     // ä
                                                             {"\xc3\x84", "ae"},     // Ä
                                                             {"\xc5\xa1", "s"},      // š
                                                             {"\xc3\xad", "i"},      // í
                                                             {"\xc3\xa9", "e"},      // é
                                                             {"\xc5\x99", "r"}}}) {  // ř
        for (std::size_t pos = out.find(from); pos != std::string::npos; pos = out.find(from)) {
            out.replace(pos, std::strlen(from), to);
        }
    }
    return out;
}

int findColumn(const std::vector<std::string>& normalised,
               std::initializer_list<const char*> names) {
    for (const char* name : names) {
        auto it = std::find(normalised.begin(), normalised.end(), name);
        if (it != normalised.end()) {
            return static_cast<int>(it - normalised.begin());
        }
    }
    return -1;
}

char detectSeparator(const std::string& header) {
    std::size_t comma = 0;
    std::size_t semicolon = 0;
    std::size_t tab = 0;
    bool quoted = false;
    for (char c : header) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            comma += c == ',';
            semicolon += c == ';';
            tab += c == '\t';
        }
    }
    if (semicolon > comma && semicolon >= tab) {
        return ';';
    }
    if (tab > comma && tab > semicolon) {
        return '\t';
    }
    return ',';
}

}  // namespace

std::vector<std::string> splitCsvRecord(const std::string& line, char separator) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            fields.emplace_back();
        } else if (c != '\r' && c != '\n') {
            fields.back() += c;
        }
    }
    return fields;
}

namespace {

/// The first line of the file (without BOM and line end); refuses one longer than
/// limits::kMaxCsvHeaderBytes before GDAL reads it and builds a field for every column.
std::string readHeaderLine(const std::string& gdalPath, const std::string& displayName, bool& bom) {
    VSILFILE* fp = VSIFOpenL(gdalPath.c_str(), "rb");
    if (fp == nullptr) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot open the file"), {displayName});
    }
    std::string header;
    char buffer[4096];
    bool done = false;
    while (!done && header.size() <= limits::kMaxCsvHeaderBytes) {
        const size_t n = VSIFReadL(buffer, 1, sizeof buffer, fp);
        if (n == 0) {
            break;
        }
        for (size_t i = 0; i < n; ++i) {
            if (buffer[i] == '\n') {
                done = true;
                break;
            }
            header += buffer[i];
        }
    }
    VSIFCloseL(fp);
    if (header.size() > limits::kMaxCsvHeaderBytes) {
        // Refused before GDAL reads the header and builds a field for every column.
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: row 1 (header) is longer than {2} bytes; rrw "
                                          "reads header rows of up to {2} bytes"),
                        {displayName, std::to_string(limits::kMaxCsvHeaderBytes)});
    }
    bom = header.size() >= 3 && header.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (bom) {
        header.erase(0, 3);
    }
    if (!header.empty() && header.back() == '\r') {
        header.pop_back();
    }
    return header;
}

void checkColumnCount(std::size_t columns, const std::string& displayName) {
    if (columns > limits::kMaxFields) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: row 1 (header) has {2} columns; at most {3} "
                                          "attribute fields are supported"),
                        {displayName, std::to_string(columns), std::to_string(limits::kMaxFields)});
    }
}

}  // namespace

void checkCsvHeader(const std::string& gdalPath, const std::string& displayName) {
    bool bom = false;
    const std::string header = readHeaderLine(gdalPath, displayName, bom);
    checkColumnCount(splitCsvRecord(header, detectSeparator(header)).size(), displayName);
}

CsvLayout sniffCsv(const std::string& gdalPath, const std::string& displayName,
                   const std::string& encoding) {
    CsvLayout layout;
    std::string header = readHeaderLine(gdalPath, displayName, layout.bom);
    if (header.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the file is empty or has no header row"),
                        {displayName});
    }
    if (!encoding.empty()) {
        CplString recoded(CPLRecode(header.c_str(), encoding.c_str(), CPL_ENC_UTF8));
        header = recoded.get();
    } else if (!isValidUtf8(header)) {
        throwInputError(
            QT_TRANSLATE_NOOP(
                "rrw",
                "{1}: row 1 (header): the text is not UTF-8; give the file's encoding with "
                "--encoding (e.g. CP1250, ISO-8859-2, CP1252)"),
            {displayName});
    }
    layout.separator = detectSeparator(header);
    layout.columns = splitCsvRecord(header, layout.separator);
    checkColumnCount(layout.columns.size(), displayName);

    std::vector<std::string> names;
    names.reserve(layout.columns.size());
    for (const auto& column : layout.columns) {
        names.push_back(normalise(column));
    }
    layout.wktColumn =
        findColumn(names, {"wkt", "wktgeom", "geometry", "geom", "thegeom", "shape"});
    const int lat = findColumn(names, {"lat", "latitude", "breite", "breitengrad", "sirka",
                                       "zemepisnasirka", "ywgs84", "latwgs84"});
    const int lon =
        findColumn(names, {"lon", "lng", "long", "longitude", "laenge", "lange", "laengengrad",
                           "delka", "zemepisnadelka", "xwgs84", "lonwgs84"});
    if (lat >= 0 && lon >= 0) {
        layout.xColumn = lon;
        layout.yColumn = lat;
        layout.geographic = true;
        return layout;
    }
    const int x = findColumn(names, {"x", "easting", "rechtswert", "east", "ost", "xcoord"});
    const int y = findColumn(names, {"y", "northing", "hochwert", "north", "nord", "ycoord"});
    if (x >= 0 && y >= 0) {
        layout.xColumn = x;
        layout.yColumn = y;
    }
    return layout;
}

std::optional<double> parseCoordinate(const char* text) {
    if (text == nullptr) {
        return std::nullopt;
    }
    while (*text == ' ' || *text == '\t') {
        ++text;
    }
    std::size_t len = std::strlen(text);
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t' || text[len - 1] == '\r')) {
        --len;
    }
    if (len == 0 || len > 64) {
        return std::nullopt;
    }
    char local[65];
    std::memcpy(local, text, len);
    local[len] = '\0';
    const char* begin = local;
    if (*begin == '+') {
        ++begin;
    }
    if (std::memchr(local, '.', len) == nullptr) {
        if (char* comma = static_cast<char*>(std::memchr(local, ',', len))) {
            *comma = '.';
        }
    }
    double value = 0;
    const char* end = local + len;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

}  // namespace rrw::geo
