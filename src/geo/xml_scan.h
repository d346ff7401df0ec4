#pragma once
// Internal to rrw::geo: one pass over a GML or KML text before GDAL parses it. GDAL builds the
// schema of these formats from the element names (GML) and the names of <Data>, <SimpleData>
// and <SimpleField> (KML), in time that grows with the square of their number: 10^5 names take
// minutes. Such a file is refused with a clear message instead.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>

namespace rrw::geo {

/// A streaming tokenizer that collects, without building anything, the distinct element
/// names and the distinct KML field names. Feed it the text in chunks of any size.
class XmlNameScanner {
public:
    XmlNameScanner(std::size_t maxElementNames, std::size_t maxFieldNames);

    /// Scans the next chunk; false once a limit is exceeded (then stop feeding).
    bool feed(const char* data, std::size_t size);

    bool tooManyElementNames() const { return elements_.size() > maxElements_; }
    bool tooManyFieldNames() const { return fields_.size() > maxFields_; }
    std::size_t elementNames() const { return elements_.size(); }
    std::size_t fieldNames() const { return fields_.size(); }

private:
    enum class State : std::uint8_t {
        Text,
        TagStart,
        Bang,
        Comment,
        CData,
        Skip,
        Name,
        InTag,
        AttrName,
        AttrValue
    };
    void endName();
    void endAttrName();

    std::size_t maxElements_;
    std::size_t maxFields_;
    std::unordered_set<std::uint64_t> elements_;
    std::unordered_set<std::uint64_t> fields_;
    State state_ = State::Text;
    std::string token_;          ///< the first bytes of a name being read
    std::uint64_t hash_ = 0;     ///< hash of the whole name or value being read
    std::size_t length_ = 0;     ///< its length
    bool fieldElement_ = false;  ///< a <Data>, <SimpleData> or <SimpleField> start tag
    bool nameAttribute_ = false;
    char quote_ = '"';
    std::uint32_t tail_ = 0;  ///< the last bytes, for "-->" and "]]>"
};

/// Scans the GML or KML file `gdalPath` (any GDAL path) and throws rrw::Error naming
/// `displayName` when it uses more than 2 × limits::kMaxFields element names or more than
/// limits::kMaxFields KML field names.
void checkXmlNames(const std::string& gdalPath, const std::string& displayName);

}  // namespace rrw::geo
