// Accepting and rejecting the suggestion engine's proposals: the item with its indicator
// evidence, the remembered decision, and what undo needs.

#include "store/swot_suggestion_repository.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/error.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
#include "support/fixtures.h"

namespace rrw::store {

namespace {

analysis::SwotSuggestion proposal(const std::string& region, const std::string& indicator,
                                  char category) {
    analysis::SwotSuggestion s;
    s.region = region;
    s.indicator = indicator;
    s.category = category;
    s.value = 8.4;
    s.reference = 5.25;
    s.zScore = 1.5;
    s.textDe =
        "Arbeitslosenquote 8,4 % – deutlich ungünstiger als der grenzüberschreitende "
        "Durchschnitt (5,3 %)";
    s.textCs = "Míra nezaměstnanosti 8,4 % – výrazně horší než přeshraniční průměr (5,3 %)";
    return s;
}

class SuggestionDecisions : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string path = dir_.path("p.gpkg");
        std::filesystem::copy_file(test::testDataPath("store/project_schema3.gpkg"), path);
        project_ = std::make_unique<Project>(Project::open(path));
    }
    Project& project() { return *project_; }

    test::ScratchDir dir_;
    std::unique_ptr<Project> project_;
};

}  // namespace

TEST_F(SuggestionDecisions, AcceptStoresTheItemWithItsIndicatorEvidence) {
    const auto s = proposal("CZ0413", "unemployment_rate", 'W');
    SwotItem item;
    project().write([&] { item = acceptSwotSuggestion(project(), s, "Petra Dvořáková"); });
    EXPECT_EQ(item.origin, "suggestion");
    EXPECT_EQ(item.category, 'W');
    EXPECT_EQ(item.regionCode, "CZ0413");
    EXPECT_EQ(item.importance, 3);
    EXPECT_EQ(item.textDe, s.textDe);
    EXPECT_EQ(item.textCs, s.textCs);
    ASSERT_EQ(item.evidence.size(), 1u);
    EXPECT_EQ(item.evidence[0].kind, "indicator");
    EXPECT_EQ(item.evidence[0].ref, "unemployment_rate");
    EXPECT_EQ(item.evidence[0].note, "value 8.4; cross-border mean 5.25; z 1.5");

    const auto d = getSuggestionDecision(project(), {"CZ0413", "unemployment_rate", 'W'});
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->decision, "accepted");
    EXPECT_EQ(d->itemId, item.id);
    EXPECT_EQ(d->decidedBy, "Petra Dvořáková");
    // The same proposal cannot be decided twice, either way.
    try {
        project().write([&] { rejectSwotSuggestion(project(), s, ""); });
        FAIL() << "a decided proposal must be refused";
    } catch (const Error& e) {
        EXPECT_NE(e.message().find("CZ0413"), std::string::npos) << e.message();
        EXPECT_NE(e.message().find("accepted"), std::string::npos) << e.message();
    }
    EXPECT_THROW(project().write([&] { acceptSwotSuggestion(project(), s, ""); }), Error);
    EXPECT_EQ(listSwotItems(project()).size(), 1u);
}

TEST_F(SuggestionDecisions, RejectIsRememberedAndForgetBringsTheProposalBack) {
    const auto s = proposal("DE249", "share_75plus", 'W');
    SuggestionDecision rejected;
    project().write([&] { rejected = rejectSwotSuggestion(project(), s, "Team Hof"); });
    EXPECT_EQ(rejected.decision, "rejected");
    EXPECT_EQ(rejected.itemId, 0);
    EXPECT_TRUE(listSwotItems(project()).empty());
    ASSERT_EQ(listSuggestionDecisions(project()).size(), 1u);
    // The same indicator with the other category is another proposal.
    EXPECT_FALSE(getSuggestionDecision(project(), {"DE249", "share_75plus", 'S'}).has_value());

    std::optional<SuggestionDecision> forgotten;
    project().write([&] {
        forgotten = forgetSuggestionDecision(project(), {"DE249", "share_75plus", 'W'});
    });
    ASSERT_TRUE(forgotten.has_value());
    EXPECT_EQ(forgotten->decidedBy, "Team Hof");
    EXPECT_TRUE(listSuggestionDecisions(project()).empty());
    project().write([&] {
        EXPECT_FALSE(forgetSuggestionDecision(project(), {"DE249", "share_75plus", 'W'}));
    });
}

TEST_F(SuggestionDecisions, DeletingTheAcceptedItemKeepsTheDecisionAndRestoreRelinksIt) {
    const auto s = proposal("DE24D", "share_60plus", 'W');
    SwotItem item;
    project().write([&] { item = acceptSwotSuggestion(project(), s, ""); });
    DeletedSwotItem deleted;
    project().write([&] { deleted = deleteSwotItem(project(), item.id); });
    ASSERT_EQ(deleted.decisions.size(), 1u);
    EXPECT_EQ(deleted.decisions[0].indicatorId, "share_60plus");
    auto d = getSuggestionDecision(project(), {"DE24D", "share_60plus", 'W'});
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->decision, "accepted");  // still decided: not proposed again
    EXPECT_EQ(d->itemId, 0);
    project().write([&] { restoreSwotItem(project(), deleted); });
    d = getSuggestionDecision(project(), {"DE24D", "share_60plus", 'W'});
    EXPECT_EQ(d->itemId, item.id);
}

TEST_F(SuggestionDecisions, ProposalsForUnknownThingsAreRefused) {
    EXPECT_THROW(project().write([&] {
        acceptSwotSuggestion(project(), proposal("XX1", "share_60plus", 'S'), "");
    }),
                 Error);
    EXPECT_THROW(project().write([&] {
        acceptSwotSuggestion(project(), proposal("DE24D", "no_such_indicator", 'S'), "");
    }),
                 Error);
    EXPECT_THROW(project().write([&] {
        rejectSwotSuggestion(project(), proposal("DE24D", "share_60plus", 'O'), "");
    }),
                 Error);
    EXPECT_TRUE(listSuggestionDecisions(project()).empty());
    // An injection attempt in the key is plain data (and an unknown region).
    EXPECT_THROW(project().write([&] {
        rejectSwotSuggestion(project(), proposal("x'); DROP TABLE rrw_region;--", "a", 'S'), "");
    }),
                 Error);
    Statement regions(project().db(), "SELECT COUNT(*) FROM rrw_region");
    ASSERT_TRUE(regions.step());
    EXPECT_EQ(regions.integer(0), 16);
}

}  // namespace rrw::store
