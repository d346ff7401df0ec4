#include "store/layer_styles.h"

#include <cstdint>

#include "store/sqlite.h"

namespace rrw::store {

namespace {

/// GeoPackage DATETIME text, as GDAL writes it ("2026-11-26T06:27:10.123Z").
constexpr const char* kGpkgNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

bool tableExists(sqlite3* db, const char* name) {
    Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?1)");
    q.bind(1, std::string_view(name));
    return q.step();
}

// The table exactly as QGIS 3.22 creates it through GDAL's GPKG driver (QgsOgrProviderMetadata::
// saveStyle: fid column "id", OFSTBoolean useAsDefault, OFTDateTime update_time defaulting to
// CURRENT_TIMESTAMP, which GDAL writes as the GeoPackage form of 'now').
constexpr const char* kCreateLayerStyles = R"sql(
CREATE TABLE "layer_styles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "f_table_catalog" TEXT(256),
    "f_table_schema" TEXT(256),
    "f_table_name" TEXT(256),
    "f_geometry_column" TEXT(256),
    "styleName" TEXT(30),
    "styleQML" TEXT,
    "styleSLD" TEXT,
    "useAsDefault" BOOLEAN,
    "description" TEXT,
    "owner" TEXT(30),
    "ui" TEXT(30),
    "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
)sql";

// GDAL's own bookkeeping of feature counts (gpkg_ogr_contents), kept exact by two triggers.
constexpr const char* kOgrContentsTriggers = R"sql(
CREATE TRIGGER "trigger_insert_feature_count_layer_styles" AFTER INSERT ON "layer_styles"
BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1
      WHERE lower(table_name) = lower('layer_styles'); END;
CREATE TRIGGER "trigger_delete_feature_count_layer_styles" AFTER DELETE ON "layer_styles"
BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1
      WHERE lower(table_name) = lower('layer_styles'); END;
)sql";

void ensureLayerStylesTable(sqlite3* db) {
    if (!tableExists(db, "layer_styles")) {
        execute(db, kCreateLayerStyles);
        if (tableExists(db, "gpkg_ogr_contents")) {
            execute(db,
                    "INSERT INTO gpkg_ogr_contents (table_name, feature_count) "
                    "VALUES ('layer_styles', 0)");
            execute(db, kOgrContentsTriggers);
        }
    }
    // Registered like any attributes table GDAL creates (also when someone created the table
    // without registering it).
    Statement registered(
        db, "SELECT 1 FROM gpkg_contents WHERE lower(table_name) = lower('layer_styles')");
    if (!registered.step()) {
        Statement insert(db, std::string("INSERT INTO gpkg_contents (table_name, data_type, "
                                         "identifier, description, last_change, srs_id) VALUES "
                                         "('layer_styles', 'attributes', 'layer_styles', '', ") +
                                 kGpkgNow + ", 0)");
        insert.run();
    }
}

/// Id of the oldest row named `styleName` for this table and geometry column.
std::optional<std::int64_t> rowOf(sqlite3* db, const std::string& layer,
                                  const std::string& geometryColumn, const std::string& styleName) {
    Statement q(db,
                "SELECT id FROM layer_styles WHERE f_table_schema = '' AND f_table_name = ?1 AND "
                "f_geometry_column = ?2 AND styleName = ?3 ORDER BY id LIMIT 1");
    q.bind(1, layer).bind(2, geometryColumn).bind(3, styleName);
    if (q.step()) {
        return q.integer(0);
    }
    return std::nullopt;
}

}  // namespace

void writeLayerStyleJson(Project& project, const std::string& layer, const std::string& json) {
    Statement q(project.db(),
                "INSERT OR REPLACE INTO rrw_layer_style(layer, style_json, updated_at) "
                "VALUES (?1, ?2, ?3)");
    q.bind(1, layer).bind(2, json).bind(3, utcNow()).run();
}

std::optional<std::string> readLayerStyleJson(const Project& project, const std::string& layer) {
    if (project.schemaVersion() < 2) {
        return std::nullopt;
    }
    Statement q(project.db(), "SELECT style_json FROM rrw_layer_style WHERE layer = ?1");
    q.bind(1, layer);
    if (q.step()) {
        return q.text(0);
    }
    return std::nullopt;
}

std::string geometryColumnOf(const Project& project, const std::string& layer) {
    Statement q(project.db(),
                "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = "
                "lower(?1)");
    q.bind(1, layer);
    return q.step() ? q.text(0) : std::string();
}

void writeQgisStyle(Project& project, const std::string& layer, const std::string& geometryColumn,
                    const std::string& styleName, const std::string& qml,
                    const std::string& description) {
    sqlite3* db = project.db();
    ensureLayerStylesTable(db);
    // QGIS finds a layer's styles with f_table_schema = '' (not NULL), the table name and the
    // geometry column; it loads the one with useAsDefault = 1.
    Statement demote(db,
                     "UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_schema = '' AND "
                     "f_table_name = ?1 AND f_geometry_column = ?2 AND useAsDefault = 1 AND "
                     "styleName IS NOT ?3");
    demote.bind(1, layer).bind(2, geometryColumn).bind(3, styleName).run();

    const std::optional<std::int64_t> id = rowOf(db, layer, geometryColumn, styleName);
    if (id) {
        // Older duplicates of the same name (written by hand or by another tool) would compete
        // with the new default; one row per name, as QGIS keeps it.
        Statement duplicates(db,
                             "DELETE FROM layer_styles WHERE f_table_schema = '' AND "
                             "f_table_name = ?1 AND f_geometry_column = ?2 AND styleName = ?3 "
                             "AND id <> ?4");
        duplicates.bind(1, layer).bind(2, geometryColumn).bind(3, styleName).bind(4, *id).run();
        Statement update(db, std::string("UPDATE layer_styles SET styleQML = ?1, styleSLD = NULL, "
                                         "useAsDefault = 1, description = ?2, update_time = ") +
                                 kGpkgNow + " WHERE id = ?3");
        update.bind(1, qml).bind(2, description).bind(3, *id).run();
    } else {
        Statement insert(db,
                         std::string("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                                     "f_table_name, f_geometry_column, styleName, styleQML, "
                                     "styleSLD, useAsDefault, description, owner, ui, "
                                     "update_time) VALUES ('', '', ?1, ?2, ?3, ?4, NULL, 1, ?5, "
                                     "'', NULL, ") +
                             kGpkgNow + ")");
        insert.bind(1, layer)
            .bind(2, geometryColumn)
            .bind(3, styleName)
            .bind(4, qml)
            .bind(5, description)
            .run();
    }
    Statement touch(db, std::string("UPDATE gpkg_contents SET last_change = ") + kGpkgNow +
                            " WHERE lower(table_name) = lower('layer_styles')");
    touch.run();
}

}  // namespace rrw::store
