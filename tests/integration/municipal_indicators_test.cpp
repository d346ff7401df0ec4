// The municipal level of the bundled indicator set (docs/INDICATORS.md, "Municipal level"): every
// inhabited Gemeinde and obec of the core region has the border indicators, the model
// border_closure_municipal ranks them all in the three INFORM dimensions, the values are plausible
// and the synthetic flags and district fallbacks are exactly as documented.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "store/indicator_repository.h"
#include "store/project.h"
#include "store/region_repository.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

namespace rrw::test {
namespace {

const char* const kModel = "border_closure_municipal";
const std::vector<std::string> kDimensions = {"hazard_exposure", "vulnerability",
                                              "coping_capacity"};
// Indicators with a value of the municipality itself; the model's other inputs are the values of
// its Kreis / okres.
const std::set<std::string> kMunicipalSources = {"border_zone_share_20km", "border_distance_km",
                                                 "pop_change_4y", "pop_density", "average_age"};
const std::set<std::string> kCzOnly = {"pop_change_4y", "pop_density", "average_age"};

/// Lower-cases the ASCII letters only (the texts are UTF-8).
std::string asciiLower(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return text;
}

struct Municipality {
    std::string country;
    std::string parent;
    std::string name;
};

/// The inhabited Gemeinden and obce of the 11 core districts: without the gemeindefreie Gebiete
/// and the obce with no inhabitants on 1.1.2023.
std::map<std::string, Municipality> coreMunicipalities(const store::Project& project) {
    store::Statement q(project.db(),
                       "SELECT r.code, r.country, r.parent_code, r.name FROM rrw_region r "
                       "WHERE r.analysis_level = 'municipality' "
                       "AND r.parent_code NOT IN ('DE233', 'DED44') "
                       "AND r.code NOT IN (SELECT code FROM gemeinden_de "
                       "WHERE type = 'Gemeindefreies Gebiet') "
                       "AND r.code NOT IN (SELECT region_code FROM rrw_population "
                       "WHERE reference_date = '2023-01-01' AND population = 0)");
    std::map<std::string, Municipality> out;
    while (q.step()) {
        out[q.text(0)] = {q.text(1), q.text(2), q.text(3)};
    }
    return out;
}

std::set<std::string> uninhabitedUnits(const store::Project& project) {
    store::Statement q(project.db(),
                       "SELECT code FROM gemeinden_de WHERE type = 'Gemeindefreies Gebiet' "
                       "UNION SELECT region_code FROM rrw_population "
                       "WHERE reference_date = '2023-01-01' AND population = 0");
    std::set<std::string> out;
    while (q.step()) {
        out.insert(q.text(0));
    }
    return out;
}

class MunicipalIndicators : public ::testing::Test {
protected:
    void SetUp() override { copyBundledProject(path_); }

