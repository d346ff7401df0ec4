#include "geo/geopackage.h"

#include <sqlite3.h>

#include <filesystem>

#include "core/error.h"
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

void configureConnection(sqlite3* db, const std::string& path) {
    if (db == nullptr) {
        throwStoreError(
            QT_TRANSLATE_NOOP("rrw", "{1}: GDAL gave no SQLite connection for the project"),
            {path});
    }
    sqlite3_busy_timeout(db, 5000);
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
    // WAL lets readers (the desktop app, QGIS) work while a writer imports; it is persistent,
    // so this changes the file once, at the first write, and must happen outside a transaction.
    sqlite3* db = sqliteHandle();
    sqlite3_stmt* mode = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &mode, nullptr);
    const bool wal =
        sqlite3_step(mode) == SQLITE_ROW &&
        std::string(reinterpret_cast<const char*>(sqlite3_column_text(mode, 0))) == "wal";
    sqlite3_finalize(mode);
    if (!wal) {
        sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    }
    if (impl_->dataset->StartTransaction(FALSE) != OGRERR_NONE) {
        throwStoreError(
            QT_TRANSLATE_NOOP(
                "rrw",
                "{1}: cannot start a transaction ({2}); is the project in use by another "
                "program?"),
            {impl_->path, errors.lastError()});
    }
    impl_->inTransaction = true;
}

void GeoPackage::commit() {
    GdalErrorCapture errors;
    if (impl_->dataset->CommitTransaction() != OGRERR_NONE) {
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
