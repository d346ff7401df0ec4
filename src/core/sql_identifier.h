#pragma once
// The one way an identifier (a table, column or trigger name) enters SQL text. Values never
// do: they are bound (store::Statement::bind, sqlite3_bind_*).

#include <string>
#include <string_view>

namespace rrw {

/// `name` as an SQL identifier in double quotes, every quote doubled (`a"b` -> `"a""b"`), so
/// any text — quotes, semicolons, brackets, back-quotes, newlines — stays one name. Throws
/// rrw::Error (Input) for a name with a NUL character, which SQLite would cut off there.
std::string quoteIdentifier(std::string_view name);

}  // namespace rrw
