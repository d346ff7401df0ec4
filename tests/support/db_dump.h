#pragma once

#include <string>

namespace rrw::test {

/// A textual dump of every table's schema and rows (like sqlite3 .dump), read with a
/// separate connection: two dumps are equal exactly when the content is.
std::string dumpDatabase(const std::string& path);

/// PRAGMA integrity_check result ("ok" when sound).
std::string integrityCheck(const std::string& path);

}  // namespace rrw::test
