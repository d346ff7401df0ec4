#include "geo/geopackage.h"

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.h"
#include "core/file_users.h"
#include "geo/gdal_env.h"
#include "geo/gdal_handles.h"

namespace rrw::geo {

struct GeoPackage::Impl {
    std::string path;
    DatasetPtr dataset;
    bool inTransaction = false;
};

namespace {

DatasetPtr openDataset(const std::string& path) {
    GdalErrorCapture errors;
    const char* drivers[] = {"GPKG", nullptr};
    const char* options[] = {"LIST_ALL_TABLES=NO", nullptr};
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, options,
                                    nullptr));
    if (!ds) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: not a readable GeoPackage project ({2})"),
                        {path, errors.lastError().empty() ? "unknown format" : errors.lastError()});
    }
    return ds;
}

[[noreturn]] void throwInUse(const std::string& path) {
    const std::vector<std::string> users = processesUsingDatabase(path);
    if (users.empty()) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: the project is in use by another program; try "
                                          "again when it has finished"),
                        {path});
    }
    std::string names;
    for (const auto& user : users) {
        names += (names.empty() ? "" : ", ") + user;
    }
    throwStoreError(QT_TRANSLATE_NOOP(
                        "rrw", "{1}: the project is in use by {2}; try again when it has finished"),
                    {path, names});
}

bool isBusy(int code) {
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

/// WAL lets readers (the desktop app, QGIS) work while a writer imports; it is persistent, so
/// this changes the file once, at the first write, and must happen outside a transaction.
void ensureWal(sqlite3* db, const std::string& path) {
    for (const char* sql : {"PRAGMA journal_mode", "PRAGMA journal_mode=WAL"}) {
        sqlite3_stmt* mode = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &mode, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(mode);
        }
        const bool wal =
            rc == SQLITE_ROW && sqlite3_column_text(mode, 0) != nullptr &&
            std::string(reinterpret_cast<const char*>(sqlite3_column_text(mode, 0))) == "wal";
        sqlite3_finalize(mode);
        if (wal) {
            return;
        }
        if (isBusy(rc)) {
            throwInUse(path);
        }
    }
    // Another journal mode (e.g. on a read-only medium) still gives atomic transactions.
}

void configureConnection(sqlite3* db, const std::string& path) {
    if (db == nullptr) {
        throwStoreError(
            QT_TRANSLATE_NOOP("rrw", "{1}: GDAL gave no SQLite connection for the project"),
            {path});
    }
    sqlite3_busy_timeout(db, busyTimeoutMs());
    char* err = nullptr;
    // Connection settings only: opening a project must not change the file (WAL is switched on
    // by the first write, see beginTransaction()).
    if (sqlite3_exec(db, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-131072;", nullptr, nullptr,
                     &err) != SQLITE_OK) {
        std::string message = err != nullptr ? err : "unknown";
        sqlite3_free(err);
        throwStoreError(
            QT_TRANSLATE_NOOP("rrw", "{1}: cannot configure the project database ({2})"),
            {path, message});
    }
}

}  // namespace

int busyTimeoutMs() {
    const char* text = std::getenv("RRW_BUSY_TIMEOUT_MS");
    if (text == nullptr || *text == '\0') {
        return kDefaultBusyTimeoutMs;
    }
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (*end != '\0' || value < 0 || value > 3600000) {
        return kDefaultBusyTimeoutMs;
    }
    return static_cast<int>(value);
}

GeoPackage::GeoPackage(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GeoPackage::GeoPackage(GeoPackage&&) noexcept = default;
GeoPackage& GeoPackage::operator=(GeoPackage&&) noexcept = default;

GeoPackage::~GeoPackage() {
    if (impl_ && impl_->dataset && impl_->inTransaction) {
        GdalErrorCapture quiet;
        impl_->dataset->RollbackTransaction();
    }
}

GeoPackage GeoPackage::create(const std::string& path) {
    GdalErrorCapture errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    const char* options[] = {"VERSION=1.3", nullptr};
    DatasetPtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, options));
    if (!ds) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot create the project file ({2})"),
                        {path, errors.lastError()});
    }
    ds.reset();  // reopen so every project goes through the same path
    return open(path);
}

