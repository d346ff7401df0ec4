#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "store/project.h"
#include "store/slide_repository.h"

namespace rrw::store {

/// Reads starter slides {"slides": [{"title_de", "title_cs", "notes_de", "notes_cs", "style",
/// "hide_layers", "extent"}]}: "style" is "default_map" (the project's stored map, read from
/// `defaultMap`) or a map style object; "hide_layers" names layers whose style entries are
/// hidden on this slide; "extent" is [min x, min y, max x, max y] in EPSG:3035. Throws
/// rrw::Error (Input) naming `what` and the slide number.
std::vector<Slide> readSlideCatalog(const nlohmann::json& doc, const std::string& what,
                                    const std::string& defaultMap);

/// Adds the slides of `file` (data/region/slides.json) after the project's default map was
/// written, inside the caller's transaction.
void importBundledSlides(Project& project, const std::filesystem::path& file);

}  // namespace rrw::store
