#include "render/qgis_style.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

#include "core/feedback.h"
#include "render/map_content.h"
#include "store/bundled_region.h"
#include "store/layer_styles.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw::render {

namespace {

/// Just enough of a DOM for the checks, built with QtCore's QXmlStreamReader.
struct Node {
    std::string name;
    std::map<std::string, std::string> attributes;
    std::string text;
    std::vector<std::unique_ptr<Node>> children;

    std::string attr(const std::string& key) const {
        const auto it = attributes.find(key);
        return it != attributes.end() ? it->second : std::string("<missing " + key + ">");
    }
    /// Every descendant element called `tag`, in document order.
    void findAll(const std::string& tag, std::vector<const Node*>& out) const {
        for (const auto& c : children) {
            if (c->name == tag) {
                out.push_back(c.get());
            }
            c->findAll(tag, out);
        }
    }
    std::vector<const Node*> all(const std::string& tag) const {
        std::vector<const Node*> out;
        findAll(tag, out);
        return out;
    }
    const Node* first(const std::string& tag) const {
        const auto found = all(tag);
        return found.empty() ? nullptr : found.front();
    }
};

/// Parses `xml`; fails the test (and returns an empty root) when it is not well-formed.
std::unique_ptr<Node> parse(const std::string& xml) {
    auto root = std::make_unique<Node>();
    std::vector<Node*> stack{root.get()};
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto node = std::make_unique<Node>();
            node->name = reader.name().toString().toStdString();
            for (const auto& a : reader.attributes()) {
                node->attributes[a.name().toString().toStdString()] =
                    a.value().toString().toStdString();
            }
            Node* raw = node.get();
            stack.back()->children.push_back(std::move(node));
            stack.push_back(raw);
        } else if (reader.isEndElement()) {
            stack.pop_back();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            stack.back()->text += reader.text().toString().toStdString();
        }
    }
    EXPECT_FALSE(reader.hasError())
        << reader.errorString().toStdString() << " at line " << reader.lineNumber() << "\n"
        << xml;
    return root;
}

std::string rgba(const QColor& c) {
    return std::to_string(c.red()) + "," + std::to_string(c.green()) + "," +
           std::to_string(c.blue()) + ",255";
}

/// The value of symbol layer property `key` (<prop k= v=>, as QGIS 3.22 reads it).
std::string prop(const Node& symbolLayer, const std::string& key) {
    for (const Node* p : symbolLayer.all("prop")) {
        if (p->attr("k") == key) {
            return p->attr("v");
        }
    }
    return "<missing " + key + ">";
}

geo::LayerData densityLayer(const std::vector<double>& population,
                            const std::vector<double>& area) {
    geo::LayerData d;
    d.name = "t";
    d.kind = geo::GeometryKind::Polygons;
    geo::AttributeColumn pop{"population", true, population, {}};
    geo::AttributeColumn km2{"area_km2", true, area, {}};
    pop.texts.resize(population.size());
    km2.texts.resize(area.size());
    d.columns = {pop, km2};
    d.fids.resize(population.size());
    return d;
}

LayerStyle densityStyle() {
    LayerStyle style;
    style.layers = {"de", "cz"};
    style.type = SymbolType::Graduated;
    style.field = "population";
    style.divideBy = "area_km2";
    style.method = ClassMethod::NaturalBreaks;
    style.classes = 3;
    style.ramp = "YlGnBu";
    style.opacity = 0.8;
    style.stroke = "#4d4d4d";
    style.strokeWidthMm = 0.35;
    return style;
}

}  // namespace

