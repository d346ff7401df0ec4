// rrw-cli actors and measures set/list on the bundled project: the eleven partner
// organisations from data/governance, owners, status, review dates and links, all-or-nothing
// writes and named errors with the exit codes of the other commands.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

nlohmann::json runJson(const std::vector<std::string>& args) {
    std::vector<std::string> withJson = args;
    withJson.push_back("--json");
    const CliResult r = runCli(withJson);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

long lines(const std::string& text) {
    return static_cast<long>(std::count(text.begin(), text.end(), '\n'));
}

void expectFailure(const std::vector<std::string>& args, int code,
                   const std::vector<std::string>& mentions) {
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, code) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    for (const auto& mention : mentions) {
        EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
    }
}

class GovernanceCli : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = dir_.path("region.gpkg");
        copyBundledProject(project_);
        measure_ = runJson({"measures", "list", project_}).at("measures").at(0).at("id");
    }
    nlohmann::json measure() {
        const auto list = runJson({"measures", "list", project_});
        for (const auto& m : list.at("measures")) {
            if (m.at("id") == measure_) {
                return m;
            }
        }
        return {};
    }
    int addSwotItem() {
        return runJson({"swot", "add", project_, "--category", "T", "--text-de",
                        "Grenzschließung wie im Frühjahr 2020"})
            .at("item")
            .at("id");
    }
    ScratchDir dir_;
    std::string project_;
    std::string measure_;
};

}  // namespace

TEST_F(GovernanceCli, ActorsComeFromTheBundledData) {
    const auto doc = nlohmann::json::parse(
        std::ifstream(std::string(RRW_DATA_DIR_FOR_TESTS) + "/governance/organisations.json"));
    const auto list = runJson({"actors", "list", project_}).at("organisations");
    ASSERT_EQ(list.size(), 11u);
    ASSERT_EQ(list.size(), doc.at("organisations").size());
    for (const auto& o : list) {
        for (const char* field :
             {"name_de", "name_cs", "name_en", "short_name", "role_de", "role_cs", "role_en"}) {
            EXPECT_FALSE(o.at(field).is_null()) << o.at("id") << " " << field;
        }
    }
    const auto karp =
        std::find_if(list.begin(), list.end(), [](const auto& o) { return o.at("id") == "karp"; });
    ASSERT_NE(karp, list.end());
    EXPECT_EQ(karp->at("kind"), "agency");
    EXPECT_EQ(karp->at("country"), "CZ");
    const CliResult text = runCli({"actors", "list", project_});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(lines(text.out), 11);
    EXPECT_NE(text.out.find("Zemský okres Wunsiedel ve Smrčinách"), std::string::npos);
    // The bundled measures have no owner yet: planners assign them.
    const auto measures = runJson({"measures", "list", project_});
    for (const auto& m : measures.at("measures")) {
        EXPECT_TRUE(m.at("owner").is_null()) << m.at("id");
        EXPECT_TRUE(m.at("review_date").is_null()) << m.at("id");
    }
}

