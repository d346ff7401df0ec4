#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/swot/suggestions.h"
#include "store/project.h"
#include "store/swot_repository.h"

namespace rrw::store {

// Decisions on the suggestion engine's proposals (docs/methods/swot_suggestions.md): an
// accepted proposal becomes a SWOT item with the indicator as evidence, a rejected one is
// remembered, and neither is proposed again. Writes run inside the caller's Project::write.

struct SuggestionDecision {
    SuggestionKey key;
    std::string decision;     ///< accepted | rejected
    std::int64_t itemId = 0;  ///< the item an acceptance created; 0 when rejected or deleted
    std::string decidedBy;
    std::string decidedAt;  ///< UTC ISO 8601
};

/// All decisions by region, indicator and category; empty before schema 4.
std::vector<SuggestionDecision> listSuggestionDecisions(const Project& project);
std::optional<SuggestionDecision> getSuggestionDecision(const Project& project,
                                                        const SuggestionKey& key);

/// Stores the proposal as a SWOT item (origin "suggestion", importance 3, its German and
/// Czech texts, the indicator as evidence with value, reference and z in the note) and
/// records the acceptance. A proposal already decided is an error naming it. Returns the item.
SwotItem acceptSwotSuggestion(Project& project, const analysis::SwotSuggestion& suggestion,
                              const std::string& author);

/// Records that the proposal is rejected. A proposal already decided is an error naming it.
SuggestionDecision rejectSwotSuggestion(Project& project,
                                        const analysis::SwotSuggestion& suggestion,
                                        const std::string& author);

/// Removes a decision so the proposal comes back (an undo of reject; an undo of accept also
/// deletes the item). Returns the removed decision, or nothing when there was none.
std::optional<SuggestionDecision> forgetSuggestionDecision(Project& project,
                                                           const SuggestionKey& key);

}  // namespace rrw::store