TEST(QgisStyle, GraduatedRangesAreTheSymbologyLimits) {
    const geo::LayerData de = densityLayer({100, 250, 300, 1200}, {1, 1, 1, 3});
    const geo::LayerData cz = densityLayer({1000, 2000, 90}, {10, 1, 1});
    const LayerStyle style = densityStyle();
    const Symbology symbology(style, {&de, &cz});
    const auto root =
        parse(toQgisQml(style, symbology, geo::GeometryKind::Polygons, {Lang::De, false}));

    const Node* qgis = root->first("qgis");
    ASSERT_NE(qgis, nullptr);
    EXPECT_EQ(qgis->attr("version").rfind("3.22", 0), 0u);
    EXPECT_EQ(qgis->attr("styleCategories"), "Symbology|Labeling");
    const Node* renderer = root->first("renderer-v2");
    ASSERT_NE(renderer, nullptr);
    EXPECT_EQ(renderer->attr("type"), "graduatedSymbol");
    EXPECT_EQ(renderer->attr("attr"), "\"population\" / \"area_km2\"");
    EXPECT_EQ(root->first("classificationMethod")->attr("id"), "Jenks");
    EXPECT_EQ(root->first("layerGeometryType")->text, "2");

    const auto ranges = root->all("range");
    const auto& limits = symbology.limits();
    ASSERT_EQ(ranges.size() + 1, limits.size());
    const auto symbols = root->first("symbols")->all("symbol");
    ASSERT_EQ(symbols.size(), ranges.size());
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        // Exactly the same doubles, so QGIS puts each feature in the class rrw puts it in.
        EXPECT_EQ(std::stod(ranges[i]->attr("lower")), limits[i]) << i;
        EXPECT_EQ(std::stod(ranges[i]->attr("upper")), limits[i + 1]) << i;
        EXPECT_EQ(ranges[i]->attr("symbol"), std::to_string(i));
        const Node* symbol = symbols[i];
        EXPECT_EQ(symbol->attr("name"), std::to_string(i));
        EXPECT_EQ(symbol->attr("type"), "fill");
        EXPECT_DOUBLE_EQ(std::stod(symbol->attr("alpha")), 0.8);
        const Node* fill = symbol->first("layer");
        ASSERT_NE(fill, nullptr);
        EXPECT_EQ(fill->attr("class"), "SimpleFill");
        EXPECT_EQ(prop(*fill, "color"), rgba(symbology.classColors()[i]));
        EXPECT_EQ(prop(*fill, "outline_color"), "77,77,77,255");
        EXPECT_EQ(prop(*fill, "outline_width"), "0.35");
        EXPECT_EQ(prop(*fill, "outline_width_unit"), "MM");
    }
    // Legend labels in the map's language (German decimal comma).
    EXPECT_NE(ranges.front()->attr("label").find(" – "), std::string::npos);
}

TEST(QgisStyle, CategorizedPointsKeepShapeSizeAndCatchTheRestInGrey) {
    geo::LayerData d;
    d.kind = geo::GeometryKind::Points;
    d.columns = {{"mode", false, {NAN, NAN}, {"road", "ferry"}}};
    d.fids = {1, 2};
    LayerStyle style;
    style.layers = {"border_crossings"};
    style.type = SymbolType::Categorized;
    style.field = "mode";
    style.categories = {{"road", "#e66101", "Straße", "silniční", "road"},
                        {"rail & <tram>", "#5e3c99", "", "", ""}};
    style.stroke = "#ffffff";
    style.strokeWidthMm = 0.25;
    style.pointShape = "diamond";
    style.pointSizeMm = 3.2;
    const Symbology symbology(style, {&d});
    const auto root =
        parse(toQgisQml(style, symbology, geo::GeometryKind::Points, {Lang::Cs, false}));
    const Node* renderer = root->first("renderer-v2");
    EXPECT_EQ(renderer->attr("type"), "categorizedSymbol");
    EXPECT_EQ(renderer->attr("attr"), "mode");
    const auto categories = root->all("category");
    ASSERT_EQ(categories.size(), 3u);
    EXPECT_EQ(categories[0]->attr("value"), "road");
    EXPECT_EQ(categories[0]->attr("label"), "silniční");
    EXPECT_EQ(categories[1]->attr("value"), "rail & <tram>");  // escaped and read back
    EXPECT_EQ(categories[1]->attr("label"), "rail & <tram>");
    EXPECT_EQ(categories[2]->attr("value"), "");  // QGIS: all other values
    EXPECT_EQ(root->first("layerGeometryType")->text, "0");
    const auto markers = root->all("layer");
    ASSERT_EQ(markers.size(), 3u);
    EXPECT_EQ(markers[0]->attr("class"), "SimpleMarker");
    EXPECT_EQ(prop(*markers[0], "name"), "diamond");
    EXPECT_EQ(prop(*markers[0], "size"), "3.2");
    EXPECT_EQ(prop(*markers[0], "size_unit"), "MM");
    EXPECT_EQ(prop(*markers[0], "color"), "230,97,1,255");
    EXPECT_EQ(prop(*markers[0], "outline_color"), "255,255,255,255");
    EXPECT_EQ(prop(*markers[2], "color"), "200,200,200,255");
}

