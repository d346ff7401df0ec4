#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

// The slides of the workshop presentation (schema 6; docs/PRESENTATION.md): each a saved map
// view with a title and short notes in German and Czech. Positions run 1…n without gaps; every
// write keeps them so. Writes run inside the caller's Project::write and return what an undo
// needs.

struct Slide {
    std::int64_t id = 0;           ///< 0 = not stored yet
    std::int64_t position = 0;     ///< 1 = first slide
    std::string titleDe, titleCs;  ///< one of the two may be empty, not both
    std::string notesDe, notesCs;
    std::string styleJson;                          ///< a render::MapStyle as JSON (a JSON object)
    double minX = 0, minY = 0, maxX = 0, maxY = 0;  ///< the extent shown, storage CRS (EPSG:3035)
    std::string createdAt, updatedAt;               ///< UTC ISO 8601, set by the store
};

/// All slides by position. Empty for a project older than schema 6.
std::vector<Slide> listSlides(const Project& project);
std::optional<Slide> getSlide(const Project& project, std::int64_t id);

/// Checks and stores a new slide at `position` (1…n+1; 0 = after the last); the slides from
/// there on move one down. Returns the stored slide (id, position, times). Throws rrw::Error
/// (Input) naming the project and the slide: no title, a style that is not a JSON object, an
/// extent that is not a finite rectangle, a position out of range, text that is not UTF-8.
Slide addSlide(Project& project, const Slide& slide, std::int64_t position = 0);

/// Replaces titles, notes, style and extent of slide `slide.id` (not its position); returns the
/// slide as it was before.
Slide updateSlide(Project& project, const Slide& slide);

/// Deletes slide `id` and returns it; the slides after it move one up.
Slide deleteSlide(Project& project, std::int64_t id);

/// Puts a deleted slide back under its id, at its position, with its creation time.
void restoreSlide(Project& project, const Slide& slide);

/// Moves slide `id` to `position` (1…n), shifting the slides in between; returns the position
/// it had before.
std::int64_t moveSlide(Project& project, std::int64_t id, std::int64_t position);

}  // namespace rrw::store
