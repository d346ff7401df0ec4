#include "store/project.h"

#include <chrono>
#include <ctime>
#include <filesystem>

#include "core/error.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace rrw::store {

Project Project::create(const std::string& path, bool overwrite) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        if (!overwrite) {
            throwInputError(QT_TRANSLATE_NOOP(
                                "rrw", "{1}: the file already exists (use --force to replace it)"),
                            {path});
        }
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            std::filesystem::remove(path + suffix, ec);
        }
    }
    Project project(geo::GeoPackage::create(path));
    project.write([] {});
    return project;
}

Project Project::open(const std::string& path) {
    return Project(geo::GeoPackage::open(path));
}

int Project::schemaVersion() const {
    return store::schemaVersion(db());
}

int Project::dataVersion() const {
    Statement version(db(), "PRAGMA data_version");
    return version.step() ? static_cast<int>(version.integer(0)) : 0;
}

void Project::write(const std::function<void()>& work) {
    gpkg_.beginTransaction();
    try {
        migrate(db(), path().c_str());
        work();
        gpkg_.commit();
    } catch (...) {
        gpkg_.rollback();
        throw;
    }
}

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

}  // namespace rrw::store