TEST(QgisStyle, SingleLinesAndPolygonsWithDashesAndNoFill) {
    LayerStyle rail;
    rail.layers = {"rail_sections_de"};
    rail.stroke = "#6a51a3";
    rail.strokeWidthMm = 0.35;
    rail.dash = {4, 2};
    const Symbology railSymbology(rail, {});
    const auto lines =
        parse(toQgisQml(rail, railSymbology, geo::GeometryKind::Lines, {Lang::En, false}));
    EXPECT_EQ(lines->first("renderer-v2")->attr("type"), "singleSymbol");
    const Node* line = lines->first("layer");
    EXPECT_EQ(line->attr("class"), "SimpleLine");
    EXPECT_EQ(prop(*line, "line_color"), "106,81,163,255");
    EXPECT_EQ(prop(*line, "line_width"), "0.35");
    EXPECT_EQ(prop(*line, "use_custom_dash"), "1");
    EXPECT_EQ(prop(*line, "customdash"), "1.4;0.7");  // rrw's dash is in line widths
    EXPECT_EQ(lines->first("layerGeometryType")->text, "1");
    EXPECT_EQ(lines->first("labeling"), nullptr);

    LayerStyle outline;
    outline.layers = {"gemeinden_de"};
    outline.fill = "none";
    outline.stroke = "#8c8c8c";
    outline.strokeWidthMm = 0.12;
    const Symbology outlineSymbology(outline, {});
    const auto polygons =
        parse(toQgisQml(outline, outlineSymbology, geo::GeometryKind::Polygons, {Lang::En, false}));
    const Node* fill = polygons->first("layer");
    EXPECT_EQ(prop(*fill, "style"), "no");
    EXPECT_EQ(prop(*fill, "outline_style"), "solid");
    EXPECT_EQ(prop(*fill, "outline_color"), "140,140,140,255");
}

TEST(QgisStyle, ProportionalSymbolsScaleLikeRrw) {
    geo::LayerData d;
    d.kind = geo::GeometryKind::Points;
    d.columns = {{"population", true, {400, -1600, NAN}, {"400", "-1600", ""}}};
    d.fids = {1, 2, 3};
    LayerStyle style;
    style.layers = {"places"};
    style.sizeField = "population";
    style.maxPointSizeMm = 8;
    EXPECT_DOUBLE_EQ(proportionalMax(style, {&d}), 1600);
    const Symbology symbology(style, {&d});
    const auto root = parse(toQgisQml(style, symbology, geo::GeometryKind::Points,
                                      {Lang::De, false}, proportionalMax(style, {&d})));
    std::string expression;
    for (const Node* o : root->first("layer")->all("Option")) {
        if (o->attr("name") == "expression") {
            expression = o->attr("value");
        }
    }
    EXPECT_EQ(expression, "max(0.3, 8 * sqrt(abs(coalesce(\"population\", 0)) / 1600))");
    // rrw's own size for the first feature: 8 * sqrt(400 / 1600) = 4 mm.
    EXPECT_DOUBLE_EQ(symbology.sizeMmOf(0, 0), 4.0);
}

struct LabelCase {
    const char* name;
    const char* language;
    LabelStyle label;
    const char* expected;
};

class LabelExpressions : public ::testing::TestWithParam<LabelCase> {};

TEST_P(LabelExpressions, MatchRrwsChoiceOfName) {
    MapLanguage lang;
    ASSERT_TRUE(MapLanguage::parse(GetParam().language, lang));
    EXPECT_EQ(qmlLabelExpression(GetParam().label, lang), GetParam().expected);
}

