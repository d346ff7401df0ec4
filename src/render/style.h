#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

#include "render/classification.h"
#include "render/color_ramp.h"

namespace rrw::render {

enum class SymbolType { Single, Categorized, Graduated };

struct LabelStyle {
    std::string fieldDe = "name_de";  ///< label text per language; "name" is the official name
    std::string fieldCs = "name_cs";
    std::string fieldLocal = "name";
    std::string priorityField;    ///< larger value = placed first (population, or rank with invert)
    bool invertPriority = false;  ///< true for "rank" (1 = most important)
    double sizePt = 8.0;
    std::string color = "#202020";
    std::string halo = "#ffffff";
    int maxRank = 0;  ///< with invertPriority: only features with priority <= maxRank (0 = all)
};

/// How one layer (or several layers that share one classification, e.g. German Kreise and
/// Czech okresy in one choropleth) is drawn. Stored as JSON in the project; see
/// docs/STYLES.md for the format.
struct LayerStyle {
    std::vector<std::string> layers;  ///< "layer": "x" or "layers": ["a", "b"]
    SymbolType type = SymbolType::Single;
    bool visible = true;
    double opacity = 1.0;
    // fill/stroke
    std::string fill = "#d9d9d9";
    std::string stroke = "#555555";
    double strokeWidthMm = 0.2;
    std::vector<double> dash;  ///< stroke dash pattern in multiples of the width; empty = solid
    // value: field, optionally divided by another (e.g. population / area_km2 = density)
    std::string field;
    std::string divideBy;
    std::string unitDe, unitCs, unitEn;  ///< legend unit, e.g. "Einw./km²"
    // graduated
    ClassMethod method = ClassMethod::Quantiles;
    int classes = 5;
    std::vector<double> breaks;  ///< manual limits
    std::string ramp = "YlOrRd";
    bool reverseRamp = false;
    std::vector<std::string> colors;  ///< explicit class colours (override the ramp)
    // categorized: value -> colour and legend labels, in legend order
    struct Category {
        std::string value;
        std::string color;
        std::string labelDe, labelCs, labelEn;  ///< "" = the value itself
    };
    std::vector<Category> categories;
    // points
    std::string pointShape = "circle";  ///< circle, square, triangle, diamond
    double pointSizeMm = 2.0;
    std::string sizeField;  ///< proportional symbols: area follows the value
    double maxPointSizeMm = 10.0;
    // lines whose width follows a value
    std::string widthField;
    double maxWidthMm = 3.0;
    // labels
    std::optional<LabelStyle> label;
    // legend
    std::string titleDe, titleCs, titleEn;  ///< "" = the layer's title from the project
    std::string sourceNote;                 ///< e.g. "DE: Destatis 31.12.2018; CZ: ČSÚ 1.1.2023"
    bool inLegend = true;
};

/// A whole map: what the canvas shows and rrw-cli render draws.
struct MapStyle {
    std::string titleDe, titleCs, titleEn;
    std::string background = "#ffffff";
    std::vector<LayerStyle> layers;  ///< bottom to top
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool attribution = true;
};

/// Parses a map ({"layers": [...]}) or a single layer style ({"layer": ...}). Throws
/// rrw::Error naming `what` and the offending key.
MapStyle parseMapStyle(const nlohmann::json& json, const std::string& what);
LayerStyle parseLayerStyle(const nlohmann::json& json, const std::string& what);
nlohmann::json toJson(const MapStyle& style);
nlohmann::json toJson(const LayerStyle& style);

/// Fields of the layer that drawing `style` needs (value, divisor, size, labels…).
std::vector<std::string> fieldsUsed(const LayerStyle& style);

}  // namespace rrw::render
