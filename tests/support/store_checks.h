#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace rrw::test {

/// PRAGMA integrity_check on a read-write connection, so that the WAL of a killed writer is
/// recovered first, as the next program to open the project would; "ok" when sound.
std::string integrityCheckRecovering(const std::string& path);

/// The rows of PRAGMA foreign_key_check ("table rowid parent"), empty when clean.
std::vector<std::string> foreignKeyProblems(const std::string& path);

/// Every table's rows as text (sorted), plus the schema as table "sqlite_master" (type, name,
/// table, sql): two projects hold the same data exactly when these are equal.
using TableRows = std::map<std::string, std::vector<std::string>>;
TableRows tableRows(const std::string& path);

/// Rows of `from` that `in` does not hold (as a multiset), "table: row" each.
std::vector<std::string> rowsMissing(const TableRows& from, const TableRows& in);

/// How a spatial layer appears in a project: in each place that must agree, and its counts.
struct LayerState {
    bool table = false;            ///< the feature table exists
    bool contents = false;         ///< row in gpkg_contents
    bool geometryColumns = false;  ///< row in gpkg_geometry_columns
    bool catalog = false;          ///< row in rrw_layer_metadata
    bool rtree = false;            ///< rtree_<layer>_geom exists
    std::int64_t features = -1;    ///< COUNT(*) of the table
    std::int64_t rtreeEntries = -1;
    std::int64_t rtreeOrphans = -1;  ///< R-tree ids with no feature, features with no R-tree id
    std::int64_t catalogFeatures = -1;
    std::int64_t ogrCount = -1;  ///< gpkg_ogr_contents.feature_count (-1 = NULL or none)
    bool extent = false;         ///< gpkg_contents has the layer's extent

    bool present() const { return table || contents || geometryColumns || catalog || rtree; }
    bool consistent() const {
        return table == contents && table == geometryColumns && table == catalog && table == rtree;
    }
};
LayerState layerState(const std::string& path, const std::string& layer);

/// The first column of the first row of `sql` (no parameters) on a read-only connection; -1 or
/// "" when there is no row or it is NULL.
std::int64_t queryInteger(const std::string& path, const std::string& sql);
std::string queryText(const std::string& path, const std::string& sql);

}  // namespace rrw::test
