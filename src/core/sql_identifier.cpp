#include "core/sql_identifier.h"

#include "core/error.h"

namespace rrw {

std::string quoteIdentifier(std::string_view name) {
    std::string out = "\"";
    out.reserve(name.size() + 2);
    for (const char c : name) {
        if (c == '\0') {
            std::string shown(name.substr(0, name.find('\0')));
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "the name '{1}…' contains a NUL character and "
                                              "cannot be used in the project"),
                            {shown});
        }
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    return out + "\"";
}

}  // namespace rrw
