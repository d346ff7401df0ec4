#include "analysis/risk/index_engine.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>

#include "core/error.h"

namespace rrw::analysis::detail {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Normalisation methodFor(const Indicator& ind, int choice) {
    if (ind.normalisation == Normalisation::Goalpost || choice == kOwn) {
        return ind.normalisation;
    }
    switch (choice) {
        case kMinMax:
            return Normalisation::MinMax;
        case kZScore:
            return Normalisation::ZScore;
        default:
            return Normalisation::Rank;
    }
}

}  // namespace

std::vector<double> normaliseColumn(const std::vector<double>& raw, const Indicator& ind,
                                    Normalisation method, double low, double high) {
    const double span = high - low;
    const double mid = low + span / 2.0;
    const bool flip = ind.direction == Direction::HigherIsBetter;
    std::vector<double> out(raw.size(), kNaN);
    // Risk-oriented raw value: higher = more risk.
    auto risk = [flip](double v) { return flip ? -v : v; };
    double minV = std::numeric_limits<double>::infinity();
    double maxV = -minV;
    double sum = 0.0;
    std::size_t n = 0;
    for (double v : raw) {
        if (!std::isnan(v)) {
            minV = std::min(minV, risk(v));
            maxV = std::max(maxV, risk(v));
            sum += v;
            ++n;
        }
    }
    switch (method) {
        case Normalisation::MinMax:
            for (std::size_t r = 0; r < raw.size(); ++r) {
                if (!std::isnan(raw[r])) {
                    out[r] = maxV > minV ? low + span * (risk(raw[r]) - minV) / (maxV - minV) : mid;
                }
            }
            break;
        case Normalisation::Goalpost:
            for (std::size_t r = 0; r < raw.size(); ++r) {
                if (!std::isnan(raw[r])) {
                    const double c = std::clamp(raw[r], ind.goalLow, ind.goalHigh);
                    double t = (c - ind.goalLow) / (ind.goalHigh - ind.goalLow);
                    out[r] = low + span * (flip ? 1.0 - t : t);
                }
            }
            break;
        case Normalisation::ZScore: {
            const double mean = n > 0 ? sum / static_cast<double>(n) : 0.0;
            double ss = 0.0;
            for (double v : raw) {
                if (!std::isnan(v)) {
                    ss += (v - mean) * (v - mean);
                }
            }
            const double sd = n > 0 ? std::sqrt(ss / static_cast<double>(n)) : 0.0;
            for (std::size_t r = 0; r < raw.size(); ++r) {
                if (!std::isnan(raw[r])) {
                    out[r] = sd > 0.0 ? risk(raw[r] - mean) / sd : 0.0;
                }
            }
            break;
        }
        case Normalisation::Rank: {
            std::vector<std::pair<double, std::size_t>> order;
            for (std::size_t r = 0; r < raw.size(); ++r) {
                if (!std::isnan(raw[r])) {
                    order.emplace_back(risk(raw[r]), r);
                }
            }
            std::sort(order.begin(), order.end());
            // Ascending risk: rank 1 = least risk; ties share their average rank.
            for (std::size_t i = 0; i < order.size();) {
                std::size_t j = i;
                while (j < order.size() && order[j].first == order[i].first) {
                    ++j;
                }
                const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
                for (std::size_t k = i; k < j; ++k) {
                    out[order[k].second] =
                        order.size() > 1
                            ? low + span * (rank - 1.0) / static_cast<double>(order.size() - 1)
                            : mid;
                }
                i = j;
            }
            break;
        }
    }
    return out;
}

