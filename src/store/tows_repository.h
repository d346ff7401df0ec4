#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

// TOWS strategies (Weihrich 1982; schema 4): SO, ST, WO and WT strategies pair strengths or
// weaknesses with opportunities or threats of the SWOT register and link to measures. Writes
// run inside the caller's Project::write and return what an undo needs.

struct TowsStrategy {
    std::int64_t id = 0;           ///< 0 = not stored yet
    std::string kind;              ///< SO | ST | WO | WT
    std::string titleDe, titleCs;  ///< one of the two may be empty, not both
    std::string textDe, textCs;
    std::string createdAt, updatedAt;     ///< UTC ISO 8601, set by the store
    std::vector<std::int64_t> itemIds;    ///< linked SWOT items, ascending
    std::vector<std::string> measureIds;  ///< linked measures, ascending
};

/// True when a strategy of `kind` may link a SWOT item of `category`: SO pairs S with O, ST S
/// with T, WO W with O, WT W with T. False for an unknown kind.
bool towsKindAllows(const std::string& kind, char category);

/// Strategies of one kind ("" = all), by kind (SO, ST, WO, WT) and id, with their links.
/// Empty for a project older than schema 4.
std::vector<TowsStrategy> listTowsStrategies(const Project& project, const std::string& kind = "");
std::optional<TowsStrategy> getTowsStrategy(const Project& project, std::int64_t id);

/// Checks and stores a strategy with its links (every SWOT item must exist and have a category
/// the kind pairs; every measure must exist; duplicates in the lists count once). An `id`
/// other than 0 is kept, with `createdAt` when given (to undo a deletion). Returns the stored
/// strategy. Throws rrw::Error (Input) naming the strategy and the offending item or measure.
TowsStrategy addTowsStrategy(Project& project, const TowsStrategy& strategy);

/// Replaces kind, titles, texts and both link lists of strategy `strategy.id`; returns the
/// strategy as it was before.
TowsStrategy updateTowsStrategy(Project& project, const TowsStrategy& strategy);

/// Deletes strategy `id` with its links and returns it (addTowsStrategy(it) restores it).
TowsStrategy deleteTowsStrategy(Project& project, std::int64_t id);

}  // namespace rrw::store
