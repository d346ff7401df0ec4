#include "analysis/supply/simulation.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <thread>

#include "core/error.h"
#include "core/feedback.h"

namespace rrw::analysis {
namespace {

// A delivery below 1 − kShortfall of its normal flow counts as a shortfall day.
constexpr float kShortfall = 1e-6f;
constexpr double kStockEpsilon = 1e-9;
// Links between a prefetch and its use.
constexpr std::uint32_t kPrefetch = 32;

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
    // Padding read by the prefetch of the last links (supplier 0, lead 0: a harmless address).
    k.supplier.resize(k.supplier.size() + kPrefetch, 0);
    k.lead.resize(k.lead.size() + kPrefetch, 0);
    return k;
}

/// What one day of the loop reads; kept in locals so the compiler holds them in registers.
struct DayInputs {
    int t = 0;
    const float* X = nullptr;  // production history, (days + 1) × nodes
    float* out = nullptr;      // row t
    const float* freight = nullptr;
    std::size_t nodes = 0;
    std::size_t slots = 0;
    double commuterOpen = 1.0;
    double absence = 0.0;
    double energy = 0.0;
    double rho = 0.0;
    std::int64_t failed = -1;  // a failed firm, or −1
};

/// One day for the firms [begin, end): the Leontief minimum over labour, energy and every
/// input group; then the stocks. Prefetches the supplier outputs a few links ahead (random
/// reads into the history rows are the cost of the loop).
void simulateRange(const Kernel& k, const SupplyNetwork& n, const DayInputs& d, std::size_t begin,
                   std::size_t end, double* stock, std::uint16_t* shortDays, double* avail) {
    const int t = d.t;
    const float* X = d.X;
    const std::size_t nodes = d.nodes;
    const std::size_t slots = d.slots;
    const std::uint32_t* supplier = k.supplier.data();
    const std::uint16_t* lead = k.lead.data();
    const std::uint16_t* slot = k.slot.data();
    const std::uint16_t* switchDays = k.switchDays.data();
    const float* weight = k.weight.data();
    const float* substitutable = k.substitutable.data();
    const double* target = k.target.data();
    const std::uint32_t* linkBegin = k.linkBegin.data();
    const std::uint32_t* groupBegin = k.groupBegin.data();
    const double labourLoss = 1.0 - d.commuterOpen;
    const double present = 1.0 - d.absence;
    for (std::size_t c = begin; c < end; ++c) {
        const double labour = (1.0 - n.commuterShare[c] * labourLoss) * present;
        const double power = 1.0 - std::min(1.0, n.energyIntensity[c] * d.energy);
        double x = std::min({1.0, labour, power});
        const std::uint32_t g0 = groupBegin[c];
        const std::uint32_t g1 = groupBegin[c + 1];
        for (std::uint32_t g = g0; g < g1; ++g) {
            double supply = 0.0;
            double arrived = 0.0;
            const std::uint32_t l1 = linkBegin[g + 1];
            for (std::uint32_t l = linkBegin[g]; l < l1; ++l) {
                const std::uint32_t p = l + kPrefetch;  // the arrays are padded for this
                const int plag = t - static_cast<int>(lead[p]);
                __builtin_prefetch(X + (plag > 0 ? static_cast<std::size_t>(plag) : 0) * nodes +
                                   supplier[p]);
                const int lag = t - static_cast<int>(lead[l]);
                const std::size_t from = lag > 0 ? static_cast<std::size_t>(lag) : 0;
                const float arr = X[from * nodes + supplier[l]] * d.freight[from * slots + slot[l]];
                // Branch-free: the outcomes are data-dependent and mispredicted otherwise.
                const std::uint16_t sd = shortDays[l];
                const auto isShort = static_cast<std::uint16_t>(arr < 1.0f - kShortfall);
                const auto next = static_cast<std::uint16_t>((sd + (sd < 65535)) * isShort);
                shortDays[l] = next;
                const float switched = static_cast<float>(next > switchDays[l]);
                const float got = arr + switched * substitutable[l] * (1.0f - arr);
                supply += static_cast<double>(weight[l] * got);
                arrived += static_cast<double>(weight[l] * arr);
            }
            const double s = stock[g];
            const double refill = static_cast<double>(s < target[g] - kStockEpsilon);
            const double a = s + supply + refill * d.rho * arrived;
            avail[g - g0] = a;
            x = std::min(x, a);
        }
        x = std::max(0.0, x);
        if (static_cast<std::int64_t>(c) == d.failed) {
            x = 0.0;
        }
        for (std::uint32_t g = g0; g < g1; ++g) {
            stock[g] = std::min(target[g], avail[g - g0] - x);
        }
        d.out[c] = static_cast<float>(x);
    }
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
    if (hasFailure && n.isExternal(failed)) {
        for (int t = std::max(1, options.failedFrom); t <= std::min(days, options.failedUntil);
             ++t) {
            X[static_cast<std::size_t>(t) * nodes + failed] = 0.0f;
        }
    }

    const Kernel k = prepare(n);
    std::vector<double> stock = k.target;  // start at target: the steady state
    std::vector<std::uint16_t> shortDays(k.supplier.size(), 0);  // incl. padding
    const double rho = options.refillRate;
    const std::size_t slots = cond.crossingSlots;
    const float* freight = cond.freightOpen.data();

    auto simulateFirms = [&](int t, std::size_t begin, std::size_t end,
                             std::vector<double>& avail) {
        DayInputs d;
        d.t = t;
        d.X = X;
        d.out = X + static_cast<std::size_t>(t) * nodes;
        d.freight = freight;
        d.nodes = nodes;
        d.slots = slots;
        d.commuterOpen = cond.commuterOpen[static_cast<std::size_t>(t)];
        d.absence = cond.absence[static_cast<std::size_t>(t)];
        d.energy = cond.energyPrice[static_cast<std::size_t>(t)];
        d.rho = rho;
        d.failed = hasFailure && !n.isExternal(failed) && t >= options.failedFrom &&
                           t <= options.failedUntil
                       ? static_cast<std::int64_t>(failed)
                       : -1;
        simulateRange(k, n, d, begin, end, stock.data(), shortDays.data(), avail.data());
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
