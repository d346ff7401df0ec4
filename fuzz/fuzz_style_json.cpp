// A map style file (`rrw-cli render --style`, the project's default map, slide styles): parsed,
// written back and parsed again (the same style must come out), then each layer style resolved
// over a small layer (classification, colours, sizes, legend in German and Czech) and exported
// as QGIS QML, as the renderer and saveLayerStyles do.
#include <nlohmann/json.hpp>

#include <limits>

#include "core/error.h"
#include "core/json_file.h"
#include "harnesses.h"
#include "render/map_language.h"
#include "render/qgis_style.h"
#include "render/style.h"
#include "render/symbology.h"
#include "scratch.h"

namespace rrw::fuzz {

namespace {

/// A layer of nine features with every field the style reads: numbers with a gap (NaN),
/// zeros, ties and a large value; texts that hit the style's categories.
geo::LayerData sampleLayer(const std::string& name, const render::LayerStyle& style,
                           geo::GeometryKind kind) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> numbers = {nan, -3.5, 0, 0, 1, 2, 2, 1e9, 42};
    geo::LayerData data;
    data.name = name;
    data.kind = kind;
    for (std::size_t f = 0; f < numbers.size(); ++f) {
        data.fids.push_back(static_cast<std::int64_t>(f + 1));
        data.featureKind.push_back(static_cast<std::uint8_t>(kind));
        data.envelopes.push_back({0, 0, 1, 1, true});
    }
    for (const std::string& field : render::fieldsUsed(style)) {
        geo::AttributeColumn column{field, true, numbers, {}};
        for (std::size_t f = 0; f < numbers.size(); ++f) {
            column.texts.push_back(!style.categories.empty()
                                       ? style.categories[f % style.categories.size()].value
                                       : std::to_string(numbers[f]));
        }
        data.columns.push_back(std::move(column));
    }
    return data;
}

void drawLayer(const render::LayerStyle& style, const render::MapTexts& texts) {
    const geo::GeometryKind kinds[] = {geo::GeometryKind::Polygons, geo::GeometryKind::Lines,
                                       geo::GeometryKind::Points};
    std::vector<geo::LayerData> layers;
    for (std::size_t i = 0; i < style.layers.size() && i < 8; ++i) {
        layers.push_back(sampleLayer(style.layers[i], style, kinds[i % 3]));
    }
    std::vector<const geo::LayerData*> pointers;
    for (const auto& layer : layers) {
        pointers.push_back(&layer);
    }
    const render::Symbology symbology(style, pointers);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        for (std::size_t f = 0; f < layers[l].featureCount(); ++f) {
            (void)symbology.fillOf(l, f);
            (void)symbology.sizeMmOf(l, f);
        }
    }
    const double reference = render::proportionalMax(style, pointers);
    for (const char* code : {"de", "cs", "de+cs"}) {
        render::MapLanguage lang;
        render::MapLanguage::parse(code, lang);
        for (const geo::GeometryKind kind : kinds) {
            (void)symbology.legend(lang, texts, "layer", kind);
            (void)render::toQgisQml(style, symbology, kind, lang, reference);
        }
        if (style.label) {
            (void)render::qmlLabelExpression(*style.label, lang);
        }
    }
}

}  // namespace

int fuzzStyleJson(const std::uint8_t* data, std::size_t size) {
    static ScratchDir dir("style_json");
    static const render::MapTexts texts;
    try {
        const std::string path = dir.write("style.json", asText(data, size));
        const render::MapStyle style = render::parseMapStyle(readJsonFile(path), path);
        const nlohmann::json written = render::toJson(style);
        if (render::toJson(render::parseMapStyle(written, path)) != written) {
            fail("style_json", "the style does not read back the same: " + written.dump());
        }
        for (const auto& layer : style.layers) {
            drawLayer(layer, texts);
        }
    } catch (const Error&) {
    }
    return 0;
}

}  // namespace rrw::fuzz
