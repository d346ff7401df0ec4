#include "render/symbology.h"

#include <gtest/gtest.h>

#include <cmath>

#include "render/map_renderer.h"

namespace rrw::render {

namespace {
geo::LayerData layerWith(const std::vector<double>& population, const std::vector<double>& area) {
    geo::LayerData d;
    d.name = "t";
    geo::AttributeColumn pop{"population", true, population, {}};
    geo::AttributeColumn km2{"area_km2", true, area, {}};
    pop.texts.resize(population.size());
    km2.texts.resize(area.size());
    d.columns = {pop, km2};
    d.fids.resize(population.size());
    return d;
}
}  // namespace

TEST(Symbology, SharedClassificationAcrossLayers) {
    const geo::LayerData de = layerWith({100, 200, 300}, {1, 1, 1});
    const geo::LayerData cz = layerWith({1000, 2000}, {10, 1});
    LayerStyle style;
    style.layers = {"de", "cz"};
    style.type = SymbolType::Graduated;
    style.field = "population";
    style.divideBy = "area_km2";
    style.method = ClassMethod::EqualInterval;
    style.classes = 2;
    const Symbology s(style, {&de, &cz});
    ASSERT_EQ(s.limits().size(), 3u);
    EXPECT_DOUBLE_EQ(s.limits().front(), 100);  // densities 100..2000 over both layers
    EXPECT_DOUBLE_EQ(s.limits().back(), 2000);
    EXPECT_EQ(s.fillOf(0, 0), s.classColors()[0]);
    EXPECT_EQ(s.fillOf(1, 1), s.classColors()[1]);
}

TEST(Symbology, MissingValuesHaveNoColourAndAppearInTheLegend) {
    const geo::LayerData d = layerWith({100, NAN, 300}, {1, 1, 0});
    LayerStyle style;
    style.layers = {"t"};
    style.type = SymbolType::Graduated;
    style.field = "population";
    style.divideBy = "area_km2";
    style.classes = 2;
    const Symbology s(style, {&d});
    EXPECT_FALSE(s.fillOf(0, 1).isValid());
    EXPECT_FALSE(s.fillOf(0, 2).isValid());  // division by zero area
    const MapTexts texts;
    const LegendGroup g =
        s.legend({Lang::En, false}, texts, "Density", geo::GeometryKind::Polygons);
    EXPECT_EQ(g.items.back().label, QStringLiteral("no data"));
}

TEST(Symbology, LegendNumbersFollowTheLanguage) {
    EXPECT_EQ(formatValue(88.6, {Lang::De, false}), QStringLiteral("88,6"));
    EXPECT_EQ(formatValue(88.6, {Lang::En, false}), QStringLiteral("88.6"));
    EXPECT_EQ(formatValue(1116.2, {Lang::Cs, false}).remove(QChar(0xa0)).remove(' '),
              QStringLiteral("1116"));
}

TEST(Labels, BilingualPutsTheOfficialNameFirst) {
    geo::LayerData d;
    d.columns = {{"name", false, {NAN, NAN}, {"Cheb", "Selb"}},
                 {"name_de", false, {NAN, NAN}, {"Eger", "Selb"}},
                 {"name_cs", false, {NAN, NAN}, {"Cheb", "Selb"}}};
    const LabelStyle ls;
    EXPECT_EQ(labelText(d, 0, ls, {Lang::De, true}), QStringLiteral("Cheb / Eger"));
    EXPECT_EQ(labelText(d, 0, ls, {Lang::De, false}), QStringLiteral("Eger"));
    EXPECT_EQ(labelText(d, 0, ls, {Lang::Cs, false}), QStringLiteral("Cheb"));
    EXPECT_EQ(labelText(d, 1, ls, {Lang::De, true}), QStringLiteral("Selb"));
}

}  // namespace rrw::render

namespace rrw::render {

TEST(Symbology, ProportionalSymbolsScaleTheAreaWithTheValue) {
    const geo::LayerData d = [] {
        geo::LayerData data;
        data.name = "t";
        data.columns = {{"population", true, {100, 400, NAN}, {"", "", ""}}};
        data.fids = {1, 2, 3};
        return data;
    }();
    LayerStyle style;
    style.layers = {"t"};
    style.sizeField = "population";
    style.maxPointSizeMm = 8;
    const Symbology s(style, {&d});
    EXPECT_DOUBLE_EQ(s.sizeMmOf(0, 1), 8.0);  // the largest value gets the largest symbol
    EXPECT_DOUBLE_EQ(s.sizeMmOf(0, 0), 4.0);  // a quarter of the value, half the diameter
    EXPECT_DOUBLE_EQ(s.sizeMmOf(0, 2), 0.3);  // no value: the smallest visible symbol
}

TEST(Symbology, LineWidthFollowsTheValue) {
    geo::LayerData d;
    d.name = "flows";
    d.columns = {{"tonnes", true, {50, 200}, {"", ""}}};
    d.fids = {1, 2};
    LayerStyle style;
    style.layers = {"flows"};
    style.widthField = "tonnes";
    style.maxWidthMm = 4;
    const Symbology s(style, {&d});
    EXPECT_DOUBLE_EQ(s.sizeMmOf(0, 1), 4.0);
    EXPECT_DOUBLE_EQ(s.sizeMmOf(0, 0), 1.0);
}

}  // namespace rrw::render
