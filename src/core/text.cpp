#include "core/text.h"

#include <cctype>

namespace rrw {

bool parseLang(std::string_view code, Lang& out) {
    std::string lower;
    for (char c : code) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lower == "de") {
        out = Lang::De;
    } else if (lower == "cs") {
        out = Lang::Cs;
    } else if (lower == "en") {
        out = Lang::En;
    } else {
        return false;
    }
    return true;
}

const char* langCode(Lang lang) {
    switch (lang) {
        case Lang::De:
            return "de";
        case Lang::Cs:
            return "cs";
        case Lang::En:
            return "en";
    }
    return "en";
}

const std::string& BilingualText::in(Lang lang) const {
    const std::string* order[3] = {&en, &de, &cs};
    if (lang == Lang::De) {
        order[0] = &de;
        order[1] = &en;
    } else if (lang == Lang::Cs) {
        order[0] = &cs;
        order[2] = &de;
    }
    for (const auto* text : order) {
        if (!text->empty()) {
            return *text;
        }
    }
    return en;
}

std::string BilingualText::both(Lang first, Lang second) const {
    const std::string& a = in(first);
    const std::string& b = in(second);
    if (a == b || b.empty()) {
        return a;
    }
    if (a.empty()) {
        return b;
    }
    return a + " / " + b;
}

namespace {

/// The length of the well-formed UTF-8 sequence at the start of `s` (n bytes), 0 when there
/// is none (a stray continuation byte, a cut sequence, an overlong, a surrogate).
std::size_t sequenceLength(const unsigned char* s, std::size_t n) {
    const unsigned char c = s[0];
    if (c < 0x80) {
        return 1;
    }
    std::size_t len = 0;
    unsigned int cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > n) {
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        if ((s[k] & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return len;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = sequenceLength(s + i, text.size() - i);
        if (len == 0) {
            return false;
        }
        i += len;
    }
    return true;
}

std::string utf8Excerpt(std::string_view text, std::size_t maxBytes) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = sequenceLength(s + i, text.size() - i);
        const std::size_t width = len == 0 ? kReplacement.size() : len;
        if (out.size() + width > maxBytes) {
            break;
        }
        if (len == 0) {
            out += kReplacement;
            ++i;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
    return out;
}

}  // namespace rrw
