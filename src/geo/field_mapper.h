#pragma once
// Internal to rrw::geo: carrying attribute fields from a source layer into the store.

#include <string>
#include <vector>

#include "geo/input_source.h"

namespace rrw::geo {

/// Maps the source layer's attribute fields onto store fields: names made unique (SQLite
/// compares them case-insensitively) and kept clear of the store's own columns (fid, geom),
/// list types stored as text, and all text recoded or checked to be UTF-8.
class FieldMapper {
public:
    FieldMapper(const InputSource& source, std::size_t maxFields);

    /// Creates the fields on the new store layer. Throws rrw::Error on failure.
    void createFields(OGRLayer& target) const;
    /// Copies the attribute values of `from` to `to`. Throws rrw::Error naming the feature and
    /// field when text is not valid in the expected encoding.
    void copy(const OGRFeature& from, OGRFeature& to) const;
    /// Raw-text field index for a CSV column (the "_original" twin GDAL keeps for typed
    /// columns), or the column's own index.
    int rawTextField(int csvColumn) const;

private:
    struct Mapping {
        int source;
        OGRFieldType sourceType;
        OGRFieldType type;
        OGRFieldSubType subType;
        std::string name;
        int width;
        int precision;
    };
    std::string displayName_;
    std::string recodeFrom_;
    std::vector<Mapping> mappings_;
    std::vector<int> csvRawField_;

    std::string textOf(const OGRFeature* from, int field, const char* raw) const;
};

}  // namespace rrw::geo
