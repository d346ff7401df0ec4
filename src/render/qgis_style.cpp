#include "render/qgis_style.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <string_view>
#include <utility>

#include "render/map_content.h"
#include "store/layer_styles.h"

namespace rrw::render {

namespace {

using Props = std::vector<std::pair<std::string, std::string>>;

// ---- text -------------------------------------------------------------------------------

/// Shortest text that reads back as the same double, in C locale ("0.35", "1116.2").
std::string number(double v) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

/// Escapes text for an XML attribute or element; drops control characters XML 1.0 forbids.
std::string escaped(std::string_view text) {
    static constexpr std::pair<char, const char*> kEntities[] = {
        {'&', "&amp;"},   {'<', "&lt;"},   {'>', "&gt;"},   {'"', "&quot;"},
        {'\'', "&apos;"}, {'\n', "&#10;"}, {'\r', "&#13;"}, {'\t', "&#9;"}};
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto* entity = std::find_if(std::begin(kEntities), std::end(kEntities),
                                          [c](const auto& e) { return e.first == c; });
        if (entity != std::end(kEntities)) {
            out += entity->second;
        } else if (static_cast<unsigned char>(c) >= 0x20) {
            out += c;
        }
    }
    return out;
}

/// A QGIS expression field reference: "name", with " doubled.
std::string fieldRef(std::string_view name) {
    std::string out = "\"";
    for (const char c : name) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

/// QGIS colour text "r,g,b,a". The opacity of a style goes into the symbol's alpha, so colours
/// stay opaque unless they are "none".
std::string qgisColor(const std::string& hex) {
    if (hex == "none") {
        return "0,0,0,0";
    }
    Rgb rgb{128, 128, 128};  // as Symbology::color for a malformed value
    parseHexColor(hex, rgb);
    return std::to_string(rgb.r) + "," + std::to_string(rgb.g) + "," + std::to_string(rgb.b) +
           ",255";
}

std::string qgisColor(const QColor& c) {
    if (!c.isValid()) {
        return "0,0,0,0";
    }
    return std::to_string(c.red()) + "," + std::to_string(c.green()) + "," +
           std::to_string(c.blue()) + (c.alpha() == 0 ? ",0" : ",255");
}

/// rrw's grey for features without a class (MapRenderer::drawLayer).
constexpr const char* kNoDataColor = "200,200,200,255";

// ---- a small XML writer -----------------------------------------------------------------

class Xml {
public:
    void open(std::string_view tag, const Props& attributes = {}) {
        start(tag, attributes);
        out_ += ">\n";
        ++depth_;
    }
    void empty(std::string_view tag, const Props& attributes = {}) {
        start(tag, attributes);
        out_ += "/>\n";
    }
    void element(std::string_view tag, std::string_view text) {
        indent();
        out_ += "<" + std::string(tag) + ">" + escaped(text) + "</" + std::string(tag) + ">\n";
    }
    void close(std::string_view tag) {
        --depth_;
        indent();
        out_ += "</" + std::string(tag) + ">\n";
    }
    void raw(std::string_view text) { out_ += text; }
    std::string take() { return std::move(out_); }

private:
    void indent() { out_.append(static_cast<std::size_t>(depth_) * 2, ' '); }
    void start(std::string_view tag, const Props& attributes) {
        indent();
        out_ += "<" + std::string(tag);
        for (const auto& [name, value] : attributes) {
            out_ += " " + name + "=\"" + escaped(value) + "\"";
        }
    }
    std::string out_;
    int depth_ = 0;
};

/// QGIS's property collection (data-defined overrides): each entry an expression.
void dataDefined(Xml& xml, const char* tag, const Props& expressions) {
    xml.open(tag);
    xml.open("Option", {{"type", "Map"}});
    xml.empty("Option", {{"type", "QString"}, {"name", "name"}, {"value", ""}});
    if (expressions.empty()) {
        xml.empty("Option", {{"name", "properties"}});
    } else {
        xml.open("Option", {{"type", "Map"}, {"name", "properties"}});
        for (const auto& [property, expression] : expressions) {
            xml.open("Option", {{"type", "Map"}, {"name", property}});
            xml.empty("Option", {{"type", "bool"}, {"name", "active"}, {"value", "true"}});
            xml.empty("Option",
                      {{"type", "QString"}, {"name", "expression"}, {"value", expression}});
            xml.empty("Option", {{"type", "int"}, {"name", "type"}, {"value", "3"}});
            xml.close("Option");
        }
        xml.close("Option");
    }
    xml.empty("Option", {{"type", "QString"}, {"name", "type"}, {"value", "collection"}});
    xml.close("Option");
    xml.close(tag);
}

// ---- symbols ----------------------------------------------------------------------------

struct SymbolLayer {
    const char* className;
    Props props;
    Props dataDefined;  ///< property name -> expression
};

struct Symbol {
    const char* type;  ///< fill, line, marker
    double alpha = 1;
    std::vector<SymbolLayer> layers;
};

void writeSymbol(Xml& xml, const Symbol& symbol, const std::string& name) {
    xml.open("symbol", {{"type", symbol.type},
                        {"name", name},
                        {"alpha", number(symbol.alpha)},
                        {"clip_to_extent", "1"},
                        {"force_rhr", "0"}});
    for (const auto& layer : symbol.layers) {
        xml.open("layer",
                 {{"class", layer.className}, {"enabled", "1"}, {"locked", "0"}, {"pass", "0"}});
        // Both spellings of the properties, as 3.22 itself writes them: 3.22 reads <prop>,
        // later versions read <Option>.
        xml.open("Option", {{"type", "Map"}});
        for (const auto& [key, value] : layer.props) {
            xml.empty("Option", {{"type", "QString"}, {"name", key}, {"value", value}});
        }
        xml.close("Option");
        for (const auto& [key, value] : layer.props) {
            xml.empty("prop", {{"k", key}, {"v", value}});
        }
        dataDefined(xml, "data_defined_properties", layer.dataDefined);
        xml.close("layer");
    }
    xml.close("symbol");
}

bool hasStroke(const LayerStyle& style) {
    return style.strokeWidthMm > 0 && style.stroke != "none";
}

/// Dash lengths in mm: rrw's pattern is in multiples of the line width (Qt's convention).
std::string customDash(const LayerStyle& style) {
    std::string out;
    for (const double d : style.dash) {
        out += (out.empty() ? "" : ";") + number(d * style.strokeWidthMm);
    }
    return out;
}

SymbolLayer simpleLine(const LayerStyle& style, const std::string& color, double widthMm,
                       const std::string& widthExpression) {
    SymbolLayer line{"SimpleLine",
                     {{"line_color", color},
                      {"line_style", "solid"},
                      {"line_width", number(widthMm)},
                      {"line_width_unit", "MM"},
                      {"capstyle", "flat"},
                      {"joinstyle", "bevel"},
                      {"offset", "0"},
                      {"offset_unit", "MM"},
                      {"use_custom_dash", style.dash.empty() ? "0" : "1"},
                      {"customdash", style.dash.empty() ? "5;2" : customDash(style)},
                      {"customdash_unit", "MM"}},
                     {}};
    if (!widthExpression.empty()) {
        line.dataDefined.push_back({"outlineWidth", widthExpression});
    }
    return line;
}

/// The expression of a proportional size (Symbology::computeSizes, Symbology::sizeMmOf), or ""
/// for a fixed size.
std::string sizeExpression(const LayerStyle& style, double reference) {
    const bool points = !style.sizeField.empty();
    const std::string& field = points ? style.sizeField : style.widthField;
    if (field.empty()) {
        return "";
    }
    if (!(reference > 0)) {
        return "0.3";
    }
    const std::string value = "abs(coalesce(" + fieldRef(field) + ", 0))";
    return points ? "max(0.3, " + number(style.maxPointSizeMm) + " * sqrt(" + value + " / " +
                        number(reference) + "))"
                  : "max(0.3, " + number(style.maxWidthMm) + " * " + value + " / " +
                        number(reference) + ")";
}

/// The symbol rrw draws for a feature of `kind` whose class colour is `classColor` (the
/// style's fill for a single symbol); bevel joins and flat caps like rrw's pens.
Symbol symbolFor(const LayerStyle& style, geo::GeometryKind kind, const std::string& classColor,
                 double reference) {
    Symbol symbol{"fill", style.opacity, {}};
    const std::string stroke = qgisColor(style.stroke);
    const std::string size = sizeExpression(style, reference);
    if (kind == geo::GeometryKind::Points) {
        symbol.type = "marker";
        const std::string& shape = style.pointShape;
        SymbolLayer marker{
            "SimpleMarker",
            {{"name",
              shape == "square" || shape == "triangle" || shape == "diamond" ? shape : "circle"},
             {"color", classColor},
             {"outline_color", stroke},
             {"outline_style", hasStroke(style) ? "solid" : "no"},
             {"outline_width", number(std::max(style.strokeWidthMm, 0.0))},
             {"outline_width_unit", "MM"},
             {"size", number(style.pointSizeMm)},
             {"size_unit", "MM"},
             {"scale_method", "diameter"},
             {"joinstyle", "bevel"},
             {"angle", "0"},
             {"offset", "0,0"},
             {"offset_unit", "MM"},
             {"horizontal_anchor_point", "1"},
             {"vertical_anchor_point", "1"}},
            {}};
        if (!size.empty()) {
            marker.dataDefined.push_back({"size", size});
        }
        symbol.layers.push_back(std::move(marker));
    } else if (kind == geo::GeometryKind::Lines) {
        symbol.type = "line";
        const std::string width = style.widthField.empty() ? "" : size;
        symbol.layers.push_back(simpleLine(style, classColor, style.strokeWidthMm, width));
    } else {
        const bool noFill = style.type == SymbolType::Single && style.fill == "none";
        const bool dashed = !style.dash.empty() && hasStroke(style);
        symbol.layers.push_back({"SimpleFill",
                                 {{"color", noFill ? "0,0,0,0" : classColor},
                                  {"style", noFill ? "no" : "solid"},
                                  {"outline_color", stroke},
                                  {"outline_style", hasStroke(style) && !dashed ? "solid" : "no"},
                                  {"outline_width", number(std::max(style.strokeWidthMm, 0.0))},
                                  {"outline_width_unit", "MM"},
                                  {"joinstyle", "bevel"},
                                  {"offset", "0,0"},
                                  {"offset_unit", "MM"}},
                                 {}});
        if (dashed) {  // a dashed outline needs a line symbol layer inside the fill symbol
            symbol.layers.push_back(simpleLine(style, stroke, style.strokeWidthMm, ""));
        }
    }
    return symbol;
}

/// QGIS's name of the method (shown in its dialog; the ranges are rrw's, not recomputed).
const char* qgisClassificationId(ClassMethod method) {
    return method == ClassMethod::EqualInterval   ? "EqualInterval"
           : method == ClassMethod::Quantiles     ? "Quantile"
           : method == ClassMethod::NaturalBreaks ? "Jenks"
                                                  : "Custom";
}

/// The value a graduated or categorized renderer classifies: the field, or "field / divisor".
std::string classifiedValue(const LayerStyle& style) {
    if (style.divideBy.empty()) {
        return style.field;  // QGIS takes a plain field name as the field, whatever its spelling
    }
    return fieldRef(style.field) + " / " + fieldRef(style.divideBy);
}

void writeRenderer(Xml& xml, const LayerStyle& style, const Symbology& symbology,
                   geo::GeometryKind kind, const MapLanguage& lang, double reference) {
    const Props common = {{"symbollevels", "0"},
                          {"forceraster", "0"},
                          {"enableorderby", "0"},
                          {"referencescale", "-1"}};
    std::vector<Symbol> symbols;
    if (style.type == SymbolType::Single) {
        Props a = {{"type", "singleSymbol"}};
        a.insert(a.end(), common.begin(), common.end());
        xml.open("renderer-v2", a);
        const std::string color =
            kind == geo::GeometryKind::Lines ? qgisColor(style.stroke) : qgisColor(style.fill);
        symbols.push_back(symbolFor(style, kind, color, reference));
    } else if (style.type == SymbolType::Categorized) {
        Props a = {{"type", "categorizedSymbol"}, {"attr", style.field}};
        a.insert(a.end(), common.begin(), common.end());
        xml.open("renderer-v2", a);
        xml.open("categories");
        const auto& colors = symbology.classColors();
        for (std::size_t c = 0; c < style.categories.size() && c < colors.size(); ++c) {
            const auto& cat = style.categories[c];
            QString label = MapTexts::pick(lang, cat.labelDe, cat.labelCs, cat.labelEn);
            if (label.isEmpty()) {
                label = QString::fromStdString(cat.value);
            }
            xml.empty("category", {{"value", cat.value},
                                   {"label", label.toStdString()},
                                   {"symbol", std::to_string(symbols.size())},
                                   {"render", "true"}});
            symbols.push_back(symbolFor(style, kind, qgisColor(colors[c]), reference));
        }
        // QGIS's "all other values" (empty value): rrw draws those features grey.
        if (std::none_of(style.categories.begin(), style.categories.end(),
                         [](const auto& c) { return c.value.empty(); })) {
            const MapTexts texts;
            const QString noData = texts.text(lang, QT_TRANSLATE_NOOP("rrw", "no data"));
            xml.empty("category", {{"value", ""},
                                   {"label", noData.toStdString()},
                                   {"symbol", std::to_string(symbols.size())},
                                   {"render", "true"}});
            symbols.push_back(symbolFor(style, kind, kNoDataColor, reference));
        }
        xml.close("categories");
    } else {
        Props a = {{"type", "graduatedSymbol"},
                   {"attr", classifiedValue(style)},
                   {"graduatedMethod", "GraduatedColor"}};
        a.insert(a.end(), common.begin(), common.end());
        xml.open("renderer-v2", a);
        xml.open("ranges");
        const auto& limits = symbology.limits();
        const auto& colors = symbology.classColors();
        for (std::size_t c = 0; c + 1 < limits.size() && c < colors.size(); ++c) {
            const QString label = formatValue(limits[c], lang) + QStringLiteral(" – ") +
                                  formatValue(limits[c + 1], lang);
            xml.empty("range", {{"lower", number(limits[c])},
                                {"upper", number(limits[c + 1])},
                                {"label", label.toStdString()},
                                {"symbol", std::to_string(symbols.size())},
                                {"render", "true"}});
            symbols.push_back(symbolFor(style, kind, qgisColor(colors[c]), reference));
        }
        xml.close("ranges");
    }
    xml.open("symbols");
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        writeSymbol(xml, symbols[i], std::to_string(i));
    }
    xml.close("symbols");
    if (style.type == SymbolType::Graduated) {
        xml.open("classificationMethod", {{"id", qgisClassificationId(style.method)}});
        xml.empty("symmetricMode", {{"enabled", "0"}, {"symmetrypoint", "0"}, {"astride", "0"}});
        xml.empty("labelFormat",
                  {{"format", "%1 - %2"}, {"labelprecision", "4"}, {"trimtrailingzeroes", "1"}});
        xml.open("parameters");
        xml.empty("Option");
        xml.close("parameters");
        xml.empty("extraInformation");
        xml.close("classificationMethod");
    }
    xml.close("renderer-v2");
}

// ---- labels -----------------------------------------------------------------------------

void writeLabeling(Xml& xml, const LabelStyle& label, geo::GeometryKind kind,
                   const MapLanguage& lang) {
    xml.open("labeling", {{"type", "simple"}});
    xml.open("settings", {{"calloutType", "simple"}});
    xml.open("text-style", {{"fieldName", qmlLabelExpression(label, lang)},
                            {"isExpression", "1"},
                            {"fontFamily", "DejaVu Sans"},
                            {"fontSize", number(label.sizePt)},
                            {"fontSizeUnit", "Point"},
                            {"fontWeight", "50"},
                            {"fontItalic", "0"},
                            {"textColor", qgisColor(label.color)},
                            {"textOpacity", "1"}});
    // rrw strokes the glyph outlines with a pen 0.22 × the font size wide, half of it outside.
    const double haloMm = std::round(0.11 * label.sizePt * 25.4 / 72.0 * 100.0) / 100.0;
    xml.empty("text-buffer", {{"bufferDraw", label.halo == "none" ? "0" : "1"},
                              {"bufferSize", number(std::max(haloMm, 0.2))},
                              {"bufferSizeUnits", "MM"},
                              {"bufferColor", qgisColor(label.halo)},
                              {"bufferOpacity", "1"},
                              {"bufferNoFill", "1"},
                              {"bufferJoinStyle", "128"},
                              {"bufferBlendMode", "0"}});
    xml.close("text-style");
    xml.empty("text-format", {{"multilineAlign", "3"}, {"wrapChar", ""}});
    // rrw: points try right, left, above, below at 0.8 mm beyond the symbol; lines and
    // polygons are labelled in the middle.
    Props placement;
    if (kind == geo::GeometryKind::Points) {
        placement = {{"placement", "6"},
                     {"predefinedPositionOrder", "R,L,T,B"},
                     {"dist", "0.8"},
                     {"distUnits", "MM"}};
    } else if (kind == geo::GeometryKind::Lines) {
        placement = {{"placement", "4"}, {"dist", "0"}, {"distUnits", "MM"}};
    } else {
        placement = {{"placement", "1"}, {"quadOffset", "4"}, {"dist", "0"}, {"distUnits", "MM"}};
    }
    placement.push_back({"priority", "5"});
    xml.empty("placement", placement);
    xml.empty("rendering", {{"drawLabels", "1"},
                            {"obstacle", "1"},
                            {"obstacleType", "1"},
                            {"displayAll", "0"},
                            {"mergeLines", "0"}});
    Props dd;
    if (!label.priorityField.empty()) {
        // rrw places larger values first (smaller ones with invert_priority); QGIS wants 0..10.
        const std::string p = "coalesce(" + fieldRef(label.priorityField) + ", 0)";
        dd.push_back({"Priority", "scale_linear(" + p + ", minimum(" + p + "), maximum(" + p +
                                      "), " + (label.invertPriority ? "10, 0)" : "0, 10)")});
    }
    dataDefined(xml, "dd_properties", dd);
    xml.close("settings");
    xml.close("labeling");
}

}  // namespace

