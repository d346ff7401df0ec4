#include <nlohmann/json.hpp>

#include "render/map_content.h"
#include "store/meta.h"

namespace rrw::render {

MapStyle defaultMapStyle(const store::Project& project) {
    if (const auto stored = readMeta(project, "default_map")) {
        return parseMapStyle(nlohmann::json::parse(*stored), project.path() + ":default_map");
    }
    MapStyle style;
    for (const auto& info : store::listLayers(project)) {
        style.layers.push_back(plainStyle(info.name, info));
    }
    return style;
}

}  // namespace rrw::render
