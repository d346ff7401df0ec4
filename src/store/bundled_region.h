#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/feedback.h"
#include "geo/importer.h"

namespace rrw::store {

class Project;

struct BundledRegionSummary {
    std::vector<geo::ImportReport> layers;
    std::int64_t regions = 0;
    std::int64_t populationRecords = 0;
};

/// Builds a new project at `path` holding the bundled cross-border region from `dataDir`
/// (data/region/manifest.json and the files it names). The project is built in a temporary
/// file beside `path` and moved into place only when complete. Refuses an existing `path`
/// unless `overwrite`. `finish` (optional) runs on the complete project before the move, for
/// what the store cannot do itself (rrw-cli init: the QGIS styles, drawn by the renderer), so a
/// killed init never leaves a project without them.
BundledRegionSummary createBundledProject(const std::string& path, const std::string& dataDir,
                                          bool overwrite, Feedback& feedback,
                                          const std::function<void(Project&)>& finish = {});

}  // namespace rrw::store