std::string qmlLabelExpression(const LabelStyle& label, const MapLanguage& lang) {
    const std::string local = label.fieldLocal.empty() ? "" : fieldRef(label.fieldLocal);
    // A language's text with rrw's fallback to the official name where it is empty.
    const auto inLanguage = [&](const std::string& field) -> std::string {
        if (field.empty() || field == label.fieldLocal) {
            return local.empty() ? "NULL" : local;
        }
        if (local.empty()) {
            return "nullif(" + fieldRef(field) + ", '')";
        }
        return "coalesce(nullif(" + fieldRef(field) + ", ''), " + local + ")";
    };
    std::string expression;
    if (!lang.bilingual) {
        expression = lang.primary == Lang::De   ? inLanguage(label.fieldDe)
                     : lang.primary == Lang::Cs ? inLanguage(label.fieldCs)
                                                : (local.empty() ? "NULL" : local);
    } else {
        // The official name first, then the name in the other language where it differs.
        const std::string de = inLanguage(label.fieldDe);
        const std::string cs = inLanguage(label.fieldCs);
        const std::string first =
            local.empty() || de == local ? de : "coalesce(nullif(" + local + ", ''), " + de + ")";
        const std::string other =
            first == de ? cs : "CASE WHEN @first = " + de + " THEN " + cs + " ELSE " + de + " END";
        expression = "with_variable('first', " + first + ", with_variable('other', " + other +
                     ", CASE WHEN coalesce(@other, '') = '' OR @other = @first THEN @first ELSE "
                     "@first || ' / ' || @other END))";
    }
    if (label.invertPriority && label.maxRank > 0 && !label.priorityField.empty()) {
        expression = "CASE WHEN coalesce(" + fieldRef(label.priorityField) +
                     ", 0) <= " + std::to_string(label.maxRank) + " THEN " + expression + " END";
    }
    return expression;
}

