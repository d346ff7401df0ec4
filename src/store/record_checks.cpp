#include "store/record_checks.h"

#include "core/error.h"
#include "core/text.h"
#include "store/sqlite.h"

namespace rrw::store {

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void checkUtf8(const std::string& text, const char* messageKey, const std::string& label,
               const char* field) {
    if (!isValidUtf8(text)) {
        throwInputError(messageKey, {label, field});
    }
}

bool isPlainId(std::string_view id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::string textLabel(const std::string& first, const std::string& second) {
    const std::string& text = isBlank(first) ? second : first;
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) {
        return "\"" + text + "\"";
    }
    std::size_t cut = kMax;
    // Do not split a UTF-8 sequence: step back over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return "\"" + text.substr(0, cut) + "\u2026\"";
}

bool regionExists(const Project& project, const std::string& code) {
    Statement q(project.db(), "SELECT 1 FROM rrw_region WHERE code = ?1");
    q.bind(1, code);
    return q.step();
}

}  // namespace rrw::store