TEST_F(GovernanceCli, ActorsAddSetDelete) {
    const auto added =
        runJson({"actors", "add", project_, "lag_fichtelgebirge", "--name-de", "LAG Fichtelgebirge",
                 "--country", "DE", "--kind", "association", "--role-de", "LEADER-Förderung"})
            .at("organisation");
    EXPECT_EQ(added.at("name_de"), "LAG Fichtelgebirge");
    EXPECT_TRUE(added.at("name_cs").is_null());
    const auto set = runJson({"actors", "set", project_, "lag_fichtelgebirge", "--name-cs",
                              "MAS Smrčiny", "--short", "LAG"})
                         .at("organisation");
    EXPECT_EQ(set.at("name_cs"), "MAS Smrčiny");
    EXPECT_EQ(set.at("name_de"), "LAG Fichtelgebirge");  // kept
    EXPECT_EQ(runJson({"actors", "list", project_}).at("organisations").size(), 12u);

    expectFailure({"actors", "add", project_, "karp", "--name-de", "X", "--country", "CZ", "--kind",
                   "agency"},
                  1, {"karp", "exists already"});
    expectFailure(
        {"actors", "add", project_, "x", "--name-de", "X", "--country", "AT", "--kind", "agency"},
        1, {"'AT'"});
    expectFailure({"actors", "set", project_, "nobody", "--short", "N"}, 1, {project_, "nobody"});
    expectFailure({"actors", "set", project_, "karp"}, 2, {"nothing to change"});
    expectFailure({"actors", "list", project_, "--kind", "x"}, 2, {"kind"});
    expectFailure({"actors", "rename", project_}, 2, {"rename"});

    // Deleting the owner of a measure leaves the measure without owner.
    ASSERT_EQ(
        runCli({"measures", "set", project_, measure_, "--owner", "lag_fichtelgebirge"}).exitCode,
        0);
    const auto deleted = runJson({"actors", "delete", project_, "lag_fichtelgebirge"});
    EXPECT_EQ(deleted.at("deleted").at("owned_measures"), nlohmann::json::array({measure_}));
    EXPECT_TRUE(measure().at("owner").is_null());
    expectFailure({"actors", "delete", project_, "lag_fichtelgebirge"}, 1, {"lag_fichtelgebirge"});
}

