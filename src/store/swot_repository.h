#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

// The SWOT register (schema 4): items per region or for the whole cross-border area, with
// evidence links. Every function that changes something runs inside the caller's
// Project::write transaction and returns what an undo needs to invert it: update and move
// return the previous item, delete returns everything that restoreSwotItem puts back.

/// A link from a SWOT item to what supports it.
struct SwotEvidence {
    std::int64_t id = 0;      ///< 0 = not stored yet
    std::int64_t itemId = 0;  ///< the item it belongs to (set when read or stored)
    /// indicator | layer | index_run | source | bbk_scenario
    std::string kind;
    /// indicator id, layer name, index run id, citation/URL/file, BBK scenario id
    std::string ref;
    std::string note;
};

struct SwotItem {
    std::int64_t id = 0;     ///< 0 = not stored yet
    std::string regionCode;  ///< "" = the whole cross-border area
    char category = 'S';     ///< S, W, O or T
    std::string textDe;      ///< one of the two texts may be empty, not both
    std::string textCs;
    int importance = 3;  ///< 1 (minor) … 5 (decisive)
    std::string author;
    std::string createdAt;  ///< UTC ISO 8601, set by the store
    std::string updatedAt;
    std::string origin = "manual";  ///< manual | suggestion
    std::int64_t position = 0;      ///< order inside its quadrant (region, category); 1 = first
    std::vector<SwotEvidence> evidence;
};

/// True for the evidence kinds the register knows.
bool isSwotEvidenceKind(const std::string& kind);

struct SwotFilter {
    /// nullopt: every item; "": only the items of the whole cross-border area; else the items
    /// of that region.
    std::optional<std::string> region;
    std::optional<char> category;
};

/// Items ordered by region ("" first), category (S, W, O, T) and position, with evidence.
/// Empty for a project older than schema 4.
std::vector<SwotItem> listSwotItems(const Project& project, const SwotFilter& filter = {});
std::optional<SwotItem> getSwotItem(const Project& project, std::int64_t id);

/// Checks and stores a new item at the end of its quadrant, with its evidence (each checked:
/// an indicator, layer, index run or BBK scenario must exist in the project). `item.id`,
/// times and position are set by the store; origin must be manual or suggestion. Returns the
/// stored item. Throws rrw::Error (Input) naming the item on bad input.
SwotItem addSwotItem(Project& project, const SwotItem& item);

/// Replaces region, category, texts, importance, author and position of item `item.id`
/// (position ≤ 0: the current one while region and category stay, else the end of the new
/// quadrant); the evidence is not touched. A category that a
/// linked TOWS strategy does not allow is refused. Returns the item as it was before.
SwotItem updateSwotItem(Project& project, const SwotItem& item);

/// Moves item `id` to `category` at `position` (default: the end of that quadrant); items at
/// or after an occupied position move down by one. Returns the item as it was before; an
/// undo is updateSwotItem(previous).
SwotItem moveSwotItem(Project& project, std::int64_t id, char category,
                      std::optional<std::int64_t> position = std::nullopt);

/// Names one proposal of the suggestion engine: region, indicator and category (S or W).
struct SuggestionKey {
    std::string regionCode;
    std::string indicatorId;
    char category = 'S';
};

/// What deleting an item removed with it.
struct DeletedSwotItem {
    SwotItem item;                          ///< with its evidence
    std::vector<std::int64_t> strategyIds;  ///< TOWS strategies that linked it
    std::vector<SuggestionKey> decisions;   ///< accepted suggestions that created it
};

/// Deletes item `id` with its evidence and TOWS links.
DeletedSwotItem deleteSwotItem(Project& project, std::int64_t id);

/// Puts a deleted item back with the same id, times, position, evidence ids, the links to the
/// strategies that still exist and its suggestion decisions.
void restoreSwotItem(Project& project, const DeletedSwotItem& deleted);

/// Checks and adds one piece of evidence to item `itemId`; an `evidence.id` other than 0 is
/// kept (to undo a removal). Returns the stored evidence.
SwotEvidence addSwotEvidence(Project& project, std::int64_t itemId, const SwotEvidence& evidence);

/// Removes evidence `evidenceId` and returns it (addSwotEvidence(itemId, it) undoes this).
SwotEvidence removeSwotEvidence(Project& project, std::int64_t evidenceId);

}  // namespace rrw::store
