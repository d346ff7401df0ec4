#include "render/classification.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace rrw::render {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Within-class sum of squared deviations of `values` cut at `limits` (classOf semantics).
double withinSquares(const std::vector<double>& values, const std::vector<double>& limits) {
    std::vector<std::vector<double>> groups(limits.size() - 1);
    for (double v : values) {
        groups.at(static_cast<std::size_t>(classOf(v, limits))).push_back(v);
    }
    double total = 0.0;
    for (const auto& g : groups) {
        double mean = 0.0;
        for (double v : g) {
            mean += v;
        }
        mean /= static_cast<double>(g.size());
        for (double v : g) {
            total += (v - mean) * (v - mean);
        }
    }
    return total;
}

/// The least within-class squares over every cut of the sorted values into k non-empty runs.
double bruteForceOptimum(std::vector<double> sorted, int k) {
    std::sort(sorted.begin(), sorted.end());
    const int n = static_cast<int>(sorted.size());
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> cuts(static_cast<std::size_t>(k - 1));
    // Enumerate cut positions 1 <= c1 < c2 < ... < n by recursion.
    auto recurse = [&](auto&& self, int index, int from) -> void {
        if (index == k - 1) {
            double total = 0.0;
            int start = 0;
            for (int c = 0; c < k; ++c) {
                const int end = c < k - 1 ? cuts[static_cast<std::size_t>(c)] : n;
                double mean = 0.0;
                for (int i = start; i < end; ++i) {
                    mean += sorted[static_cast<std::size_t>(i)];
                }
                mean /= end - start;
                for (int i = start; i < end; ++i) {
                    const double d = sorted[static_cast<std::size_t>(i)] - mean;
                    total += d * d;
                }
                start = end;
            }
            best = std::min(best, total);
            return;
        }
        for (int c = from; c <= n - (k - 1 - index); ++c) {
            cuts[static_cast<std::size_t>(index)] = c;
            self(self, index + 1, c + 1);
        }
    };
    recurse(recurse, 0, 1);
    return best;
}

}  // namespace

// --- method names ---------------------------------------------------------------------------

struct MethodNameCase {
    const char* name;
    const char* text;
    bool valid;
    ClassMethod method;
};

class MethodNames : public ::testing::TestWithParam<MethodNameCase> {};

