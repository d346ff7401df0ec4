#pragma once
// Internal to rrw::geo: one pass over a GeoJSON text before GDAL parses it, so that a file
// GDAL would blow up on (a feature with 10^7 vertices parsed by json-c, 10^6 property names
// turned into a schema) is refused with a clear message instead.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace rrw::geo {

/// A streaming tokenizer that counts, without building anything, the positions of each
/// feature (arrays that start with a number inside "coordinates") and the distinct names of
/// the "properties" objects. Feed it the text in chunks of any size.
class GeoJsonScanner {
public:
    GeoJsonScanner(std::uint64_t maxFeatureVertices, std::size_t maxPropertyNames);

    /// Scans the next chunk; false once a limit is exceeded (then stop feeding).
    bool feed(const char* data, std::size_t size);

    bool tooManyVertices() const { return vertices_ > maxVertices_; }
    bool tooManyNames() const { return names_.size() > maxNames_; }
    /// Index of the feature being scanned (of the "features" array; 0 for a single object).
    std::uint64_t feature() const { return feature_; }
    std::uint64_t vertices() const { return vertices_; }
    std::size_t propertyNames() const { return names_.size(); }

private:
    enum class Key : std::uint8_t { Other, Properties, Coordinates, Features };
    struct Frame {
        bool object = false;
        bool expectKey = false;
        bool properties = false;   ///< the object is the value of "properties"
        bool coordinates = false;  ///< inside the value of "coordinates"
        bool features = false;     ///< the array is the top-level "features"
        Key key = Key::Other;      ///< the member being read (objects)
        std::uint64_t count = 0;   ///< elements so far (arrays)
    };

    void value(char first);
    void open(bool object);
    void endKey();

    std::uint64_t maxVertices_;
    std::size_t maxNames_;
    std::vector<Frame> stack_;
    std::unordered_set<std::uint64_t> names_;
    std::uint64_t vertices_ = 0;
    std::uint64_t feature_ = 0;
    // Token state carried across chunks.
    bool inString_ = false;
    bool escape_ = false;
    bool isKey_ = false;
    bool inScalar_ = false;  ///< a number or literal
    std::uint64_t keyHash_ = 0;
    std::string keyStart_;  ///< the first bytes of a key (enough to tell the members we need)
    std::size_t keyLength_ = 0;
    bool stopped_ = false;
};

/// Scans the GeoJSON file `gdalPath` (any GDAL path) and throws rrw::Error naming
/// `displayName` when a feature has more than limits::kMaxGeoJsonFeatureVertices vertices,
/// the properties carry more than limits::kMaxFields names, or a file that GDAL would parse
/// whole (not a FeatureCollection streamed by GDAL) is larger than
/// limits::kMaxWholeGeoJsonBytes.
void checkGeoJson(const std::string& gdalPath, const std::string& displayName);

}  // namespace rrw::geo