PreparedIndex prepareIndex(const IndexModel& model, const ValueTable& table) {
    PreparedIndex prep;
    prep.regions = table.regions.size();
    prep.groups = model.groups.size();
    prep.low = model.scaleLow;
    prep.high = model.scaleHigh;
    prep.topGroups = model.top.members;
    prep.groupBegin.push_back(0);
    for (const auto& group : model.groups) {
        for (std::size_t member : group.members) {
            prep.slotIndicator.push_back(member);
        }
        prep.groupBegin.push_back(prep.slotIndicator.size());
    }
    prep.slots = prep.slotIndicator.size();

    std::map<std::string, std::size_t> column;
    for (std::size_t c = 0; c < table.indicators.size(); ++c) {
        column.emplace(table.indicators[c], c);
    }
    const std::size_t nInd = model.indicators.size();
    std::vector<std::vector<double>> raw(nInd);
    for (std::size_t i = 0; i < nInd; ++i) {
        auto it = column.find(model.indicators[i].id);
        if (it == column.end()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "The values have no column for indicator {1}."),
                {model.indicators[i].id});
        }
        raw[i].resize(prep.regions);
        for (std::size_t r = 0; r < prep.regions; ++r) {
            raw[i][r] = table.at(r, it->second);
        }
    }

    for (int m = 0; m < 2; ++m) {
        prep.mask[static_cast<std::size_t>(m)].assign(prep.regions * prep.slots, 0.0);
    }
    const double span = prep.high - prep.low;
    for (int choice = 0; choice < kNormChoices; ++choice) {
        std::vector<std::vector<double>> norm(nInd);
        double zMin = std::numeric_limits<double>::infinity();
        double zMax = -zMin;
        for (std::size_t i = 0; i < nInd; ++i) {
            const Normalisation method = methodFor(model.indicators[i], choice);
            norm[i] = normaliseColumn(raw[i], model.indicators[i], method, prep.low, prep.high);
            if (method == Normalisation::ZScore) {
                for (double z : norm[i]) {
                    if (!std::isnan(z)) {
                        zMin = std::min(zMin, z);
                        zMax = std::max(zMax, z);
                    }
                }
            }
        }
        // z-scores: one min-max map over the z-scores of all z-scored indicators together.
        for (std::size_t i = 0; i < nInd; ++i) {
            if (methodFor(model.indicators[i], choice) == Normalisation::ZScore) {
                for (double& z : norm[i]) {
                    if (!std::isnan(z)) {
                        z = zMax > zMin ? prep.low + span * (z - zMin) / (zMax - zMin)
                                        : prep.low + span / 2.0;
                    }
                }
            }
        }
        for (int m = 0; m < 2; ++m) {
            auto& value = prep.value[static_cast<std::size_t>(choice)][static_cast<std::size_t>(m)];
            auto& logValue =
                prep.logValue[static_cast<std::size_t>(choice)][static_cast<std::size_t>(m)];
            auto& mask = prep.mask[static_cast<std::size_t>(m)];
            value.assign(prep.regions * prep.slots, 0.0);
            logValue.assign(prep.regions * prep.slots, 0.0);
            for (std::size_t s = 0; s < prep.slots; ++s) {
                const auto& col = norm[prep.slotIndicator[s]];
                double mean = 0.0;
                std::size_t n = 0;
                for (double v : col) {
                    if (!std::isnan(v)) {
                        mean += v;
                        ++n;
                    }
                }
                mean = n > 0 ? mean / static_cast<double>(n) : kNaN;
                for (std::size_t r = 0; r < prep.regions; ++r) {
                    double v = col[r];
                    if (std::isnan(v) && m == 1) {
                        v = mean;  // NaN again when the indicator has no value at all
                    }
                    if (!std::isnan(v)) {
                        value[r * prep.slots + s] = v;
                        logValue[r * prep.slots + s] = std::log(v - prep.low + 1.0);
                        mask[r * prep.slots + s] = 1.0;
                    }
                }
            }
        }
    }
    return prep;
}

