#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/sql_identifier.h"

namespace rrw::store {

/// A prepared statement, finalized in its destructor. Values are always bound, never
/// pasted into SQL text. Errors throw rrw::Error (Store).
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    /// Binds NULL for an empty string.
    Statement& bindOptional(int index, std::string_view text);

    /// Advances; true while there is a row.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    std::string text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// Runs SQL without parameters (schema statements). Throws rrw::Error on failure.
void execute(sqlite3* db, const char* sql);

/// GDAL's GeoPackage writer does not work with PRAGMA foreign_keys on, so rrw tables check
/// their references after a bulk insert: throws rrw::Error (Input) with `messageKey` ({1} = the
/// table, {2} = the first `keyColumns` columns of the offending row) when a reference dangles.
void checkReferences(sqlite3* db, const char* table, const char* messageKey, int keyColumns = 1);

/// Identifiers in SQL text go through the one quoting helper of core ("a""b"; refuses NUL).
using rrw::quoteIdentifier;

}  // namespace rrw::store
