#include "store/supply_geopackage.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "geo/geopackage_reader.h"
#include "store/supply_rows.h"

namespace rrw::store {

namespace {

SupplyRows layerRows(const std::string& path, const std::string& layer, geo::FeatureTable table) {
    return SupplyRows::fromLayer(path, layer, std::move(table.attributes), std::move(table.fids));
}

constexpr double positionScale() {
    double scale = 1.0;
    for (int i = 0; i < kSupplyPositionDecimals; ++i) {
        scale *= 10.0;
    }
    return scale;
}

double rounded(double degrees) {
    constexpr double scale = positionScale();
    return std::isnan(degrees) ? degrees : std::round(degrees * scale) / scale;
}

}  // namespace

SupplyTables readSupplyGeoPackage(const std::string& path) {
    const geo::GeoPackageReader file(path);
    geo::FeatureTable firmTable = file.read("firms", true);
    const bool fromGeometry = firmTable.hasGeometry;
    const std::vector<double> lon = std::move(firmTable.lon);
    const std::vector<double> lat = std::move(firmTable.lat);
    if (fromGeometry) {
        // The geometry is the position: x/y columns (e.g. kept by ogr2ogr from a CSV file)
        // are not read.
        auto& columns = firmTable.attributes.columns;
        columns.erase(std::remove_if(columns.begin(), columns.end(),
                                     [](const std::string& c) { return c == "x" || c == "y"; }),
                      columns.end());
        for (auto& row : firmTable.attributes.rows) {
            row.erase("x");
            row.erase("y");
        }
    }
    const SupplyRows firms = layerRows(path, "firms", std::move(firmTable));
    const SupplyRows links = layerRows(path, "links", file.read("links", false));
    std::optional<SupplyRows> crossings;
    if (file.hasLayer("crossings")) {
        crossings.emplace(layerRows(path, "crossings", file.read("crossings", false)));
    }
    SupplyTables tables = readSupplyRows(firms, links, crossings ? &*crossings : nullptr);
    if (fromGeometry) {
        for (std::size_t i = 0; i < tables.firms.size(); ++i) {
            tables.firms[i].x = rounded(lon[i]);
            tables.firms[i].y = rounded(lat[i]);
        }
    }
    return tables;
}

}  // namespace rrw::store