LabelStyle missingCs() {
    LabelStyle l;
    l.fieldCs.clear();
    return l;
}
LabelStyle ranked() {
    LabelStyle l;
    l.priorityField = "rank";
    l.invertPriority = true;
    l.maxRank = 3;
    return l;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LabelExpressions,
    ::testing::Values(
        LabelCase{"de", "de", LabelStyle{}, R"(coalesce(nullif("name_de", ''), "name"))"},
        LabelCase{"cs", "cs", LabelStyle{}, R"(coalesce(nullif("name_cs", ''), "name"))"},
        LabelCase{"en_official_name", "en", LabelStyle{}, R"("name")"},
        LabelCase{"cs_field_missing_falls_back", "cs", missingCs(), R"("name")"},
        LabelCase{
            "bilingual_official_first", "de+cs", LabelStyle{},
            R"(with_variable('first', coalesce(nullif("name", ''), coalesce(nullif("name_de", ''), "name")), )"
            R"(with_variable('other', CASE WHEN @first = coalesce(nullif("name_de", ''), "name") )"
            R"(THEN coalesce(nullif("name_cs", ''), "name") ELSE coalesce(nullif("name_de", ''), "name") END, )"
            R"(CASE WHEN coalesce(@other, '') = '' OR @other = @first THEN @first ELSE @first || ' / ' || @other END)))"},
        LabelCase{"max_rank", "en", ranked(),
                  R"(CASE WHEN coalesce("rank", 0) <= 3 THEN "name" END)"}),
    [](const auto& row) { return std::string(row.param.name); });

void checkSavedStyles(store::Project& project, const std::string& path);

// The real default map over the bundled region: every source layer gets its JSON and a QGIS
// default style; the shared choropleth keeps one classification in both countries' layers.
// With RRW_KEEP_STYLED_PROJECT=/some/file.gpkg the project is kept there for
// tests/tools/check_qgis_style.py.
TEST(QgisStyleProject, SavesEveryLayerOfTheDefaultMap) {
    test::ScratchDir dir;
    const std::string path = dir.path("region.gpkg");
    Feedback feedback;
    store::createBundledProject(path, RRW_DATA_DIR_FOR_TESTS, false, feedback);
    {
        store::Project project = store::Project::open(path);
        checkSavedStyles(project, path);
    }
    if (const char* keep = std::getenv("RRW_KEEP_STYLED_PROJECT")) {  // closed: WAL merged
        std::filesystem::copy_file(path, keep, std::filesystem::copy_options::overwrite_existing);
    }
}

void checkSavedStyles(store::Project& project, const std::string& path) {
    const MapContent content(project, defaultMapStyle(project));
    project.write([&] { saveLayerStyles(project, content, {Lang::De, true}); });

    std::size_t sourceLayers = 0;
    for (const auto& ls : content.style().layers) {
        for (const auto& layer : ls.layers) {
            ++sourceLayers;
            const auto json = store::readLayerStyleJson(project, layer);
            ASSERT_TRUE(json.has_value()) << layer;
            const LayerStyle parsed = parseLayerStyle(nlohmann::json::parse(*json), layer);
            EXPECT_EQ(parsed.layers, std::vector<std::string>{layer});
            EXPECT_EQ(parsed.type, ls.type);
        }
    }
    store::Statement rows(project.db(),
                          "SELECT COUNT(*), SUM(useAsDefault), COUNT(DISTINCT f_table_name) FROM "
                          "layer_styles WHERE styleName = 'rrw' AND f_geometry_column = 'geom'");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.integer(0), static_cast<std::int64_t>(sourceLayers));
    EXPECT_EQ(rows.integer(1), static_cast<std::int64_t>(sourceLayers));
    EXPECT_EQ(rows.integer(2), static_cast<std::int64_t>(sourceLayers));

    // German Kreise and Czech okresy: the same ranges, equal to the shared classification.
    ASSERT_EQ(content.style().layers[0].type, SymbolType::Graduated);
    const auto& limits = content.symbology(0).limits();
    ASSERT_GE(limits.size(), 3u);
    for (const auto& layer : content.style().layers[0].layers) {
        store::Statement q(
            project.db(), "SELECT styleQML, description FROM layer_styles WHERE f_table_name = ?1");
        q.bind(1, layer);
        ASSERT_TRUE(q.step()) << layer;
        EXPECT_EQ(q.text(1).rfind("rrw ", 0), 0u) << q.text(1);
        const auto root = parse(q.text(0));
        const auto ranges = root->all("range");
        ASSERT_EQ(ranges.size() + 1, limits.size()) << layer;
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            EXPECT_EQ(std::stod(ranges[i]->attr("lower")), limits[i]);
            EXPECT_EQ(std::stod(ranges[i]->attr("upper")), limits[i + 1]);
        }
    }
    const auto info = test::runProgram("ogrinfo", {"-ro", "-al", "-so", path});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_EQ(info.err.find("ERROR"), std::string::npos) << info.err;
}

}  // namespace rrw::render