double proportionalMax(const LayerStyle& style, const std::vector<const geo::LayerData*>& layers) {
    const std::string& field = !style.sizeField.empty() ? style.sizeField : style.widthField;
    double maxValue = 0;
    if (field.empty()) {
        return maxValue;
    }
    for (const auto* data : layers) {
        if (const auto* c = data != nullptr ? data->column(field) : nullptr) {
            for (const double v : c->numbers) {
                if (std::isfinite(v)) {
                    maxValue = std::max(maxValue, std::fabs(v));
                }
            }
        }
    }
    return maxValue;
}

std::string toQgisQml(const LayerStyle& style, const Symbology& symbology, geo::GeometryKind kind,
                      const MapLanguage& lang, double sizeReference) {
    Xml xml;
    xml.raw("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
    xml.open("qgis", {{"version", "3.22.0-Białowieża"},
                      {"styleCategories", "Symbology|Labeling"},
                      {"labelsEnabled", style.label ? "1" : "0"}});
    writeRenderer(xml, style, symbology, kind, lang, sizeReference);
    if (style.label) {
        writeLabeling(xml, *style.label, kind, lang);
    }
    xml.element("blendMode", "0");
    xml.element("featureBlendMode", "0");
    xml.element("layerGeometryType", kind == geo::GeometryKind::Points  ? "0"
                                     : kind == geo::GeometryKind::Lines ? "1"
                                                                        : "2");
    xml.close("qgis");
    return xml.take();
}

namespace {

geo::GeometryKind kindOf(const store::LayerInfo* info, const geo::LayerData* data) {
    const std::string type = info != nullptr ? info->geometryType : std::string();
    if (type.find("POINT") != std::string::npos) {
        return geo::GeometryKind::Points;
    }
    if (type.find("LINE") != std::string::npos || type.find("CURVE") != std::string::npos) {
        return geo::GeometryKind::Lines;
    }
    if (type.find("POLYGON") != std::string::npos || type.find("SURFACE") != std::string::npos) {
        return geo::GeometryKind::Polygons;
    }
    return data != nullptr ? data->kind : geo::GeometryKind::None;
}

/// `label` with the fields `data` lacks blanked out (rrw falls back to the official name).
LabelStyle forLayer(LabelStyle label, const geo::LayerData* data) {
    for (std::string* f :
         {&label.fieldDe, &label.fieldCs, &label.fieldLocal, &label.priorityField}) {
        if (data == nullptr || data->column(*f) == nullptr) {
            f->clear();
        }
    }
    return label;
}

}  // namespace

void saveLayerStyles(store::Project& project, const MapContent& content, const MapLanguage& lang) {
    const MapStyle& map = content.style();
    for (std::size_t i = 0; i < map.layers.size(); ++i) {
        const LayerStyle& style = map.layers[i];
        const auto data = content.dataOf(i);
        const double reference = proportionalMax(style, data);
        for (std::size_t l = 0; l < style.layers.size(); ++l) {
            const std::string& layer = style.layers[l];
            LayerStyle one = style;
            one.layers = {layer};
            store::writeLayerStyleJson(project, layer, toJson(one).dump());

            const store::LayerInfo* info = content.info(layer);
            const geo::GeometryKind kind = kindOf(info, data[l]);
            const std::string geometryColumn = store::geometryColumnOf(project, layer);
            if (geometryColumn.empty() ||
                (kind != geo::GeometryKind::Points && kind != geo::GeometryKind::Lines &&
                 kind != geo::GeometryKind::Polygons)) {
                continue;  // QGIS styles belong to one geometry type of a spatial table
            }
            if (one.label) {
                one.label = forLayer(*one.label, data[l]);
            }
            QString title = info != nullptr
                                ? MapTexts::pick(lang, info->titleDe, info->titleCs, info->titleEn)
                                : QString();
            if (title.isEmpty()) {
                title = MapTexts::pick(lang, style.titleDe, style.titleCs, style.titleEn);
            }
            if (title.isEmpty()) {
                title = QString::fromStdString(layer);
            }
            store::writeQgisStyle(project, layer, geometryColumn, "rrw",
                                  toQgisQml(one, content.symbology(i), kind, lang, reference),
                                  "rrw " + title.toStdString());
        }
    }
}

}  // namespace rrw::render
