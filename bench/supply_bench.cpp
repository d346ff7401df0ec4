// Supply-chain simulation speed: 100,000 firms, 1,000,000 links (random, seeded), 90 days,
// 2 threads. Target: simulateSupply under 2 s on 2 cores (docs/methods/supply_simulation.md).
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "analysis/scenario/conditions.h"
#include "analysis/supply/impact.h"
#include "analysis/supply/network.h"
#include "analysis/supply/simulation.h"

namespace {

using namespace rrw::analysis;

constexpr int kFirms = 100000;
constexpr int kLinksPerFirm = 10;
constexpr int kDays = 90;
constexpr int kCrossings = 8;

const SupplyNetwork& benchNetwork() {
    static const SupplyNetwork network = [] {
        std::mt19937_64 rng(20240501);
        auto uniform = [&](double lo, double hi) {
            return lo + (hi - lo) * static_cast<double>(rng() >> 11) * 0x1.0p-53;
        };
        const char* naces[] = {"C22.29", "C23.41", "C25.62", "C26.11", "C28.41",
                               "C29.32", "H49.41", "G46.90", "C24.10", "C20.16"};
        std::vector<FirmRecord> firms(kFirms);
        for (int i = 0; i < kFirms; ++i) {
            FirmRecord& f = firms[static_cast<std::size_t>(i)];
            f.id = "F" + std::to_string(i);
            f.nace = naces[rng() % 10];
            f.municipality = i % 2 ? "09479152" : "554481";
            f.region = i % 2 ? "DE24D" : "CZ0411";
            f.employees = static_cast<double>(5 + rng() % 500);
            f.commuterShare = i % 2 ? uniform(0.0, 0.4) : uniform(0.0, 0.05);
            f.dailyOutput = f.employees * uniform(200.0, 800.0);
        }
        std::vector<CrossingRecord> crossings;
        for (int k = 0; k < kCrossings; ++k) {
            crossings.push_back({"K" + std::to_string(k), "", true, 1.0 / kCrossings, ""});
        }
        std::vector<LinkRecord> links;
        links.reserve(static_cast<std::size_t>(kFirms) * kLinksPerFirm);
        const char* externals[] = {"east_asia", "rest_de", "rest_cz", "rest_eu"};
        for (int c = 0; c < kFirms; ++c) {
            for (int k = 0; k < kLinksPerFirm; ++k) {
                LinkRecord l;
                l.customer = "F" + std::to_string(c);
                if (k == 0) {
                    l.supplier = externals[rng() % 4];
                    l.leadTime = l.supplier == "east_asia" ? 35 : 2;
                } else {
                    int s = static_cast<int>(rng() % kFirms);
                    s = s == c ? (s + 1) % kFirms : s;
                    l.supplier = "F" + std::to_string(s);
                    l.leadTime = static_cast<double>(1 + rng() % 7);
                }
                l.input = "i" + std::to_string(k);
                l.inputShare = 0.08;
                l.inventoryDays = static_cast<double>(rng() % 15);
                l.substitutableShare = uniform(0.0, 0.5);
                l.switchDays = static_cast<double>(rng() % 15);
                if (rng() % 5 == 0) {
                    l.crossing = "K" + std::to_string(rng() % kCrossings);
                }
                links.push_back(std::move(l));
            }
        }
        return buildSupplyNetwork(firms, links, crossings);
    }();
    return network;
}

DailyConditions benchConditions(const SupplyNetwork& n) {
    std::vector<Hazard> hazards(3);
    hazards[0].type = HazardType::BorderClosure;
    hazards[0].start = 5;
    hazards[0].duration = 21;
    hazards[0].freightThroughput = 0.3;
    hazards[0].commuterThroughput = 0.2;
    hazards[1].type = HazardType::FarEastInterruption;
    hazards[1].start = 1;
    hazards[1].duration = 30;
    hazards[1].supplyFraction = 0.4;
    hazards[2].type = HazardType::Pandemic;
    hazards[2].start = 10;
    hazards[2].duration = 14;
    hazards[2].absenceRate = 0.08;
    return buildDailyConditions(hazards, n, kDays, false, "bench");
}

void BM_SimulateSupply(benchmark::State& state) {
    const SupplyNetwork& n = benchNetwork();
    const DailyConditions c = benchConditions(n);
    SupplySimulationOptions options;
    options.threads = static_cast<int>(state.range(0));
    double loss = 0.0;
    for (auto _ : state) {
        const SupplyRun run = simulateSupply(n, c, options);
        benchmark::DoNotOptimize(run.production.data());
        loss = lossTotals(n, run).value;
    }
    state.counters["firms"] = static_cast<double>(n.firmCount);
    state.counters["links"] = static_cast<double>(n.linkCount());
    state.counters["loss_share"] = loss / (kDays * [&] {
                                       double s = 0.0;
                                       for (std::size_t i = 0; i < n.firmCount; ++i) {
                                           s += n.dailyOutput[i];
                                       }
                                       return s;
                                   }());
}
BENCHMARK(BM_SimulateSupply)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FirmImpacts(benchmark::State& state) {
    const SupplyNetwork& n = benchNetwork();
    const DailyConditions c = benchConditions(n);
    const SupplyRun run = simulateSupply(n, c);
    for (auto _ : state) {
        benchmark::DoNotOptimize(firmImpacts(n, run, c));
    }
}
BENCHMARK(BM_FirmImpacts)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
