#include "render/classification.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace rrw::render {

namespace {

std::string lowered(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::vector<double> finiteSorted(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v)) {
            out.push_back(v);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t distinctCount(const std::vector<double>& sorted) {
    if (sorted.empty()) {
        return 0;
    }
    std::size_t count = 1;
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i] != sorted[i - 1]) {
            ++count;
        }
    }
    return count;
}

/// The rule of classBreaks: ascending, strictly from limits[1] on, all finite.
bool wellOrdered(std::span<const double> limits) {
    for (std::size_t i = 0; i < limits.size(); ++i) {
        if (!std::isfinite(limits[i])) {
            return false;
        }
        if (i == 1 && limits[1] < limits[0]) {
            return false;
        }
        if (i > 1 && !(limits[i] > limits[i - 1])) {
            return false;
        }
    }
    return true;
}

/// Keeps min and max of `sorted` and those candidate inner limits that stay well ordered and
/// leave no class without a value (the first class always holds the minimum).
std::vector<double> pruned(const std::vector<double>& sorted, const std::vector<double>& candidate,
                           bool dropEmpty) {
    const double lo = sorted.front();
    const double hi = sorted.back();
    std::vector<double> out{lo};
    for (std::size_t i = 1; i + 1 < candidate.size(); ++i) {
        const double limit = candidate[i];
        const bool first = out.size() == 1;
        if (!(limit < hi) || (first ? limit < lo : !(limit > out.back()))) {
            continue;
        }
        if (dropEmpty && !first) {
            const auto next = std::upper_bound(sorted.begin(), sorted.end(), out.back());
            if (next == sorted.end() || *next > limit) {
                continue;
            }
        }
        out.push_back(limit);
    }
    out.push_back(hi);
    return out;
}

std::vector<double> equalInterval(const std::vector<double>& sorted, int k) {
    const double lo = sorted.front();
    const double hi = sorted.back();
    std::vector<double> limits(static_cast<std::size_t>(k) + 1);
    const double width = hi - lo;
    for (int i = 0; i <= k; ++i) {
        const double t = static_cast<double>(i) / k;
        // The blend form only where the width overflows (values near ±DBL_MAX).
        limits[static_cast<std::size_t>(i)] =
            std::isfinite(width) ? lo + width * i / k : lo * (1.0 - t) + hi * t;
    }
    limits.back() = hi;
    return pruned(sorted, limits, false);
}

std::vector<double> quantiles(const std::vector<double>& sorted, int k) {
    const std::size_t n = sorted.size();
    std::vector<double> limits(static_cast<std::size_t>(k) + 1);
    for (int i = 0; i <= k; ++i) {
        // Type 7: h = (n-1)p, linear between the order statistics around h.
        const std::size_t num = (n - 1) * static_cast<std::size_t>(i);
        const std::size_t j = num / static_cast<std::size_t>(k);
        const double frac = static_cast<double>(num % static_cast<std::size_t>(k)) / k;
        const double x = sorted[j];
        limits[static_cast<std::size_t>(i)] = j + 1 < n ? x + frac * (sorted[j + 1] - x) : x;
    }
    return pruned(sorted, limits, true);
}

/// Fisher (1958): optimal partition of the sorted distinct values `u` (weights `w`) into `k`
/// contiguous groups minimising the within-group sum of squared deviations. Returns the limits.
std::vector<double> fisherJenks(const std::vector<double>& u, const std::vector<double>& w, int k) {
    const std::size_t m = u.size();
    const auto classes = static_cast<std::size_t>(k);
    if (classes >= m) {  // every distinct value its own class
        std::vector<double> limits{u.front()};
        limits.insert(limits.end(), u.begin(), u.end());
        return limits;
    }
    // Centre the values: the prefix-sum form of the squared deviations cancels badly otherwise.
    double weight = 0.0;
    double mean = 0.0;
    for (std::size_t i = 0; i < m; ++i) {
        weight += w[i];
        mean += w[i] * u[i];
    }
    mean /= weight;
    std::vector<double> sw(m + 1, 0.0), s1(m + 1, 0.0), s2(m + 1, 0.0);
    for (std::size_t i = 0; i < m; ++i) {
        const double x = u[i] - mean;
        sw[i + 1] = sw[i] + w[i];
        s1[i + 1] = s1[i] + w[i] * x;
        s2[i + 1] = s2[i] + w[i] * x * x;
    }
    // Squared deviations of the items [a, b) about their mean.
    const auto cost = [&](std::size_t a, std::size_t b) {
        const double sum = s1[b] - s1[a];
        return std::max(0.0, (s2[b] - s2[a]) - sum * sum / (sw[b] - sw[a]));
    };

    // best[i]: least cost of the first i items in j classes; from[j][i]: start of the j-th class.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> best(m + 1, inf), next(m + 1, inf);
    std::vector<std::vector<std::size_t>> from(classes + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = 1; i <= m; ++i) {
        best[i] = cost(0, i);
    }
    for (std::size_t j = 2; j <= classes; ++j) {
        std::fill(next.begin(), next.end(), inf);
        // The first i items need at least j of them; the rest must leave one per later class.
        // Only all m items matter for the last class.
        const std::size_t iFirst = j == classes ? m : j;
        for (std::size_t i = iFirst; i <= m - (classes - j); ++i) {
            for (std::size_t t = j - 1; t < i; ++t) {
                const double c = best[t] + cost(t, i);
                if (c < next[i]) {
                    next[i] = c;
                    from[j][i] = t;
                }
            }
        }
        std::swap(best, next);
    }

    std::vector<double> limits(classes + 1);
    limits[0] = u.front();
    std::size_t end = m;
    for (std::size_t j = classes; j >= 1; --j) {
        limits[j] = u[end - 1];
        end = j > 1 ? from[j][end] : 0;
    }
    return limits;
}

