#include "support/store_checks.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

#include "store/sqlite.h"

namespace rrw::test {

namespace {

struct Connection {
    sqlite3* db = nullptr;
    Connection(const std::string& path, int flags) {
        if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
            const std::string message = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
            sqlite3_close(db);
            throw std::runtime_error("cannot open " + path + ": " + message);
        }
        sqlite3_busy_timeout(db, 10000);
    }
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
};

bool exists(sqlite3* db, const std::string& sql, const std::string& name) {
    store::Statement q(db, sql);
    q.bind(1, name);
    return q.step();
}

std::int64_t integer(sqlite3* db, const std::string& sql) {
    store::Statement q(db, sql);
    return q.step() && !q.isNull(0) ? q.integer(0) : -1;
}

}  // namespace

std::string integrityCheckRecovering(const std::string& path) {
    Connection c(path, SQLITE_OPEN_READWRITE);
    store::Statement q(c.db, "PRAGMA integrity_check");
    std::string result;
    while (q.step()) {
        result += (result.empty() ? "" : "\n") + q.text(0);
    }
    return result.empty() ? "no answer" : result;
}

std::vector<std::string> foreignKeyProblems(const std::string& path) {
    Connection c(path, SQLITE_OPEN_READONLY);
    store::Statement q(c.db, "PRAGMA foreign_key_check");
    std::vector<std::string> problems;
    while (q.step()) {
        problems.push_back(q.text(0) + " " + q.text(1) + " " + q.text(2));
    }
    return problems;
}

TableRows tableRows(const std::string& path) {
    Connection c(path, SQLITE_OPEN_READONLY);
    TableRows rows;
    std::vector<std::string> tables;
    {
        store::Statement q(c.db,
                           "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master");
        while (q.step()) {
            rows["sqlite_master"].push_back(q.text(0) + "|" + q.text(1) + "|" + q.text(2) + "|" +
                                            q.text(3));
            if (q.text(0) == "table") {
                tables.push_back(q.text(1));
            }
        }
    }
    for (const auto& table : tables) {
        auto& out = rows[table];
        store::Statement q(c.db, "SELECT * FROM " + store::quoteIdentifier(table));
        while (q.step()) {
            std::string row;
            for (int i = 0; i < q.columnCount(); ++i) {
                row += q.isNull(i) ? "NULL|" : "'" + q.text(i) + "'|";
            }
            out.push_back(std::move(row));
        }
    }
    for (auto& [table, list] : rows) {
        std::sort(list.begin(), list.end());
    }
    return rows;
}

std::vector<std::string> rowsMissing(const TableRows& from, const TableRows& in) {
    std::vector<std::string> missing;
    for (const auto& [table, list] : from) {
        const auto it = in.find(table);
        const std::vector<std::string> empty;
        const auto& other = it == in.end() ? empty : it->second;
        std::vector<std::string> diff;
        std::set_difference(list.begin(), list.end(), other.begin(), other.end(),
                            std::back_inserter(diff));
        for (const auto& row : diff) {
            missing.push_back(table + ": " + row.substr(0, 200));
        }
    }
    return missing;
}

LayerState layerState(const std::string& path, const std::string& layer) {
    Connection c(path, SQLITE_OPEN_READONLY);
    LayerState s;
    const std::string rtree = "rtree_" + layer + "_geom";
    s.table = exists(c.db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", layer);
    s.rtree = exists(c.db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", rtree);
    s.contents = exists(c.db, "SELECT 1 FROM gpkg_contents WHERE table_name = ?1", layer);
    s.geometryColumns =
        exists(c.db, "SELECT 1 FROM gpkg_geometry_columns WHERE table_name = ?1", layer);
    s.catalog = exists(c.db, "SELECT 1 FROM rrw_layer_metadata WHERE layer = ?1", layer);
    if (s.table) {
        const std::string t = store::quoteIdentifier(layer);
        s.features = integer(c.db, "SELECT COUNT(*) FROM " + t);
        if (s.rtree) {
            const std::string r = store::quoteIdentifier(rtree);
            s.rtreeEntries = integer(c.db, "SELECT COUNT(*) FROM " + r);
            s.rtreeOrphans = integer(
                c.db, "SELECT (SELECT COUNT(*) FROM " + r + " WHERE id NOT IN (SELECT fid FROM " +
                          t + ")) + (SELECT COUNT(*) FROM " + t +
                          " WHERE geom IS NOT NULL AND fid NOT IN (SELECT id FROM " + r + "))");
        }
    }
    {
        store::Statement q(c.db, "SELECT features FROM rrw_layer_metadata WHERE layer = ?1");
        q.bind(1, layer);
        if (q.step()) {
            s.catalogFeatures = q.integer(0);
        }
    }
    {
        store::Statement q(c.db,
                           "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?1");
        q.bind(1, layer);
        if (q.step() && !q.isNull(0)) {
            s.ogrCount = q.integer(0);
        }
    }
    {
        store::Statement q(c.db, "SELECT min_x, max_y FROM gpkg_contents WHERE table_name = ?1");
        q.bind(1, layer);
        s.extent = q.step() && !q.isNull(0) && !q.isNull(1);
    }
    return s;
}

std::int64_t queryInteger(const std::string& path, const std::string& sql) {
    Connection c(path, SQLITE_OPEN_READONLY);
    return integer(c.db, sql);
}

std::string queryText(const std::string& path, const std::string& sql) {
    Connection c(path, SQLITE_OPEN_READONLY);
    store::Statement q(c.db, sql);
    return q.step() && !q.isNull(0) ? q.text(0) : std::string();
}

}  // namespace rrw::test
