#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"
#include "core/error.h"

namespace fs = std::filesystem;

namespace rrw::cli {

std::string findDataDir(const std::string& explicitDir, const std::string& programPath) {
    const auto usable = [](const fs::path& dir) {
        std::error_code ec;
        return fs::exists(dir / "region" / "manifest.json", ec);
    };
    if (!explicitDir.empty()) {
        if (!usable(explicitDir)) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw", "{1}: no bundled region data here (region/manifest.json missing)"),
                {explicitDir});
        }
        return explicitDir;
    }
    if (const char* env = std::getenv("RRW_DATA_DIR"); env != nullptr && *env != '\0') {
        if (!usable(env)) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw",
                    "{1}: RRW_DATA_DIR has no bundled region data (region/manifest.json "
                    "missing)"),
                {env});
        }
        return env;
    }
    std::error_code ec;
    const fs::path exe = fs::canonical("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "rrw";
        if (usable(installed)) {
            return installed.string();
        }
    }
    (void)programPath;
    for (const char* dir : {RRW_INSTALL_DATA_DIR, RRW_SOURCE_DATA_DIR}) {
        if (usable(dir)) {
            return dir;
        }
    }
    throwInputError(QT_TRANSLATE_NOOP(
        "rrw", "the bundled region data was not found; set RRW_DATA_DIR or use --data-dir"));
}

}  // namespace rrw::cli
