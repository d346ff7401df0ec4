#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/feedback.h"
#include "geo/importer.h"

namespace rrw::store {

class Project;

struct BundledRegionSummary {
    std::vector<geo::ImportReport> layers;
    std::int64_t regions = 0;
    std::int64_t populationRecords = 0;
};

/// One layer of the region manifest: the file, the layer it becomes, the region level whose
/// geometries it holds ("" = none) and its titles.
struct ManifestLayer {
    std::string file;
    std::string layer;
    std::string regionLevel;
    std::string titleDe, titleCs, titleEn;  ///< "" = the title of sources.csv
};

/// data/region/manifest.json: the layers and the files of the regions, their population and
/// the sources; optionally the indicator folder, the default map and the starter slides.
struct RegionManifest {
    std::vector<ManifestLayer> layers;
    std::string regions, population, sources;
    std::string indicators, defaultMap, slides;  ///< "" = not part of the bundle
};

/// Reads the manifest {"layers": [{"file", "layer", "region_level", "title": {"de", "cs",
/// "en"}}], "regions", "population", "sources", "indicators", "default_map", "slides"} (other
/// keys, such as "name", are documentation). Throws rrw::Error (Input) naming `what` and the
/// key or layer on the first problem.
RegionManifest readRegionManifest(const nlohmann::json& doc, const std::string& what);

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
