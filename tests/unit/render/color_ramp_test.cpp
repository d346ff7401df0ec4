#include "render/color_ramp.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace rrw::render {

namespace {

std::vector<std::string> hexes(const std::vector<Rgb>& colors) {
    std::vector<std::string> out;
    for (Rgb c : colors) {
        out.push_back(toHex(c));
    }
    return out;
}

const ColorRamp& ramp(const char* id) {
    const ColorRamp* found = findRamp(id);
    if (found == nullptr) {
        throw std::runtime_error(std::string("no ramp ") + id);
    }
    return *found;
}

}  // namespace

// --- hex colours -----------------------------------------------------------------------------

struct HexCase {
    const char* name;
    const char* text;
    bool valid;
    Rgb color;
};

class HexColors : public ::testing::TestWithParam<HexCase> {};

TEST_P(HexColors, Parse) {
    Rgb parsed{1, 2, 3};
    ASSERT_EQ(parseHexColor(GetParam().text, parsed), GetParam().valid);
    EXPECT_EQ(parsed, GetParam().valid ? GetParam().color : (Rgb{1, 2, 3}));
}

INSTANTIATE_TEST_SUITE_P(Cases, HexColors,
                         ::testing::Values(HexCase{"lower", "#ffeda0", true, {255, 237, 160}},
                                           HexCase{"upper", "#FFEDA0", true, {255, 237, 160}},
                                           HexCase{"mixed", "#Bd0026", true, {189, 0, 38}},
                                           HexCase{"black", "#000000", true, {0, 0, 0}},
                                           HexCase{"no_hash", "ffeda0", false, {}},
                                           HexCase{"short", "#fed", false, {}},
                                           HexCase{"five_digits", "#ffeda", false, {}},
                                           HexCase{"alpha", "#ffeda0ff", false, {}},
                                           HexCase{"trailing_space", "#ffeda0 ", false, {}},
                                           HexCase{"not_hex", "#ffedg0", false, {}},
                                           HexCase{"empty", "", false, {}}),
                         [](const auto& param) { return std::string(param.param.name); });

TEST(HexColors, FormatsLowerCase) {
    EXPECT_EQ(toHex({255, 0, 16}), "#ff0010");
    EXPECT_EQ(toHex({}), "#000000");
}

TEST(HexColors, RoundTripEveryRampColour) {
    for (const ColorRamp& r : builtinRamps()) {
        for (const auto& scheme : r.schemes) {
            for (Rgb c : scheme) {
                Rgb back;
                ASSERT_TRUE(parseHexColor(toHex(c), back));
                EXPECT_EQ(back, c) << r.id;
            }
        }
    }
}

// --- the built-in ramps, one row per ramp -----------------------------------------------------

struct RampCase {
    const char* id;
    RampKind kind;
    std::size_t minColors;  // colours of schemes[0]
    std::size_t maxColors;  // colours of the last scheme
    bool colorblindSafe;
    bool printFriendly;
};

class Ramps : public ::testing::TestWithParam<RampCase> {};

TEST_P(Ramps, SchemesAndFlags) {
    const RampCase& c = GetParam();
    const ColorRamp& r = ramp(c.id);
    EXPECT_EQ(r.id, c.id);
    EXPECT_EQ(r.kind, c.kind);
    EXPECT_EQ(r.colorblindSafe, c.colorblindSafe);
    EXPECT_EQ(r.printFriendly, c.printFriendly);
    ASSERT_FALSE(r.schemes.empty());
    EXPECT_EQ(r.schemes.front().size(), c.minColors);
    EXPECT_EQ(r.schemes.back().size(), c.maxColors);
    EXPECT_EQ(r.schemes.size(), c.maxColors - c.minColors + 1);
    for (std::size_t i = 0; i < r.schemes.size(); ++i) {
        EXPECT_EQ(r.schemes[i].size(), c.minColors + i) << "scheme " << i;
    }
}

constexpr auto kSeq = RampKind::Sequential;
constexpr auto kDiv = RampKind::Diverging;
constexpr auto kQual = RampKind::Qualitative;

