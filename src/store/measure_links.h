#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

// The links of a measure in the governance register (schema 6): the SWOT items it answers and
// the risks it addresses. Writes run inside the caller's Project::write and return the links
// as they were, so writing those back with setMeasureLinks undoes the change.

/// A risk a measure addresses: an index model (`hazard_model`, its id), a BBK scenario
/// (`bbk_scenario`, its id) or a stored supply-chain scenario (`supply_scenario`, its name).
struct MeasureRisk {
    std::string kind;
    std::string riskId;
    auto operator<=>(const MeasureRisk&) const = default;
};

struct MeasureLinks {
    std::vector<std::int64_t> swotItemIds;  ///< ascending
    std::vector<MeasureRisk> risks;         ///< by kind, then id
    bool operator==(const MeasureLinks&) const = default;
    bool empty() const { return swotItemIds.empty() && risks.empty(); }
};

bool isMeasureRiskKind(const std::string& kind);

/// Parses "KIND:ID" (as on the command line); throws rrw::Error (Input) naming the text.
MeasureRisk parseMeasureRisk(const std::string& text);
/// "KIND:ID".
std::string formatMeasureRisk(const MeasureRisk& risk);

/// True when the risk exists in the project (index model, BBK scenario, supply scenario).
bool measureRiskExists(const Project& project, const MeasureRisk& risk);

/// The links of measure `measureId` (empty for a project older than schema 6).
MeasureLinks measureLinks(const Project& project, const std::string& measureId);
/// The links of every measure that has any, by measure id.
std::map<std::string, MeasureLinks> allMeasureLinks(const Project& project);

/// Replaces the links of measure `measureId` (which must exist) after checking each: the SWOT
/// item and the risk must exist. Returns the links as they were.
MeasureLinks setMeasureLinks(Project& project, const std::string& measureId,
                             const MeasureLinks& links);

/// Adds the links in `add` and removes those in `remove` (each of which must be linked) in one
/// step; returns the links as they were. Errors name the project, the measure and the link.
MeasureLinks changeMeasureLinks(Project& project, const std::string& measureId,
                                const MeasureLinks& add, const MeasureLinks& remove);

}  // namespace rrw::store
