#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

// Measures (schema 4): the region's measure ideas and decided measures, linked from TOWS
// strategies. Governance fields (owners, review dates) are planned as further columns of
// rrw_measure; this API reads and writes named columns only, so they can be added by a
// migration without touching it. Writes run inside the caller's Project::write.

struct Measure {
    std::string id;  ///< 1–64 characters A–Z a–z 0–9 _ - . (listed with commas on the CLI)
    std::string titleDe, titleCs, titleEn;  ///< German or Czech title required
    std::string descriptionDe, descriptionCs, descriptionEn;
    std::string status = "idea";  ///< idea | planned | in_progress | done
    std::string source;
    std::string createdAt, updatedAt;  ///< UTC ISO 8601, set by the store
};

bool isMeasureStatus(const std::string& status);

/// Measures with one status ("" = all), by id. Empty for a project older than schema 4.
std::vector<Measure> listMeasures(const Project& project, const std::string& status = "");
std::optional<Measure> getMeasure(const Project& project, const std::string& id);

/// Checks and stores new measures; an id that exists (or repeats) is an error naming it.
/// `createdAt` is kept when given (to undo a deletion).
void addMeasures(Project& project, const std::vector<Measure>& measures);

/// Replaces titles, descriptions, status and source of measure `measure.id`; returns the
/// measure as it was before.
Measure updateMeasure(Project& project, const Measure& measure);

struct DeletedMeasure {
    Measure measure;
    std::vector<std::int64_t> strategyIds;  ///< TOWS strategies that linked it
};

/// Deletes measure `id` and its links from TOWS strategies.
DeletedMeasure deleteMeasure(Project& project, const std::string& id);

/// Puts a deleted measure back with its links to the strategies that still exist.
void restoreMeasure(Project& project, const DeletedMeasure& deleted);

}  // namespace rrw::store
