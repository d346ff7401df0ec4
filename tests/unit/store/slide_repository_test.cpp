// The slides of the workshop presentation (store/slide_repository): positions stay 1…n through
// add (at the end and in between), move, delete and restore; update returns the old slide;
// bad input is refused naming the project and the slide, and leaves the table as it was; a
// project older than schema 6 has no slides.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include "core/error.h"

#include "store/bundled_slides.h"
#include "store/project.h"
#include "store/slide_repository.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw::store {
namespace {

Slide slide(const std::string& de, const std::string& cs) {
    Slide s;
    s.titleDe = de;
    s.titleCs = cs;
    s.notesDe = "Notiz " + de;
    s.notesCs = "Poznámka " + cs;
    s.styleJson = R"({"title_de": "Karte", "layers": []})";
    s.minX = 4500000;
    s.minY = 2990000;
    s.maxX = 4560000;
    s.maxY = 3040000;
    return s;
}

/// "title@position" for every slide, in order.
std::string order(const Project& project) {
    std::string out;
    for (const Slide& s : listSlides(project)) {
        out += (out.empty() ? "" : " ") + s.titleDe + "@" + std::to_string(s.position);
    }
    return out;
}

Error errorOf(Project& project, const std::function<void()>& work) {
    try {
        project.write(work);
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "no error";
    return Error(Error::Kind::Internal, "");
}

class SlideRepository : public ::testing::Test {
protected:
    test::ScratchDir dir_;
    Project project_ = Project::create(dir_.path("slides.gpkg"), false);
};

TEST_F(SlideRepository, OlderProjectsHaveNoSlides) {
    // Back to schema 5, as a project written by the previous release.
    project_.write([&] {
        execute(project_.db(), "DROP TABLE rrw_slide");
        execute(project_.db(), "UPDATE rrw_meta SET value = '5' WHERE key = 'schema_version'");
    });
    ASSERT_EQ(project_.schemaVersion(), 5);
    EXPECT_TRUE(listSlides(project_).empty());
    EXPECT_FALSE(getSlide(project_, 1).has_value());
}

TEST_F(SlideRepository, AddsAtTheEndAndInBetweenAndKeepsEveryField) {
    Slide a, b, c;
    project_.write([&] {
        a = addSlide(project_, slide("A", "á"));
        b = addSlide(project_, slide("B", "b"));
        c = addSlide(project_, slide("C", "č"), 2);
    });
    EXPECT_EQ(order(project_), "A@1 C@2 B@3");
    EXPECT_EQ(a.position, 1);
    EXPECT_EQ(c.position, 2);
    const auto stored = getSlide(project_, c.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->titleCs, "č");
    EXPECT_EQ(stored->notesDe, "Notiz C");
    EXPECT_EQ(stored->notesCs, "Poznámka č");
    EXPECT_EQ(stored->styleJson, slide("C", "č").styleJson);
    EXPECT_DOUBLE_EQ(stored->minX, 4500000);
    EXPECT_DOUBLE_EQ(stored->maxY, 3040000);
    EXPECT_FALSE(stored->createdAt.empty());
    EXPECT_EQ(stored->createdAt, stored->updatedAt);
}

TEST_F(SlideRepository, UpdateReturnsTheOldSlideAndKeepsThePosition) {
    Slide b;
    project_.write([&] {
        addSlide(project_, slide("A", "a"));
        b = addSlide(project_, slide("B", "b"));
    });
    Slide edited = b;
    edited.titleDe = "Grenzraum Cheb–Selb";
    edited.notesCs = "Přeshraniční území Cheb–Selb";
    edited.minX = 4510000;
    edited.position = 1;  // ignored: moveSlide moves
    Slide before;
    project_.write([&] { before = updateSlide(project_, edited); });
    EXPECT_EQ(before.titleDe, "B");
    EXPECT_DOUBLE_EQ(before.minX, 4500000);
    const Slide now = *getSlide(project_, b.id);
    EXPECT_EQ(now.titleDe, "Grenzraum Cheb–Selb");
    EXPECT_EQ(now.notesCs, "Přeshraniční území Cheb–Selb");
    EXPECT_DOUBLE_EQ(now.minX, 4510000);
    EXPECT_EQ(now.position, 2);
}

TEST_F(SlideRepository, MoveShiftsTheSlidesInBetween) {
    std::vector<std::int64_t> ids;
    project_.write([&] {
        for (const char* t : {"A", "B", "C", "D"}) {
            ids.push_back(addSlide(project_, slide(t, t)).id);
        }
    });
    std::int64_t old = 0;
    project_.write([&] { old = moveSlide(project_, ids[0], 3); });
    EXPECT_EQ(old, 1);
    EXPECT_EQ(order(project_), "B@1 C@2 A@3 D@4");
    project_.write([&] { old = moveSlide(project_, ids[3], 1); });
    EXPECT_EQ(old, 4);
    EXPECT_EQ(order(project_), "D@1 B@2 C@3 A@4");
    project_.write([&] { moveSlide(project_, ids[3], 4); });  // undo of the last move
    project_.write([&] { moveSlide(project_, ids[0], 1); });
    EXPECT_EQ(order(project_), "A@1 B@2 C@3 D@4");
}

TEST_F(SlideRepository, DeleteAndRestoreKeepIdPositionAndCreationTime) {
    std::vector<Slide> added;
    project_.write([&] {
        for (const char* t : {"A", "B", "C"}) {
            added.push_back(addSlide(project_, slide(t, t)));
        }
    });
    Slide deleted;
    project_.write([&] { deleted = deleteSlide(project_, added[1].id); });
    EXPECT_EQ(deleted.titleDe, "B");
    EXPECT_EQ(order(project_), "A@1 C@2");
    EXPECT_FALSE(getSlide(project_, added[1].id).has_value());
    project_.write([&] { restoreSlide(project_, deleted); });
    EXPECT_EQ(order(project_), "A@1 B@2 C@3");
    const Slide back = *getSlide(project_, added[1].id);
    EXPECT_EQ(back.createdAt, added[1].createdAt);
    EXPECT_EQ(back.notesCs, "Poznámka B");
    // Restoring twice is refused.
    const Error twice = errorOf(project_, [&] { restoreSlide(project_, deleted); });
    EXPECT_EQ(twice.key(), "{1}: the slide {2} exists already");
}

TEST_F(SlideRepository, RefusesBadSlidesNamingProjectAndSlide) {
    Slide first;
    project_.write([&] { first = addSlide(project_, slide("A", "a")); });
    const std::string path = project_.path();

    Slide untitled = slide(" ", "");
    Error e = errorOf(project_, [&] { addSlide(project_, untitled); });
    EXPECT_EQ(e.key(), "{1}: slide {2} needs a German or a Czech title");
    EXPECT_EQ(e.args().at(0), path);

    Slide badStyle = slide("Dichte", "Hustota");
    badStyle.styleJson = "[1, 2]";
    e = errorOf(project_, [&] { addSlide(project_, badStyle); });
    EXPECT_EQ(e.key(), "{1}: slide {2}: the map style is not a JSON object ({3})");
    EXPECT_EQ(e.args().at(1), "\"Dichte\"");
    badStyle.styleJson = "{\"layers\": [";
    e = errorOf(project_, [&] { addSlide(project_, badStyle); });
    EXPECT_EQ(e.key(), "{1}: slide {2}: the map style is not a JSON object ({3})");

    for (const auto& [minX, maxX] : std::vector<std::pair<double, double>>{
             {10, 10}, {20, 10}, {std::numeric_limits<double>::quiet_NaN(), 10}}) {
        Slide flat = slide("Flach", "Plochý");
        flat.minX = minX;
        flat.maxX = maxX;
        e = errorOf(project_, [&] { addSlide(project_, flat); });
        EXPECT_EQ(e.key(),
                  "{1}: slide {2}: the extent {3} is not a rectangle (finite coordinates, minimum "
                  "below maximum)");
    }

    Slide badText = slide("A", "a");
    badText.notesCs = "\xC3\x28";
    badText.id = first.id;
    e = errorOf(project_, [&] { updateSlide(project_, badText); });
    EXPECT_EQ(e.key(), "{1}: slide {2}: the field {3} is not valid UTF-8");
    EXPECT_EQ(e.args().at(1), "#" + std::to_string(first.id));
    EXPECT_EQ(e.args().at(2), "notes_cs");

    e = errorOf(project_, [&] { addSlide(project_, slide("Z", "z"), 3); });
    EXPECT_EQ(e.key(), "{1}: slide {2}: the position {3} is outside 1–{4}");
    EXPECT_EQ(e.args().at(2), "3");
    EXPECT_EQ(e.args().at(3), "2");
    e = errorOf(project_, [&] { moveSlide(project_, first.id, 2); });
    EXPECT_EQ(e.args().at(3), "1");

    e = errorOf(project_, [&] { deleteSlide(project_, 999); });
    EXPECT_EQ(e.key(), "{1}: there is no slide {2}");
    EXPECT_EQ(e.args(), (std::vector<std::string>{path, "#999"}));

    // Nothing of the refused writes landed.
    EXPECT_EQ(order(project_), "A@1");
    EXPECT_EQ(getSlide(project_, first.id)->notesCs, "Poznámka a");
}

TEST(BundledSlides, ReadsTheCatalogAndNamesTheSlideOnErrors) {
    const std::string map = R"({"title_de": "Karte", "layers": [
        {"layers": ["gemeinden_de", "obce_cz"], "type": "single"},
        {"layer": "places", "type": "single"}]})";
    const auto doc = nlohmann::json::parse(R"({"slides": [
        {"title_de": "Gemeinden", "title_cs": "Obce", "notes_cs": "Poznámka",
         "style": "default_map", "hide_layers": ["obce_cz"], "extent": [1, 2, 3, 4]},
        {"title_de": "Orte", "style": {"layers": []}, "extent": [0, 0, 10, 5.5]}]})");
    const auto slides = readSlideCatalog(doc, "slides.json", map);
    ASSERT_EQ(slides.size(), 2u);
    EXPECT_EQ(slides[0].notesCs, "Poznámka");
    const auto style = nlohmann::json::parse(slides[0].styleJson);
    EXPECT_EQ(style["layers"][0]["visible"], false);
    EXPECT_FALSE(style["layers"][1].contains("visible"));
    EXPECT_EQ(slides[1].styleJson, "{\"layers\":[]}");
    EXPECT_DOUBLE_EQ(slides[1].maxY, 5.5);

    const auto errorOf = [&](const char* text, const std::string& defaultMap) -> Error {
        try {
            readSlideCatalog(nlohmann::json::parse(text), "slides.json", defaultMap);
        } catch (const Error& e) {
            return e;
        }
        ADD_FAILURE() << text;
        return Error(Error::Kind::Internal, "");
    };
    Error e = errorOf(R"({"slides": [{"title_de": "A", "style": "default_map",
                                      "extent": [1, 2, 3, 4]},
                                     {"title_de": "B", "style": "default_map",
                                      "extent": [1, 2, 3]}]})",
                      map);
    EXPECT_EQ(e.args(), (std::vector<std::string>{"slides.json", "slide 2"}));
    EXPECT_NE(e.key().find("extent"), std::string::npos);
    e = errorOf(R"({"slides": [{"title_de": "A", "style": "default_map",
                                "hide_layers": ["rivers"], "extent": [1, 2, 3, 4]}]})",
                map);
    EXPECT_EQ(e.args(), (std::vector<std::string>{"slides.json", "slide 1", "rivers"}));
    e = errorOf(R"({"slides": [{"title_de": "A", "style": "default_map",
                                "extent": [1, 2, 3, 4]}]})",
                "");
    EXPECT_NE(e.key().find("default_map"), std::string::npos);
    e = errorOf(R"({"slides": []})", map);
    EXPECT_EQ(e.args().at(2), "slides");
}

}  // namespace
}  // namespace rrw::store