GeoPackage GeoPackage::open(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: project file not found"), {path});
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->dataset = openDataset(path);
    configureConnection(static_cast<sqlite3*>(impl->dataset->GetInternalHandle("SQLITE_HANDLE")),
                        path);
    return GeoPackage(std::move(impl));
}

const std::string& GeoPackage::path() const {
    return impl_->path;
}

sqlite3* GeoPackage::sqliteHandle() const {
    return static_cast<sqlite3*>(impl_->dataset->GetInternalHandle("SQLITE_HANDLE"));
}

GDALDataset& GeoPackage::dataset() const {
    return *impl_->dataset;
}

void GeoPackage::beginTransaction() {
    GdalErrorCapture errors;
    if (impl_->inTransaction) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: a transaction is already open"),
                        {impl_->path});
    }
    sqlite3* db = sqliteHandle();
    ensureWal(db, impl_->path);
    if (impl_->dataset->StartTransaction(FALSE) != OGRERR_NONE) {
        throwStoreError(
            QT_TRANSLATE_NOOP(
                "rrw",
                "{1}: cannot start a transaction ({2}); is the project in use by another "
                "program?"),
            {impl_->path, errors.lastError()});
    }
    // GDAL's BEGIN is deferred: the write lock would be taken at the first write, and a
    // transaction that has read before cannot wait for it (SQLITE_BUSY at once, without the
    // busy handler). A write that changes nothing, before anything is read, takes the lock
    // now and waits for another writer through the busy timeout.
    char* err = nullptr;
    const int rc = sqlite3_exec(db, "UPDATE gpkg_contents SET table_name = table_name WHERE 0",
                                nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string message = err != nullptr ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        impl_->dataset->RollbackTransaction();
        if (isBusy(rc)) {
            throwInUse(impl_->path);
        }
        throwStoreError(
            QT_TRANSLATE_NOOP(
                "rrw",
                "{1}: cannot start a transaction ({2}); is the project in use by another "
                "program?"),
            {impl_->path, message});
    }
    impl_->inTransaction = true;
}

void GeoPackage::commit() {
    GdalErrorCapture errors;
    // GDAL keeps some writes for later, e.g. removing its placeholder table ogr_empty_table
    // after the first layer was created, which it would do when the file is closed: outside the
    // transaction, waiting for (or failing on) another writer's lock, and lost if the process
    // is killed in between. Flushing here puts them into this transaction.
    impl_->dataset->FlushCache(false);
    if (!errors.lastError().empty() || impl_->dataset->CommitTransaction() != OGRERR_NONE) {
        const std::string message = errors.lastError();
        rollback();
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot save the changes ({2})"),
                        {impl_->path, message});
    }
    impl_->inTransaction = false;
}

void GeoPackage::rollback() {
    if (!impl_->inTransaction) {
        return;
    }
    GdalErrorCapture quiet;  // GDAL complains about layers that the rollback removed
    impl_->dataset->RollbackTransaction();
    impl_->inTransaction = false;
    impl_->dataset.reset();
    impl_->dataset = openDataset(impl_->path);
    configureConnection(sqliteHandle(), impl_->path);
}

bool GeoPackage::inTransaction() const {
    return impl_->inTransaction;
}

std::vector<std::string> GeoPackage::layerNames() const {
    std::vector<std::string> names;
    for (int i = 0; i < impl_->dataset->GetLayerCount(); ++i) {
        names.emplace_back(impl_->dataset->GetLayer(i)->GetName());
    }
    return names;
}

OGRLayer& GeoPackage::layer(const std::string& name) const {
    OGRLayer* l = impl_->dataset->GetLayerByName(name.c_str());
    if (l == nullptr) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: no layer named '{2}'"), {impl_->path, name});
    }
    return *l;
}

bool GeoPackage::hasLayer(const std::string& name) const {
    for (const auto& existing : layerNames()) {
        if (EQUAL(existing.c_str(), name.c_str())) {
            return true;
        }
    }
    return false;
}

}  // namespace rrw::geo
