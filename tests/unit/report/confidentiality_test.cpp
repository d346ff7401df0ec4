// The disclosure rule for firm data: at least 3 firms, no firm above 85 % of the value.

#include <gtest/gtest.h>

#include <cmath>

#include "core/error.h"
#include "report/confidentiality.h"

namespace rrw::report {

TEST(Confidentiality, TooFewFirmsAreSuppressed) {
    EXPECT_EQ(checkDisclosure({0, 0.0, 0.0}), Disclosure::TooFewFirms);
    EXPECT_EQ(checkDisclosure({1, 100.0, 100.0}), Disclosure::TooFewFirms);
    EXPECT_EQ(checkDisclosure({2, 100.0, 50.0}), Disclosure::TooFewFirms);
    EXPECT_EQ(checkDisclosure({3, 90.0, 30.0}), Disclosure::Shown);
}

TEST(Confidentiality, OneDominantFirmIsSuppressedAtMoreThan85Percent) {
    EXPECT_EQ(checkDisclosure({5, 100.0, 85.0}), Disclosure::Shown);  // exactly 85 % is allowed
    EXPECT_EQ(checkDisclosure({5, 100.0, 85.01}), Disclosure::Dominated);
    EXPECT_EQ(checkDisclosure({40, 1000.0, 900.0}), Disclosure::Dominated);
    // A zero total reveals nothing about any firm.
    EXPECT_EQ(checkDisclosure({4, 0.0, 0.0}), Disclosure::Shown);
}

TEST(Confidentiality, TheRuleIsConfigurable) {
    const ConfidentialityRule strict{5, 0.5};
    EXPECT_EQ(checkDisclosure({4, 100.0, 10.0}, strict), Disclosure::TooFewFirms);
    EXPECT_EQ(checkDisclosure({6, 100.0, 60.0}, strict), Disclosure::Dominated);
    EXPECT_EQ(checkDisclosure({6, 100.0, 40.0}, strict), Disclosure::Shown);
}

TEST(Confidentiality, InvalidAggregatesAreErrors) {
    EXPECT_THROW(checkDisclosure({3, -1.0, 0.0}), Error);
    EXPECT_THROW(checkDisclosure({3, 10.0, 11.0}), Error);
    EXPECT_THROW(checkDisclosure({3, std::nan(""), 1.0}), Error);
}

TEST(Confidentiality, AggregatesByGroupWithTheLargestFirm) {
    const auto cells =
        aggregateByGroup({"A", "B", "A", "", "A", "B"}, {10.0, 5.0, 30.0, 99.0, 20.0, -3.0});
    ASSERT_EQ(cells.size(), 2u);
    EXPECT_EQ(cells[0].group, "A");
    EXPECT_EQ(cells[0].cell.firms, 3u);
    EXPECT_DOUBLE_EQ(cells[0].cell.total, 60.0);
    EXPECT_DOUBLE_EQ(cells[0].cell.largest, 30.0);
    EXPECT_EQ(checkDisclosure(cells[0].cell), Disclosure::Shown);
    EXPECT_EQ(cells[1].group, "B");
    EXPECT_EQ(cells[1].cell.firms, 2u);
    EXPECT_DOUBLE_EQ(cells[1].cell.total, 5.0);  // negative values count as 0
    EXPECT_EQ(checkDisclosure(cells[1].cell), Disclosure::TooFewFirms);
}

}  // namespace rrw::report
