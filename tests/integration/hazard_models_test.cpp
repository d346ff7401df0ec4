// The bundled hazard models (data/indicators/models) on the bundled project: every model ranks
// every core Kreis and okres in all three INFORM dimensions, the catalog is complete in three
// languages, and rrw-cli score flags exactly the synthetic demo values (docs/INDICATORS.md).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "store/indicator_repository.h"
#include "store/project.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw::test {
namespace {

const std::vector<std::string> kHazards = {"all_hazards",    "border_closure", "supply_chain",
                                           "energy_price",   "pandemic",       "flood_heavy_rain",
                                           "drought_forest", "skilled_labour"};
const std::vector<std::string> kCore = {"DE24D", "DE249", "DE244",  "DE246",  "DE242", "DE24B",
                                        "DE23A", "DE237", "CZ0411", "CZ0412", "CZ0413"};
const std::vector<std::string> kDimensions = {"hazard_exposure", "vulnerability",
                                              "coping_capacity"};

bool isSynthetic(const store::Indicator& indicator) {
    return indicator.source.rfind("SYNTHETIC", 0) == 0;
}

std::set<std::string> syntheticIds(const store::Project& project) {
    std::set<std::string> ids;
    for (const auto& i : store::listIndicators(project)) {
        if (isSynthetic(i)) {
            ids.insert(i.id);
        }
    }
    return ids;
}

nlohmann::json storedModel(const store::Project& project, const std::string& hazard) {
    const auto text = store::readIndexModel(project, hazard);
    return text ? nlohmann::json::parse(*text) : nlohmann::json();
}

nlohmann::json score(const std::string& project, const std::string& hazard) {
    const CliResult r = runCli({"score", project, "--hazard", hazard, "--json"});
    EXPECT_EQ(r.exitCode, 0) << hazard << ": " << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

class HazardModels : public ::testing::Test {
protected:
    void SetUp() override { copyBundledProject(path_); }
    ScratchDir dir_;
    std::string path_ = dir_.path("region.gpkg");
};

TEST_F(HazardModels, EveryModelRanksEveryCoreDistrictInAllThreeDimensions) {
    const store::Project project = store::Project::open(path_);
    const auto ids = store::indexModelIds(project);
    for (const auto& hazard : kHazards) {
        ASSERT_NE(std::find(ids.begin(), ids.end(), hazard), ids.end()) << hazard;
        const nlohmann::json model = storedModel(project, hazard);
        for (const char* key : {"title_de", "title_cs", "title_en", "description_de",
                                "description_cs", "description_en"}) {
            EXPECT_FALSE(model.value(key, std::string()).empty()) << hazard << " " << key;
        }
        std::vector<std::string> groups;
        for (const auto& g : model.at("groups")) {
            groups.push_back(g.at("id").get<std::string>());
        }
        EXPECT_EQ(groups, kDimensions) << hazard;
        EXPECT_EQ(model.at("top").at("aggregation"), "geometric") << hazard;

        const nlohmann::json out = score(path_, hazard);
        std::map<std::string, nlohmann::json> byId;
        for (const auto& r : out.value("regions", nlohmann::json::array())) {
            byId[r.at("id").get<std::string>()] = r;
        }
        for (const auto& code : kCore) {
            ASSERT_EQ(byId.count(code), 1u) << hazard << " " << code;
            const auto& r = byId[code];
            ASSERT_TRUE(r.at("score").is_number()) << hazard << " " << r.dump();
            EXPECT_GE(r.at("rank").get<int>(), 1) << hazard << " " << code;
            EXPECT_LE(r.at("rank").get<int>(), static_cast<int>(byId.size()));
            // A district lacking an indicator still has all three dimensions.
            for (const auto& dim : kDimensions) {
                ASSERT_TRUE(r.at("groups").at(dim).is_number()) << hazard << " " << r.dump();
                EXPECT_GE(r.at("groups").at(dim).get<double>(), 0.0);
                EXPECT_LE(r.at("groups").at(dim).get<double>(), 10.0);
            }
        }
    }
}

TEST_F(HazardModels, CatalogRowsAreCompleteAndAgreeWithTheModels) {
    const store::Project project = store::Project::open(path_);
    const auto catalog = store::listIndicators(project);
    ASSERT_FALSE(catalog.empty());
    std::map<std::string, store::Indicator> byId;
    for (const auto& i : catalog) {
        byId[i.id] = i;
        for (const std::string* text : {&i.nameDe, &i.nameCs, &i.nameEn, &i.descriptionDe,
                                        &i.descriptionCs, &i.descriptionEn, &i.unit, &i.source}) {
            EXPECT_FALSE(text->empty()) << i.id;
        }
        EXPECT_TRUE(i.direction == "higher_is_worse" || i.direction == "higher_is_better") << i.id;
        EXPECT_NE(std::find(kDimensions.begin(), kDimensions.end(), i.dimension), kDimensions.end())
            << i.id;
        if (isSynthetic(i)) {
            for (const std::string* text : {&i.descriptionDe, &i.descriptionCs, &i.descriptionEn}) {
                EXPECT_NE(text->find("SYNTHETIC"), std::string::npos) << i.id << ": " << *text;
            }
        }
        store::Statement count(project.db(),
                               "SELECT COUNT(*) FROM rrw_indicator_value WHERE indicator_id = ?1");
        count.bind(1, i.id);
        ASSERT_TRUE(count.step());
        EXPECT_GT(count.integer(0), 0) << i.id << " has no values";
    }
    EXPECT_FALSE(syntheticIds(project).empty());
    for (const auto& hazard : kHazards) {
        for (const auto& ind : storedModel(project, hazard).at("indicators")) {
            const std::string id = ind.at("id").get<std::string>();
            ASSERT_EQ(byId.count(id), 1u) << hazard << " uses " << id;
            EXPECT_EQ(ind.at("direction"), byId[id].direction) << hazard << " " << id;
        }
    }
}

TEST_F(HazardModels, SyntheticValuesAreFlaggedExactlyForTheSyntheticIndicators) {
    const store::Project project = store::Project::open(path_);
    const auto synthetic = syntheticIds(project);
    std::set<std::pair<std::string, std::string>> present;
    for (const auto& v : store::latestValueRecords(project, "district")) {
        present.emplace(v.regionCode, v.indicatorId);
        EXPECT_EQ(v.synthetic, synthetic.count(v.indicatorId) == 1)
            << v.regionCode << " " << v.indicatorId;
        if (v.synthetic) {
            EXPECT_EQ(v.note, "synthetic demo value (no open data in the bundle)");
        }
    }
    for (const auto& hazard : kHazards) {
        const nlohmann::json model = storedModel(project, hazard);
        const nlohmann::json out = score(path_, hazard);
        bool any = false;
        for (const auto& r : out.at("regions")) {
            const std::string region = r.at("id").get<std::string>();
            std::vector<std::string> expected;
            for (const auto& ind : model.at("indicators")) {
                const std::string id = ind.at("id").get<std::string>();
                if (synthetic.count(id) == 1 && present.count({region, id}) == 1) {
                    expected.push_back(id);
                }
            }
            any = any || !expected.empty();
            EXPECT_EQ(r.at("synthetic_indicators").get<std::vector<std::string>>(), expected)
                << hazard << " " << region;
        }
        EXPECT_EQ(out.at("synthetic_inputs").get<bool>(), any) << hazard;
    }
}

TEST_F(HazardModels, TheTableMarksSyntheticScoresWithAFootnote) {
    const CliResult text = runCli({"--lang", "en", "score", path_, "--hazard", "border_closure"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    const nlohmann::json out = score(path_, "border_closure");
    const auto rows = lines(text.out);
    const auto& regions = out.at("regions");
    ASSERT_EQ(rows.size(), regions.size() + 1) << text.out;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const bool marked = rows[i].size() > 2 && rows[i].substr(rows[i].size() - 2) == " *";
        EXPECT_EQ(marked, !regions[i].at("synthetic_indicators").empty()) << rows[i];
    }
    EXPECT_EQ(rows.back().rfind("* ", 0), 0u) << rows.back();
    EXPECT_NE(rows.back().find("synthetic"), std::string::npos) << rows.back();
    EXPECT_NE(rows.back().find("municipal_tax_capacity_index"), std::string::npos) << rows.back();
    EXPECT_EQ(rows.back().find("border_zone_share_20km"), std::string::npos) << rows.back();
}

TEST_F(HazardModels, WithoutSyntheticValuesNothingIsMarked) {
    {
        store::Project project = store::Project::open(path_);
        project.write([&] {
            store::Statement(project.db(), "UPDATE rrw_indicator_value SET synthetic = 0").run();
        });
    }
    const nlohmann::json out = score(path_, "border_closure");
    EXPECT_FALSE(out.at("synthetic_inputs").get<bool>());
    for (const auto& r : out.at("regions")) {
        EXPECT_TRUE(r.at("synthetic_indicators").empty()) << r.dump();
    }
    const CliResult text = runCli({"score", path_, "--hazard", "border_closure"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(lines(text.out).size(), out.at("regions").size()) << text.out;
    EXPECT_EQ(text.out.find(" *"), std::string::npos) << text.out;
}

TEST_F(HazardModels, SwotProposesNothingFromSyntheticValues) {
    const store::Project project = store::Project::open(path_);
    const auto synthetic = syntheticIds(project);
    const CliResult r = runCli({"swot", "suggest", path_, "--threshold", "0.5", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto list = nlohmann::json::parse(r.out).at("suggestions");
    ASSERT_FALSE(list.empty());
    for (const auto& s : list) {
        EXPECT_EQ(synthetic.count(s.at("indicator").get<std::string>()), 0u) << s.dump();
    }
}

}  // namespace
}  // namespace rrw::test
