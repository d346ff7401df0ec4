#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace rrw::render {

/// How the values of a choropleth are cut into classes (docs/methods/classification.md).
enum class ClassMethod { EqualInterval, Quantiles, NaturalBreaks, Manual };

/// Parses "equal_interval", "quantiles", "natural_breaks" (also "jenks"), "manual",
/// case-insensitive; returns false for anything else and leaves `out` alone.
bool parseClassMethod(std::string_view text, ClassMethod& out);
/// The canonical spelling accepted by parseClassMethod.
const char* classMethodName(ClassMethod m);

/// Largest number of values natural breaks optimises over; more are sampled first.
inline constexpr int kNaturalBreaksSampleSize = 3000;

/// Class limits for `classes` classes: classes+1 ascending limits, the first the minimum and the
/// last the maximum of the finite values (NaN and ±inf are ignored). Class 0 holds the values in
/// [limits[0], limits[1]], class i > 0 those in (limits[i], limits[i+1]] (see classOf). Limits
/// are strictly ascending except that limits[0] == limits[1] is allowed: a first class holding
/// only the minimum (many zeros, or a single distinct value v, which gives {v, v}).
///
/// Fewer classes (every method but Manual): the class count is first cut to the number of
/// distinct finite values (of the sample, for natural breaks); then a computed limit that would
/// repeat the previous one, or leave a class without any value, is dropped. Duplicates therefore
/// never create empty classes. Equal interval keeps classes that are empty because the data have
/// a gap: that is what equal widths mean.
///
/// - EqualInterval: limit i is min + i·(max−min)/k.
/// - Quantiles: equal-count classes; limit i is the type-7 sample quantile (Hyndman & Fan 1996,
///   the R and NumPy default) at p = i/k.
/// - NaturalBreaks: Fisher's exact optimum (least within-class sum of squared deviations) by
///   dynamic programming over the distinct values, O(k·m²) for m distinct values; the limits
///   are the largest value of each class. With more than kNaturalBreaksSampleSize finite values
///   it runs on a deterministic sample: that many evenly spaced order statistics of the sorted
///   values, which always include the min and the max.
/// - Manual: `manual` holds either the classes−1 inner limits (the first and last limit are then
///   the data's min and max) or all classes+1 limits (kept as given, also when data lie outside).
///   Throws std::invalid_argument when `manual` has another size, a non-finite limit, or limits
///   that break the ascending rule above (for inner limits: also when they do not fit into the
///   data's [min, max]).
///
/// Throws std::invalid_argument when classes < 1. Without finite values returns an empty vector
/// (Manual checks the sizes and order of its limits first).
std::vector<double> classBreaks(std::span<const double> values, ClassMethod method, int classes,
                                std::span<const double> manual = {});

/// Index of the class `value` falls in, for limits as returned by classBreaks: a value equal to an
/// inner limit belongs to the lower class (as in QGIS), the first class includes limits[0].
/// Returns -1 for NaN, for a value outside [first, last] and for fewer than two limits.
int classOf(double value, std::span<const double> limits);

}  // namespace rrw::render