// Flags: ColorBrewer rates every published count Ok. All sequential and these diverging schemes
// are colour-blind safe at every count; only Dark2 is print friendly at every count.
INSTANTIATE_TEST_SUITE_P(
    Cases, Ramps,
    ::testing::Values(
        RampCase{"YlGnBu", kSeq, 3, 9, true, false}, RampCase{"YlOrRd", kSeq, 3, 9, true, false},
        RampCase{"YlOrBr", kSeq, 3, 9, true, false}, RampCase{"OrRd", kSeq, 3, 9, true, false},
        RampCase{"PuBu", kSeq, 3, 9, true, false}, RampCase{"BuGn", kSeq, 3, 9, true, false},
        RampCase{"Blues", kSeq, 3, 9, true, false}, RampCase{"Greens", kSeq, 3, 9, true, false},
        RampCase{"Oranges", kSeq, 3, 9, true, false}, RampCase{"Purples", kSeq, 3, 9, true, false},
        RampCase{"Reds", kSeq, 3, 9, true, false}, RampCase{"Greys", kSeq, 3, 9, true, false},
        RampCase{"RdYlBu", kDiv, 3, 11, true, false}, RampCase{"BrBG", kDiv, 3, 11, true, false},
        RampCase{"PuOr", kDiv, 3, 11, true, false}, RampCase{"PRGn", kDiv, 3, 11, true, false},
        RampCase{"RdBu", kDiv, 3, 11, true, false}, RampCase{"Dark2", kQual, 3, 8, false, true},
        RampCase{"Set2", kQual, 3, 8, false, false}, RampCase{"Paired", kQual, 3, 12, false, false},
        RampCase{"viridis", kSeq, 256, 256, true, true},
        RampCase{"cividis", kSeq, 256, 256, true, true}),
    [](const auto& param) { return std::string(param.param.id); });

TEST(Ramps, ExactlyTheListedOnesWithUniqueIds) {
    std::set<std::string> ids;
    for (const ColorRamp& r : builtinRamps()) {
        ids.insert(r.id);
    }
    EXPECT_EQ(ids.size(), builtinRamps().size());
    EXPECT_EQ(ids.size(), 22u);
}

TEST(Ramps, FindIsCaseInsensitive) {
    ASSERT_NE(findRamp("ylorrd"), nullptr);
    EXPECT_EQ(findRamp("ylorrd")->id, "YlOrRd");
    ASSERT_NE(findRamp("VIRIDIS"), nullptr);
    EXPECT_EQ(findRamp("VIRIDIS")->id, "viridis");
    EXPECT_EQ(findRamp("Spectral"), nullptr);
    EXPECT_EQ(findRamp(""), nullptr);
    EXPECT_EQ(findRamp("YlOrR"), nullptr);
}

// --- published values -------------------------------------------------------------------------

struct ValuesCase {
    const char* name;
    const char* id;
    int classes;
    std::vector<std::string> expected;
};

class PublishedValues : public ::testing::TestWithParam<ValuesCase> {};

