#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/measure_links.h"
#include "store/project.h"

namespace rrw::store {

// Measures (schema 4): the region's measure ideas and decided measures, linked from TOWS
// strategies; since schema 6 with their governance: the owner organisation, the review date
// and (store/measure_links.h) the SWOT items and risks they address. Writes run inside the
// caller's Project::write.

struct Measure {
    std::string id;  ///< 1–64 characters A–Z a–z 0–9 _ - . (listed with commas on the CLI)
    std::string titleDe, titleCs, titleEn;  ///< German or Czech title required
    std::string descriptionDe, descriptionCs, descriptionEn;
    std::string status = "idea";  ///< idea | planned | in_progress | done
    std::string source;
    std::string createdAt, updatedAt;  ///< UTC ISO 8601, set by the store
    std::string ownerId;     ///< an organisation of the project; "" = no owner yet (schema 6)
    std::string reviewDate;  ///< YYYY-MM-DD, a calendar date; "" = none (schema 6)
};

bool isMeasureStatus(const std::string& status);
/// True for a real calendar date written YYYY-MM-DD (2027-02-28, not 2027-02-30).
bool isIsoDate(const std::string& text);

/// Measures with one status ("" = all), by id. Empty for a project older than schema 4.
std::vector<Measure> listMeasures(const Project& project, const std::string& status = "");
std::optional<Measure> getMeasure(const Project& project, const std::string& id);

/// Checks and stores new measures; an id that exists (or repeats) is an error naming it, and so
/// is an owner that is not an organisation of the project or a review date that is not a
/// calendar date. `createdAt` is kept when given (to undo a deletion).
void addMeasures(Project& project, const std::vector<Measure>& measures);

/// Replaces titles, descriptions, status, source, owner and review date of measure
/// `measure.id` (checked as by addMeasures); returns the measure as it was before.
Measure updateMeasure(Project& project, const Measure& measure);

struct DeletedMeasure {
    Measure measure;
    std::vector<std::int64_t> strategyIds;  ///< TOWS strategies that linked it
    MeasureLinks links;                     ///< its SWOT items and risks
};

/// Deletes measure `id`, its links from TOWS strategies and its SWOT item and risk links.
DeletedMeasure deleteMeasure(Project& project, const std::string& id);

/// Puts a deleted measure back with its links to the strategies and SWOT items that still
/// exist and its risk links; an owner deleted in the meantime is left out.
void restoreMeasure(Project& project, const DeletedMeasure& deleted);

}  // namespace rrw::store