TEST_F(GovernanceCli, MeasuresSetOwnerStatusReviewAndLinks) {
    const int item = addSwotItem();
    const auto set =
        runJson({"measures", "set", project_, measure_, "--owner", "euregio_egrensis", "--status",
                 "in_progress", "--review", "2027-03-31", "--link-swot", std::to_string(item),
                 "--link-risk", "bbk_scenario:border_closure", "--link-risk",
                 "supply_scenario:border_closure_3w", "--link-risk", "hazard_model:all_hazards"})
            .at("measure");
    EXPECT_EQ(set.at("owner"), "euregio_egrensis");
    EXPECT_EQ(set.at("status"), "in_progress");
    EXPECT_EQ(set.at("review_date"), "2027-03-31");
    EXPECT_EQ(set.at("swot_items"), nlohmann::json::array({item}));
    ASSERT_EQ(set.at("risks").size(), 3u);
    EXPECT_EQ(set.at("risks")[0].at("kind"), "bbk_scenario");
    EXPECT_EQ(measure(), set);

    // The text list: owner short name, review date, links.
    const CliResult text = runCli({"measures", "list", project_, "--owner", "euregio_egrensis"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(lines(text.out), 1);
    EXPECT_NE(text.out.find(measure_ + "\tin_progress\tEuregio Egrensis\t2027-03-31\t#" +
                            std::to_string(item) + "\tbbk_scenario:border_closure,"),
              std::string::npos)
        << text.out;
    const auto none = runJson({"measures", "list", project_, "--owner", "none"}).at("measures");
    EXPECT_EQ(none.size() + 1, runJson({"measures", "list", project_}).at("measures").size());

    const auto unlinked =
        runJson({"measures", "set", project_, measure_, "--unlink-swot", std::to_string(item),
                 "--unlink-risk", "hazard_model:all_hazards", "--owner", "none", "--review",
                 "none"})
            .at("measure");
    EXPECT_TRUE(unlinked.at("swot_items").empty());
    EXPECT_EQ(unlinked.at("risks").size(), 2u);
    EXPECT_TRUE(unlinked.at("owner").is_null());
    EXPECT_TRUE(unlinked.at("review_date").is_null());
}

TEST_F(GovernanceCli, RefusedChangesLeaveTheMeasureAsItWas) {
    const auto before = measure();
    const std::string item = std::to_string(addSwotItem());
    // Every refusal names the measure and the value; nothing of the other options is written.
    expectFailure(
        {"measures", "set", project_, measure_, "--status", "planned", "--review", "2027-02-30"}, 1,
        {project_, measure_, "2027-02-30"});
    expectFailure({"measures", "set", project_, measure_, "--owner", "nobody"}, 1,
                  {measure_, "nobody"});
    expectFailure({"measures", "set", project_, measure_, "--status", "planned", "--link-swot",
                   item, "--link-risk", "bbk_scenario:meteorite"},
                  1, {measure_, "bbk_scenario:meteorite"});
    expectFailure({"measures", "set", project_, measure_, "--link-swot", "99999"}, 1,
                  {measure_, "#99999"});
    expectFailure({"measures", "set", project_, measure_, "--unlink-risk", "bbk_scenario:pandemic"},
                  1, {measure_, "bbk_scenario:pandemic"});
    expectFailure({"measures", "set", project_, "no_such_measure", "--status", "done"}, 1,
                  {"no_such_measure"});
    expectFailure({"measures", "set", project_, measure_, "--link-risk", "volcano:etna"}, 1,
                  {"volcano:etna"});
    expectFailure({"measures", "set", project_, measure_, "--status", "someday"}, 2, {"someday"});
    expectFailure({"measures", "set", project_, measure_, "--link-swot", "x"}, 2, {"x"});
    expectFailure({"measures", "set", project_, measure_}, 2, {"nothing to change"});
    expectFailure({"measures", "list", project_, "--owner", "nobody"}, 1, {"nobody"});
    EXPECT_EQ(measure(), before);
}

TEST_F(GovernanceCli, ReportsListTheRegisterAndTheActors) {
    const int item = addSwotItem();
    ASSERT_EQ(runCli({"measures", "set", project_, measure_, "--owner", "karp", "--status",
                      "planned", "--review", "2027-03-31", "--link-swot", std::to_string(item),
                      "--link-risk", "bbk_scenario:border_closure"})
                  .exitCode,
              0);
    const auto report = [&](const std::string& lang) {
        const std::string out = dir_.path("swot_" + lang + ".html");
        const CliResult r = runCli({"report", project_, "--template", "swot", "--lang", lang,
                                    "--date", "2027-06-01", "-o", out});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        std::ifstream in(out);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    };
    const std::string cs = report("cs");
    // Owner and role in Czech, the review date as Czech writes it, the linked item and risk.
    EXPECT_NE(cs.find("Karlovarská agentura rozvoje podnikání, p. o."), std::string::npos);
    EXPECT_NE(cs.find("31. 3. 2027"), std::string::npos);
    EXPECT_NE(cs.find("Regionální rozvojová agentura Karlovarského kraje"), std::string::npos);
    EXPECT_NE(cs.find("T: Grenzschließung wie im Frühjahr 2020"), std::string::npos);
    EXPECT_NE(cs.find("Uzavření hranic jako na jaře 2020"), std::string::npos);
    EXPECT_NE(cs.find("Zemský okres Wunsiedel ve Smrčinách"), std::string::npos);  // actors
    const std::string de = report("de");
    EXPECT_NE(de.find("Karlsbader Agentur für Unternehmensentwicklung (KARP)"), std::string::npos);
    EXPECT_NE(de.find("31.03.2027"), std::string::npos);
    EXPECT_NE(de.find("Grenzüberschreitende Koordination der Modellregion"), std::string::npos);
    const std::string both = report("de+cs");
    EXPECT_NE(both.find("Karlsbader Agentur für Unternehmensentwicklung (KARP)"),
              std::string::npos);
    EXPECT_NE(both.find("Karlovarská agentura rozvoje podnikání"), std::string::npos);
}

TEST(GovernanceCliHelp, EveryCommandHasHelp) {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"actors", "--help"},
                                               {"actors", "list", "--help"},
                                               {"actors", "add", "--help"},
                                               {"actors", "set", "--help"},
                                               {"actors", "delete", "--help"},
                                               {"measures", "set", "--help"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << args[0] << " " << args[1];
        EXPECT_NE(r.out.find("usage: rrw-cli " + args[0]), std::string::npos) << r.out;
    }
    const CliResult r = runCli({"actors"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
}

}  // namespace rrw::test
