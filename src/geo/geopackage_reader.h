#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "geo/table_reader.h"

namespace rrw::geo {

/// One table of a GeoPackage, read for an import: every attribute as text (`attributes`: ""
/// for NULL, integers in decimal, reals in the shortest form that reads back to the same
/// double), the feature id of each row and, when points were asked for and the table has a
/// geometry column, the position of each point in WGS84 longitude/latitude (EPSG:4326).
struct FeatureTable {
    TextTable attributes;
    std::vector<std::int64_t> fids;
    bool hasGeometry = false;
    std::vector<double> lon, lat;  ///< per row when hasGeometry; NaN where a row has no point
};

/// A GeoPackage opened read-only with GDAL's GPKG driver alone (nothing else is accepted), to
/// read tables from it. The file is never written.
class GeoPackageReader {
public:
    /// Throws rrw::Error (Input) naming the file when it is missing, a remote or virtual
    /// path, or not a GeoPackage.
    explicit GeoPackageReader(const std::string& path);
    ~GeoPackageReader();
    GeoPackageReader(GeoPackageReader&&) noexcept;
    GeoPackageReader& operator=(GeoPackageReader&&) noexcept;

    const std::string& path() const;
    /// Feature and attribute tables, in the file's order.
    std::vector<std::string> layerNames() const;
    bool hasLayer(const std::string& name) const;

    /// Reads table `name` in feature order. With `points`, its geometries (if it has a
    /// geometry column) must be points or empty; they are transformed from the table's
    /// coordinate reference system to WGS84 with GIS axis order (x = longitude). Without
    /// `points` the geometries are ignored. Throws rrw::Error (Input) naming the file, the
    /// table and the feature.
    FeatureTable read(const std::string& name, bool points) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rrw::geo
