// BBK scenarios in the project: the analysis type round-trips through rrw_bbk_scenario and its
// extent table; bad scenarios are refused naming them; save and delete return what undoes them.

#include "store/bbk_repository.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "store/bundled_planning.h"
#include "store/measure_repository.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw::store {

namespace {

StoredBbkScenario borderClosure() {
    StoredBbkScenario s;
    s.scenario.id = "border_closure";
    s.scenario.nameDe = "Grenzschließung wie im Frühjahr 2020";
    s.scenario.nameCs = "Uzavření hranic jako na jaře 2020";
    s.scenario.nameEn = "Border closure as in spring 2020";
    s.scenario.likelihood = analysis::Likelihood::D;
    s.scenario.extent = {
        {"people", 2}, {"environment", 1}, {"economy", 4}, {"supply", 3}, {"immaterial", 3}};
    s.scenario.source = "expert estimate";
    s.rationaleDe = "Zweimal in zwei Jahren eingetreten.";
    return s;
}

class BbkScenarios : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = std::make_unique<Project>(Project::create(dir_.path("p.gpkg"), false));
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
};

}  // namespace

TEST_F(BbkScenarios, RoundTripAndMatrixPlacement) {
    std::optional<StoredBbkScenario> previous;
    project().write([&] { previous = saveBbkScenario(project(), borderClosure()); });
    EXPECT_FALSE(previous.has_value());  // new: an undo deletes it
    const auto read = getBbkScenario(project(), "border_closure");
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->scenario.nameDe, "Grenzschließung wie im Frühjahr 2020");
    EXPECT_EQ(read->scenario.nameCs, "Uzavření hranic jako na jaře 2020");
    EXPECT_EQ(read->scenario.likelihood, analysis::Likelihood::D);
    EXPECT_EQ(read->scenario.extent, borderClosure().scenario.extent);
    EXPECT_EQ(read->scenario.source, "expert estimate");
    EXPECT_EQ(read->rationaleDe, "Zweimal in zwei Jahren eingetreten.");
    EXPECT_FALSE(read->updatedAt.empty());
    // The stored scenario places as the one it came from: D x 13/5 -> 3, score 12, high.
    const auto placement = analysis::placeScenario(read->scenario);
    EXPECT_EQ(placement.extentClass, 3);
    EXPECT_EQ(placement.level, "high");
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_bbk_scenario_extent"), 5);
}

TEST_F(BbkScenarios, SavingAgainReplacesAndReturnsThePreviousVersion) {
    project().write([&] { saveBbkScenario(project(), borderClosure()); });
    StoredBbkScenario changed = borderClosure();
    changed.scenario.likelihood = analysis::Likelihood::E;
    changed.scenario.extent["economy"] = 5;
    changed.scenario.source = "Workshop Marktredwitz";
    std::optional<StoredBbkScenario> previous;
    project().write([&] { previous = saveBbkScenario(project(), changed); });
    ASSERT_TRUE(previous.has_value());
    EXPECT_EQ(previous->scenario.likelihood, analysis::Likelihood::D);
    EXPECT_EQ(previous->scenario.extent.at("economy"), 4);
    EXPECT_EQ(getBbkScenario(project(), "border_closure")->scenario.extent.at("economy"), 5);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_bbk_scenario_extent"), 5);
    project().write([&] { saveBbkScenario(project(), *previous); });  // undo
    EXPECT_EQ(getBbkScenario(project(), "border_closure")->scenario.source, "expert estimate");
}

