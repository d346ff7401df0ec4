#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/importer.h"
#include "store/project.h"

namespace rrw::store {

/// Provenance of a layer that the import cannot know: licence, attribution, titles.
struct LayerProvenance {
    std::string titleDe, titleCs, titleEn;
    std::string licence;
    std::string attribution;
    std::string url;
    std::string year;
    bool synthetic = false;
};

struct LayerInfo {
    std::string name;
    std::string geometryType;  ///< GeoPackage name: POINT, MULTIPOLYGON, …
    std::int64_t features = 0;
    std::string crs;     ///< "EPSG:3035"
    std::string source;  ///< source file, "" when not imported by rrw
    std::string sourceCrs;
    std::string transformation;
    double transformationAccuracyM = -1;
    std::string importedAt;
    std::int64_t repaired = 0;
    std::int64_t rejected = 0;
    std::string licence;
    std::string attribution;
    std::string titleDe, titleCs, titleEn;
};

/// Records an import in rrw_layer_metadata (inside the caller's transaction).
void recordLayer(Project& project, const geo::ImportReport& report,
                 const LayerProvenance& provenance);

/// Every spatial layer of the project, in gpkg_contents order, with its provenance.
std::vector<LayerInfo> listLayers(const Project& project);

}  // namespace rrw::store
