#include "analysis/supply/flows.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace rrw::analysis {

namespace {

struct Position {
    double weight = 0.0, lon = 0.0, lat = 0.0;
};

std::string placeOf(const SupplyNetwork& n, std::uint32_t node) {
    if (n.isExternal(node) || n.municipality[node].empty()) {
        return n.nodeId[node];
    }
    return n.municipality[node];
}

/// For every crossing slot: whether some day of the run has it less than fully open.
std::vector<char> closedSlots(const DailyConditions& c) {
    std::vector<char> closed(c.crossingSlots, 0);
    for (int t = 1; t <= c.days; ++t) {
        for (std::size_t s = 0; s < c.crossingSlots; ++s) {
            if (c.freight(t, s) < 1.0f) {
                closed[s] = 1;
            }
        }
    }
    return closed;
}

bool eastAsiaCut(const DailyConditions& c) {
    for (int t = 1; t <= c.days; ++t) {
        if (c.eastAsiaSupply[static_cast<std::size_t>(t)] < 1.0f) {
            return true;
        }
    }
    return false;
}

}  // namespace

SupplyFlowSummary aggregateFlows(const SupplyNetwork& n, const DailyConditions& conditions) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Where the places are: weighted by output, so that a big plant pulls the arrow to itself.
    std::unordered_map<std::string, Position> positions;
    for (std::uint32_t f = 0; f < n.firmCount; ++f) {
        if (!std::isfinite(n.x[f]) || !std::isfinite(n.y[f])) {
            continue;
        }
        const double w = std::max(n.dailyOutput[f], 1e-9);
        auto& p = positions[placeOf(n, f)];
        p.weight += w;
        p.lon += w * n.x[f];
        p.lat += w * n.y[f];
    }
    auto position = [&](const std::string& place) {
        const auto it = positions.find(place);
        if (it == positions.end() || it->second.weight <= 0.0) {
            return std::pair{nan, nan};
        }
        return std::pair{it->second.lon / it->second.weight, it->second.lat / it->second.weight};
    };

    const std::vector<char> closed = closedSlots(conditions);
    const bool asiaCut = eastAsiaCut(conditions);
    const std::uint32_t eastAsia = n.externalNode(ExternalNode::EastAsia);

    SupplyFlowSummary out;
    out.links = n.linkCount();
    std::map<std::tuple<std::string, std::string, bool>, SupplyFlow> flows;
    for (std::size_t l = 0; l < n.linkCount(); ++l) {
        const std::uint32_t s = n.supplier[l];
        const std::uint32_t c = n.customer[l];
        const double volume = n.inputShare[l] * n.dailyOutput[c];
        const std::uint16_t slot = n.crossing[l];
        const bool broken =
            (slot < closed.size() && closed[slot] != 0) || (s == eastAsia && asiaCut);
        out.volume += volume;
        if (broken) {
            ++out.brokenLinks;
            out.brokenVolume += volume;
        }
        const std::string from = placeOf(n, s);
        const std::string to = placeOf(n, c);
        if (from == to) {
            ++out.localLinks;
            continue;
        }
        auto [it, added] = flows.try_emplace({from, to, broken});
        SupplyFlow& f = it->second;
        if (added) {
            f.from = from;
            f.to = to;
            f.fromExternal = n.isExternal(s);
            std::tie(f.fromLon, f.fromLat) = position(from);
            std::tie(f.toLon, f.toLat) = position(to);
            f.fromCountry = n.country[s];
            f.toCountry = n.country[c];
            f.broken = broken;
        }
        f.volume += volume;
        ++f.links;
        if (slot != 0) {
            ++f.crossingLinks;
        }
        const bool countries =
            !f.fromCountry.empty() && !f.toCountry.empty() && f.fromCountry != f.toCountry;
        f.crossBorder = f.crossBorder || slot != 0 || countries;
    }
    out.flows.reserve(flows.size());
    for (auto& [key, f] : flows) {
        out.flows.push_back(std::move(f));
    }
    std::stable_sort(out.flows.begin(), out.flows.end(),
                     [](const SupplyFlow& a, const SupplyFlow& b) { return a.volume > b.volume; });
    return out;
}

}  // namespace rrw::analysis
