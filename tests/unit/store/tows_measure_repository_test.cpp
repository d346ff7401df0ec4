// TOWS strategies and measures: round trips, the kind/category rule, links, cascades and undo.

#include <gtest/gtest.h>

#include "core/error.h"
#include "store/measure_repository.h"
#include "store/project.h"
#include "store/sqlite.h"
#include "store/swot_repository.h"
#include "store/tows_repository.h"
#include "support/cli_runner.h"

namespace rrw::store {

namespace {

class TowsAndMeasures : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = std::make_unique<Project>(Project::create(dir_.path("p.gpkg"), false));
        Measure m;
        m.id = "greencard_commuters";
        m.titleDe = "Grenzregion-„GreenCard“ für Pendlerinnen und Pendler";
        m.titleCs = "Příhraniční „GreenCard“ pro přeshraniční pracovníky";
        Measure n;
        n.id = "innovation_centre";
        n.titleCs = "Společné inovační centrum";
        n.status = "planned";
        project().write([&] { addMeasures(project(), {m, n}); });
        strength_ = item('S', "Zweisprachige Fachkräfte");
        weakness_ = item('W', "Überalterung");
        opportunity_ = item('O', "Nachfrage nach Pflegekräften");
        threat_ = item('T', "Abwanderung");
    }
    Project& project() { return *project_; }

    std::int64_t item(char category, const std::string& text) {
        SwotItem i;
        i.category = category;
        i.textDe = text;
        SwotItem stored;
        project().write([&] { stored = addSwotItem(project(), i); });
        return stored.id;
    }

    std::string errorOf(const std::function<void()>& work) {
        try {
            project().write(work);
        } catch (const Error& e) {
            return e.message();
        }
        return "";
    }

    std::int64_t count(const std::string& sql) {
        Statement q(project().db(), sql);
        return q.step() ? q.integer(0) : -1;
    }

    test::ScratchDir dir_;
    std::unique_ptr<Project> project_;
    std::int64_t strength_ = 0, weakness_ = 0, opportunity_ = 0, threat_ = 0;
};

}  // namespace

TEST(TowsKind, PairsTheRightCategories) {
    EXPECT_TRUE(towsKindAllows("SO", 'S'));
    EXPECT_TRUE(towsKindAllows("SO", 'O'));
    EXPECT_FALSE(towsKindAllows("SO", 'W'));
    EXPECT_FALSE(towsKindAllows("SO", 'T'));
    EXPECT_TRUE(towsKindAllows("WT", 'W'));
    EXPECT_TRUE(towsKindAllows("WT", 'T'));
    EXPECT_TRUE(towsKindAllows("ST", 'T'));
    EXPECT_TRUE(towsKindAllows("WO", 'O'));
    EXPECT_FALSE(towsKindAllows("OS", 'S'));
    EXPECT_FALSE(towsKindAllows("", 'S'));
}

TEST_F(TowsAndMeasures, MeasuresRoundTrip) {
    const auto all = listMeasures(project());
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, "greencard_commuters");
    EXPECT_EQ(all[0].status, "idea");
    EXPECT_EQ(all[0].titleCs, "Příhraniční „GreenCard“ pro přeshraniční pracovníky");
    EXPECT_EQ(listMeasures(project(), "planned").size(), 1u);
    EXPECT_TRUE(listMeasures(project(), "done").empty());

    Measure changed = all[1];
    changed.status = "in_progress";
    changed.titleDe = "Gemeinsames Innovationszentrum";
    Measure previous;
    project().write([&] { previous = updateMeasure(project(), changed); });
    EXPECT_EQ(previous.status, "planned");
    EXPECT_EQ(previous.titleDe, "");
    EXPECT_EQ(getMeasure(project(), "innovation_centre")->status, "in_progress");
    project().write([&] { updateMeasure(project(), previous); });
    EXPECT_EQ(getMeasure(project(), "innovation_centre")->status, "planned");
}

