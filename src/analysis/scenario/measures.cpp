#include "analysis/scenario/measures.h"

#include <algorithm>

#include "analysis/supply/nace.h"
#include "core/error.h"

namespace rrw::analysis {
namespace {

/// Which firms a measure's sector list selects (all when it is empty).
std::vector<char> selectedCustomers(const SupplyNetwork& n, const Measure& m) {
    std::vector<char> selected(n.firmCount, m.sectors.empty() ? 1 : 0);
    if (m.sectors.empty()) {
        return selected;
    }
    std::vector<NaceCode> prefixes;
    for (const std::string& s : m.sectors) {
        prefixes.push_back(*parseNace(s));
    }
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        const NaceCode code{n.nace[c], n.section[c], -1};
        selected[c] = std::any_of(prefixes.begin(), prefixes.end(),
                                  [&](const NaceCode& p) { return naceMatches(p, code); });
    }
    return selected;
}

void nearshore(SupplyNetwork& n, const Measure& m, const std::string& what,
               const std::string& where) {
    std::optional<std::uint32_t> fixedSupplier;
    if (!m.supplier.empty()) {
        fixedSupplier = n.findNode(m.supplier);
        if (!fixedSupplier) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: {2}: the supplier \"{3}\" is not in the "
                                              "network."),
                            {what, where, m.supplier});
        }
    }
    std::uint16_t crossing = 0;
    if (!m.crossing.empty()) {
        const auto found = n.findCrossing(m.crossing);
        if (!found || n.crossingFreight[*found - 1u] == 0) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: {2}: the crossing \"{3}\" is unknown or "
                                              "carries no freight."),
                            {what, where, m.crossing});
        }
        crossing = *found;
    }
    const std::uint32_t eastAsia = n.externalNode(ExternalNode::EastAsia);
    const std::size_t before = n.linkCount();
    for (std::size_t l = 0; l < before; ++l) {
        if (n.supplier[l] != eastAsia || m.share <= 0.0) {
            continue;
        }
        const std::uint32_t c = n.customer[l];
        std::uint32_t target = n.externalNode(ExternalNode::RestEu);
        if (fixedSupplier) {
            target = *fixedSupplier;
        } else if (n.country[c] == "DE") {
            target = n.externalNode(ExternalNode::RestDe);
        } else if (n.country[c] == "CZ") {
            target = n.externalNode(ExternalNode::RestCz);
        }
        if (target == c) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: {2}: the supplier \"{3}\" cannot take over "
                                              "its own East Asia supply."),
                            {what, where, m.supplier});
        }
        const double moved = m.share * n.inputShare[l];
        n.inputShare[l] -= moved;
        // The same input from the new supplier: add to an existing link, else append one.
        bool merged = false;
        for (std::uint32_t k = n.linkBegin[c]; k < n.linkBegin[c + 1]; ++k) {
            if (n.supplier[k] == target && n.input[k] == n.input[l]) {
                n.inputShare[k] += moved;
                merged = true;
                break;
            }
        }
        if (!merged) {
            n.supplier.push_back(target);
            n.customer.push_back(c);
            n.input.push_back(n.input[l]);
            n.inputShare.push_back(moved);
            n.inventoryDays.push_back(n.inventoryDays[l]);
            n.substitutableShare.push_back(n.substitutableShare[l]);
            n.leadTime.push_back(static_cast<std::uint16_t>(m.leadTime));
            n.switchDays.push_back(n.switchDays[l]);
            n.crossing.push_back(crossing);
        }
    }
    if (n.linkCount() != before) {
        n.sortLinks();
    }
}

}  // namespace

MeasuredNetwork applyMeasures(const SupplyNetwork& base, const std::vector<Measure>& measures,
                              const std::string& what) {
    MeasuredNetwork out{base, false};
    SupplyNetwork& n = out.network;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const Measure& m = measures[i];
        const std::string where = "measure " + std::to_string(i + 1);
        switch (m.type) {
            case MeasureType::GreenCard:
                out.commutersExempt = true;
                break;
            case MeasureType::Stockpiling: {
                const auto selected = selectedCustomers(n, m);
                for (std::size_t l = 0; l < n.linkCount(); ++l) {
                    if (selected[n.customer[l]]) {
                        n.inventoryDays[l] =
                            std::min<double>(kMaxDays, n.inventoryDays[l] + m.extraDays);
                    }
                }
                break;
            }
            case MeasureType::SecondSupplier:
            case MeasureType::IndustrialPark: {
                const auto selected = selectedCustomers(n, m);
                for (std::size_t l = 0; l < n.linkCount(); ++l) {
                    if (!selected[n.customer[l]]) {
                        continue;
                    }
                    n.substitutableShare[l] =
                        std::min(1.0, n.substitutableShare[l] + m.substitutableShare);
                    if (m.switchDays && *m.switchDays < n.switchDays[l]) {
                        n.switchDays[l] = static_cast<std::uint16_t>(*m.switchDays);
                    }
                }
                break;
            }
            case MeasureType::Nearshoring:
                nearshore(n, m, what, where);
                break;
        }
    }
    return out;
}

}  // namespace rrw::analysis
