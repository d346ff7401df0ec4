#include "analysis/supply/network.h"

#include <cstdio>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <sstream>

#include "analysis/supply/fnv1a.h"
#include "analysis/supply/nace.h"
#include "core/error.h"

namespace rrw::analysis {
namespace {

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

std::string firmWhere(const FirmRecord& f) {
    return f.where.empty() ? "firm " + f.id : f.where;
}

std::string linkWhere(const LinkRecord& l) {
    return l.where.empty() ? "link " + l.supplier + " -> " + l.customer : l.where;
}

void requireShare(double v, const std::string& where, const char* field) {
    if (!(v >= 0.0 && v <= 1.0)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be between 0 and 1 (found {3})."),
                        {where, field, number(v)});
    }
}

void requireNonNegative(double v, const std::string& where, const char* field) {
    if (!(v >= 0.0) || !std::isfinite(v)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be a number of at least 0 (found {3})."),
            {where, field, number(v)});
    }
}

int requireWholeDays(double v, const std::string& where, const char* field, int low, int high) {
    if (!(v >= low && v <= high) || v != std::floor(v)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: {2} must be a whole number of days from {3} to {4} "
                                          "(found {5})."),
                        {where, field, std::to_string(low), std::to_string(high), number(v)});
    }
    return static_cast<int>(v);
}

/// DE/CZ from the code systems of docs/DATA.md: NUTS/LAU region codes start with the country,
/// an 8-digit municipality code is a German AGS, a 6-digit one a Czech kód obce.
std::string deriveCountry(const FirmRecord& f) {
    if (!f.country.empty()) {
        if (f.country.size() != 2 || !std::isupper(static_cast<unsigned char>(f.country[0])) ||
            !std::isupper(static_cast<unsigned char>(f.country[1]))) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the country \"{2}\" is not a two-letter "
                                              "code such as DE or CZ."),
                            {firmWhere(f), f.country});
        }
        return f.country;
    }
    if (f.region.size() >= 2 && std::isupper(static_cast<unsigned char>(f.region[0])) &&
        std::isupper(static_cast<unsigned char>(f.region[1]))) {
        return f.region.substr(0, 2);
    }
    const bool digits = !f.municipality.empty() &&
                        std::all_of(f.municipality.begin(), f.municipality.end(), [](char c) {
                            return std::isdigit(static_cast<unsigned char>(c));
                        });
    if (digits && f.municipality.size() == 8) {
        return "DE";
    }
    if (digits && f.municipality.size() == 6) {
        return "CZ";
    }
    return "";
}

void addNode(SupplyNetwork& n, const std::string& id, const std::string& name) {
    n.nodeIndex.emplace(id, static_cast<std::uint32_t>(n.nodeId.size()));
    n.nodeId.push_back(id);
    n.nodeName.push_back(name);
}

void addFirms(SupplyNetwork& n, const std::vector<FirmRecord>& firms) {
    std::unordered_map<std::string, std::string> firstWhere;
    for (const FirmRecord& f : firms) {
        const std::string where = firmWhere(f);
        if (f.id.empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the firm id is empty."), {where});
        }
        if (std::find(kExternalNodeIds.begin(), kExternalNodeIds.end(), f.id) !=
            kExternalNodeIds.end()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the firm id \"{2}\" is reserved for an "
                                              "external node."),
                            {where, f.id});
        }
        if (const auto [it, added] = firstWhere.emplace(f.id, where); !added) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the firm id \"{2}\" appears twice (also {3})."),
                {where, f.id, it->second});
        }
        const auto nace = parseNace(f.nace);
        if (!nace) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: \"{2}\" is not a NACE Rev. 2 code (such as "
                                              "C29.32)."),
                            {where, f.nace});
        }
        requireNonNegative(f.employees, where, "employees");
        requireNonNegative(f.dailyOutput, where, "daily_output");
        requireShare(f.commuterShare, where, "commuter_share");
        double energy = f.energyIntensity;
        if (std::isnan(energy)) {
            energy = defaultEnergyIntensity(*nace);
        }
        requireShare(energy, where, "energy_intensity");
        if (std::isnan(f.x) != std::isnan(f.y) || std::isinf(f.x) || std::isinf(f.y)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: x and y must both be numbers or both be empty."),
                {where});
        }
        addNode(n, f.id, f.name);
        n.municipality.push_back(f.municipality);
        n.region.push_back(f.region);
        n.country.push_back(deriveCountry(f));
        n.nace.push_back(nace->code);
        n.section.push_back(nace->section);
        n.employees.push_back(f.employees);
        n.commuterShare.push_back(f.commuterShare);
        n.dailyOutput.push_back(f.dailyOutput);
        n.energyIntensity.push_back(energy);
        n.x.push_back(f.x);
        n.y.push_back(f.y);
    }
    n.firmCount = firms.size();
    // External nodes: full output, no employees of the region, no energy exposure.
    const char* countries[] = {"", "DE", "CZ", ""};
    for (std::size_t e = 0; e < kExternalNodeIds.size(); ++e) {
        addNode(n, kExternalNodeIds[e], kExternalNodeIds[e]);
        n.municipality.emplace_back();
        n.region.emplace_back();
        n.country.emplace_back(countries[e]);
        n.nace.emplace_back();
        n.section.push_back(0);
        for (auto* v : {&n.employees, &n.commuterShare, &n.dailyOutput, &n.energyIntensity}) {
            v->push_back(0.0);
        }
        n.x.push_back(std::numeric_limits<double>::quiet_NaN());
        n.y.push_back(std::numeric_limits<double>::quiet_NaN());
    }
}

