#pragma once

// Statistical disclosure control for confidential firm data (docs/REPORTS.md): a table cell
// or map unit that aggregates firms is published only when at least `minFirms` firms
// contribute and no single firm makes up more than `maxShare` of its value (the "n = 3" and
// "one firm > 85 %" dominance rules of official statistics).

#include <cstddef>
#include <string>
#include <vector>

namespace rrw::report {

struct ConfidentialityRule {
    std::size_t minFirms = 3;
    double maxShare = 0.85;
};

enum class Disclosure {
    Shown,
    TooFewFirms,  ///< fewer than minFirms firms
    Dominated     ///< one firm makes up more than maxShare of the value
};

/// One aggregate: how many firms, the sum of their (non-negative) values and the largest
/// single value among them.
struct AggregateCell {
    std::size_t firms = 0;
    double total = 0.0;
    double largest = 0.0;
};

/// The rule applied to one cell. A cell whose total is 0 cannot be dominated (nothing to
/// reveal); negative or non-finite values are invalid input and throw rrw::Error.
Disclosure checkDisclosure(const AggregateCell& cell, const ConfidentialityRule& rule = {});

/// Sums `values` per group: `groupOf[i]` is the group of value i ("" = no group, left out).
/// Returns the groups in first-seen order with their cells.
struct GroupedCell {
    std::string group;
    AggregateCell cell;
};
std::vector<GroupedCell> aggregateByGroup(const std::vector<std::string>& groupOf,
                                          const std::vector<double>& values);

}  // namespace rrw::report