TEST_F(BbkScenarios, DeleteRemovesTheExtentRowsAndSaveRestores) {
    project().write([&] { saveBbkScenario(project(), borderClosure()); });
    StoredBbkScenario deleted;
    project().write([&] { deleted = deleteBbkScenario(project(), "border_closure"); });
    EXPECT_TRUE(listBbkScenarios(project()).empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_bbk_scenario_extent"), 0);
    project().write([&] { saveBbkScenario(project(), deleted); });
    EXPECT_EQ(listBbkScenarios(project()).size(), 1u);
    EXPECT_NE(errorOf([&] { deleteBbkScenario(project(), "nope"); }).find("nope"),
              std::string::npos);
}

TEST_F(BbkScenarios, BadScenariosAreRefusedNamingThem) {
    auto bad = borderClosure();
    bad.scenario.extent.erase("supply");
    std::string message = errorOf([&] { saveBbkScenario(project(), bad); });
    EXPECT_NE(message.find("border_closure"), std::string::npos) << message;
    EXPECT_NE(message.find("supply"), std::string::npos) << message;
    bad = borderClosure();
    bad.scenario.extent["people"] = 6;
    EXPECT_NE(errorOf([&] { saveBbkScenario(project(), bad); }).find("people"), std::string::npos);
    bad = borderClosure();
    bad.scenario.extent["weather"] = 2;
    EXPECT_NE(errorOf([&] { saveBbkScenario(project(), bad); }).find("weather"), std::string::npos);
    bad = borderClosure();
    bad.scenario.nameCs = "";
    EXPECT_NE(errorOf([&] { saveBbkScenario(project(), bad); }).find("name_cs"), std::string::npos);
    bad = borderClosure();
    bad.scenario.id = "a'; DROP TABLE rrw_bbk_scenario; --";
    EXPECT_NE(errorOf([&] { saveBbkScenario(project(), bad); }).find("DROP TABLE"),
              std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_bbk_scenario"), 0);
    // Hostile texts in names and assessment are plain data.
    auto hostile = borderClosure();
    hostile.scenario.source = "'); DELETE FROM rrw_bbk_scenario_extent; --";
    project().write([&] { saveBbkScenario(project(), hostile); });
    EXPECT_EQ(getBbkScenario(project(), "border_closure")->scenario.source,
              hostile.scenario.source);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_bbk_scenario_extent"), 5);
}

TEST_F(BbkScenarios, TheBundledFilesImportWithRationales) {
    const std::string dir = std::string(RRW_DATA_DIR_FOR_TESTS) + "/indicators";
    project().write([&] { importBundledPlanning(project(), dir); });
    const auto doc = nlohmann::json::parse(std::ifstream(dir + "/bbk_scenarios.json"));
    const auto stored = listBbkScenarios(project());
    ASSERT_EQ(stored.size(), doc.at("scenarios").size());
    for (const auto& s : doc.at("scenarios")) {
        const auto it = std::find_if(stored.begin(), stored.end(), [&](const auto& x) {
            return x.scenario.id == s.at("id").get<std::string>();
        });
        ASSERT_NE(it, stored.end()) << s.at("id");
        EXPECT_EQ(it->rationaleDe, s.at("rationale_de").get<std::string>());
        EXPECT_EQ(analysis::likelihoodLetter(it->scenario.likelihood),
                  s.at("likelihood").get<std::string>());
    }
    const auto measures = nlohmann::json::parse(std::ifstream(dir + "/measures.json"));
    EXPECT_EQ(listMeasures(project()).size(), measures.at("measures").size());
}

TEST(MeasureCatalog, BadEntriesNameTheFileAndTheMeasure) {
    const auto parse = [](const char* text) {
        try {
            readMeasureCatalog(nlohmann::json::parse(text), "measures.json");
        } catch (const Error& e) {
            return e.message();
        }
        return std::string();
    };
    EXPECT_NE(parse(R"({"measures": []})").find("measures.json"), std::string::npos);
    EXPECT_NE(parse(R"({"measures": [1]})").find("measure number 1"), std::string::npos);
    EXPECT_NE(parse(R"({"measures": [{"id": "a", "title_de": 5}]})").find("title_de"),
              std::string::npos);
    EXPECT_NE(parse(R"({"measures": [{"id": "a", "title_de": "A"}, {"id": "a", "title_de": "B"}]})")
                  .find("\"a\""),
              std::string::npos);
    EXPECT_EQ(parse(R"({"measures": [{"id": "a", "title_cs": "Á"}]})"), "");
}

}  // namespace rrw::store
