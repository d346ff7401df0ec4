#pragma once

#include <functional>
#include <string>

#include "geo/geopackage.h"

namespace rrw::store {

/// A project: one GeoPackage file holding spatial layers (GDAL) and the rrw domain tables
/// (SQLite), on one connection. Passed explicitly to whoever needs it; never global.
class Project {
public:
    /// Creates an empty project at `path`. Refuses an existing file unless `overwrite`.
    static Project create(const std::string& path, bool overwrite);
    /// Opens an existing project (any GeoPackage; the rrw tables are added on first write).
    static Project open(const std::string& path);

    const std::string& path() const { return gpkg_.path(); }
    int schemaVersion() const;
    geo::GeoPackage& geoPackage() { return gpkg_; }
    sqlite3* db() const { return gpkg_.sqliteHandle(); }
    /// SQLite's PRAGMA data_version of this connection: it changes when another connection
    /// (another process) commits to the file, never for this connection's own commits.
    int dataVersion() const;

    /// Runs `work` as one transaction: it lands whole or not at all. The domain schema is
    /// migrated inside the same transaction. Exceptions roll back and propagate.
    void write(const std::function<void()>& work);

private:
    explicit Project(geo::GeoPackage gpkg) : gpkg_(std::move(gpkg)) {}
    geo::GeoPackage gpkg_;
};

/// Current UTC time as ISO 8601 ("2026-11-26T05:23:18Z").
std::string utcNow();

}  // namespace rrw::store
