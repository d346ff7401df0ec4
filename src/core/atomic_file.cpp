#include "core/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include "core/error.h"

namespace fs = std::filesystem;

namespace rrw {

namespace {

/// fsync of a file or directory by name; false when it cannot be opened or synced.
bool syncPath(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
    // Write next to the file a link points to, so the rename replaces that file, not the link.
    std::error_code ec;
    fs::path final = target_;
    if (fs::is_symlink(final, ec)) {
        const fs::path resolved = fs::canonical(final, ec);
        if (!ec) {
            final = resolved;
        }
    }
    const fs::path dir = final.parent_path().empty() ? fs::path(".") : final.parent_path();
    const std::string stem = "." + final.filename().string() + ".";
    std::random_device seed;
    std::mt19937_64 random(seed() ^ static_cast<std::uint64_t>(::getpid()));
    int error = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        char suffix[17];
        std::snprintf(suffix, sizeof suffix, "%08llx",
                      static_cast<unsigned long long>(random() & 0xffffffffULL));
        const std::string candidate = (dir / (stem + suffix + ".part")).string();
        // 0666: the umask decides the permissions, as for any new file.
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            temp_ = candidate;
            final_ = final.string();
            return;
        }
        error = errno;
        if (error != EEXIST) {
            break;
        }
    }
    throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot create the file ({2})"),
                    {target_, std::strerror(error)});
}

AtomicFile::~AtomicFile() {
    if (!committed_ && !temp_.empty()) {
        ::unlink(temp_.c_str());
    }
}

void AtomicFile::commit() {
    if (committed_) {
        return;
    }
    std::string problem;
    if (!syncPath(temp_, O_RDONLY)) {
        problem = std::strerror(errno);
    } else if (::rename(temp_.c_str(), final_.c_str()) != 0) {
        problem = std::strerror(errno);
    }
    if (!problem.empty()) {
        ::unlink(temp_.c_str());
        temp_.clear();
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: cannot put the finished file in place ({2})"),
            {target_, problem});
    }
    committed_ = true;
    // The rename itself reaches the disk with the directory.
    const fs::path dir = fs::path(final_).parent_path();
    syncPath(dir.empty() ? "." : dir.string(), O_RDONLY | O_DIRECTORY);
}

}  // namespace rrw
