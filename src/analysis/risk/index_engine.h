#pragma once

// Internal to rrw::analysis: the normalised matrices of one (model, table) pair and the
// per-sample evaluation shared by computeIndex and addUncertainty. Not a public header.

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "analysis/risk/index_model.h"

namespace rrw::analysis::detail {

/// Which normalisation a run uses: the model's own per indicator, or one method for all
/// indicators (goalpost indicators always keep their goalposts).
enum NormChoice : int { kOwn = 0, kMinMax = 1, kZScore = 2, kRank = 3, kNormChoices = 4 };

/// Everything a sample needs, computed once. Columns are "slots": the members of group 0, then
/// of group 1, … (an indicator in two groups has two slots).
struct PreparedIndex {
    std::size_t regions = 0;
    std::size_t slots = 0;
    std::size_t groups = 0;
    double low = 0.0;
    double high = 10.0;
    std::vector<std::size_t> slotIndicator;  // slot → model indicator
    std::vector<std::size_t> groupBegin;     // groups + 1 slot offsets
    std::vector<std::size_t> topGroups;      // model.top.members
    // [norm choice][missing treatment], regions × slots, row-major. `value` is the normalised
    // value (0 where missing), `logValue` is ln(value − low + 1) (0 where missing), `mask` is 1
    // where the value takes part, else 0.
    std::array<std::array<std::vector<double>, 2>, kNormChoices> value;
    std::array<std::array<std::vector<double>, 2>, kNormChoices> logValue;
    std::array<std::vector<double>, 2> mask;
};

/// Throws rrw::Error (Input) when the table lacks a column for a model indicator.
PreparedIndex prepareIndex(const IndexModel& model, const ValueTable& table);

/// The normalised values of one indicator column (NaN stays NaN) on [low, high], higher =
/// more risk. ZScore returns the (direction-adjusted) z-scores; the caller maps them.
std::vector<double> normaliseColumn(const std::vector<double>& raw, const Indicator& ind,
                                    Normalisation method, double low, double high);

struct SampleSettings {
    int norm = kOwn;
    int missing = 0;                                // 0 = exclude, 1 = mean
    const double* slotWeights = nullptr;            // slots
    const double* groupWeights = nullptr;           // groups
    const Aggregation* groupAggregation = nullptr;  // groups
    Aggregation topAggregation = Aggregation::Arithmetic;
    bool needGroupScores = false;  // fill groupScores even where the top level does not need them
};

/// Scores of all regions (NaN = no score) and, when needed, their group scores (regions ×
/// groups, NaN = no member present). `groupTerms` is scratch of `groups` values. Allocates
/// nothing.
void evaluate(const PreparedIndex& prep, const SampleSettings& settings, double* scores,
              double* groupScores, double* groupTerms);

/// Competition ranks ("1224"): rank = 1 + number of scores greater than this one by more than
/// `eps`; NaN scores get rank 0. `scratch` is reused between calls.
struct RankScratch {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint64_t> tmp;
    std::vector<std::pair<double, std::uint32_t>> order;
};
void rankScores(const double* scores, std::size_t n, double eps, RankScratch& scratch,
                std::uint32_t* ranks);

}  // namespace rrw::analysis::detail
