#pragma once

#include <string>
#include <vector>

#include "analysis/risk/index_model.h"
#include "analysis/swot/suggestions.h"
#include "store/project.h"

namespace rrw::store {

// The suggestion engine (analysis/swot) run over a project (docs/methods/swot_suggestions.md):
// shared by rrw-cli swot and the workbench's suggestions dialog.

/// The analysis level the proposals compare: Kreise and okresy.
inline constexpr const char* kSwotSuggestionLevel = "district";

/// Every proposal over the project's latest district values against the cross-border mean.
/// Synthetic demo values (docs/INDICATORS.md) are left out: they are no evidence of a strength
/// or weakness. `table`, when given, receives the values compared. No value at all is an error
/// naming the project; a threshold that is not a positive finite number too.
std::vector<analysis::SwotSuggestion> projectSwotSuggestions(const Project& project,
                                                             double threshold,
                                                             analysis::ValueTable* table = nullptr);

/// `proposals` without those already accepted or rejected (they are not proposed again).
std::vector<analysis::SwotSuggestion> undecidedSwotSuggestions(
    const Project& project, std::vector<analysis::SwotSuggestion> proposals);

}  // namespace rrw::store
