#pragma once

#include <string>

#include "store/supply_tables.h"

namespace rrw::store {

/// Reads a supply network from a GeoPackage (docs/SUPPLY.md, "Network in a GeoPackage"),
/// opened read-only: the layer `firms` (points in any coordinate reference system, transformed
/// to WGS84 longitude/latitude and rounded to kSupplyPositionDecimals places; a firm without a
/// geometry has no position; a table without a geometry column may give x/y as columns in
/// WGS84), the table `links` and the optional table `crossings` (a geometry is ignored), with
/// the columns of the network files. Numbers may be stored as integer, real or text fields.
/// Throws rrw::Error (Input) naming the file, the layer and the feature. The rows are not yet
/// checked against each other (analysis::buildSupplyNetwork does that).
SupplyTables readSupplyGeoPackage(const std::string& path);

/// Decimal places of the positions read from a GeoPackage (1e-7° ≈ 1 cm): the same firm gives
/// the same position, and so the same network digest, whatever CRS it was stored in.
inline constexpr int kSupplyPositionDecimals = 7;

}  // namespace rrw::store
