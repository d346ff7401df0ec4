#pragma once

#include <string>
#include <vector>

namespace rrw::test {

/// A textual dump of every table's schema and rows (like sqlite3 .dump), read with a
/// separate connection: two dumps are equal exactly when the content is.
std::string dumpDatabase(const std::string& path);

/// The names of the tables of the database.
std::vector<std::string> tableNames(const std::string& path);

/// Like dumpDatabase, but only the schema and rows of `tables`.
std::string dumpTables(const std::string& path, const std::vector<std::string>& tables);

/// PRAGMA integrity_check result ("ok" when sound).
std::string integrityCheck(const std::string& path);

}  // namespace rrw::test
