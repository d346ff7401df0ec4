#include "render/style.h"

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace rrw::render {

namespace {

using nlohmann::json;

[[noreturn]] void badStyle(const std::string& what, const std::string& key,
                           const std::string& why) {
    throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: style key '{2}': {3}"), {what, key, why});
}

template <typename T>
T get(const json& j, const char* key, T fallback, const std::string& what) {
    if (!j.contains(key) || j.at(key).is_null()) {
        return fallback;
    }
    try {
        return j.at(key).get<T>();
    } catch (const json::exception& e) {
        badStyle(what, key, e.what());
    }
}

std::string color(const json& j, const char* key, const std::string& fallback,
                  const std::string& what) {
    const std::string c = get<std::string>(j, key, fallback, what);
    Rgb rgb;
    if (c != "none" && !parseHexColor(c, rgb)) {
        badStyle(what, key, "'" + c + "' is not a colour #rrggbb");
    }
    return c;
}

SymbolType parseType(const std::string& t, const std::string& what) {
    if (t == "single") {
        return SymbolType::Single;
    }
    if (t == "categorized" || t == "categorised") {
        return SymbolType::Categorized;
    }
    if (t == "graduated") {
        return SymbolType::Graduated;
    }
    badStyle(what, "type", "'" + t + "' (expected single, categorized or graduated)");
}

const char* typeName(SymbolType t) {
    switch (t) {
        case SymbolType::Single:
            return "single";
        case SymbolType::Categorized:
            return "categorized";
        case SymbolType::Graduated:
            return "graduated";
    }
    return "single";
}

}  // namespace

LayerStyle parseLayerStyle(const json& j, const std::string& what) {
    if (!j.is_object()) {
        badStyle(what, "layers[]", "a layer style must be a JSON object");
    }
    LayerStyle s;
    if (j.contains("layers")) {
        s.layers = get<std::vector<std::string>>(j, "layers", {}, what);
    } else {
        s.layers = {get<std::string>(j, "layer", "", what)};
    }
    if (s.layers.empty() || s.layers.front().empty()) {
        badStyle(what, "layer", "missing");
    }
    s.type = parseType(get<std::string>(j, "type", "single", what), what);
    s.visible = get<bool>(j, "visible", true, what);
    s.opacity = get<double>(j, "opacity", 1.0, what);
    if (s.opacity < 0 || s.opacity > 1) {
        badStyle(what, "opacity", "must be between 0 and 1");
    }
    s.fill = color(j, "fill", s.fill, what);
    s.stroke = color(j, "stroke", s.stroke, what);
    s.strokeWidthMm = get<double>(j, "stroke_width_mm", s.strokeWidthMm, what);
    s.dash = get<std::vector<double>>(j, "dash", {}, what);
    s.field = get<std::string>(j, "field", "", what);
    s.divideBy = get<std::string>(j, "divide_by", "", what);
    s.unitDe = get<std::string>(j, "unit_de", "", what);
    s.unitCs = get<std::string>(j, "unit_cs", "", what);
    s.unitEn = get<std::string>(j, "unit_en", "", what);
    const std::string method = get<std::string>(j, "method", "quantiles", what);
    if (!parseClassMethod(method, s.method)) {
        badStyle(what, "method",
                 "'" + method + "' (expected equal_interval, quantiles, natural_breaks or manual)");
    }
    s.classes = get<int>(j, "classes", 5, what);
    if (s.classes < 1 || s.classes > 12) {
        badStyle(what, "classes", "must be between 1 and 12");
    }
    s.breaks = get<std::vector<double>>(j, "breaks", {}, what);
    s.ramp = get<std::string>(j, "ramp", s.ramp, what);
    if (findRamp(s.ramp) == nullptr) {
        badStyle(what, "ramp", "unknown colour ramp '" + s.ramp + "'");
    }
    s.reverseRamp = get<bool>(j, "reverse_ramp", false, what);
    for (const auto& c : get<std::vector<std::string>>(j, "colors", {}, what)) {
        Rgb rgb;
        if (!parseHexColor(c, rgb)) {
            badStyle(what, "colors", "'" + c + "' is not a colour #rrggbb");
        }
        s.colors.push_back(c);
    }
    if (j.contains("categories")) {
        for (const auto& c : j.at("categories")) {
            s.categories.push_back({get<std::string>(c, "value", "", what),
                                    color(c, "color", "#999999", what),
                                    get<std::string>(c, "label_de", "", what),
                                    get<std::string>(c, "label_cs", "", what),
                                    get<std::string>(c, "label_en", "", what)});
        }
    }
    if ((s.type == SymbolType::Graduated || s.type == SymbolType::Categorized) && s.field.empty()) {
        badStyle(what, "field", "a graduated or categorized style needs a field");
    }
    s.pointShape = get<std::string>(j, "point_shape", s.pointShape, what);
    s.pointSizeMm = get<double>(j, "point_size_mm", s.pointSizeMm, what);
    s.sizeField = get<std::string>(j, "size_field", "", what);
    s.maxPointSizeMm = get<double>(j, "max_point_size_mm", s.maxPointSizeMm, what);
    s.widthField = get<std::string>(j, "width_field", "", what);
    s.maxWidthMm = get<double>(j, "max_width_mm", s.maxWidthMm, what);
    if (j.contains("label") && !j.at("label").is_null()) {
        const json& l = j.at("label");
        LabelStyle label;
        label.fieldDe = get<std::string>(l, "field_de", label.fieldDe, what);
        label.fieldCs = get<std::string>(l, "field_cs", label.fieldCs, what);
        label.fieldLocal = get<std::string>(l, "field", label.fieldLocal, what);
        label.priorityField = get<std::string>(l, "priority_field", "", what);
        label.invertPriority = get<bool>(l, "invert_priority", false, what);
        label.sizePt = get<double>(l, "size_pt", label.sizePt, what);
        label.color = color(l, "color", label.color, what);
        label.halo = color(l, "halo", label.halo, what);
        label.maxRank = get<int>(l, "max_rank", 0, what);
        s.label = label;
    }
    s.titleDe = get<std::string>(j, "title_de", "", what);
    s.titleCs = get<std::string>(j, "title_cs", "", what);
    s.titleEn = get<std::string>(j, "title_en", "", what);
    s.sourceNote = get<std::string>(j, "source_note", "", what);
    s.inLegend = get<bool>(j, "in_legend", true, what);
    return s;
}

MapStyle parseMapStyle(const json& j, const std::string& what) {
    MapStyle m;
    if (!j.is_object()) {
        badStyle(what, "(top)", "a style must be a JSON object");
    }
    if (!j.contains("layers")) {
        m.layers.push_back(parseLayerStyle(j, what));
        return m;
    }
    if (!j.at("layers").is_array()) {
        badStyle(what, "layers", "must be a list of layer styles");
    }
    for (const auto& l : j.at("layers")) {
        m.layers.push_back(parseLayerStyle(l, what));
    }
    m.titleDe = get<std::string>(j, "title_de", "", what);
    m.titleCs = get<std::string>(j, "title_cs", "", what);
    m.titleEn = get<std::string>(j, "title_en", "", what);
    m.background = color(j, "background", m.background, what);
    m.legend = get<bool>(j, "legend", true, what);
    m.scaleBar = get<bool>(j, "scale_bar", true, what);
    m.northArrow = get<bool>(j, "north_arrow", true, what);
    m.attribution = get<bool>(j, "attribution", true, what);
    return m;
}

json toJson(const LayerStyle& s) {
    json j;
    if (s.layers.size() == 1) {
        j["layer"] = s.layers.front();
    } else {
        j["layers"] = s.layers;
    }
    j["type"] = typeName(s.type);
    j["visible"] = s.visible;
    j["opacity"] = s.opacity;
    j["fill"] = s.fill;
    j["stroke"] = s.stroke;
    j["stroke_width_mm"] = s.strokeWidthMm;
    if (!s.dash.empty()) {
        j["dash"] = s.dash;
    }
    if (!s.field.empty()) {
        j["field"] = s.field;
    }
    if (!s.divideBy.empty()) {
        j["divide_by"] = s.divideBy;
    }
    for (const auto& [key, value] :
         {std::pair{"unit_de", s.unitDe}, std::pair{"unit_cs", s.unitCs},
          std::pair{"unit_en", s.unitEn}, std::pair{"title_de", s.titleDe},
          std::pair{"title_cs", s.titleCs}, std::pair{"title_en", s.titleEn},
          std::pair{"source_note", s.sourceNote}, std::pair{"size_field", s.sizeField},
          std::pair{"width_field", s.widthField}}) {
        if (!value.empty()) {
            j[key] = value;
        }
    }
    if (s.type == SymbolType::Graduated) {
        j["method"] = classMethodName(s.method);
        j["classes"] = s.classes;
        j["ramp"] = s.ramp;
        j["reverse_ramp"] = s.reverseRamp;
        if (!s.breaks.empty()) {
            j["breaks"] = s.breaks;
        }
    }
    if (!s.colors.empty()) {
        j["colors"] = s.colors;
    }
    if (!s.categories.empty()) {
        json cats = json::array();
        for (const auto& c : s.categories) {
            cats.push_back({{"value", c.value},
                            {"color", c.color},
                            {"label_de", c.labelDe},
                            {"label_cs", c.labelCs},
                            {"label_en", c.labelEn}});
        }
        j["categories"] = cats;
    }
    j["point_shape"] = s.pointShape;
    j["point_size_mm"] = s.pointSizeMm;
    j["max_point_size_mm"] = s.maxPointSizeMm;
    j["max_width_mm"] = s.maxWidthMm;
    if (s.label) {
        const LabelStyle& l = *s.label;
        j["label"] = {{"field_de", l.fieldDe},
                      {"field_cs", l.fieldCs},
                      {"field", l.fieldLocal},
                      {"priority_field", l.priorityField},
                      {"invert_priority", l.invertPriority},
                      {"size_pt", l.sizePt},
                      {"color", l.color},
                      {"halo", l.halo},
                      {"max_rank", l.maxRank}};
    }
    j["in_legend"] = s.inLegend;
    return j;
}

json toJson(const MapStyle& m) {
    json layers = json::array();
    for (const auto& l : m.layers) {
        layers.push_back(toJson(l));
    }
    return {
        {"title_de", m.titleDe},       {"title_cs", m.titleCs},        {"title_en", m.titleEn},
        {"background", m.background},  {"legend", m.legend},           {"scale_bar", m.scaleBar},
        {"north_arrow", m.northArrow}, {"attribution", m.attribution}, {"layers", layers}};
}

std::vector<std::string> fieldsUsed(const LayerStyle& s) {
    std::vector<std::string> fields;
    for (const std::string* f : {&s.field, &s.divideBy, &s.sizeField, &s.widthField}) {
        if (!f->empty()) {
            fields.push_back(*f);
        }
    }
    if (s.label) {
        for (const std::string* f : {&s.label->fieldDe, &s.label->fieldCs, &s.label->fieldLocal,
                                     &s.label->priorityField}) {
            if (!f->empty()) {
                fields.push_back(*f);
            }
        }
    }
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    return fields;
}

}  // namespace rrw::render