TEST_P(PublishedValues, Equal) {
    const ValuesCase& c = GetParam();
    EXPECT_EQ(hexes(classColors(ramp(c.id), c.classes)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PublishedValues,
    ::testing::Values(
        ValuesCase{
            "YlOrRd_5", "YlOrRd", 5, {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}},
        ValuesCase{"YlOrRd_3", "YlOrRd", 3, {"#ffeda0", "#feb24c", "#f03b20"}},
        ValuesCase{"Blues_9",
                   "Blues",
                   9,
                   {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5",
                    "#08519c", "#08306b"}},
        ValuesCase{"RdYlBu_11",
                   "RdYlBu",
                   11,
                   {"#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8",
                    "#abd9e9", "#74add1", "#4575b4", "#313695"}},
        // ColorBrewer's own order: PuOr runs from orange to purple.
        ValuesCase{"PuOr_3", "PuOr", 3, {"#f1a340", "#f7f7f7", "#998ec3"}},
        ValuesCase{"Dark2_8",
                   "Dark2",
                   8,
                   {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
                    "#666666"}},
        ValuesCase{"Paired_12",
                   "Paired",
                   12,
                   {"#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f",
                    "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"}},
        ValuesCase{"Set2_3", "Set2", 3, {"#66c2a5", "#fc8d62", "#8da0cb"}},
        ValuesCase{"viridis_2", "viridis", 2, {"#440154", "#fde725"}},
        ValuesCase{"cividis_2", "cividis", 2, {"#00224e", "#fee838"}}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(PublishedValues, ViridisMidpointStop) {
    // matplotlib's entry 128 of 256: (0.127568, 0.566949, 0.550556).
    EXPECT_EQ(toHex(ramp("viridis").schemes.front()[128]), "#21918c");
}

// --- class colours beyond the published schemes -------------------------------------------------

TEST(ClassColors, MoreClassesInterpolateWithExactEnds) {
    for (const ColorRamp& r : builtinRamps()) {
        const std::vector<Rgb>& largest = r.schemes.back();
        for (int k : {13, 20, 300}) {
            const auto colors = classColors(r, k);
            ASSERT_EQ(colors.size(), static_cast<std::size_t>(k)) << r.id;
            EXPECT_EQ(colors.front(), largest.front()) << r.id << " " << k;
            EXPECT_EQ(colors.back(), largest.back()) << r.id << " " << k;
        }
    }
}

TEST(ClassColors, PositionsOnAStopAreExact) {
    // 17 classes of a 9-colour scheme: every second colour is one of the published nine.
    const ColorRamp& blues = ramp("Blues");
    const auto colors = classColors(blues, 17);
    for (std::size_t i = 0; i < 9; ++i) {
        EXPECT_EQ(colors[2 * i], blues.schemes.back()[i]) << i;
    }
}

TEST(ClassColors, FewClassesComeFromTheThreeClassScheme) {
    const ColorRamp& r = ramp("YlOrRd");
    EXPECT_EQ(hexes(classColors(r, 2)), (std::vector<std::string>{"#ffeda0", "#f03b20"}));
    EXPECT_EQ(hexes(classColors(r, 1)), (std::vector<std::string>{"#feb24c"}));
}

TEST(ClassColors, ContinuousRampsAreSampled) {
    const ColorRamp& r = ramp("viridis");
    EXPECT_EQ(classColors(r, 256), r.schemes.front());
    const auto five = classColors(r, 5);
    ASSERT_EQ(five.size(), 5u);
    EXPECT_EQ(five.front(), r.schemes.front().front());
    EXPECT_EQ(five.back(), r.schemes.front().back());
    // 255·2/4 = 127.5: halfway between entries 127 and 128 in CIELAB.
    EXPECT_EQ(five[2], mixLab(r.schemes.front()[127], r.schemes.front()[128], 0.5));
}

TEST(ClassColors, AtLeastOneClass) {
    EXPECT_THROW(classColors(ramp("Reds"), 0), std::invalid_argument);
    EXPECT_THROW(classColors(ColorRamp{}, 3), std::invalid_argument);
}

TEST(ClassColors, Reversed) {
    EXPECT_EQ(hexes(reversed(classColors(ramp("PuOr"), 3))),
              (std::vector<std::string>{"#998ec3", "#f7f7f7", "#f1a340"}));
    EXPECT_TRUE(reversed({}).empty());
}

// --- CIELAB interpolation ------------------------------------------------------------------------

TEST(MixLab, EndpointsAreExact) {
    for (const ColorRamp& r : builtinRamps()) {
        const auto& s = r.schemes.back();
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            EXPECT_EQ(mixLab(s[i], s[i + 1], 0.0), s[i]);
            EXPECT_EQ(mixLab(s[i], s[i + 1], 1.0), s[i + 1]);
        }
    }
}

TEST(MixLab, KnownValues) {
    // L* = 50 is sRGB 119 (0x77) grey; black/white a*, b* stay 0.
    EXPECT_EQ(toHex(mixLab({0, 0, 0}, {255, 255, 255}, 0.5)), "#777777");
    // The same colour at any fraction is itself (the Lab round trip loses nothing in 8 bits).
    for (double t : {0.1, 0.5, 0.9}) {
        EXPECT_EQ(mixLab({189, 0, 38}, {189, 0, 38}, t), (Rgb{189, 0, 38}));
        EXPECT_EQ(mixLab({8, 48, 107}, {8, 48, 107}, t), (Rgb{8, 48, 107}));
    }
    // Outside [0, 1] and NaN clamp to the ends.
    EXPECT_EQ(mixLab({1, 2, 3}, {200, 100, 50}, -1.0), (Rgb{1, 2, 3}));
    EXPECT_EQ(mixLab({1, 2, 3}, {200, 100, 50}, 2.0), (Rgb{200, 100, 50}));
    EXPECT_EQ(mixLab({1, 2, 3}, {200, 100, 50}, std::numeric_limits<double>::quiet_NaN()),
              (Rgb{1, 2, 3}));
}

// --- ColorBrewer ratings per class count ---------------------------------------------------------

struct RatingCase {
    const char* name;
    const char* id;
    int classes;
    bool colorblindSafe;
    bool printFriendly;
};

class RatingsAt : public ::testing::TestWithParam<RatingCase> {};

TEST_P(RatingsAt, MatchColorBrewer) {
    const RatingCase& c = GetParam();
    EXPECT_EQ(colorblindSafeAt(ramp(c.id), c.classes), c.colorblindSafe);
    EXPECT_EQ(printFriendlyAt(ramp(c.id), c.classes), c.printFriendly);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RatingsAt,
    ::testing::Values(RatingCase{"YlOrRd_4", "YlOrRd", 4, true, true},
                      RatingCase{"YlOrRd_5_print_maybe", "YlOrRd", 5, true, false},
                      RatingCase{"YlOrRd_2_as_3", "YlOrRd", 2, true, true},
                      RatingCase{"YlOrRd_12_interpolated", "YlOrRd", 12, false, false},
                      RatingCase{"Greens_4", "Greens", 4, true, false},
                      RatingCase{"RdYlBu_7", "RdYlBu", 7, true, false},
                      RatingCase{"RdYlBu_6", "RdYlBu", 6, true, true},
                      RatingCase{"Dark2_3", "Dark2", 3, true, true},
                      RatingCase{"Dark2_4_blind_maybe", "Dark2", 4, false, true},
                      RatingCase{"Paired_4", "Paired", 4, true, true},
                      RatingCase{"Paired_12_unrated", "Paired", 12, false, false},
                      RatingCase{"Set2_6", "Set2", 6, false, false},
                      RatingCase{"viridis_20", "viridis", 20, true, true}),
    [](const auto& param) { return std::string(param.param.name); });

}  // namespace rrw::render
