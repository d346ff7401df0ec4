#pragma once

#include <string>
#include <vector>

#include "analysis/risk/index_model.h"

namespace rrw::analysis {

/// What suggestSwot needs to know about an indicator: its direction and how to name it.
struct IndicatorInfo {
    std::string id;
    bool higherIsBetter = false;
    std::string nameDe, nameCs, unit;
};

/// A proposed SWOT entry for one region (docs/methods/swot_suggestions.md). A proposal only:
/// the user accepts or rejects it.
struct SwotSuggestion {
    std::string region;
    char category = 'S';  ///< 'S' (strength) or 'W' (weakness)
    std::string indicator;
    double value = 0.0;      ///< the region's value
    double reference = 0.0;  ///< cross-border mean over all regions with a value
    double zScore = 0.0;     ///< (value − reference) / population SD; sign as measured
    std::string textDe, textCs;
};

/// For each indicator, compares every region with the cross-border mean of all regions that
/// have a value: at least `threshold` standard deviations better → 'S', at least `threshold`
/// worse → 'W'. Indicators with fewer than 3 values or no spread give none; indicators of
/// `indicators` missing from the table (and table columns without an IndicatorInfo) are
/// skipped. Sorted by (region, category, indicator). A threshold that is not a positive finite
/// number throws rrw::Error (Input).
std::vector<SwotSuggestion> suggestSwot(const ValueTable& table,
                                        const std::vector<IndicatorInfo>& indicators,
                                        double threshold = 1.0);

/// A number with a decimal comma as German and Czech write it ("5,6", "1 234" / "1.234").
/// `language` is "de" or "cs"; used for the suggestion texts.
std::string formatLocalNumber(double value, const std::string& language);

}  // namespace rrw::analysis
