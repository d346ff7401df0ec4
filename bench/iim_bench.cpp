// Inoperability input-output model speed: 200 random productive sectors, the static model and
// the static model plus a 90-day dynamic timeline. Target: under 50 ms each (issue 5).
// Times everything runIim does: matching ids, validation, the productivity check, the solve.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "analysis/supply/iim.h"

namespace {

using namespace rrw::analysis;

constexpr int kSectors = 200;

/// A random economy: about 30 % of the coefficients non-zero, each column scaled to a sum
/// between 0.3 and 0.8 (so productive), outputs spread over three orders of magnitude.
IimInput benchInput(int days) {
    std::mt19937_64 rng(20261126);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    IimInput in;
    std::vector<std::string> ids;
    for (int i = 0; i < kSectors; ++i) {
        ids.push_back("S" + std::to_string(i + 1));
    }
    in.technical = {"bench", ids, ids, {}};
    in.technical.values.assign(kSectors, std::vector<double>(kSectors, 0.0));
    for (int j = 0; j < kSectors; ++j) {
        double sum = 0;
        for (int i = 0; i < kSectors; ++i) {
            if (unit(rng) < 0.3) {
                in.technical.values[i][j] = unit(rng);
                sum += in.technical.values[i][j];
            }
        }
        const double target = 0.3 + 0.5 * unit(rng);
        for (int i = 0; i < kSectors && sum > 0; ++i) {
            in.technical.values[i][j] *= target / sum;
        }
    }
    in.output.source = "bench-x";
    in.perturbation.source = "bench-c";
    SectorValues recovery{"bench-k", {}};
    for (int i = 0; i < kSectors; ++i) {
        in.output.entries.emplace_back(ids[i], std::pow(10.0, 1 + 3 * unit(rng)));
        in.perturbation.entries.emplace_back(ids[i], i % 10 == 0 ? 0.2 * unit(rng) : 0.0);
        recovery.entries.emplace_back(ids[i], 0.05 + 0.45 * unit(rng));
    }
    if (days > 0) {
        in.recovery = recovery;
        in.days = days;
    }
    return in;
}

void BM_IimStatic(benchmark::State& state) {
    const IimInput in = benchInput(0);
    for (auto _ : state) {
        benchmark::DoNotOptimize(runIim(in));
    }
}
BENCHMARK(BM_IimStatic)->Unit(benchmark::kMillisecond);

void BM_IimDynamic90Days(benchmark::State& state) {
    const IimInput in = benchInput(90);
    for (auto _ : state) {
        benchmark::DoNotOptimize(runIim(in));
    }
}
BENCHMARK(BM_IimDynamic90Days)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