TEST_F(TowsAndMeasures, BadMeasuresAreRefusedNamingThem) {
    Measure m;
    m.id = "x'); DROP TABLE rrw_measure;--";
    m.titleDe = "Titel";
    EXPECT_NE(errorOf([&] { addMeasures(project(), {m}); }).find("DROP TABLE"), std::string::npos);
    m.id = "a,b";  // ids are listed with commas on the command line
    EXPECT_NE(errorOf([&] { addMeasures(project(), {m}); }), "");
    m.id = "ok_id";
    m.status = "someday";
    EXPECT_NE(errorOf([&] { addMeasures(project(), {m}); }).find("someday"), std::string::npos);
    m.status = "done";
    m.titleDe = " ";
    EXPECT_NE(errorOf([&] { addMeasures(project(), {m}); }).find("ok_id"), std::string::npos);
    m.titleDe = "Titel";
    m.id = "greencard_commuters";
    EXPECT_NE(errorOf([&] { addMeasures(project(), {m}); }).find("exists already"),
              std::string::npos);
    m.id = "twice";
    EXPECT_NE(errorOf([&] { addMeasures(project(), {m, m}); }).find("twice"), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_measure"), 2);
    // Hostile titles are plain data.
    m.id = "hostile";
    m.titleDe = "'); DELETE FROM rrw_measure; --";
    project().write([&] { addMeasures(project(), {m}); });
    EXPECT_EQ(getMeasure(project(), "hostile")->titleDe, m.titleDe);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_measure"), 3);
}

TEST_F(TowsAndMeasures, StrategyRoundTripWithLinks) {
    TowsStrategy s;
    s.kind = "WO";
    s.titleDe = "Pflegekräfte aus der Grenzregion gewinnen";
    s.titleCs = "Získat pečovatele z příhraničí";
    s.textCs = "Společná náborová kampaň";
    s.itemIds = {opportunity_, weakness_, weakness_};  // duplicates count once
    s.measureIds = {"innovation_centre", "greencard_commuters"};
    TowsStrategy stored;
    project().write([&] { stored = addTowsStrategy(project(), s); });
    EXPECT_GT(stored.id, 0);
    const auto read = getTowsStrategy(project(), stored.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->kind, "WO");
    EXPECT_EQ(read->titleCs, "Získat pečovatele z příhraničí");
    EXPECT_EQ(read->textDe, "");
    EXPECT_EQ(read->itemIds, (std::vector<std::int64_t>{weakness_, opportunity_}));
    EXPECT_EQ(read->measureIds,
              (std::vector<std::string>{"greencard_commuters", "innovation_centre"}));
    TowsStrategy st;
    st.kind = "ST";
    st.titleDe = "Fachkräfte halten";
    st.itemIds = {strength_, threat_};
    project().write([&] { addTowsStrategy(project(), st); });
    EXPECT_EQ(listTowsStrategies(project()).size(), 2u);
    EXPECT_EQ(listTowsStrategies(project())[0].kind, "ST");  // SO, ST, WO, WT order
    EXPECT_EQ(listTowsStrategies(project(), "WO").size(), 1u);
    EXPECT_TRUE(listTowsStrategies(project(), "WT").empty());
}

TEST_F(TowsAndMeasures, KindsMustMatchTheItemCategories) {
    TowsStrategy s;
    s.kind = "SO";
    s.titleDe = "Stärken nutzen";
    s.itemIds = {strength_, threat_};
    const std::string message = errorOf([&] { addTowsStrategy(project(), s); });
    EXPECT_NE(message.find("SWOT item " + std::to_string(threat_)), std::string::npos) << message;
    EXPECT_NE(message.find("Stärken nutzen"), std::string::npos) << message;
    s.itemIds = {strength_, 9999};
    EXPECT_NE(errorOf([&] { addTowsStrategy(project(), s); }).find("9999"), std::string::npos);
    s.itemIds = {strength_};
    s.measureIds = {"no_such_measure"};
    EXPECT_NE(errorOf([&] { addTowsStrategy(project(), s); }).find("no_such_measure"),
              std::string::npos);
    s.measureIds = {};
    s.kind = "XY";
    EXPECT_NE(errorOf([&] { addTowsStrategy(project(), s); }).find("XY"), std::string::npos);
    s.kind = "SO";
    s.titleDe = "";
    EXPECT_NE(errorOf([&] { addTowsStrategy(project(), s); }).find("title"), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_tows_strategy"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_tows_strategy_item"), 0);
}

