#include "analysis/supply/simulation.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <functional>
#include <thread>

#include "core/error.h"
#include "core/feedback.h"

namespace rrw::analysis {
namespace {

// A delivery below 1 − kShortfall of its normal flow counts as a shortfall day.
constexpr float kShortfall = 1e-6f;
constexpr double kStockEpsilon = 1e-9;

/// The network rearranged for the daily loop: per firm its input groups, per group its links
/// (only inputs with a positive total share; an input of share 0 does not bind production).
struct Kernel {
    std::vector<std::uint32_t> groupBegin;  // firmCount + 1
    std::vector<std::uint32_t> linkBegin;   // groups + 1
    std::vector<double> target;             // per group: target stock, days of use
    std::vector<std::uint32_t> supplier;    // per kernel link
    std::vector<std::uint16_t> lead, slot, switchDays;
    std::vector<float> weight, substitutable;
    std::size_t maxGroups = 0;
};

Kernel prepare(const SupplyNetwork& n) {
    Kernel k;
    k.groupBegin.reserve(n.firmCount + 1);
    k.groupBegin.push_back(0);
    k.linkBegin.push_back(0);
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        std::uint32_t l = n.linkBegin[c];
        const std::uint32_t end = n.linkBegin[c + 1];
        std::size_t groups = 0;
        while (l < end) {
            std::uint32_t g = l;
            double share = 0.0;
            while (g < end && n.input[g] == n.input[l]) {
                share += n.inputShare[g];
                ++g;
            }
            if (share > 0.0) {
                double target = 0.0;
                for (std::uint32_t i = l; i < g; ++i) {
                    const double w = n.inputShare[i] / share;
                    k.supplier.push_back(n.supplier[i]);
                    k.lead.push_back(n.leadTime[i]);
                    k.slot.push_back(n.crossing[i]);
                    k.switchDays.push_back(n.switchDays[i]);
                    k.weight.push_back(static_cast<float>(w));
                    k.substitutable.push_back(static_cast<float>(n.substitutableShare[i]));
                    target += w * n.inventoryDays[i];
                }
                k.target.push_back(target);
                k.linkBegin.push_back(static_cast<std::uint32_t>(k.supplier.size()));
                ++groups;
            }
            l = g;
        }
        k.maxGroups = std::max(k.maxGroups, groups);
        k.groupBegin.push_back(static_cast<std::uint32_t>(k.target.size()));
    }
    return k;
}

/// Splits the firms into `parts` contiguous ranges of about equal work (links + firms).
std::vector<std::size_t> partition(const Kernel& k, std::size_t firms, std::size_t parts) {
    std::vector<std::size_t> bounds(parts + 1, firms);
    bounds[0] = 0;
    const double total = static_cast<double>(k.supplier.size() + firms);
    std::size_t part = 1;
    for (std::size_t c = 0; c < firms && part < parts; ++c) {
        const double done = static_cast<double>(k.linkBegin[k.groupBegin[c]] + c);
        if (done >= total * static_cast<double>(part) / static_cast<double>(parts)) {
            bounds[part++] = c;
        }
    }
    return bounds;
}

}  // namespace

