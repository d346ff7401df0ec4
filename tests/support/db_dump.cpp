#include "support/db_dump.h"

#include <sqlite3.h>

#include <stdexcept>
#include <vector>

#include "store/sqlite.h"

namespace rrw::test {

namespace {
struct Db {
    sqlite3* db = nullptr;
    explicit Db(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path);
        }
    }
    ~Db() { sqlite3_close(db); }
};
}  // namespace

std::string dumpDatabase(const std::string& path) {
    Db db(path);
    std::string out;
    std::vector<std::string> tables;
    {
        store::Statement q(
            db.db, "SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name");
        while (q.step()) {
            out += q.text(0) + " " + q.text(1) + ": " + q.text(2) + "\n";
            if (q.text(0) == "table") {
                tables.push_back(q.text(1));
            }
        }
    }
    for (const auto& table : tables) {
        store::Statement rows(db.db, "SELECT * FROM " + store::quoteIdentifier(table));
        out += "-- " + table + "\n";
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c) {
                if (rows.isNull(c)) {
                    out.append("NULL|");
                } else {
                    out.append(1, '\'').append(rows.text(c)).append("'|");
                }
            }
            out += "\n";
        }
    }
    return out;
}

std::vector<std::string> tableNames(const std::string& path) {
    Db db(path);
    std::vector<std::string> names;
    store::Statement q(db.db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (q.step()) {
        names.push_back(q.text(0));
    }
    return names;
}

std::string dumpTables(const std::string& path, const std::vector<std::string>& tables) {
    Db db(path);
    std::string out;
    for (const auto& table : tables) {
        store::Statement schema(db.db,
                                "SELECT COALESCE(sql, '') FROM sqlite_master WHERE name = ?1");
        schema.bind(1, table);
        if (!schema.step()) {
            out += "-- " + table + ": missing\n";
            continue;
        }
        out += "-- " + table + ": " + schema.text(0) + "\n";
        store::Statement rows(db.db, "SELECT * FROM " + store::quoteIdentifier(table));
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c) {
                out.append(rows.isNull(c) ? "NULL" : "'" + rows.text(c) + "'").append("|");
            }
            out += "\n";
        }
    }
    return out;
}

std::string integrityCheck(const std::string& path) {
    Db db(path);
    store::Statement q(db.db, "PRAGMA integrity_check");
    return q.step() ? q.text(0) : "no answer";
}

}  // namespace rrw::test
