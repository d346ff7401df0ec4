#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "geo/geopackage.h"

namespace rrw::geo {

/// Every attribute of feature `fid` of `layer` as text, in field order: "" for NULL, dates as
/// ISO 8601 ("2023-01-01"), numbers as GDAL writes them. Throws rrw::Error naming the layer when
/// the layer or the feature does not exist.
std::vector<std::pair<std::string, std::string>> featureAttributes(GeoPackage& gpkg,
                                                                   const std::string& layer,
                                                                   std::int64_t fid);

/// All attributes of a layer, for a table view: one row per feature in the layer's order, each
/// value as featureAttributes() writes it.
struct AttributeTable {
    std::vector<std::string> fields;
    std::vector<bool> numeric;  ///< per field: integer or real (sort by value, not text)
    std::vector<std::int64_t> fids;
    std::vector<std::vector<std::string>> rows;  ///< rows[feature][field]
};

/// Reads the attributes (not the geometry) of every feature of `layer`. Throws rrw::Error naming
/// the layer when it does not exist or cannot be read.
AttributeTable readAttributeTable(GeoPackage& gpkg, const std::string& layer);

}  // namespace rrw::geo
