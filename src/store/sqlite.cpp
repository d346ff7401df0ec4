#include "store/sqlite.h"

#include <cctype>

#include "core/error.h"

namespace rrw::store {

namespace {
[[noreturn]] void fail(sqlite3* db) {
    throwStoreError(QT_TRANSLATE_NOOP("rrw", "database error: {1}"), {sqlite3_errmsg(db)});
}
}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, &tail) !=
        SQLITE_OK) {
        fail(db);
    }
    // One statement per Statement: text after it would be silently ignored (and stacked
    // statements are what an injection needs).
    for (const char* end = sql.data() + sql.size(); tail != nullptr && tail < end; ++tail) {
        if (std::isspace(static_cast<unsigned char>(*tail)) == 0) {
            sqlite3_finalize(stmt_);
            throw Error(Error::Kind::Internal,
                        QT_TRANSLATE_NOOP("rrw", "SQL text holds more than one statement: {1}"),
                        {std::string(sql)});
        }
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(db_);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Statement& Statement::bindOptional(int index, std::string_view text) {
    return text.empty() ? bindNull(index) : bind(index, text);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail(db_);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int Statement::columnCount() const {
    return sqlite3_column_count(stmt_);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p),
                                      static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
                        : std::string();
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

void execute(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err != nullptr ? err : sqlite3_errmsg(db);
        sqlite3_free(err);
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "database error: {1}"), {message});
    }
}

void checkReferences(sqlite3* db, const char* table, const char* messageKey, int keyColumns) {
    Statement check(db, "PRAGMA foreign_key_check(" + quoteIdentifier(table) + ")");
    if (!check.step()) {
        return;
    }
    const std::int64_t row = check.integer(1);
    Statement which(db, "SELECT * FROM " + quoteIdentifier(table) + " WHERE rowid = ?1");
    which.bind(1, row);
    std::string key = std::to_string(row);
    if (which.step()) {
        key = which.text(0);
        for (int c = 1; c < keyColumns && c < which.columnCount(); ++c) {
            key += " / " + which.text(c);
        }
    }
    throwInputError(messageKey, {table, key});
}

}  // namespace rrw::store
