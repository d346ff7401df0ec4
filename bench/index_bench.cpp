// Composite index speed: 2,000 regions × 40 indicators (5 groups of 8), 10,000 Monte Carlo
// samples on 2 threads. Target: addUncertainty under 2 s on 2 cores.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/uncertainty.h"

namespace {

using namespace rrw::analysis;

constexpr int kRegions = 2000;
constexpr int kGroups = 5;
constexpr int kPerGroup = 8;

IndexModel benchModel() {
    const char* norms[] = {"minmax", "zscore", "rank", "goalpost"};
    nlohmann::json model;
    model["scale"] = {0, 10};
    model["missing"] = "exclude";
    model["top"] = {{"aggregation", "geometric"}, {"members", nlohmann::json::array()}};
    for (int g = 0; g < kGroups; ++g) {
        nlohmann::json group = {{"id", "g" + std::to_string(g)},
                                {"aggregation", g % 2 ? "geometric" : "arithmetic"},
                                {"weight", 1 + g % 3},
                                {"members", nlohmann::json::array()}};
        for (int i = 0; i < kPerGroup; ++i) {
            const int k = g * kPerGroup + i;
            nlohmann::json ind = {{"id", "i" + std::to_string(k)},
                                  {"direction", k % 5 ? "higher_is_worse" : "higher_is_better"},
                                  {"normalisation", norms[k % 4]},
                                  {"weight", 1 + k % 3}};
            if (k % 4 == 3) {
                ind["goalposts"] = {10, 90};
            }
            model["indicators"].push_back(ind);
            group["members"].push_back(ind["id"]);
        }
        model["groups"].push_back(group);
        model["top"]["members"].push_back(group["id"]);
    }
    return parseIndexModel(model, "bench");
}

ValueTable benchTable() {
    std::mt19937_64 rng(12345);
    std::uniform_real_distribution<double> value(0.0, 100.0);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (int r = 0; r < kRegions; ++r) {
        for (int k = 0; k < kGroups * kPerGroup; ++k) {
            if (coin(rng) > 0.02) {  // 2 % missing
                rows.emplace_back("R" + std::to_string(r), "i" + std::to_string(k), value(rng));
            }
        }
    }
    return valueTableFromRows(rows);
}

void BM_ComputeIndex(benchmark::State& state) {
    const IndexModel model = benchModel();
    const ValueTable table = benchTable();
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeIndex(model, table));
    }
}
BENCHMARK(BM_ComputeIndex)->Unit(benchmark::kMillisecond);

void BM_AddUncertainty(benchmark::State& state) {
    const IndexModel model = benchModel();
    const ValueTable table = benchTable();
    const IndexResult base = computeIndex(model, table);
    for (auto _ : state) {
        IndexResult result = base;
        addUncertainty(model, table, {static_cast<int>(state.range(0)), 42, 2}, result);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_AddUncertainty)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
