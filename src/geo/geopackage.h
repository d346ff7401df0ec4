#pragma once

#include <memory>
#include <string>
#include <vector>

struct sqlite3;
class GDALDataset;
class OGRLayer;

namespace rrw::geo {

/// How long a write waits for another process's write to the same project to finish (SQLite
/// busy timeout) before it gives up with "the project is in use by …".
inline constexpr int kDefaultBusyTimeoutMs = 10000;

/// The busy timeout in milliseconds: $RRW_BUSY_TIMEOUT_MS when it is a whole number from 0 to
/// 3600000 (for tests and scripts), else kDefaultBusyTimeoutMs.
int busyTimeoutMs();

/// A GeoPackage 1.3 file opened for update through GDAL's GPKG driver. The store runs its
/// own SQL on the same SQLite connection (sqliteHandle()), so spatial layers and domain
/// tables share one connection and one transaction.
class GeoPackage {
public:
    /// Creates a new, empty GeoPackage 1.3 file. Throws rrw::Error when it cannot.
    static GeoPackage create(const std::string& path);
    /// Opens an existing GeoPackage for update. Throws rrw::Error naming the file when it is
    /// missing, not a GeoPackage, or damaged.
    static GeoPackage open(const std::string& path);

    GeoPackage(GeoPackage&&) noexcept;
    GeoPackage& operator=(GeoPackage&&) noexcept;
    ~GeoPackage();

    const std::string& path() const;
    /// Borrowed; valid until the next rollback() or the end of this object.
    sqlite3* sqliteHandle() const;
    GDALDataset& dataset() const;

    /// Starts the one write transaction and takes the project's write lock at once (WAL:
    /// readers go on reading). While another process writes, it waits up to busyTimeoutMs();
    /// then it throws rrw::Error (Store) "the project is in use by …" naming that process.
    void beginTransaction();
    /// Writes what GDAL still holds back (extents, feature counts, spatial indexes) and
    /// commits, so nothing is left to write when the file is closed.
    void commit();
    /// Rolls back and re-opens the file, so no in-memory state of the rolled-back work
    /// survives (GDAL caches layer definitions).
    void rollback();
    bool inTransaction() const;

    std::vector<std::string> layerNames() const;
    /// The spatial layer `name`; throws rrw::Error naming the project when there is none.
    OGRLayer& layer(const std::string& name) const;
    bool hasLayer(const std::string& name) const;

private:
    struct Impl;
    explicit GeoPackage(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace rrw::geo
