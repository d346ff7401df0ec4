#pragma once

#include <optional>
#include <string>

#include "store/project.h"

namespace rrw::store {

/// Styles as data (docs/STYLES.md). The store keeps style documents as text and knows nothing
/// of their content: rrw's own JSON per layer in rrw_layer_style, and a QGIS QML document per
/// layer in the GeoPackage's `layer_styles` table, the one QGIS reads when it opens the layer.
///
/// The writers run inside Project::write (they do not start a transaction).

/// Stores `json` as the style of `layer` (rrw_layer_style), replacing the previous one.
void writeLayerStyleJson(Project& project, const std::string& layer, const std::string& json);

/// The stored style JSON of `layer`; nullopt when there is none (or the project predates
/// schema 2 and has not been written since).
std::optional<std::string> readLayerStyleJson(const Project& project, const std::string& layer);

/// The geometry column of the features table `layer` (gpkg_geometry_columns); "" when `layer`
/// is not a features table.
std::string geometryColumnOf(const Project& project, const std::string& layer);

/// Writes `qml` as the default QGIS style of `layer` in the `layer_styles` table, the way
/// QGIS's "Save as default / in database" does for a GeoPackage: the table is created when
/// missing with QGIS's columns and registered in gpkg_contents as 'attributes' (and in
/// gpkg_ogr_contents with GDAL's feature-count triggers, when the file has that table). The
/// row of the same `styleName` for this table and geometry column is replaced, it becomes
/// the only one with useAsDefault = 1 (other styles of the layer, e.g. saved by a user in
/// QGIS, are kept but no longer default).
void writeQgisStyle(Project& project, const std::string& layer, const std::string& geometryColumn,
                    const std::string& styleName, const std::string& qml,
                    const std::string& description);

}  // namespace rrw::store
