#pragma once

#include <sqlite3.h>

namespace rrw::store {

/// The domain schema version this build writes. PRAGMA user_version belongs to the
/// GeoPackage standard (10300 for 1.3), so the domain version lives in rrw_meta
/// (docs/adr/0002-schema-version.md).
inline constexpr int kSchemaVersion = 6;

/// The domain schema version of an open project (0 for a GeoPackage without rrw tables).
int schemaVersion(sqlite3* db);

/// Applies the forward migrations from the project's version to kSchemaVersion. Call inside a
/// transaction. Throws rrw::Error when the project is newer than this build.
void migrate(sqlite3* db, const char* path);

}  // namespace rrw::store
