#include "store/meta.h"

#include "store/sqlite.h"

namespace rrw::store {

std::optional<std::string> readMeta(const Project& project, const std::string& key) {
    if (project.schemaVersion() == 0) {
        return std::nullopt;
    }
    Statement q(project.db(), "SELECT value FROM rrw_meta WHERE key = ?1");
    q.bind(1, key);
    if (q.step()) {
        return q.text(0);
    }
    return std::nullopt;
}

void writeMeta(Project& project, const std::string& key, const std::string& value) {
    Statement q(project.db(), "INSERT OR REPLACE INTO rrw_meta(key, value) VALUES (?1, ?2)");
    q.bind(1, key).bind(2, value).run();
}

}  // namespace rrw::store