void addCrossings(SupplyNetwork& n, const std::vector<CrossingRecord>& crossings) {
    for (const CrossingRecord& c : crossings) {
        const std::string where = c.where.empty() ? "crossing " + c.id : c.where;
        if (c.id.empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the crossing id is empty."), {where});
        }
        if (n.crossingIndex.count(c.id) != 0) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the crossing id \"{2}\" appears twice."),
                            {where, c.id});
        }
        requireShare(c.commuterWeight, where, "commuters");
        if (n.crossingId.size() >= 65534) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: more than 65534 crossings."), {where});
        }
        n.crossingId.push_back(c.id);
        n.crossingName.push_back(c.name);
        n.crossingFreight.push_back(c.freight ? 1 : 0);
        n.crossingCommuterWeight.push_back(c.commuterWeight);
        n.crossingIndex.emplace(c.id, static_cast<std::uint16_t>(n.crossingId.size()));
    }
}

std::string defaultInput(const SupplyNetwork& n, std::uint32_t supplier) {
    if (n.isExternal(supplier)) {
        return n.nodeId[supplier];
    }
    const std::string& code = n.nace[supplier];
    return code.substr(0, std::min<std::size_t>(code.size(), 3));  // "C29" or "C"
}

void addLinks(SupplyNetwork& n, const std::vector<LinkRecord>& links, bool crossingsFromLinks) {
    const std::size_t count = links.size();
    n.supplier.reserve(count);
    n.customer.reserve(count);
    for (const LinkRecord& l : links) {
        const std::string where = linkWhere(l);
        const auto s = n.findNode(l.supplier);
        if (!s) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the supplier \"{2}\" is neither a firm nor "
                                              "an external node."),
                            {where, l.supplier});
        }
        const auto c = n.findNode(l.customer);
        if (!c) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the customer \"{2}\" is not a firm."),
                            {where, l.customer});
        }
        if (n.isExternal(*c)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the external node \"{2}\" cannot be a "
                                              "customer."),
                            {where, l.customer});
        }
        if (*s == *c) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the firm \"{2}\" cannot supply itself."),
                            {where, l.customer});
        }
        requireShare(l.inputShare, where, "input_share");
        requireShare(l.substitutableShare, where, "substitutable_share");
        const int lead = requireWholeDays(l.leadTime, where, "lead_time", 1, kMaxLeadTime);
        const int sw = requireWholeDays(l.switchDays, where, "switch_days", 0, kMaxDays);
        requireNonNegative(l.inventoryDays, where, "inventory_days");
        if (l.inventoryDays > kMaxDays) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be at most {3} (found {4})."),
                {where, "inventory_days", std::to_string(kMaxDays), number(l.inventoryDays)});
        }
        std::uint16_t crossing = 0;
        if (!l.crossing.empty()) {
            auto found = n.findCrossing(l.crossing);
            if (!found && crossingsFromLinks) {
                addCrossings(n, {CrossingRecord{l.crossing, l.crossing, true, 0.0, where}});
                found = n.findCrossing(l.crossing);
            }
            if (!found) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: the crossing \"{2}\" is not in the "
                                                  "crossings table."),
                                {where, l.crossing});
            }
            if (n.crossingFreight[*found - 1u] == 0) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: the crossing \"{2}\" carries no freight."),
                    {where, l.crossing});
            }
            crossing = *found;
        }
        n.supplier.push_back(*s);
        n.customer.push_back(*c);
        n.input.push_back(n.internInput(l.input.empty() ? defaultInput(n, *s) : l.input));
        n.inputShare.push_back(l.inputShare);
        n.inventoryDays.push_back(l.inventoryDays);
        n.substitutableShare.push_back(l.substitutableShare);
        n.leadTime.push_back(static_cast<std::uint16_t>(lead));
        n.switchDays.push_back(static_cast<std::uint16_t>(sw));
        n.crossing.push_back(crossing);
    }
}