SupplyRun simulateSupply(const SupplyNetwork& n, const DailyConditions& cond,
                         const SupplySimulationOptions& options) {
    const int days = cond.days;
    const std::size_t nodes = n.nodeCount();
    const std::size_t firms = n.firmCount;
    SupplyRun run;
    run.days = days;
    run.nodes = nodes;
    run.production.assign((static_cast<std::size_t>(days) + 1) * nodes, 1.0f);
    float* X = run.production.data();
    // External nodes: East Asia follows the far-east hazard; a failed node produces nothing.
    const std::uint32_t eastAsia = n.externalNode(ExternalNode::EastAsia);
    for (int t = 1; t <= days; ++t) {
        X[static_cast<std::size_t>(t) * nodes + eastAsia] =
            cond.eastAsiaSupply[static_cast<std::size_t>(t)];
    }
    const bool hasFailure = options.failedNode.has_value();
    const std::uint32_t failed = hasFailure ? *options.failedNode : 0;
    auto isFailed = [&](std::size_t node, int t) {
        return hasFailure && node == failed && t >= options.failedFrom && t <= options.failedUntil;
    };
    if (hasFailure && n.isExternal(failed)) {
        for (int t = 1; t <= days; ++t) {
            if (isFailed(failed, t)) {
                X[static_cast<std::size_t>(t) * nodes + failed] = 0.0f;
            }
        }
    }

    const Kernel k = prepare(n);
    std::vector<double> stock = k.target;  // start at target: the steady state
    std::vector<std::uint16_t> shortDays(k.supplier.size(), 0);
    const double rho = options.refillRate;
    const std::size_t slots = cond.crossingSlots;
    const float* freight = cond.freightOpen.data();

    auto simulateFirms = [&](int t, std::size_t begin, std::size_t end,
                             std::vector<double>& avail) {
        const auto row = static_cast<std::size_t>(t);
        const double commuterOpen = cond.commuterOpen[row];
        const double absence = cond.absence[row];
        const double energy = cond.energyPrice[row];
        float* out = X + row * nodes;
        for (std::size_t c = begin; c < end; ++c) {
            const double labour =
                (1.0 - n.commuterShare[c] * (1.0 - commuterOpen)) * (1.0 - absence);
            const double power = 1.0 - std::min(1.0, n.energyIntensity[c] * energy);
            double x = std::min({1.0, labour, power});
            const std::uint32_t g0 = k.groupBegin[c];
            const std::uint32_t g1 = k.groupBegin[c + 1];
            for (std::uint32_t g = g0; g < g1; ++g) {
                double supply = 0.0;
                double arrived = 0.0;
                for (std::uint32_t l = k.linkBegin[g]; l < k.linkBegin[g + 1]; ++l) {
                    const int lag = t - static_cast<int>(k.lead[l]);
                    const std::size_t from = lag > 0 ? static_cast<std::size_t>(lag) : 0;
                    const float arr =
                        X[from * nodes + k.supplier[l]] * freight[from * slots + k.slot[l]];
                    std::uint16_t& sd = shortDays[l];
                    if (arr < 1.0f - kShortfall) {
                        sd = static_cast<std::uint16_t>(sd < 65535 ? sd + 1 : sd);
                    } else {
                        sd = 0;
                    }
                    double got = arr;
                    if (sd > k.switchDays[l]) {
                        got += static_cast<double>(k.substitutable[l]) * (1.0 - arr);
                    }
                    supply += k.weight[l] * got;
                    arrived += k.weight[l] * static_cast<double>(arr);
                }
                const double s = stock[g];
                const double a =
                    s + supply + (s < k.target[g] - kStockEpsilon ? rho * arrived : 0.0);
                avail[g - g0] = a;
                x = std::min(x, a);
            }
            x = std::max(0.0, x);
            if (isFailed(c, t)) {
                x = 0.0;
            }
            for (std::uint32_t g = g0; g < g1; ++g) {
                stock[g] = std::min(k.target[g], avail[g - g0] - x);
            }
            out[c] = static_cast<float>(x);
        }
    };

    Feedback* feedback = options.feedback;
    auto report = [&](int t) {
        if (feedback != nullptr) {
            feedback->setProgress(options.progressOffset +
                                  options.progressScale * static_cast<double>(t) / days);
        }
    };
    const std::size_t threadCount = static_cast<std::size_t>(
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(1, options.threads)), 1,
                                std::max<std::size_t>(1, firms / 256)));
    if (threadCount == 1) {
        std::vector<double> avail(k.maxGroups);
        for (int t = 1; t <= days; ++t) {
            if (feedback != nullptr && feedback->isCanceled()) {
                throwCanceled();
            }
            simulateFirms(t, 0, firms, avail);
            report(t);
        }
        return run;
    }
    const std::vector<std::size_t> bounds = partition(k, firms, threadCount);
    std::atomic<bool> stop{false};
    int day = 1;
    auto endOfDay = [&]() noexcept {
        report(day);
        ++day;
        if (feedback != nullptr && feedback->isCanceled()) {
            stop.store(true);
        }
    };
    std::barrier sync(static_cast<std::ptrdiff_t>(threadCount), endOfDay);
    auto worker = [&](std::size_t part) {
        std::vector<double> avail(k.maxGroups);
        for (int t = 1; t <= days && !stop.load(); ++t) {
            simulateFirms(t, bounds[part], bounds[part + 1], avail);
            sync.arrive_and_wait();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t p = 1; p < threadCount; ++p) {
        pool.emplace_back(worker, p);
    }
    worker(0);
    for (auto& th : pool) {
        th.join();
    }
    if (stop.load()) {
        throwCanceled();
    }
    return run;
}

}  // namespace rrw::analysis
