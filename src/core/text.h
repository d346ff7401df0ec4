#pragma once

#include <string>
#include <string_view>

namespace rrw {

enum class Lang { De, Cs, En };

/// Parses "de", "cs", "en" (case-insensitive); returns false for anything else.
bool parseLang(std::string_view code, Lang& out);
const char* langCode(Lang lang);

/// Text that exists in the three project languages; data, not UI strings (place names,
/// catalog entries). Falls back to the other languages when one is empty.
struct BilingualText {
    std::string de;
    std::string cs;
    std::string en;

    const std::string& in(Lang lang) const;
    /// "Cheb / Eger" style: the name in `first`, then in `second` when it differs.
    std::string both(Lang first, Lang second) const;
};

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view text);

/// At most `maxBytes` bytes of `text` as well-formed UTF-8, for quoting file content in
/// messages: cut at a character boundary, every byte that starts no valid sequence replaced
/// by U+FFFD.
std::string utf8Excerpt(std::string_view text, std::size_t maxBytes);

}  // namespace rrw