/// Per customer: no input twice from one supplier, and input shares adding up to at most 1.
void checkCustomers(const SupplyNetwork& n, const std::vector<LinkRecord>& links,
                    const std::vector<std::uint32_t>& rowOfLink) {
    constexpr double kTolerance = 1e-6;
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        double sum = 0.0;
        for (std::uint32_t l = n.linkBegin[c]; l < n.linkBegin[c + 1]; ++l) {
            sum += n.inputShare[l];
            const LinkRecord& record = links[rowOfLink[l]];
            if (l > n.linkBegin[c] && n.input[l] == n.input[l - 1] &&
                n.supplier[l] == n.supplier[l - 1]) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: \"{2}\" supplies \"{3}\" with \"{4}\" "
                                                  "twice (also {5})."),
                                {linkWhere(record), record.supplier, record.customer,
                                 n.inputNames[n.input[l]], linkWhere(links[rowOfLink[l - 1]])});
            }
            if (sum > 1.0 + kTolerance) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: with this link the input shares of "
                                                  "\"{2}\" add up to {3}, more than 1."),
                                {linkWhere(record), record.customer, number(sum)});
            }
        }
    }
}

}  // namespace

std::optional<std::uint32_t> SupplyNetwork::findNode(const std::string& id) const {
    const auto it = nodeIndex.find(id);
    if (it == nodeIndex.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<std::uint16_t> SupplyNetwork::findCrossing(const std::string& id) const {
    const auto it = crossingIndex.find(id);
    if (it == crossingIndex.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::uint32_t SupplyNetwork::internInput(const std::string& name) {
    const auto [it, added] =
        inputIndex.emplace(name, static_cast<std::uint32_t>(inputNames.size()));
    if (added) {
        inputNames.push_back(name);
    }
    return it->second;
}

std::vector<std::uint32_t> SupplyNetwork::sortLinks() {
    std::vector<std::uint32_t> order(linkCount());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (customer[a] != customer[b]) {
            return customer[a] < customer[b];
        }
        if (input[a] != input[b]) {
            return input[a] < input[b];
        }
        return supplier[a] < supplier[b];
    });
    auto permute = [&](auto& v) {
        auto copy = v;
        for (std::size_t i = 0; i < order.size(); ++i) {
            v[i] = copy[order[i]];
        }
    };
    permute(supplier);
    permute(customer);
    permute(input);
    permute(inputShare);
    permute(inventoryDays);
    permute(substitutableShare);
    permute(leadTime);
    permute(switchDays);
    permute(crossing);
    linkBegin.assign(firmCount + 1, 0);
    for (std::uint32_t c : customer) {
        ++linkBegin[c + 1];
    }
    for (std::size_t c = 0; c < firmCount; ++c) {
        linkBegin[c + 1] += linkBegin[c];
    }
    return order;
}

SupplyNetwork buildSupplyNetwork(const std::vector<FirmRecord>& firms,
                                 const std::vector<LinkRecord>& links,
                                 const std::vector<CrossingRecord>& crossings) {
    if (links.size() >= std::numeric_limits<std::uint32_t>::max() ||
        firms.size() >= std::numeric_limits<std::uint32_t>::max() - kExternalNodeIds.size()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "The supply network is too large."));
    }
    SupplyNetwork n;
    addFirms(n, firms);
    addCrossings(n, crossings);
    addLinks(n, links, crossings.empty());
    // The order maps every sorted link to its input row, for the messages.
    const std::vector<std::uint32_t> rowOfLink = n.sortLinks();
    checkCustomers(n, links, rowOfLink);
    return n;
}

std::uint64_t networkDigest(const SupplyNetwork& n) {
    Fnv1a64 h;
    h.u64(n.firmCount);
    for (std::size_t i = 0; i < n.nodeCount(); ++i) {
        h.text(n.nodeId[i]);
        h.text(n.municipality[i]);
        h.text(n.region[i]);
        h.text(n.country[i]);
        h.text(n.nace[i]);
        for (double v : {n.employees[i], n.commuterShare[i], n.dailyOutput[i], n.energyIntensity[i],
                         n.x[i], n.y[i]}) {
            h.f64(v);
        }
    }
    for (std::size_t k = 0; k < n.crossingId.size(); ++k) {
        h.text(n.crossingId[k]);
        h.u64(static_cast<std::uint64_t>(n.crossingFreight[k]));
        h.f64(n.crossingCommuterWeight[k]);
    }
    // Links per customer in (input name, supplier) order, so the order of the rows and of the
    // interned input names does not matter.
    std::vector<std::uint32_t> order;
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        order.resize(n.linkBegin[c + 1] - n.linkBegin[c]);
        std::iota(order.begin(), order.end(), n.linkBegin[c]);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            const std::string& ia = n.inputNames[n.input[a]];
            const std::string& ib = n.inputNames[n.input[b]];
            return ia != ib ? ia < ib : n.supplier[a] < n.supplier[b];
        });
        for (std::uint32_t l : order) {
            h.u64(n.supplier[l]);
            h.u64(n.customer[l]);
            h.text(n.inputNames[n.input[l]]);
            h.f64(n.inputShare[l]);
            h.f64(n.inventoryDays[l]);
            h.f64(n.substitutableShare[l]);
            h.u64(n.leadTime[l]);
            h.u64(n.switchDays[l]);
            h.text(n.crossing[l] == 0 ? std::string() : n.crossingId[n.crossing[l] - 1u]);
        }
    }
    return h.value();
}

std::string networkDigestHex(const SupplyNetwork& network) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(networkDigest(network)));
    return hex;
}

}  // namespace rrw::analysis
