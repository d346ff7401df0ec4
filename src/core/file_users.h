#pragma once

#include <string>
#include <vector>

namespace rrw {

/// The other processes using the SQLite database `path`, named for people ("rrw-cli (PID
/// 4711)"), so that a "project is in use" message can say by whom. Linux only (reads /proc; an
/// empty list elsewhere or when nothing can be seen):
/// - first the processes holding its write lock (/proc/locks: the WAL write lock in `path`-shm,
///   or the RESERVED lock of a rollback journal in `path`);
/// - when none is found, every process with `path`, `path`-wal or `path`-shm open
///   (/proc/<pid>/fd).
/// The calling process itself is never listed. The name is /proc/<pid>/comm (at most 15
/// characters, as the kernel keeps it).
std::vector<std::string> processesUsingDatabase(const std::string& path);

/// The ids of the processes holding the write lock of the SQLite database `path` (see above);
/// includes the calling process when it holds it.
std::vector<int> databaseWriteLockHolders(const std::string& path);

}  // namespace rrw
