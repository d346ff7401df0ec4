#include "render/map_view.h"

#include <gtest/gtest.h>

#include "render/map_language.h"

namespace rrw::render {

TEST(MapView, FitShowsTheWholeExtentCentred) {
    geo::Envelope e;
    e.merge(4400000, 2900000);
    e.merge(4600000, 3100000);
    const MapView v = MapView::fit(e, QSizeF(1000, 500), 96, 0.0);
    const geo::Envelope shown = v.visibleExtent();
    EXPECT_LE(shown.minX, e.minX + 1e-6);
    EXPECT_GE(shown.maxX, e.maxX - 1e-6);
    EXPECT_NEAR(shown.minY, e.minY, 1e-6);  // height is the limiting side
    EXPECT_NEAR(v.toDevice(4500000, 3000000).x(), 500, 1e-9);
    EXPECT_NEAR(v.toDevice(4500000, 3000000).y(), 250, 1e-9);
}

TEST(MapView, DeviceAndWorldRoundTrip) {
    const MapView v(4500000, 3000000, 25.0, QSizeF(800, 600), 96);
    const QPointF d = v.toDevice(4512345, 2987654);
    const QPointF w = v.toWorld(d);
    EXPECT_NEAR(w.x(), 4512345, 1e-6);
    EXPECT_NEAR(w.y(), 2987654, 1e-6);
}

TEST(MapView, ZoomKeepsThePointUnderTheCursor) {
    const MapView v(4500000, 3000000, 100.0, QSizeF(800, 600), 96);
    const QPointF cursor(100, 500);
    const QPointF before = v.toWorld(cursor);
    const MapView z = v.zoomed(2.0, cursor);
    EXPECT_NEAR(z.metresPerPixel(), 50.0, 1e-9);
    EXPECT_NEAR(z.toWorld(cursor).x(), before.x(), 1e-6);
    EXPECT_NEAR(z.toWorld(cursor).y(), before.y(), 1e-6);
}

TEST(MapView, ScaleDenominatorFollowsDpi) {
    const MapView screen(0, 0, 100.0, QSizeF(100, 100), 96);
    EXPECT_NEAR(screen.scaleDenominator(), 100.0 * 96 / 0.0254, 1e-6);
    EXPECT_NEAR(screen.mmToPx(25.4), 96, 1e-9);
}

TEST(MapLanguage, Parses) {
    MapLanguage l;
    ASSERT_TRUE(MapLanguage::parse("de+cs", l));
    EXPECT_TRUE(l.bilingual);
    EXPECT_EQ(l.code(), "de+cs");
    ASSERT_TRUE(MapLanguage::parse("cs", l));
    EXPECT_FALSE(l.bilingual);
    EXPECT_EQ(l.primary, Lang::Cs);
    EXPECT_FALSE(MapLanguage::parse("fr", l));
}

TEST(MapLanguage, PicksDataTextsWithFallback) {
    const MapLanguage both{Lang::De, true};
    EXPECT_EQ(MapTexts::pick(both, "Grenzübergänge", "Hraniční přechody", ""),
              QStringLiteral("Grenzübergänge / Hraniční přechody"));
    EXPECT_EQ(MapTexts::pick({Lang::Cs, false}, "Orte", "", "Places"), QStringLiteral("Places"));
    EXPECT_EQ(MapTexts::pick(both, "Selb", "Selb", ""), QStringLiteral("Selb"));
}

}  // namespace rrw::render
