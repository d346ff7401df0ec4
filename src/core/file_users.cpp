#include "core/file_users.h"

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace rrw {

namespace {

// SQLite's unix VFS: the WAL write lock is byte 120 of the -shm file (UNIX_SHM_BASE + 0); in
// rollback-journal mode a writer holds the RESERVED byte of the database file (PENDING_BYTE + 1).
constexpr unsigned long long kShmWriteLockByte = 120;
constexpr unsigned long long kReservedByte = 0x40000001ULL;

struct FileId {
    unsigned major = 0;
    unsigned minor = 0;
    unsigned long long inode = 0;
    bool valid = false;
};

FileId fileId(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return {};
    }
    return {major(st.st_dev), minor(st.st_dev), static_cast<unsigned long long>(st.st_ino), true};
}

/// "MAJOR:MINOR:INODE" of /proc/locks (major and minor in hex).
FileId parseLockFile(const std::string& text) {
    FileId id;
    const auto first = text.find(':');
    const auto second = text.find(':', first == std::string::npos ? first : first + 1);
    if (first == std::string::npos || second == std::string::npos) {
        return id;
    }
    try {
        id.major = static_cast<unsigned>(std::stoul(text.substr(0, first), nullptr, 16));
        id.minor = static_cast<unsigned>(
            std::stoul(text.substr(first + 1, second - first - 1), nullptr, 16));
        id.inode = std::stoull(text.substr(second + 1));
        id.valid = true;
    } catch (const std::exception&) {
        id.valid = false;
    }
    return id;
}

bool sameFile(const FileId& a, const FileId& b) {
    return a.valid && b.valid && a.major == b.major && a.minor == b.minor && a.inode == b.inode;
}

std::string processName(int pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    std::getline(in, name);
    if (name.empty()) {
        name = "?";
    }
    return name + " (PID " + std::to_string(pid) + ")";
}

std::vector<std::string> names(std::vector<int> pids) {
    std::sort(pids.begin(), pids.end());
    pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
    std::vector<std::string> out;
    for (const int pid : pids) {
        if (pid != static_cast<int>(::getpid())) {
            out.push_back(processName(pid));
        }
    }
    return out;
}

/// Processes with one of `paths` open, from their /proc/<pid>/fd links (only those this user
/// may read).
std::vector<int> processesWithOpen(const std::vector<std::string>& paths) {
    std::vector<int> pids;
    std::error_code ec;
    for (fs::directory_iterator proc("/proc", ec), end; !ec && proc != end; proc.increment(ec)) {
        const std::string name = proc->path().filename().string();
        if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit)) {
            continue;
        }
        std::error_code fdEc;
        for (fs::directory_iterator fd(proc->path() / "fd", fdEc), fdEnd; !fdEc && fd != fdEnd;
             fd.increment(fdEc)) {
            std::error_code linkEc;
            const fs::path target = fs::read_symlink(fd->path(), linkEc);
            if (!linkEc && std::find(paths.begin(), paths.end(), target.string()) != paths.end()) {
                pids.push_back(std::stoi(name));
                break;
            }
        }
    }
    return pids;
}

}  // namespace

std::vector<int> databaseWriteLockHolders(const std::string& path) {
    const FileId db = fileId(path);
    const FileId shm = fileId(path + "-shm");
    std::vector<int> pids;
    std::ifstream locks("/proc/locks");
    std::string line;
    while (std::getline(locks, line)) {
        // "1: POSIX  ADVISORY  WRITE 4711 08:02:131073 120 120" (a "->" marks a waiting lock).
        std::istringstream fields(line);
        std::string number, kind, mode, access, pid, file, start, end;
        fields >> number >> kind;
        if (kind == "->") {
            continue;
        }
        fields >> mode >> access >> pid >> file >> start >> end;
        if ((kind != "POSIX" && kind != "OFDLCK") || access != "WRITE") {
            continue;
        }
        try {
            const FileId id = parseLockFile(file);
            const unsigned long long from = std::stoull(start);
            const unsigned long long to =
                end == "EOF" ? ~0ULL : static_cast<unsigned long long>(std::stoull(end));
            const bool shmWriter =
                sameFile(id, shm) && from <= kShmWriteLockByte && kShmWriteLockByte <= to;
            const bool reserved = sameFile(id, db) && from <= kReservedByte && kReservedByte <= to;
            const int holder = std::stoi(pid);
            if ((shmWriter || reserved) && holder > 0) {
                pids.push_back(holder);
            }
        } catch (const std::exception&) {
            continue;  // a line in a format we do not know
        }
    }
    return pids;
}

std::vector<std::string> processesUsingDatabase(const std::string& path) {
    std::vector<std::string> writers = names(databaseWriteLockHolders(path));
    if (!writers.empty()) {
        return writers;
    }
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    const std::string base = ec ? path : canonical.string();
    return names(processesWithOpen({base, base + "-wal", base + "-shm", base + "-journal"}));
}

}  // namespace rrw
