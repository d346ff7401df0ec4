// The governance register: organisations (round trip, checks, delete/restore with the owners of
// measures), the governance fields of measures (owner, review date as a calendar date) and the
// links of a measure to SWOT items and risks (checks, unlink, undo by writing the old state).

#include <gtest/gtest.h>

#include <functional>

#include "core/error.h"
#include "store/measure_links.h"
#include "store/measure_repository.h"
#include "store/organisation_repository.h"
#include "store/project.h"
#include "store/sqlite.h"
#include "store/swot_repository.h"
#include "support/cli_runner.h"

namespace rrw::store {
namespace {

class Governance : public ::testing::Test {
protected:
    void SetUp() override {
        test::copyBundledProject(dir_.path("p.gpkg"));
        project_ = std::make_unique<Project>(Project::open(dir_.path("p.gpkg")));
        Organisation o;
        o.id = "test_rpv";
        o.nameDe = "Regionaler Planungsverband (Test)";
        o.nameCs = "Regionální plánovací svaz (test)";
        o.shortName = "RPV-T";
        o.country = "DE";
        o.kind = "planning_association";
        o.roleDe = "Regionalplanung";
        project().write([&] { addOrganisations(project(), {o}); });
        SwotItem i;
        i.category = 'T';
        i.textDe = "Grenzschließung";
        project().write([&] { item_ = addSwotItem(project(), i).id; });
        measure_ = listMeasures(project()).front().id;
    }
    Project& project() { return *project_; }

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
    std::int64_t item_ = 0;
    std::string measure_;
};

TEST(MeasureDates, OnlyCalendarDates) {
    EXPECT_TRUE(isIsoDate("2027-02-28"));
    EXPECT_TRUE(isIsoDate("2028-02-29"));
    EXPECT_FALSE(isIsoDate("2027-02-29"));
    EXPECT_FALSE(isIsoDate("2027-02-30"));
    EXPECT_FALSE(isIsoDate("2027-13-01"));
    EXPECT_FALSE(isIsoDate("2027-00-10"));
    EXPECT_FALSE(isIsoDate("2027-1-10"));
    EXPECT_FALSE(isIsoDate("31.12.2027"));
    EXPECT_FALSE(isIsoDate("2027-12-3x"));
    EXPECT_FALSE(isIsoDate(""));
}

TEST_F(Governance, OrganisationsRoundTripAndChecks) {
    const auto o = getOrganisation(project(), "test_rpv");
    ASSERT_TRUE(o);
    EXPECT_EQ(o->shortName, "RPV-T");
    EXPECT_EQ(o->kind, "planning_association");
    EXPECT_EQ(organisationName(*o, "cs"), "Regionální plánovací svaz (test)");
    EXPECT_EQ(organisationName(*o, "en"), "Regionaler Planungsverband (Test)");  // falls back
    EXPECT_EQ(organisationLabel(*o, "de"), "RPV-T");

    Organisation bad = *o;
    bad.id = "x";
    bad.kind = "ministry";
    EXPECT_NE(errorOf([&] { addOrganisations(project(), {bad}); }).find("'ministry'"),
              std::string::npos);
    bad.kind = "city";
    bad.country = "AT";
    EXPECT_NE(errorOf([&] { addOrganisations(project(), {bad}); }).find("'AT'"), std::string::npos);
    bad.country = "CZ";
    bad.nameDe.clear();
    bad.nameCs = " ";
    EXPECT_NE(errorOf([&] { addOrganisations(project(), {bad}); }).find("German or a Czech name"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { addOrganisations(project(), {*o}); }).find("exists already"),
              std::string::npos);
    bad.id = "has space";
    EXPECT_NE(errorOf([&] { addOrganisations(project(), {bad}); }).find("'has space'"),
              std::string::npos);

    Organisation edited = *o;
    edited.roleCs = "Regionální plánování";
    Organisation before;
    project().write([&] { before = updateOrganisation(project(), edited); });
    EXPECT_EQ(before.roleCs, "");
    EXPECT_EQ(getOrganisation(project(), "test_rpv")->roleCs, "Regionální plánování");
    EXPECT_NE(errorOf([&] {
                  edited.id = "nobody";
                  updateOrganisation(project(), edited);
              }).find("no organisation 'nobody'"),
              std::string::npos);
}

TEST_F(Governance, OwnerAndReviewDateOfAMeasure) {
    Measure m = *getMeasure(project(), measure_);
    EXPECT_EQ(m.ownerId, "");  // the bundled measures have no owner
    m.ownerId = "test_rpv";
    m.reviewDate = "2027-06-30";
    m.status = "planned";
    Measure before;
    project().write([&] { before = updateMeasure(project(), m); });
    const Measure stored = *getMeasure(project(), measure_);
    EXPECT_EQ(stored.ownerId, "test_rpv");
    EXPECT_EQ(stored.reviewDate, "2027-06-30");
    EXPECT_EQ(stored.status, "planned");
    EXPECT_EQ(before.ownerId, "");

    m.reviewDate = "2027-02-30";
    const std::string date = errorOf([&] { updateMeasure(project(), m); });
    EXPECT_NE(date.find("'2027-02-30'"), std::string::npos) << date;
    EXPECT_NE(date.find("measure '" + measure_ + "'"), std::string::npos) << date;
    EXPECT_NE(date.find(project().path()), std::string::npos) << date;
    m.reviewDate = "2027-06-30";
    m.ownerId = "nobody";
    const std::string owner = errorOf([&] { updateMeasure(project(), m); });
    EXPECT_NE(owner.find("owner 'nobody'"), std::string::npos) << owner;
    EXPECT_EQ(getMeasure(project(), measure_)->ownerId, "test_rpv");  // nothing changed

    // Undo = writing the previous record back.
    project().write([&] { updateMeasure(project(), before); });
    EXPECT_EQ(getMeasure(project(), measure_)->ownerId, "");
    EXPECT_EQ(getMeasure(project(), measure_)->reviewDate, "");
}

TEST_F(Governance, DeletingAnOrganisationClearsOwnersAndRestoreGivesThemBack) {
    Measure m = *getMeasure(project(), measure_);
    m.ownerId = "test_rpv";
    project().write([&] { updateMeasure(project(), m); });
    DeletedOrganisation deleted;
    project().write([&] { deleted = deleteOrganisation(project(), "test_rpv"); });
    EXPECT_EQ(deleted.ownedMeasureIds, std::vector<std::string>{measure_});
    EXPECT_FALSE(getOrganisation(project(), "test_rpv"));
    EXPECT_EQ(getMeasure(project(), measure_)->ownerId, "");
    EXPECT_EQ(count("SELECT count(*) FROM pragma_foreign_key_check('rrw_measure')"), 0);
    project().write([&] { restoreOrganisation(project(), deleted); });
    EXPECT_EQ(getOrganisation(project(), "test_rpv")->createdAt, deleted.organisation.createdAt);
    EXPECT_EQ(getMeasure(project(), measure_)->ownerId, "test_rpv");
}

TEST_F(Governance, LinksAreCheckedChangedAndUndone) {
    MeasureLinks links;
    links.swotItemIds = {item_};
    links.risks = {{"supply_scenario", "border_closure_3w"},
                   {"bbk_scenario", "border_closure"},
                   {"hazard_model", "all_hazards"}};
    MeasureLinks before;
    project().write([&] { before = setMeasureLinks(project(), measure_, links); });
    EXPECT_TRUE(before.empty());
    const MeasureLinks stored = measureLinks(project(), measure_);
    EXPECT_EQ(stored.swotItemIds, std::vector<std::int64_t>{item_});
    ASSERT_EQ(stored.risks.size(), 3U);
    EXPECT_EQ(stored.risks[0], (MeasureRisk{"bbk_scenario", "border_closure"}));
    EXPECT_EQ(allMeasureLinks(project()).size(), 1U);

    MeasureLinks missing;
    missing.swotItemIds = {999999};
    EXPECT_NE(errorOf([&] {
                  changeMeasureLinks(project(), measure_, missing, {});
              }).find("no SWOT item #999999"),
              std::string::npos);
    missing = {{}, {{"bbk_scenario", "meteorite"}}};
    EXPECT_NE(errorOf([&] {
                  changeMeasureLinks(project(), measure_, missing, {});
              }).find("bbk_scenario:meteorite"),
              std::string::npos);
    missing = {{}, {{"supply_scenario", "nope"}}};
    EXPECT_NE(errorOf([&] {
                  changeMeasureLinks(project(), measure_, {}, missing);
              }).find("not linked to the risk supply_scenario:nope"),
              std::string::npos);
    EXPECT_NE(errorOf([&] {
                  setMeasureLinks(project(), "no_such_measure", links);
              }).find("no measure 'no_such_measure'"),
              std::string::npos);
    EXPECT_EQ(measureLinks(project(), measure_), stored);  // refused edits changed nothing

    MeasureLinks old;
    project().write([&] {
        old = changeMeasureLinks(project(), measure_, {},
                                 {{item_}, {{"hazard_model", "all_hazards"}}});
    });
    EXPECT_EQ(old, stored);
    EXPECT_TRUE(measureLinks(project(), measure_).swotItemIds.empty());
    EXPECT_EQ(measureLinks(project(), measure_).risks.size(), 2U);
    project().write([&] { setMeasureLinks(project(), measure_, old); });
    EXPECT_EQ(measureLinks(project(), measure_), stored);

    EXPECT_THROW(parseMeasureRisk("bbk_scenario"), Error);
    EXPECT_THROW(parseMeasureRisk("volcano:etna"), Error);
    EXPECT_EQ(parseMeasureRisk("supply_scenario:a:b").riskId, "a:b");
}

TEST_F(Governance, DeletingAMeasureOrItemRemovesLinksAndRestoreBringsThemBack) {
    Measure m = *getMeasure(project(), measure_);
    m.ownerId = "test_rpv";
    m.reviewDate = "2028-02-29";
    const MeasureLinks links{{item_}, {{"bbk_scenario", "pandemic"}}};
    project().write([&] {
        updateMeasure(project(), m);
        setMeasureLinks(project(), measure_, links);
    });
    DeletedMeasure deleted;
    project().write([&] { deleted = deleteMeasure(project(), measure_); });
    EXPECT_EQ(deleted.links, links);
    EXPECT_EQ(count("SELECT count(*) FROM rrw_measure_swot_item"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM rrw_measure_risk"), 0);
    project().write([&] { restoreMeasure(project(), deleted); });
    const Measure back = *getMeasure(project(), measure_);
    EXPECT_EQ(back.ownerId, "test_rpv");
    EXPECT_EQ(back.reviewDate, "2028-02-29");
    EXPECT_EQ(measureLinks(project(), measure_), links);

    project().write([&] { deleteSwotItem(project(), item_); });
    EXPECT_TRUE(measureLinks(project(), measure_).swotItemIds.empty());
    EXPECT_EQ(measureLinks(project(), measure_).risks.size(), 1U);
}

}  // namespace
}  // namespace rrw::store
