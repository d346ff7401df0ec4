#include "analysis/supply/dependencies.h"

#include <algorithm>
#include <numeric>

#include "analysis/scenario/conditions.h"

namespace rrw::analysis {

std::vector<SingleSourceDependency> singleSourceDependencies(const SupplyNetwork& n,
                                                             double minShare) {
    std::vector<SingleSourceDependency> out;
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        const std::uint32_t end = n.linkBegin[c + 1];
        for (std::uint32_t l = n.linkBegin[c]; l < end;) {
            std::uint32_t g = l + 1;
            while (g < end && n.input[g] == n.input[l]) {
                ++g;
            }
            if (g == l + 1 && n.inputShare[l] >= minShare && n.inputShare[l] > 0.0 &&
                n.substitutableShare[l] <= 0.0) {
                out.push_back({static_cast<std::uint32_t>(c), n.supplier[l], n.input[l],
                               n.inputShare[l], n.inventoryDays[l], n.crossing[l]});
            }
            l = g;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SingleSourceDependency& a, const SingleSourceDependency& b) {
                         return a.inputShare > b.inputShare;
                     });
    return out;
}

std::vector<std::uint32_t> criticalCandidates(const SupplyNetwork& n, int topN) {
    std::vector<char> supplies(n.nodeCount(), 0);
    for (std::uint32_t s : n.supplier) {
        supplies[s] = 1;
    }
    std::vector<std::uint32_t> firms;
    for (std::uint32_t c = 0; c < n.firmCount; ++c) {
        if (supplies[c]) {
            firms.push_back(c);
        }
    }
    const std::size_t keep =
        std::min<std::size_t>(firms.size(), static_cast<std::size_t>(std::max(0, topN)));
    std::partial_sort(firms.begin(), firms.begin() + static_cast<std::ptrdiff_t>(keep), firms.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return n.dailyOutput[a] != n.dailyOutput[b]
                                     ? n.dailyOutput[a] > n.dailyOutput[b]
                                     : a < b;
                      });
    firms.resize(keep);
    std::vector<std::uint32_t> out;
    for (std::size_t e = 0; e < kExternalNodeIds.size(); ++e) {
        const std::uint32_t node = n.externalNode(static_cast<ExternalNode>(e));
        if (supplies[node]) {
            out.push_back(node);
        }
    }
    out.insert(out.end(), firms.begin(), firms.end());
    return out;
}

std::vector<CriticalNode> criticalSuppliers(const SupplyNetwork& n, const CriticalOptions& options,
                                            const SupplySimulationOptions& sim) {
    const std::vector<std::uint32_t> candidates = criticalCandidates(n, options.topN);
    const DailyConditions normal = normalConditions(n, options.days);
    std::vector<CriticalNode> out;
    std::vector<double> lossDays(n.firmCount);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        SupplySimulationOptions o = sim;
        o.failedNode = candidates[i];
        o.failedFrom = 1;
        o.failedUntil = options.failureDays > 0 ? options.failureDays : options.days;
        o.progressOffset = sim.progressOffset + sim.progressScale * static_cast<double>(i) /
                                                    static_cast<double>(candidates.size());
        o.progressScale = sim.progressScale / static_cast<double>(candidates.size());
        const SupplyRun run = simulateSupply(n, normal, o);
        std::fill(lossDays.begin(), lossDays.end(), 0.0);
        std::vector<char> disrupted(n.firmCount, 0);
        for (int t = 1; t <= run.days; ++t) {
            for (std::size_t c = 0; c < n.firmCount; ++c) {
                const float x = run.at(t, c);
                lossDays[c] += 1.0 - x;
                disrupted[c] = disrupted[c] || x < options.threshold;
            }
        }
        CriticalNode node;
        node.node = candidates[i];
        for (std::size_t c = 0; c < n.firmCount; ++c) {
            if (c == candidates[i]) {
                continue;
            }
            node.lossValue += lossDays[c] * n.dailyOutput[c];
            node.personDays += lossDays[c] * n.employees[c];
            node.firmsDisrupted += disrupted[c] ? 1 : 0;
        }
        out.push_back(node);
    }
    std::stable_sort(out.begin(), out.end(), [](const CriticalNode& a, const CriticalNode& b) {
        return a.lossValue > b.lossValue;
    });
    return out;
}

}  // namespace rrw::analysis