TEST_F(TowsAndMeasures, UpdateAndDeleteCanBeUndone) {
    TowsStrategy s;
    s.kind = "WT";
    s.titleDe = "Abwanderung bremsen";
    s.itemIds = {weakness_, threat_};
    s.measureIds = {"greencard_commuters"};
    TowsStrategy stored;
    project().write([&] { stored = addTowsStrategy(project(), s); });
    TowsStrategy changed = stored;
    changed.itemIds = {threat_};
    changed.measureIds = {};
    changed.titleCs = "Zpomalit odliv obyvatel";
    TowsStrategy previous;
    project().write([&] { previous = updateTowsStrategy(project(), changed); });
    EXPECT_EQ(previous.itemIds.size(), 2u);
    EXPECT_TRUE(getTowsStrategy(project(), stored.id)->measureIds.empty());
    project().write([&] { updateTowsStrategy(project(), previous); });
    EXPECT_EQ(getTowsStrategy(project(), stored.id)->itemIds.size(), 2u);
    EXPECT_EQ(getTowsStrategy(project(), stored.id)->titleCs, "");

    TowsStrategy deleted;
    project().write([&] { deleted = deleteTowsStrategy(project(), stored.id); });
    EXPECT_FALSE(getTowsStrategy(project(), stored.id).has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_tows_strategy_item"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_tows_strategy_measure"), 0);
    project().write([&] { addTowsStrategy(project(), deleted); });
    const auto back = getTowsStrategy(project(), stored.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->createdAt, stored.createdAt);
    EXPECT_EQ(back->itemIds, stored.itemIds);
    EXPECT_EQ(back->measureIds, stored.measureIds);
    EXPECT_NE(errorOf([&] { addTowsStrategy(project(), deleted); }).find("exists already"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { deleteTowsStrategy(project(), 4711); }).find("4711"),
              std::string::npos);
}

TEST_F(TowsAndMeasures, DeletingAMeasureUnlinksItAndRestoreRelinks) {
    TowsStrategy s;
    s.kind = "SO";
    s.titleDe = "Pendler gewinnen";
    s.itemIds = {strength_, opportunity_};
    s.measureIds = {"greencard_commuters", "innovation_centre"};
    TowsStrategy stored;
    project().write([&] { stored = addTowsStrategy(project(), s); });
    DeletedMeasure deleted;
    project().write([&] { deleted = deleteMeasure(project(), "greencard_commuters"); });
    EXPECT_EQ(deleted.strategyIds, std::vector<std::int64_t>{stored.id});
    EXPECT_EQ(getTowsStrategy(project(), stored.id)->measureIds,
              std::vector<std::string>{"innovation_centre"});
    project().write([&] { restoreMeasure(project(), deleted); });
    EXPECT_EQ(getTowsStrategy(project(), stored.id)->measureIds.size(), 2u);
    EXPECT_EQ(getMeasure(project(), "greencard_commuters")->createdAt, deleted.measure.createdAt);
    // Deleting a SWOT item unlinks it from the strategy (the cascade trigger).
    project().write([&] { deleteSwotItem(project(), strength_); });
    EXPECT_EQ(getTowsStrategy(project(), stored.id)->itemIds,
              std::vector<std::int64_t>{opportunity_});
    EXPECT_NE(errorOf([&] { deleteMeasure(project(), "nope"); }).find("nope"), std::string::npos);
}

}  // namespace rrw::store
