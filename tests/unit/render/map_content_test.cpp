// MapContent with joined values: a numeric column made from a key → value map, classified by an
// ordinary graduated style, and never carried over into a later content without the join.
#include "render/map_content.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "core/error.h"
#include "core/feedback.h"
#include "store/layer_import.h"
#include "support/cli_runner.h"

namespace rrw::render {

namespace {

/// A project with the three okresy of Karlovarský kraj (field lau1 = CZ0411, CZ0412, CZ0413).
class JoinedValues : public ::testing::Test {
protected:
    void SetUp() override {
        project_.emplace(store::Project::create(dir_.path("p.gpkg"), false));
        Feedback feedback;
        store::importFile(*project_,
                          std::string(RRW_TEST_DATA_DIR) + "/good/okresy_karlovarsky.geojson",
                          {"okresy", "", "", ""}, {}, feedback);
    }

    static MapStyle graduated(const std::string& field) {
        MapStyle map;
        LayerStyle s;
        s.layers = {"okresy"};
        s.type = SymbolType::Graduated;
        s.field = field;
        s.method = ClassMethod::EqualInterval;
        s.classes = 2;
        map.layers.push_back(s);
        return map;
    }

    static MapStyle plain() {
        MapStyle map;
        LayerStyle s;
        s.layers = {"okresy"};
        map.layers.push_back(s);
        return map;
    }

    static ValueJoin scores() {
        // Karlovy Vary (CZ0412) has no value; "XX" matches no feature.
        return {"okresy", "lau1", "score", {{"CZ0411", 2.0}, {"CZ0413", 8.0}, {"XX", 100.0}}};
    }

    /// The joined value of the feature whose lau1 is `code` (NaN when absent).
    static double valueOf(const geo::LayerData& data, const std::string& field,
                          const std::string& code) {
        const auto* key = data.column("lau1");
        const auto* column = data.column(field);
        for (std::size_t f = 0; f < data.featureCount(); ++f) {
            if (key->texts[f] == code) {
                return column->numbers[f];
            }
        }
        ADD_FAILURE() << "no feature " << code;
        return 0.0;
    }

    test::ScratchDir dir_;
    std::optional<store::Project> project_;
};

}  // namespace

TEST_F(JoinedValues, GraduatedStyleClassifiesTheJoinedColumn) {
    const MapContent content(*project_, graduated("score"), nullptr, {scores()});
    const geo::LayerData* data = content.data("okresy");
    ASSERT_NE(data, nullptr);
    const geo::AttributeColumn* column = data->column("score");
    ASSERT_NE(column, nullptr);
    EXPECT_TRUE(column->numeric);
    EXPECT_EQ(valueOf(*data, "score", "CZ0411"), 2.0);
    EXPECT_EQ(valueOf(*data, "score", "CZ0413"), 8.0);
    EXPECT_TRUE(std::isnan(valueOf(*data, "score", "CZ0412")));
    // Equal intervals over the joined values only (100 matched no feature): 2 | 5 | 8.
    const Symbology& symbology = content.symbology(0);
    ASSERT_EQ(symbology.limits().size(), 3u);
    EXPECT_DOUBLE_EQ(symbology.limits().front(), 2.0);
    EXPECT_DOUBLE_EQ(symbology.limits().back(), 8.0);
    const auto* key = data->column("lau1");
    for (std::size_t f = 0; f < data->featureCount(); ++f) {
        const QColor fill = symbology.fillOf(0, f);
        if (key->texts[f] == "CZ0412") {
            EXPECT_FALSE(fill.isValid()) << "no value: drawn as no data";
        } else {
            EXPECT_TRUE(fill.isValid()) << key->texts[f];
        }
    }
    EXPECT_NE(symbology.fillOf(0, 0), symbology.fillOf(0, 2));
}

TEST_F(JoinedValues, JoinedColumnsDoNotLeakIntoALaterContent) {
    const MapContent joined(*project_, graduated("score"), nullptr, {scores()});
    const MapContent later(*project_, plain(), &joined);
    ASSERT_NE(later.data("okresy"), nullptr);
    EXPECT_EQ(later.data("okresy")->column("score"), nullptr);
    EXPECT_TRUE(later.joins().empty());
    // A style on the joined field without the join is refused, even after a joined content.
    EXPECT_THROW(MapContent(*project_, graduated("score"), &joined), Error);
    // The join again, over the reused layer: the column is back, with the new values.
    ValueJoin other = scores();
    other.values["CZ0412"] = 5.0;
    const MapContent again(*project_, graduated("score"), &later, {other});
    EXPECT_EQ(valueOf(*again.data("okresy"), "score", "CZ0412"), 5.0);
}

TEST_F(JoinedValues, LayersAreReadOnceAndSameJoinsShareTheirCopy) {
    const MapContent first(*project_, graduated("score"), nullptr, {scores()});
    MapStyle restyled = graduated("score");
    restyled.layers[0].opacity = 0.5;
    const MapContent second(*project_, restyled, &first, {scores()});
    EXPECT_EQ(second.data("okresy"), first.data("okresy")) << "same join, same copy";
    const MapContent plainAfter(*project_, plain(), &second);
    const MapContent plainAgain(*project_, plain(), &plainAfter);
    EXPECT_EQ(plainAgain.data("okresy"), plainAfter.data("okresy")) << "read data reused";
    ValueJoin changed = scores();
    changed.values["CZ0411"] = 3.0;
    const MapContent third(*project_, restyled, &second, {changed});
    EXPECT_NE(third.data("okresy"), second.data("okresy")) << "new values, new column";
    EXPECT_EQ(valueOf(*third.data("okresy"), "score", "CZ0411"), 3.0);
    EXPECT_EQ(valueOf(*second.data("okresy"), "score", "CZ0411"), 2.0) << "old content unchanged";
}

TEST_F(JoinedValues, BadJoinsAreRefusedWithTheLayerAndField) {
    ValueJoin noKey = scores();
    noKey.keyField = "code";
    try {
        MapContent(*project_, graduated("score"), nullptr, {noKey});
        FAIL() << "an unknown key field must throw";
    } catch (const Error& e) {
        EXPECT_NE(e.message().find("okresy"), std::string::npos) << e.message();
        EXPECT_NE(e.message().find("code"), std::string::npos) << e.message();
    }
    ValueJoin taken = scores();
    taken.field = "name";  // a field of the layer
    MapStyle byName = graduated("name");
    byName.layers[0].type = SymbolType::Single;
    EXPECT_THROW(MapContent(*project_, byName, nullptr, {taken}), Error);
    // A join of a layer the style does not draw is ignored.
    ValueJoin elsewhere = scores();
    elsewhere.layer = "kreise";
    const MapContent ignored(*project_, plain(), nullptr, {elsewhere});
    EXPECT_EQ(ignored.data("okresy")->column("score"), nullptr);
}

}  // namespace rrw::render
