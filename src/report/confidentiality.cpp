#include "report/confidentiality.h"

#include <cmath>
#include <map>

#include "core/error.h"

namespace rrw::report {

Disclosure checkDisclosure(const AggregateCell& cell, const ConfidentialityRule& rule) {
    if (!std::isfinite(cell.total) || !std::isfinite(cell.largest) || cell.total < 0.0 ||
        cell.largest < 0.0 || cell.largest > cell.total * (1.0 + 1e-9) + 1e-9) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "confidentiality check: invalid aggregate (total {1}, "
                                          "largest firm {2})"),
                        {std::to_string(cell.total), std::to_string(cell.largest)});
    }
    if (cell.firms < rule.minFirms) {
        return Disclosure::TooFewFirms;
    }
    if (cell.total > 0.0 && cell.largest > rule.maxShare * cell.total) {
        return Disclosure::Dominated;
    }
    return Disclosure::Shown;
}

std::vector<GroupedCell> aggregateByGroup(const std::vector<std::string>& groupOf,
                                          const std::vector<double>& values) {
    std::vector<GroupedCell> out;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < groupOf.size() && i < values.size(); ++i) {
        if (groupOf[i].empty()) {
            continue;
        }
        const auto [it, inserted] = index.emplace(groupOf[i], out.size());
        if (inserted) {
            out.push_back({groupOf[i], {}});
        }
        AggregateCell& c = out[it->second].cell;
        const double v = std::max(0.0, values[i]);
        ++c.firms;
        c.total += v;
        c.largest = std::max(c.largest, v);
    }
    return out;
}

}  // namespace rrw::report
