#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

#include "render/map_content.h"
#include "render/style.h"
#include "store/project.h"

namespace rrw::ui {

/// The layers result maps draw: those of the regions at the municipality and district levels
/// (German first), as the project's region table names them.
struct ResultLayers {
    std::vector<std::string> municipalities;
    std::vector<std::string> districts;
    bool empty() const { return municipalities.empty(); }
};

ResultLayers resultLayers(const store::Project& project);

/// A result map: the style and the values it joins to the municipality layers.
struct ResultMapSpec {
    render::MapStyle style;
    std::vector<render::ValueJoin> joins;
};

/// Texts of a result map in every map language (a bilingual legend needs both at once).
struct MapTitle {
    std::string de, cs, en;
};

/// Class limits 0, top/50, top/10, top/5, top/2, top, where top is the smallest 1-2-5 number
/// (1, 2, 5, 10, 20, …) at or above `max`: the same classes for maps that must compare.
std::vector<double> niceBreaks(double max);

/// The largest value of `field` over the `municipalities` rows of result documents.
double maxMunicipalValue(const std::vector<const nlohmann::json*>& results,
                         const std::string& field);

/// Jobs at risk per municipality of a result document (docs/SUPPLY.md, "Output"), graduated
/// in `breaks`, over the district outlines; `title` is the map's, `legend` the legend's
/// heading, `note` the legend's source line.
ResultMapSpec jobsAtRiskMap(const nlohmann::json& result, const ResultLayers& layers,
                            const std::vector<double>& breaks, const MapTitle& title,
                            const MapTitle& legend, const std::string& note);

/// Run B − run A of jobs at risk per municipality from a comparison document
/// (analysis::compareSupplyResults), in a diverging ramp symmetric around 0 (fewer jobs at
/// risk in blue, more in red).
ResultMapSpec jobsDifferenceMap(const nlohmann::json& comparison, const ResultLayers& layers,
                                const MapTitle& title, const MapTitle& legend,
                                const std::string& note);

/// The base of the flow map: municipalities in light grey, district outlines, no legend.
ResultMapSpec flowBaseMap(const ResultLayers& layers);

}  // namespace rrw::ui
