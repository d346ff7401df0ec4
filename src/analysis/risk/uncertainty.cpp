#include "analysis/risk/uncertainty.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <random>
#include <thread>

#include "analysis/risk/index_engine.h"
#include "core/error.h"
#include "core/feedback.h"

namespace rrw::analysis {
namespace {

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// Uniform [0, 1) from 53 random bits (the same on every standard library).
double unit(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// The uncertain factors; `levels` = how many values the conditioning uses.
enum Factor { kIndicatorWeights, kGroupWeights, kNorm, kMissing, kGroupAgg, kTopAgg, kFactors };
constexpr const char* kFactorNames[kFactors] = {"indicator_weights", "group_weights",
                                                "normalisation",     "missing",
                                                "group_aggregation", "top_aggregation"};
constexpr int kWeightBins = 10;
constexpr int kLevels[kFactors] = {kWeightBins, kWeightBins, detail::kNormChoices, 2, 2, 2};
constexpr int kLevelOffset[kFactors] = {0, 10, 20, 24, 26, 28};
constexpr int kTotalLevels = 30;
// Samples between two looks at the cancel flag and progress reports.
constexpr std::size_t kFeedbackStride = 64;
// Progress: drawing the samples up to kDrawnShare, evaluating them up to kEvaluatedShare, then
// percentiles and indices.
constexpr double kDrawnShare = 0.2;
constexpr double kEvaluatedShare = 0.95;
constexpr std::size_t kDrawStride = 4096;

struct Sample {
    int norm = 0;
    int missing = 0;
    int groupAgg = 0;  // 0 arithmetic, 1 geometric, for all groups
    int topAgg = 0;
    double indicatorMean = 0.0;  // mean multiplier, for the quantile bins
    double groupMean = 0.0;
    int level[kFactors] = {};
};

/// Per-thread sums: per region Σ R, Σ R², Σ R per factor level, and how often it was ranked.
struct Accumulator {
    std::vector<double> sum, sum2, levelSum;
    std::vector<std::uint32_t> ranked;
};

}  // namespace

void addUncertainty(const IndexModel& model, const ValueTable& table,
                    const UncertaintyOptions& options, IndexResult& result, Feedback* feedback) {
    if (options.samples < 1) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "The number of samples must be at least 1."));
    }
    if (feedback != nullptr) {
        feedback->throwIfCanceled();
        feedback->setProgress(0.0);
    }
    const detail::PreparedIndex prep = detail::prepareIndex(model, table);
    const std::size_t n = static_cast<std::size_t>(options.samples);
    const std::size_t nInd = model.indicators.size();
    const std::size_t nGroups = model.groups.size();
    const std::size_t nRegions = prep.regions;

    // 1. Draw every sample's factors from its own generator (seed + index, via splitmix64).
    std::vector<Sample> samples(n);
    std::vector<double> indMult(n * nInd);
    std::vector<double> groupMult(n * nGroups);
    for (std::size_t k = 0; k < n; ++k) {
        if (feedback != nullptr && k % kDrawStride == 0 && k > 0) {
            feedback->throwIfCanceled();
            feedback->setProgress(kDrawnShare * static_cast<double>(k) / static_cast<double>(n));
        }
        std::mt19937_64 rng(splitmix64(options.seed + k));
        Sample& s = samples[k];
        for (std::size_t i = 0; i < nInd; ++i) {
            indMult[k * nInd + i] = 0.75 + 0.5 * unit(rng);
            s.indicatorMean += indMult[k * nInd + i] / static_cast<double>(nInd);
        }
        for (std::size_t g = 0; g < nGroups; ++g) {
            groupMult[k * nGroups + g] = 0.75 + 0.5 * unit(rng);
            s.groupMean += groupMult[k * nGroups + g] / static_cast<double>(nGroups);
        }
        s.norm = static_cast<int>(rng() % detail::kNormChoices);
        s.missing = static_cast<int>(rng() % 2);
        s.groupAgg = static_cast<int>(rng() % 2);
        s.topAgg = static_cast<int>(rng() % 2);
        s.level[kNorm] = s.norm;
        s.level[kMissing] = s.missing;
        s.level[kGroupAgg] = s.groupAgg;
        s.level[kTopAgg] = s.topAgg;
    }
    // Weight factors are conditioned on their mean multiplier in 10 quantile bins.
    for (int f : {kIndicatorWeights, kGroupWeights}) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const double ma =
                f == kIndicatorWeights ? samples[a].indicatorMean : samples[a].groupMean;
            const double mb =
                f == kIndicatorWeights ? samples[b].indicatorMean : samples[b].groupMean;
            return ma < mb || (ma == mb && a < b);
        });
        for (std::size_t p = 0; p < n; ++p) {
            samples[order[p]].level[f] = static_cast<int>(p * kWeightBins / n);
        }
    }
    std::vector<double> levelCount(kTotalLevels, 0.0);
    for (const Sample& s : samples) {
        for (int f = 0; f < kFactors; ++f) {
            levelCount[static_cast<std::size_t>(kLevelOffset[f] + s.level[f])] += 1.0;
        }
    }

    // 2. Evaluate the samples; ranks are stored per sample (row = sample).
    std::vector<std::uint32_t> ranks(n * nRegions);
    const int threadCount = std::max(1, std::min<int>(options.threads, options.samples));
    std::vector<Accumulator> acc(static_cast<std::size_t>(threadCount));
    std::atomic<std::size_t> evaluated{0};
    std::atomic<bool> stop{false};
    // Every worker looks at the cancel flag; only the first reports progress, so the listener
    // is never called from two threads at once.
    auto checkIn = [&](std::size_t count, bool reporter) {
        if (feedback == nullptr) {
            return true;
        }
        const std::size_t done = evaluated.fetch_add(count) + count;
        if (reporter) {
            feedback->setProgress(kDrawnShare + (kEvaluatedShare - kDrawnShare) *
                                                    static_cast<double>(done) /
                                                    static_cast<double>(n));
        }
        if (feedback->isCanceled()) {
            stop.store(true);
        }
        return !stop.load();
    };
    auto work = [&](std::size_t begin, std::size_t end, Accumulator& a, bool reporter) {
        a.sum.assign(nRegions, 0.0);
        a.sum2.assign(nRegions, 0.0);
        a.levelSum.assign(nRegions * kTotalLevels, 0.0);
        a.ranked.assign(nRegions, 0);
        std::vector<double> slotWeights(prep.slots), groupWeights(nGroups);
        std::vector<Aggregation> groupAggregation(nGroups);
        std::vector<double> scores(nRegions), groupScores(nRegions * nGroups), terms(nGroups);
        detail::RankScratch buffer;
        buffer.keys.reserve(nRegions);
        buffer.order.reserve(nRegions);
        const double eps = 1e-9 * (prep.high - prep.low);
        for (std::size_t k = begin; k < end; ++k) {
            if ((k - begin) % kFeedbackStride == 0 && k != begin &&
                !checkIn(kFeedbackStride, reporter)) {
                return;
            }
            const Sample& s = samples[k];
            for (std::size_t slot = 0; slot < prep.slots; ++slot) {
                const std::size_t i = prep.slotIndicator[slot];
                slotWeights[slot] = model.indicators[i].weight * indMult[k * nInd + i];
            }
            for (std::size_t g = 0; g < nGroups; ++g) {
                groupWeights[g] = model.groups[g].weight * groupMult[k * nGroups + g];
                groupAggregation[g] = s.groupAgg ? Aggregation::Geometric : Aggregation::Arithmetic;
            }
            detail::SampleSettings settings;
            settings.norm = s.norm;
            settings.missing = s.missing;
            settings.slotWeights = slotWeights.data();
            settings.groupWeights = groupWeights.data();
            settings.groupAggregation = groupAggregation.data();
            settings.topAggregation = s.topAgg ? Aggregation::Geometric : Aggregation::Arithmetic;
            detail::evaluate(prep, settings, scores.data(), groupScores.data(), terms.data());
            std::uint32_t* row = ranks.data() + k * nRegions;
            detail::rankScores(scores.data(), nRegions, eps, buffer, row);
            for (std::size_t r = 0; r < nRegions; ++r) {
                if (row[r] == 0) {
                    continue;
                }
                const double R = row[r];
                a.sum[r] += R;
                a.sum2[r] += R * R;
                ++a.ranked[r];
                double* ls = a.levelSum.data() + r * kTotalLevels;
                for (int f = 0; f < kFactors; ++f) {
                    ls[kLevelOffset[f] + s.level[f]] += R;
                }
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threadCount; ++t) {
        const std::size_t begin =
            n * static_cast<std::size_t>(t) / static_cast<std::size_t>(threadCount);
        const std::size_t end =
            n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(threadCount);
        pool.emplace_back(work, begin, end, std::ref(acc[static_cast<std::size_t>(t)]), t == 0);
    }
    for (auto& th : pool) {
        th.join();
    }
    if (feedback != nullptr) {
        feedback->throwIfCanceled();  // also when a worker stopped early
        feedback->setProgress(kEvaluatedShare);
    }
    // Sums of integer ranks are exact in double, so the merge order does not matter.
    Accumulator total = acc[0];
    for (std::size_t t = 1; t < acc.size(); ++t) {
        for (std::size_t r = 0; r < nRegions; ++r) {
            total.sum[r] += acc[t].sum[r];
            total.sum2[r] += acc[t].sum2[r];
            total.ranked[r] += acc[t].ranked[r];
        }
        for (std::size_t j = 0; j < total.levelSum.size(); ++j) {
            total.levelSum[j] += acc[t].levelSum[j];
        }
    }

    // 3. Percentiles (nearest rank) per region over the samples where it was ranked, from a
    // histogram of its ranks; regions are shared out over the threads.
    std::vector<double> medianRank(nRegions, 0.0);
    std::vector<int> low(nRegions, 0), high(nRegions, 0);
    auto percentiles = [&](std::size_t begin, std::size_t end) {
        std::vector<std::uint32_t> histogram(nRegions + 1);
        for (std::size_t r = begin; r < end; ++r) {
            std::fill(histogram.begin(), histogram.end(), 0u);
            for (std::size_t k = 0; k < n; ++k) {
                ++histogram[ranks[k * nRegions + r]];
            }
            const std::size_t m = n - histogram[0];
            if (m == 0) {
                continue;
            }
            auto pick = [&](double p) {
                const std::size_t target = std::clamp<std::size_t>(
                    static_cast<std::size_t>(std::ceil(p * static_cast<double>(m))), 1, m);
                std::size_t seen = 0;
                for (std::size_t rank = 1; rank <= nRegions; ++rank) {
                    seen += histogram[rank];
                    if (seen >= target) {
                        return static_cast<int>(rank);
                    }
                }
                return static_cast<int>(nRegions);
            };
            low[r] = pick(0.05);
            medianRank[r] = pick(0.5);
            high[r] = pick(0.95);
        }
    };
    pool.clear();
    for (int t = 0; t < threadCount; ++t) {
        const auto tc = static_cast<std::size_t>(threadCount);
        const auto tt = static_cast<std::size_t>(t);
        pool.emplace_back(percentiles, nRegions * tt / tc, nRegions * (tt + 1) / tc);
    }
    for (auto& th : pool) {
        th.join();
    }

    // 4. First-order indices S_f = Var(E[R|X_f]) / Var(R), averaged over the regions ranked in
    // every sample and whose rank varies.
    std::vector<double> sSum(kFactors, 0.0);
    std::size_t used = 0;
    const double N = static_cast<double>(n);
    for (std::size_t r = 0; r < nRegions; ++r) {
        if (total.ranked[r] != n) {
            continue;
        }
        const double mean = total.sum[r] / N;
        const double var = total.sum2[r] / N - mean * mean;
        if (!(var > 1e-12)) {
            continue;
        }
        ++used;
        for (int f = 0; f < kFactors; ++f) {
            double between = 0.0;
            for (int l = 0; l < kLevels[f]; ++l) {
                const double count = levelCount[static_cast<std::size_t>(kLevelOffset[f] + l)];
                if (count > 0.0) {
                    const double m = total.levelSum[r * kTotalLevels +
                                                    static_cast<std::size_t>(kLevelOffset[f] + l)] /
                                     count;
                    between += count / N * (m - mean) * (m - mean);
                }
            }
            sSum[static_cast<std::size_t>(f)] += std::clamp(between / var, 0.0, 1.0);
        }
    }

    if (feedback != nullptr) {
        feedback->throwIfCanceled();
    }
    result.samples = options.samples;
    result.sensitivity.clear();
    for (int f = 0; f < kFactors; ++f) {
        result.sensitivity.push_back(
            {kFactorNames[f],
             used > 0 ? sSum[static_cast<std::size_t>(f)] / static_cast<double>(used) : 0.0});
    }
    for (auto& region : result.regions) {
        const std::size_t r = region.tableRow;
        region.medianRank = medianRank[r];
        region.rankLow = low[r];
        region.rankHigh = high[r];
    }
    if (feedback != nullptr) {
        feedback->setProgress(1.0);
    }
}

}  // namespace rrw::analysis
