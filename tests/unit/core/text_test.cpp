#include "core/text.h"

#include <gtest/gtest.h>

namespace rrw {

struct Utf8Case {
    const char* name;
    std::string bytes;
    bool valid;
};

class Utf8Validity : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(Utf8Validity, Classifies) {
    EXPECT_EQ(isValidUtf8(GetParam().bytes), GetParam().valid);
}

INSTANTIATE_TEST_SUITE_P(Cases, Utf8Validity,
                         ::testing::Values(Utf8Case{"ascii", "Cheb", true},
                                           Utf8Case{"czech",
                                                    "\xc5\xbd"
                                                    "lutice Be\xc4\x8dov Hrozn\xc4\x9bt\xc3\xadn",
                                                    true},
                                           Utf8Case{"german",
                                                    "L\xc3\xa4nge Stra\xc3\x9f"
                                                    "e",
                                                    true},
                                           Utf8Case{"cp1250_z_caron", "\x8elutice", false},
                                           Utf8Case{"latin1_a_umlaut", "L\xe4nge", false},
                                           Utf8Case{"overlong_slash", "\xc0\xaf", false},
                                           Utf8Case{"surrogate", "\xed\xa0\x80", false},
                                           Utf8Case{"truncated", "\xc5", false},
                                           Utf8Case{"four_byte", "\xf0\x9f\x97\xba", true}),
                         [](const auto& param) { return std::string(param.param.name); });

TEST(Utf8Excerpt, CutsAtCharacterBoundaries) {
    // "Aš" is 3 bytes: a limit of 2 must not keep half of the š.
    EXPECT_EQ(utf8Excerpt("A\xc5\xa1", 2), "A");
    EXPECT_EQ(utf8Excerpt("A\xc5\xa1", 3), "A\xc5\xa1");
    EXPECT_EQ(utf8Excerpt("Cheb", 40), "Cheb");
    EXPECT_EQ(utf8Excerpt("", 40), "");
}

TEST(Utf8Excerpt, ReplacesBytesThatAreNotUtf8) {
    // A CP1250 "Ž", a stray continuation byte and a cut sequence each become U+FFFD.
    EXPECT_EQ(utf8Excerpt("\x8elutice", 40), "\xef\xbf\xbdlutice");
    EXPECT_EQ(utf8Excerpt("12\xca\xca", 40), "12\xef\xbf\xbd\xef\xbf\xbd");
    EXPECT_EQ(utf8Excerpt("x\xc5", 40), "x\xef\xbf\xbd");
    EXPECT_TRUE(isValidUtf8(utf8Excerpt("\xff\xfe\xed\xa0\x80\xc0\xaf", 40)));
    EXPECT_EQ(utf8Excerpt("12\xca\xca", 4), "12") << "a replacement that does not fit is left out";
}

TEST(BilingualText, BothLanguagesOnceWhenEqual) {
    const BilingualText cheb{"Eger", "Cheb", ""};
    EXPECT_EQ(cheb.both(Lang::Cs, Lang::De), "Cheb / Eger");
    const BilingualText selb{"Selb", "Selb", ""};
    EXPECT_EQ(selb.both(Lang::De, Lang::Cs), "Selb");
    EXPECT_EQ(cheb.in(Lang::En), "Eger");  // falls back to German, then Czech
}

TEST(Lang, Parses) {
    Lang lang = Lang::En;
    EXPECT_TRUE(parseLang("CS", lang));
    EXPECT_EQ(lang, Lang::Cs);
    EXPECT_FALSE(parseLang("fr", lang));
}

}  // namespace rrw