void evaluate(const PreparedIndex& prep, const SampleSettings& settings, double* scores,
              double* groupScores, double* groupTerms) {
    const auto choice = static_cast<std::size_t>(settings.norm);
    const auto missing = static_cast<std::size_t>(settings.missing);
    const double* value = prep.value[choice][missing].data();
    const double* logValue = prep.logValue[choice][missing].data();
    const double* mask = prep.mask[missing].data();
    const double low = prep.low;
    const bool topGeometric = settings.topAggregation == Aggregation::Geometric;
    const double* w = settings.slotWeights;
    constexpr double kNoScore = std::numeric_limits<double>::quiet_NaN();

    for (std::size_t r = 0; r < prep.regions; ++r) {
        const std::size_t row = r * prep.slots;
        double* gs = groupScores + r * prep.groups;
        for (std::size_t g = 0; g < prep.groups; ++g) {
            const bool geometric = settings.groupAggregation[g] == Aggregation::Geometric;
            const double* x = (geometric ? logValue : value) + row;
            const double* m = mask + row;
            double num = 0.0;
            double den = 0.0;
            for (std::size_t s = prep.groupBegin[g]; s < prep.groupBegin[g + 1]; ++s) {
                num += w[s] * x[s];
                den += w[s] * m[s];
            }
            if (!(den > 0.0)) {
                gs[g] = kNoScore;
                groupTerms[g] = kNoScore;
                continue;
            }
            const double mean = num / den;  // ln(score − low + 1) when geometric
            // groupTerms: what the top level averages (a log when it is geometric).
            if (geometric) {
                if (topGeometric) {
                    groupTerms[g] = mean;
                    gs[g] = settings.needGroupScores ? std::exp(mean) - 1.0 + low : 0.0;
                } else {
                    gs[g] = std::exp(mean) - 1.0 + low;
                    groupTerms[g] = gs[g];
                }
            } else {
                gs[g] = mean;
                groupTerms[g] = topGeometric ? std::log(mean - low + 1.0) : mean;
            }
        }
        double topNum = 0.0;
        double topDen = 0.0;
        for (std::size_t g : prep.topGroups) {
            if (!std::isnan(groupTerms[g])) {
                topNum += settings.groupWeights[g] * groupTerms[g];
                topDen += settings.groupWeights[g];
            }
        }
        if (!(topDen > 0.0)) {
            scores[r] = kNoScore;
        } else {
            scores[r] = topGeometric ? std::exp(topNum / topDen) - 1.0 + low : topNum / topDen;
        }
    }
}

void rankScores(const double* scores, std::size_t n, double eps, RankScratch& scratch,
                std::uint32_t* ranks) {
    // Sort packed 64-bit keys (descending float score, then region index), which is fast, then
    // repair the order with the exact double scores by insertion sort (it is nearly sorted).
    auto& keys = scratch.keys;
    auto& order = scratch.order;
    keys.clear();
    for (std::size_t r = 0; r < n; ++r) {
        if (std::isnan(scores[r])) {
            ranks[r] = 0;
            continue;
        }
        std::uint32_t u = std::bit_cast<std::uint32_t>(static_cast<float>(scores[r]));
        u = (u & 0x80000000u) ? ~u : (u | 0x80000000u);  // ascending as unsigned
        keys.push_back((static_cast<std::uint64_t>(~u) << 32) | r);
    }
    // Stable LSD radix sort on the upper 32 bits (3 passes of 11 bits); the lower 32 bits (the
    // index) are already ascending, so ties stay in index order.
    auto& tmp = scratch.tmp;
    tmp.resize(keys.size());
    for (int shift = 32; shift < 64; shift += 11) {
        std::array<std::uint32_t, 2048> count{};
        for (std::uint64_t k : keys) {
            ++count[(k >> shift) & 2047u];
        }
        std::uint32_t sum = 0;
        for (auto& c : count) {
            const std::uint32_t here = c;
            c = sum;
            sum += here;
        }
        for (std::uint64_t k : keys) {
            tmp[count[(k >> shift) & 2047u]++] = k;
        }
        keys.swap(tmp);
    }
    order.resize(keys.size());
    for (std::size_t p = 0; p < keys.size(); ++p) {
        const auto r = static_cast<std::uint32_t>(keys[p] & 0xffffffffu);
        order[p] = {scores[r], r};
    }
    auto before = [](const std::pair<double, std::uint32_t>& a,
                     const std::pair<double, std::uint32_t>& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    for (std::size_t p = 1; p < order.size(); ++p) {
        for (std::size_t q = p; q > 0 && before(order[q], order[q - 1]); --q) {
            std::swap(order[q], order[q - 1]);
        }
    }
    // order is descending; q = first position whose score is within eps above position p.
    std::size_t q = 0;
    for (std::size_t p = 0; p < order.size(); ++p) {
        while (order[q].first > order[p].first + eps) {
            ++q;
        }
        ranks[order[p].second] = static_cast<std::uint32_t>(q + 1);
    }
}

}  // namespace rrw::analysis::detail