std::vector<double> naturalBreaks(const std::vector<double>& sorted, int k) {
    const std::size_t n = sorted.size();
    const auto sampleSize = static_cast<std::size_t>(kNaturalBreaksSampleSize);
    std::vector<double> sample;
    if (n > sampleSize) {
        // Evenly spaced order statistics: index 0 and n-1 are always taken.
        sample.reserve(sampleSize);
        for (std::size_t i = 0; i < sampleSize; ++i) {
            sample.push_back(sorted[i * (n - 1) / (sampleSize - 1)]);
        }
    }
    const std::vector<double>& data = n > sampleSize ? sample : sorted;
    std::vector<double> u;
    std::vector<double> w;
    for (double v : data) {
        if (u.empty() || v != u.back()) {
            u.push_back(v);
            w.push_back(1.0);
        } else {
            w.back() += 1.0;
        }
    }
    return fisherJenks(u, w, std::min(k, static_cast<int>(u.size())));
}

std::vector<double> manualBreaks(const std::vector<double>& sorted, int classes,
                                 std::span<const double> manual) {
    const auto k = static_cast<std::size_t>(classes);
    if (manual.size() == k + 1) {
        if (!wellOrdered(manual)) {
            throw std::invalid_argument("manual class limits must be finite and ascending");
        }
        if (sorted.empty()) {
            return {};
        }
        return {manual.begin(), manual.end()};
    }
    if (manual.size() != k - 1) {
        throw std::invalid_argument(
            "manual class limits: give classes-1 inner limits or classes+1 limits");
    }
    for (std::size_t i = 0; i < manual.size(); ++i) {
        if (!std::isfinite(manual[i]) || (i > 0 && !(manual[i] > manual[i - 1]))) {
            throw std::invalid_argument("manual class limits must be finite and ascending");
        }
    }
    if (sorted.empty()) {
        return {};
    }
    std::vector<double> limits{sorted.front()};
    limits.insert(limits.end(), manual.begin(), manual.end());
    limits.push_back(sorted.back());
    if (!wellOrdered(limits)) {
        throw std::invalid_argument("manual inner class limits must lie within the data range");
    }
    return limits;
}

}  // namespace

bool parseClassMethod(std::string_view text, ClassMethod& out) {
    const std::string name = lowered(text);
    if (name == "equal_interval") {
        out = ClassMethod::EqualInterval;
    } else if (name == "quantiles") {
        out = ClassMethod::Quantiles;
    } else if (name == "natural_breaks" || name == "jenks") {
        out = ClassMethod::NaturalBreaks;
    } else if (name == "manual") {
        out = ClassMethod::Manual;
    } else {
        return false;
    }
    return true;
}

const char* classMethodName(ClassMethod m) {
    switch (m) {
        case ClassMethod::EqualInterval:
            return "equal_interval";
        case ClassMethod::Quantiles:
            return "quantiles";
        case ClassMethod::NaturalBreaks:
            return "natural_breaks";
        case ClassMethod::Manual:
            return "manual";
    }
    return "manual";
}

std::vector<double> classBreaks(std::span<const double> values, ClassMethod method, int classes,
                                std::span<const double> manual) {
    if (classes < 1) {
        throw std::invalid_argument("the number of classes must be at least 1");
    }
    const std::vector<double> sorted = finiteSorted(values);
    if (method == ClassMethod::Manual) {
        return manualBreaks(sorted, classes, manual);
    }
    const std::size_t distinct = distinctCount(sorted);
    if (distinct == 0) {
        return {};
    }
    if (distinct == 1) {
        return {sorted.front(), sorted.front()};
    }
    const int k = static_cast<int>(std::min(static_cast<std::size_t>(classes), distinct));
    switch (method) {
        case ClassMethod::EqualInterval:
            return equalInterval(sorted, k);
        case ClassMethod::Quantiles:
            return quantiles(sorted, k);
        case ClassMethod::NaturalBreaks:
            return naturalBreaks(sorted, k);
        case ClassMethod::Manual:
            break;
    }
    return {};
}

int classOf(double value, std::span<const double> limits) {
    if (limits.size() < 2 || std::isnan(value) || value < limits.front() || value > limits.back()) {
        return -1;
    }
    const auto inner = limits.subspan(1, limits.size() - 2);
    return static_cast<int>(std::lower_bound(inner.begin(), inner.end(), value) - inner.begin());
}

}  // namespace rrw::render
