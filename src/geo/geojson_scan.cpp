#include "geo/geojson_scan.h"

#include <cpl_vsi.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/error.h"
#include "geo/input_limits.h"

namespace rrw::geo {

namespace {

/// Deeper nesting is refused by GDAL's JSON parsers themselves (about 1000 levels).
constexpr std::size_t kMaxDepth = 1024;
constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

bool startsNumber(char c) {
    return c == '-' || (c >= '0' && c <= '9');
}

bool inScalarToken(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '+' || c == '-';
}

}  // namespace

GeoJsonScanner::GeoJsonScanner(std::uint64_t maxFeatureVertices, std::size_t maxPropertyNames)
    : maxVertices_(maxFeatureVertices), maxNames_(maxPropertyNames) {}

void GeoJsonScanner::open(bool object) {
    Frame frame;
    frame.object = object;
    frame.expectKey = object;
    if (!stack_.empty()) {
        Frame& parent = stack_.back();
        if (parent.object) {
            frame.properties = object && parent.key == Key::Properties;
            frame.coordinates = parent.coordinates || parent.key == Key::Coordinates;
            frame.features = !object && stack_.size() == 1 && parent.key == Key::Features;
        } else {
            frame.coordinates = parent.coordinates;
            if (parent.features && object) {
                // A new feature of the collection: its vertices are counted afresh.
                feature_ = parent.count;
                vertices_ = 0;
            }
            ++parent.count;
        }
    }
    stack_.push_back(frame);
}

void GeoJsonScanner::value(char first) {
    if (stack_.empty() || stack_.back().object) {
        return;
    }
    Frame& array = stack_.back();
    if (array.count == 0 && array.coordinates && startsNumber(first)) {
        ++vertices_;  // a position: an array that starts with a number
    }
    ++array.count;
}

void GeoJsonScanner::endKey() {
    Frame& object = stack_.back();
    object.key = Key::Other;
    if (keyLength_ == keyStart_.size()) {
        if (keyStart_ == "properties") {
            object.key = Key::Properties;
        } else if (keyStart_ == "coordinates") {
            object.key = Key::Coordinates;
        } else if (keyStart_ == "features") {
            object.key = Key::Features;
        }
    }
    if (object.properties) {
        names_.insert(keyHash_ ^ keyLength_);
    }
}

bool GeoJsonScanner::feed(const char* data, std::size_t size) {
    for (std::size_t i = 0; i < size && !stopped_; ++i) {
        const char c = data[i];
        if (inString_) {
            if (escape_) {
                escape_ = false;
            } else if (c == '\\') {
                escape_ = true;
            } else if (c == '"') {
                inString_ = false;
                if (isKey_) {
                    endKey();
                }
                continue;
            } else if (!isKey_) {
                // Plain string content: skip to the next quote or backslash at once.
                const void* next = std::memchr(data + i, '"', size - i);
                const void* slash = std::memchr(data + i, '\\', size - i);
                std::size_t stop = size;
                if (next != nullptr) {
                    stop = static_cast<std::size_t>(static_cast<const char*>(next) - data);
                }
                if (slash != nullptr) {
                    stop = std::min(
                        stop, static_cast<std::size_t>(static_cast<const char*>(slash) - data));
                }
                i = stop - 1;
                continue;
            }
            if (isKey_) {
                keyHash_ = (keyHash_ ^ static_cast<unsigned char>(c)) * kFnvPrime;
                if (keyStart_.size() < 12) {
                    keyStart_ += c;
                }
                ++keyLength_;
            }
            continue;
        }
        if (inScalar_) {
            if (inScalarToken(c)) {
                continue;
            }
            inScalar_ = false;
        }
        switch (c) {
            case '{':
            case '[':
                if (stack_.size() >= kMaxDepth) {
                    stopped_ = true;  // GDAL refuses such nesting itself
                    break;
                }
                open(c == '{');
                break;
            case '}':
            case ']':
                if (!stack_.empty()) {
                    stack_.pop_back();
                }
                break;
            case ':':
                if (!stack_.empty() && stack_.back().object) {
                    stack_.back().expectKey = false;
                }
                break;
            case ',':
                if (!stack_.empty() && stack_.back().object) {
                    stack_.back().expectKey = true;
                }
                break;
            case '"':
                inString_ = true;
                isKey_ = !stack_.empty() && stack_.back().object && stack_.back().expectKey;
                if (isKey_) {
                    keyHash_ = kFnvOffset;
                    keyStart_.clear();
                    keyLength_ = 0;
                } else {
                    value(c);
                }
                break;
            default:
                if (std::isspace(static_cast<unsigned char>(c)) == 0) {
                    value(c);
                    inScalar_ = true;
                }
                break;
        }
        if (tooManyVertices() || tooManyNames()) {
            stopped_ = true;
            return false;
        }
    }
    return !(tooManyVertices() || tooManyNames());
}

void checkGeoJson(const std::string& gdalPath, const std::string& displayName) {
    VSILFILE* fp = VSIFOpenL(gdalPath.c_str(), "rb");
    if (fp == nullptr) {
        return;  // GDAL's open reports it
    }
    GeoJsonScanner scanner(limits::kMaxGeoJsonFeatureVertices, limits::kMaxFields);
    std::vector<char> buffer(1 << 20);
    std::uint64_t total = 0;
    bool streamed = false;
    bool ok = true;
    while (ok) {
        const std::size_t n = VSIFReadL(buffer.data(), 1, buffer.size(), fp);
        if (n == 0) {
            break;
        }
        if (total == 0) {
            // GDAL streams a FeatureCollection only when '"features": [' is in the first few
            // KB it sniffs; anything else it reads and parses whole.
            const std::string head(buffer.data(), std::min<std::size_t>(n, 4096));
            for (std::size_t at = head.find("\"features\""); at != std::string::npos && !streamed;
                 at = head.find("\"features\"", at + 1)) {
                std::size_t p = at + 10;
                while (p < head.size() && std::isspace(static_cast<unsigned char>(head[p]))) {
                    ++p;
                }
                if (p < head.size() && head[p] == ':') {
                    ++p;
                    while (p < head.size() && std::isspace(static_cast<unsigned char>(head[p]))) {
                        ++p;
                    }
                    streamed = p < head.size() && head[p] == '[';
                }
            }
        }
        total += n;
        if (!streamed && total > limits::kMaxWholeGeoJsonBytes) {
            VSIFCloseL(fp);
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: a GeoJSON file that is not a FeatureCollection is read "
                                  "whole; rrw reads such files up to {2} MB (save it as a "
                                  "FeatureCollection or a GeoPackage)"),
                {displayName, std::to_string(limits::kMaxWholeGeoJsonBytes / 1000000)});
        }
        ok = scanner.feed(buffer.data(), n);
    }
    VSIFCloseL(fp);
    if (scanner.tooManyVertices()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: feature {2} has more than {3} vertices, the most rrw reads "
                              "in one GeoJSON feature (save large geometries as a GeoPackage or "
                              "a shapefile)"),
            {displayName, std::to_string(scanner.feature()),
             std::to_string(limits::kMaxGeoJsonFeatureVertices)});
    }
    if (scanner.tooManyNames()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the features have more than {2} different property names; "
                              "at most {2} attribute fields are supported"),
            {displayName, std::to_string(limits::kMaxFields)});
    }
}

}  // namespace rrw::geo
