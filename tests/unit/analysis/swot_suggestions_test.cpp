#include "analysis/swot/suggestions.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/error.h"

namespace rrw::analysis {

namespace {

// unemployment (worse when higher): A..D at 4, E at 8 → mean 4.8, SD 1.6; E is 2 SD worse,
// A..D are 0.5 SD better (no proposal at threshold 1).
// gdp (better when higher): the same numbers, so E is 2 SD better.
ValueTable table() {
    return valueTableFromRows({{"E", "unemployment", 8.0},
                               {"A", "unemployment", 4.0},
                               {"B", "unemployment", 4.0},
                               {"C", "unemployment", 4.0},
                               {"D", "unemployment", 4.0},
                               {"E", "gdp", 8.0},
                               {"A", "gdp", 4.0},
                               {"B", "gdp", 4.0},
                               {"C", "gdp", 4.0},
                               {"D", "gdp", 4.0}});
}

IndicatorInfo unemployment() {
    return {"unemployment", false, "Arbeitslosenquote", "Míra nezaměstnanosti", "%"};
}

IndicatorInfo gdp() {
    return {"gdp", true, "BIP je Einwohner", "HDP na obyvatele", "EUR/inh"};
}

}  // namespace

TEST(SwotSuggestions, AClearlyWorseRegionIsAWeakness) {
    const auto s = suggestSwot(table(), {unemployment()});
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].region, "E");
    EXPECT_EQ(s[0].category, 'W');
    EXPECT_EQ(s[0].indicator, "unemployment");
    EXPECT_DOUBLE_EQ(s[0].value, 8.0);
    EXPECT_NEAR(s[0].reference, 4.8, 1e-12);
    EXPECT_NEAR(s[0].zScore, 2.0, 1e-12);
    EXPECT_EQ(s[0].textDe,
              "Arbeitslosenquote 8,0 % \u2013 deutlich ungünstiger als der grenzüberschreitende "
              "Durchschnitt (4,8 %)");
    EXPECT_EQ(s[0].textCs,
              "Míra nezaměstnanosti 8,0 % \u2013 výrazně horší než přeshraniční průměr (4,8 %)");
}

TEST(SwotSuggestions, HigherIsBetterFlipsTheCategory) {
    const auto s = suggestSwot(table(), {gdp()});
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].region, "E");
    EXPECT_EQ(s[0].category, 'S');
    EXPECT_NEAR(s[0].zScore, 2.0, 1e-12);
    EXPECT_NE(s[0].textDe.find("deutlich günstiger"), std::string::npos);
    EXPECT_NE(s[0].textDe.find("8,0 EUR/EW"), std::string::npos) << s[0].textDe;
    EXPECT_NE(s[0].textCs.find("výrazně lepší"), std::string::npos);
    EXPECT_NE(s[0].textCs.find("(4,8 EUR/obyv.)"), std::string::npos) << s[0].textCs;
}

TEST(SwotSuggestions, ALowerThresholdAddsTheOthersInOrder) {
    const auto s = suggestSwot(table(), {unemployment(), gdp()}, 0.5);
    ASSERT_EQ(s.size(), 10u);
    // Sorted by (region, category, indicator).
    EXPECT_EQ(s[0].region, "A");
    EXPECT_EQ(s[0].category, 'S');
    EXPECT_EQ(s[0].indicator, "unemployment");
    EXPECT_EQ(s[1].region, "A");
    EXPECT_EQ(s[1].category, 'W');
    EXPECT_EQ(s[1].indicator, "gdp");
    EXPECT_EQ(s[8].region, "E");
    EXPECT_EQ(s[8].category, 'S');
    EXPECT_EQ(s[8].indicator, "gdp");
    EXPECT_EQ(s[9].category, 'W');
    EXPECT_EQ(s[9].indicator, "unemployment");
    for (const auto& x : s) {
        EXPECT_TRUE(x.category == 'S' || x.category == 'W');
    }
}

TEST(SwotSuggestions, FewerThanThreeValuesGiveNone) {
    const ValueTable t = valueTableFromRows(
        {{"A", "u", 1.0}, {"B", "u", 100.0}, {"C", "u", std::nan("")}, {"D", "u", std::nan("")}});
    EXPECT_TRUE(suggestSwot(t, {{"u", false, "U", "U", "%"}}, 0.1).empty());
}

TEST(SwotSuggestions, ZeroSpreadGivesNone) {
    const ValueTable t = valueTableFromRows({{"A", "u", 3.0}, {"B", "u", 3.0}, {"C", "u", 3.0}});
    EXPECT_TRUE(suggestSwot(t, {{"u", false, "U", "U", "%"}}, 0.1).empty());
}

TEST(SwotSuggestions, MissingValuesAndUnknownIndicatorsAreSkipped) {
    const ValueTable t = valueTableFromRows({{"A", "u", 1.0},
                                             {"B", "u", 1.0},
                                             {"C", "u", 1.0},
                                             {"D", "u", 1.0},
                                             {"E", "u", 9.0},
                                             {"F", "u", std::nan("")},
                                             {"A", "other", 5.0}});
    const auto s = suggestSwot(t, {{"u", true, "U", "U", ""}, {"absent", true, "", "", ""}});
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].region, "E");
    EXPECT_EQ(s[0].category, 'S');
    EXPECT_NEAR(s[0].reference, 13.0 / 5.0, 1e-12);
    EXPECT_EQ(s[0].textDe.rfind("U 9,0 \u2013", 0), 0u) << s[0].textDe;
}

TEST(SwotSuggestions, ABadThresholdIsAnInputError) {
    for (const double bad : {0.0, -1.0, std::nan("")}) {
        try {
            suggestSwot(table(), {unemployment()}, bad);
            FAIL() << bad;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Input);
        }
    }
}

TEST(SwotSuggestions, NumbersUseTheDecimalComma) {
    EXPECT_EQ(formatLocalNumber(5.6, "de"), "5,6");
    EXPECT_EQ(formatLocalNumber(3.94, "cs"), "3,9");
    EXPECT_EQ(formatLocalNumber(0.456, "de"), "0,46");
    EXPECT_EQ(formatLocalNumber(-2.26, "de"), "-2,3");
    EXPECT_EQ(formatLocalNumber(123.4, "cs"), "123");
    EXPECT_EQ(formatLocalNumber(1234.0, "de"), "1234");
    EXPECT_EQ(formatLocalNumber(50643.0, "de"), "50.643");
    EXPECT_EQ(formatLocalNumber(50643.0, "cs"), "50\u00a0643");
    EXPECT_EQ(formatLocalNumber(1234567.0, "de"), "1.234.567");
    EXPECT_EQ(formatLocalNumber(-0.001, "de"), "0,00");
}

}  // namespace rrw::analysis