    nlohmann::json score(const std::string& hazard) const {
        const CliResult r =
            runCli({"score", path_, "--level", "municipality", "--hazard", hazard, "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
    }

    /// region → indicator → latest municipal value record.
    std::map<std::string, std::map<std::string, store::IndicatorValue>> values() const {
        const store::Project project = store::Project::open(path_);
        std::map<std::string, std::map<std::string, store::IndicatorValue>> out;
        for (auto& v : store::latestValueRecords(project, "municipality")) {
            out[v.regionCode][v.indicatorId] = v;
        }
        return out;
    }

    ScratchDir dir_;
    std::string path_ = dir_.path("region.gpkg");
};

TEST_F(MunicipalIndicators, TheModelRanksEveryInhabitedGemeindeAndObecInAllThreeDimensions) {
    const store::Project project = store::Project::open(path_);
    const auto core = coreMunicipalities(project);
    const auto uninhabited = uninhabitedUnits(project);
    ASSERT_GT(core.size(), 290u);
    ASSERT_GE(uninhabited.size(), 27u);  // 26 gemeindefreie Gebiete and Hradiště

    const nlohmann::json out = score(kModel);
    ASSERT_EQ(out.value("level", ""), "municipality");
    std::map<std::string, nlohmann::json> byId;
    for (const auto& r : out.at("regions")) {
        byId[r.at("id").get<std::string>()] = r;
    }
    std::set<std::string> countries;
    for (const auto& [code, m] : core) {
        ASSERT_EQ(byId.count(code), 1u) << code << " " << m.name;
        const auto& r = byId[code];
        ASSERT_TRUE(r.at("score").is_number()) << r.dump();
        EXPECT_GE(r.at("rank").get<int>(), 1) << code;
        EXPECT_LE(r.at("rank").get<int>(), static_cast<int>(byId.size())) << code;
        EXPECT_EQ(r.at("country"), m.country) << code;
        for (const auto& dim : kDimensions) {
            ASSERT_TRUE(r.at("groups").at(dim).is_number()) << dim << " " << r.dump();
            EXPECT_GE(r.at("groups").at(dim).get<double>(), 0.0) << code;
            EXPECT_LE(r.at("groups").at(dim).get<double>(), 10.0) << code;
        }
        countries.insert(m.country);
    }
    EXPECT_EQ(countries, (std::set<std::string>{"CZ", "DE"}));
    for (const auto& code : uninhabited) {
        EXPECT_EQ(byId.count(code), 0u) << code << " has no inhabitants and no score";
    }
}

TEST_F(MunicipalIndicators, BorderValuesArePlausibleAndTheBorderMunicipalitiesRankAbove) {
    const auto v = values();
    const store::Project project = store::Project::open(path_);
    for (const auto& [code, m] : coreMunicipalities(project)) {
        ASSERT_EQ(v.count(code), 1u) << code;
        const auto& own = v.at(code);
        ASSERT_EQ(own.count("border_zone_share_20km"), 1u) << code;
        ASSERT_EQ(own.count("border_distance_km"), 1u) << code;
        const double share = own.at("border_zone_share_20km").value;
        const double km = own.at("border_distance_km").value;
        EXPECT_GE(share, 0.0) << code;
        EXPECT_LE(share, 100.0) << code;
        EXPECT_GE(km, 0.0) << code;
        EXPECT_LT(km, 80.0) << code;
        // A centroid within 15 km lies in a municipality mostly inside the 20-km zone, one beyond
        // 25 km in a municipality entirely outside it.
        if (km < 15.0) {
            EXPECT_GT(share, 50.0) << code << " " << m.name;
        }
        if (km > 25.0) {
            EXPECT_EQ(share, 0.0) << code << " " << m.name;
        }
        EXPECT_FALSE(own.at("border_distance_km").synthetic) << code;
    }
    // Aš and Cheb on the border, Hof (Stadt) near it, Bayreuth (Stadt) far away.
    for (const char* code : {"554499", "554481"}) {
        EXPECT_GE(v.at(code).at("border_zone_share_20km").value, 99.0) << code;
        EXPECT_LT(v.at(code).at("border_distance_km").value, 6.0) << code;
    }
    EXPECT_GT(v.at("09464000").at("border_zone_share_20km").value, 90.0);
    EXPECT_EQ(v.at("09462000").at("border_zone_share_20km").value, 0.0);
    EXPECT_GT(v.at("09462000").at("border_distance_km").value, 40.0);

    const nlohmann::json out = score(kModel);
    std::map<std::string, nlohmann::json> byId;
    for (const auto& r : out.at("regions")) {
        byId[r.at("id").get<std::string>()] = r;
    }
    const auto& bayreuth = byId.at("09462000");
    for (const char* code : {"554499", "554481", "09464000"}) {
        const auto& r = byId.at(code);
        EXPECT_LT(r.at("rank").get<int>(), bayreuth.at("rank").get<int>()) << code;
        EXPECT_GT(r.at("groups").at("hazard_exposure").get<double>(),
                  bayreuth.at("groups").at("hazard_exposure").get<double>() + 5.0)
            << code;
    }
    // Exposure rests on the municipality's own geometry: every municipality within 5 km of the
    // border is more exposed than every one beyond 40 km, on both sides.
    double nearMin = 10.0;
    double farMax = 0.0;
    for (const auto& [id, r] : byId) {
        const double km = v.at(id).at("border_distance_km").value;
        const double exposure = r.at("groups").at("hazard_exposure").get<double>();
        if (km < 5.0) {
            nearMin = std::min(nearMin, exposure);
        } else if (km > 40.0) {
            farMax = std::max(farMax, exposure);
        }
    }
    EXPECT_GT(nearMin, farMax);
}

TEST_F(MunicipalIndicators, SyntheticFlagsAndDistrictValuesAreExactlyAsDocumented) {
    const store::Project project = store::Project::open(path_);
    std::set<std::string> synthetic;
    for (const auto& i : store::listIndicators(project)) {
        if (i.source.rfind("SYNTHETIC", 0) == 0) {
            synthetic.insert(i.id);
        }
    }
    std::map<std::pair<std::string, std::string>, store::IndicatorValue> district;
    for (const auto& v : store::latestValueRecords(project, "district")) {
        district[{v.regionCode, v.indicatorId}] = v;
    }
    std::map<std::string, std::string> parent;
    std::map<std::string, std::string> country;
    for (const auto& r : store::regionsAt(project, "municipality")) {
        parent[r.code] = r.parentCode;
        country[r.code] = r.country;
    }
    const auto uninhabited = uninhabitedUnits(project);
    const auto v = values();
    ASSERT_FALSE(v.empty());
    for (const auto& [region, byIndicator] : v) {
        EXPECT_EQ(uninhabited.count(region), 0u) << region;
        for (const auto& [id, value] : byIndicator) {
            EXPECT_EQ(value.synthetic, synthetic.count(id) == 1) << region << " " << id;
            if (kCzOnly.count(id) == 1) {
                EXPECT_EQ(country.at(region), "CZ") << region << " " << id;
            }
            if (kMunicipalSources.count(id) == 1) {
                continue;
            }
            // Everything else is the value of the Kreis / okres, said so in the note.
            const auto it = district.find({parent.at(region), id});
            ASSERT_NE(it, district.end()) << region << " " << id;
            EXPECT_EQ(value.value, it->second.value) << region << " " << id;
            EXPECT_EQ(value.synthetic, it->second.synthetic) << region << " " << id;
            const bool noted = value.note.rfind("Kreis value used for Gemeinde", 0) == 0 ||
                               value.note.rfind("okres value used for obec", 0) == 0 ||
                               value.note.rfind("kraj value used for obec", 0) == 0;
            EXPECT_TRUE(noted) << region << " " << id << ": " << value.note;
        }
    }

    // The score names exactly the synthetic inputs of each municipality.
    const nlohmann::json model = nlohmann::json::parse(*store::readIndexModel(project, kModel));
    const nlohmann::json out = score(kModel);
    bool any = false;
    for (const auto& r : out.at("regions")) {
        const std::string region = r.at("id").get<std::string>();
        std::vector<std::string> expected;
        for (const auto& ind : model.at("indicators")) {
            const std::string id = ind.at("id").get<std::string>();
            if (synthetic.count(id) == 1 && v.at(region).count(id) == 1) {
                expected.push_back(id);
            }
        }
        any = any || !expected.empty();
        EXPECT_EQ(r.at("synthetic_indicators").get<std::vector<std::string>>(), expected) << region;
    }
    EXPECT_EQ(out.at("synthetic_inputs").get<bool>(), any);
}

TEST_F(MunicipalIndicators, CzOnlyIndicatorsSaySoAndTheDistrictModelsNeedTheirOwnLevel) {
    const store::Project project = store::Project::open(path_);
    for (const auto& i : store::listIndicators(project)) {
        if (kCzOnly.count(i.id) == 1) {
            EXPECT_NE(asciiLower(i.descriptionEn).find("cz only"), std::string::npos) << i.id;
            EXPECT_NE(asciiLower(i.descriptionDe).find("nur cz"), std::string::npos) << i.id;
            EXPECT_NE(asciiLower(i.descriptionCs).find("jen cz"), std::string::npos) << i.id;
        }
    }
    // The all-hazard model has indicators without any municipal value: it stops with an error
    // instead of ranking the municipalities on the few it has.
    const CliResult r = runCli({"score", path_, "--level", "municipality", "--json"});
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_FALSE(r.err.empty());
}

}  // namespace
}  // namespace rrw::test