TEST_P(MethodNames, Parse) {
    ClassMethod parsed = ClassMethod::Manual;
    ASSERT_EQ(parseClassMethod(GetParam().text, parsed), GetParam().valid);
    if (GetParam().valid) {
        EXPECT_EQ(parsed, GetParam().method);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MethodNames,
    ::testing::Values(
        MethodNameCase{"equal_interval", "equal_interval", true, ClassMethod::EqualInterval},
        MethodNameCase{"quantiles", "quantiles", true, ClassMethod::Quantiles},
        MethodNameCase{"natural_breaks", "natural_breaks", true, ClassMethod::NaturalBreaks},
        MethodNameCase{"jenks", "jenks", true, ClassMethod::NaturalBreaks},
        MethodNameCase{"upper_case", "Natural_Breaks", true, ClassMethod::NaturalBreaks},
        MethodNameCase{"manual", "manual", true, ClassMethod::Manual},
        MethodNameCase{"empty", "", false, ClassMethod::Manual},
        MethodNameCase{"space", "natural breaks", false, ClassMethod::Manual},
        MethodNameCase{"prefix", "equal", false, ClassMethod::Manual},
        MethodNameCase{"trailing_space", "manual ", false, ClassMethod::Manual}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(MethodNames, CanonicalNamesRoundTrip) {
    for (ClassMethod m : {ClassMethod::EqualInterval, ClassMethod::Quantiles,
                          ClassMethod::NaturalBreaks, ClassMethod::Manual}) {
        ClassMethod parsed = ClassMethod::EqualInterval;
        ASSERT_TRUE(parseClassMethod(classMethodName(m), parsed)) << classMethodName(m);
        EXPECT_EQ(parsed, m);
    }
}

// --- breaks, one row per case -----------------------------------------------------------------

struct BreaksCase {
    const char* name;
    std::vector<double> values;
    ClassMethod method;
    int classes;
    std::vector<double> expected;
};

class Breaks : public ::testing::TestWithParam<BreaksCase> {};

TEST_P(Breaks, MatchExpected) {
    const BreaksCase& c = GetParam();
    const std::vector<double> limits = classBreaks(c.values, c.method, c.classes);
    ASSERT_EQ(limits.size(), c.expected.size());
    for (std::size_t i = 0; i < limits.size(); ++i) {
        EXPECT_NEAR(limits[i], c.expected[i], 1e-12) << "limit " << i;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Breaks,
    ::testing::Values(
        BreaksCase{"equal_interval_0_to_10",
                   {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                   ClassMethod::EqualInterval,
                   5,
                   {0, 2, 4, 6, 8, 10}},
        // A gap leaves (5, 7.5] empty: equal widths are the point of the method.
        BreaksCase{"equal_interval_keeps_gap",
                   {0, 1, 2, 10},
                   ClassMethod::EqualInterval,
                   4,
                   {0, 2.5, 5, 7.5, 10}},
        BreaksCase{"equal_interval_fewer_distinct",
                   {1, 1, 1, 2, 2},
                   ClassMethod::EqualInterval,
                   5,
                   {1, 1.5, 2}},
        BreaksCase{"equal_interval_one_class", {3, 8, 5}, ClassMethod::EqualInterval, 1, {3, 8}},
        BreaksCase{
            "quantiles_type7_exact", {5, 1, 4, 2, 3}, ClassMethod::Quantiles, 4, {1, 2, 3, 4, 5}},
        BreaksCase{
            "quantiles_type7_interpolated", {1, 2, 3, 4}, ClassMethod::Quantiles, 2, {1, 2.5, 4}},
        // Many zeros: the zeros form their own class, repeated zero limits are dropped.
        BreaksCase{"quantiles_many_zeros",
                   {0, 0, 0, 0, 0, 0, 1, 2, 3, 4},
                   ClassMethod::Quantiles,
                   4,
                   {0, 0, 1.75, 4}},
        // Type 7 puts limits 5 and 5.67 into one gap: (5, 5.67] would be empty and is dropped.
        BreaksCase{
            "quantiles_no_empty_class", {0, 5, 5, 6, 9}, ClassMethod::Quantiles, 3, {0, 5, 9}},
        BreaksCase{"quantiles_single_value", {7, 7, 7}, ClassMethod::Quantiles, 5, {7, 7}},
        BreaksCase{"jenks_three_clusters",
                   {21, 1, 12, 2, 22, 3, 10, 11, 20},
                   ClassMethod::NaturalBreaks,
                   3,
                   {1, 3, 12, 22}},
        // The example of the jenkspy documentation (Fisher-Jenks), breaks 1.2 | 2.3 | 5.0 | 7.8.
        BreaksCase{"jenks_jenkspy_example",
                   {1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3},
                   ClassMethod::NaturalBreaks,
                   3,
                   {1.2, 2.3, 5.0, 7.8}},
        // An outlying minimum is a class of its own: limits[0] == limits[1].
        BreaksCase{
            "jenks_minimum_alone", {1, 100, 101, 102}, ClassMethod::NaturalBreaks, 2, {1, 1, 102}},
        BreaksCase{"jenks_more_classes_than_values",
                   {3, 1, 2, 2},
                   ClassMethod::NaturalBreaks,
                   6,
                   {1, 1, 2, 3}},
        BreaksCase{"jenks_duplicates_stay_together",
                   {1, 1, 1, 1, 5, 5, 5, 9},
                   ClassMethod::NaturalBreaks,
                   2,
                   {1, 1, 9}},
        BreaksCase{"jenks_large_offset",
                   {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 10, 1e9 + 11, 1e9 + 12},
                   ClassMethod::NaturalBreaks,
                   2,
                   {1e9 + 1, 1e9 + 3, 1e9 + 12}},
        BreaksCase{"ignores_nan_and_infinity",
                   {kNaN, 1, kInf, 2, -kInf, 3},
                   ClassMethod::EqualInterval,
                   2,
                   {1, 2, 3}},
        BreaksCase{"only_nan", {kNaN, kNaN}, ClassMethod::Quantiles, 3, {}},
        BreaksCase{"empty", {}, ClassMethod::NaturalBreaks, 3, {}}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(Breaks, FewerThanOneClassThrows) {
    const std::vector<double> values{1, 2, 3};
    EXPECT_THROW(classBreaks(values, ClassMethod::Quantiles, 0), std::invalid_argument);
    EXPECT_THROW(classBreaks(values, ClassMethod::EqualInterval, -2), std::invalid_argument);
}

// Natural breaks reach the exact optimum: compared with every possible cut of small sets.
TEST(Breaks, NaturalBreaksMatchBruteForce) {
    std::mt19937 random(20240611);
    for (int round = 0; round < 60; ++round) {
        const int n = 4 + static_cast<int>(random() % 9);
        std::vector<double> values;
        for (int i = 0; i < n; ++i) {
            values.push_back(static_cast<double>(random() % 1000) / 10.0);
        }
        for (int k = 2; k <= 4; ++k) {
            std::vector<double> distinct = values;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            if (static_cast<int>(distinct.size()) <= k) {
                continue;
            }
            const auto limits = classBreaks(values, ClassMethod::NaturalBreaks, k);
            ASSERT_EQ(limits.size(), static_cast<std::size_t>(k) + 1);
            EXPECT_NEAR(withinSquares(values, limits), bruteForceOptimum(values, k), 1e-9)
                << "round " << round << ", k " << k;
        }
    }
}

// Contract of every method on random data with ties: first/last are min/max, the order rule
// holds, at most classes+1 limits, and no class is empty (equal interval may have gaps).
TEST(Breaks, ContractOnRandomData) {
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        std::vector<double> values;
        const int n = 1 + static_cast<int>(random() % 40);
        for (int i = 0; i < n; ++i) {
            values.push_back(static_cast<double>(random() % 12));
        }
        const int k = 1 + static_cast<int>(random() % 8);
        for (ClassMethod m :
             {ClassMethod::EqualInterval, ClassMethod::Quantiles, ClassMethod::NaturalBreaks}) {
            const auto limits = classBreaks(values, m, k);
            ASSERT_GE(limits.size(), 2u);
            ASSERT_LE(limits.size(), static_cast<std::size_t>(k) + 1);
            EXPECT_EQ(limits.front(), *std::min_element(values.begin(), values.end()));
            EXPECT_EQ(limits.back(), *std::max_element(values.begin(), values.end()));
            EXPECT_LE(limits[0], limits[1]);
            for (std::size_t i = 2; i < limits.size(); ++i) {
                EXPECT_LT(limits[i - 1], limits[i]) << classMethodName(m);
            }
            std::vector<int> counts(limits.size() - 1, 0);
            for (double v : values) {
                const int c = classOf(v, limits);
                ASSERT_GE(c, 0);
                ++counts[static_cast<std::size_t>(c)];
            }
            if (m != ClassMethod::EqualInterval) {
                for (int count : counts) {
                    EXPECT_GT(count, 0) << classMethodName(m) << " round " << round;
                }
            }
        }
    }
}

// More than 3000 values: natural breaks runs on a sample that keeps min and max; the result is
// deterministic and independent of the input order. No timing assertions.
TEST(Breaks, NaturalBreaksOnManyValues) {
    std::vector<double> values;
    std::mt19937 random(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int i = 0; i < 40000; ++i) {
        values.push_back((i % 3) * 100.0 + noise(random));
    }
    values.push_back(-1000.0);  // one extreme each side: must still be first and last
    values.push_back(5000.0);
    const auto limits = classBreaks(values, ClassMethod::NaturalBreaks, 5);
    ASSERT_EQ(limits.size(), 6u);
    EXPECT_EQ(limits.front(), -1000.0);
    EXPECT_EQ(limits.back(), 5000.0);
    // Min and max are alone; each cluster ends at its largest sampled value.
    EXPECT_EQ(limits[1], -1000.0);
    EXPECT_GT(limits[2], 0.0);
    EXPECT_LT(limits[2], 50.0);
    EXPECT_GT(limits[3], 100.0);
    EXPECT_LT(limits[3], 150.0);
    EXPECT_GT(limits[4], 200.0);
    EXPECT_LT(limits[4], 250.0);

    std::vector<double> shuffled = values;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    EXPECT_EQ(classBreaks(shuffled, ClassMethod::NaturalBreaks, 5), limits);
    EXPECT_EQ(classBreaks(values, ClassMethod::NaturalBreaks, 5), limits);
}

// --- manual limits -------------------------------------------------------------------------------

struct ManualCase {
    const char* name;
    std::vector<double> values;
    int classes;
    std::vector<double> manual;
    bool throws;
    std::vector<double> expected;
};

class Manual : public ::testing::TestWithParam<ManualCase> {};

TEST_P(Manual, LimitsOrError) {
    const ManualCase& c = GetParam();
    if (c.throws) {
        EXPECT_THROW(classBreaks(c.values, ClassMethod::Manual, c.classes, c.manual),
                     std::invalid_argument);
    } else {
        EXPECT_EQ(classBreaks(c.values, ClassMethod::Manual, c.classes, c.manual), c.expected);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Manual,
    ::testing::Values(ManualCase{"inner_limits", {0, 3, 10, kNaN}, 3, {2, 5}, false, {0, 2, 5, 10}},
                      ManualCase{"all_limits", {1, 3, 9}, 3, {0, 2, 5, 10}, false, {0, 2, 5, 10}},
                      ManualCase{
                          "all_limits_data_outside", {-5, 50}, 2, {0, 2, 5}, false, {0, 2, 5}},
                      ManualCase{"one_class_no_inner", {4, 6}, 1, {}, false, {4, 6}},
                      ManualCase{"inner_at_minimum", {0, 1, 2}, 2, {0}, false, {0, 0, 2}},
                      ManualCase{"no_data", {kNaN}, 3, {2, 5}, false, {}},
                      ManualCase{"not_ascending", {0, 10}, 3, {5, 2}, true, {}},
                      ManualCase{"repeated", {0, 10}, 3, {5, 5}, true, {}},
                      ManualCase{"nan_limit", {0, 10}, 3, {2, kNaN}, true, {}},
                      ManualCase{"infinite_limit", {0, 10}, 2, {0, 5, kInf}, true, {}},
                      ManualCase{"wrong_count", {0, 10}, 4, {2, 5}, true, {}},
                      ManualCase{"bad_even_without_data", {}, 3, {5, 2}, true, {}},
                      ManualCase{"inner_below_data", {0, 10}, 3, {-1, 5}, true, {}},
                      ManualCase{"inner_at_maximum", {0, 10}, 3, {5, 10}, true, {}}),
    [](const auto& param) { return std::string(param.param.name); });

// --- classOf -----------------------------------------------------------------------------------

struct ClassOfCase {
    const char* name;
    std::vector<double> limits;
    double value;
    int expected;
};

class ClassOf : public ::testing::TestWithParam<ClassOfCase> {};

TEST_P(ClassOf, Index) {
    EXPECT_EQ(classOf(GetParam().value, GetParam().limits), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ClassOf,
    ::testing::Values(ClassOfCase{"first_limit", {0, 2, 5, 10}, 0.0, 0},
                      ClassOfCase{"inside_first", {0, 2, 5, 10}, 1.0, 0},
                      ClassOfCase{"inner_limit_goes_lower", {0, 2, 5, 10}, 2.0, 0},
                      ClassOfCase{"just_above_inner", {0, 2, 5, 10}, 2.000001, 1},
                      ClassOfCase{"second_inner_limit", {0, 2, 5, 10}, 5.0, 1},
                      ClassOfCase{"last_limit", {0, 2, 5, 10}, 10.0, 2},
                      ClassOfCase{"below", {0, 2, 5, 10}, -0.1, -1},
                      ClassOfCase{"above", {0, 2, 5, 10}, 10.1, -1},
                      ClassOfCase{"nan", {0, 2, 5, 10}, kNaN, -1},
                      ClassOfCase{"infinity", {0, 2, 5, 10}, kInf, -1},
                      ClassOfCase{"zero_class_zero", {0, 0, 1.75, 4}, 0.0, 0},
                      ClassOfCase{"zero_class_above", {0, 0, 1.75, 4}, 0.5, 1},
                      ClassOfCase{"single_value", {3, 3}, 3.0, 0},
                      ClassOfCase{"single_value_miss", {3, 3}, 2.9, -1},
                      ClassOfCase{"one_limit", {3}, 3.0, -1},
                      ClassOfCase{"no_limits", {}, 3.0, -1}),
    [](const auto& param) { return std::string(param.param.name); });

}  // namespace rrw::render
