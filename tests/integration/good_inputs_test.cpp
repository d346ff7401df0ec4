// Correct inputs in every supported format and CRS (tests/data/good/manifest.json), checked
// against independent truth: positions within 1 m, names byte-exact after recoding.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/cli_runner.h"
#include "support/fixtures.h"

namespace rrw::test {

namespace {

/// Which truth table a good fixture is checked against ("" = none).
std::string truthFor(const ManifestRow& row) {
    const std::string& f = row.file;
    if (f.rfind("sjtsk_", 0) == 0 || (f == "multi.gpkg" && row.args.back() == "towns")) {
        return "good/sjtsk_truth.csv";
    }
    if (f.rfind("crs_", 0) == 0 || f.rfind("shp_", 0) == 0) {
        return "good/crs_truth.csv";
    }
    if (f.rfind("csv_", 0) == 0 && f != "csv_wkt.csv") {
        return "good/csv_truth.csv";
    }
    if (f == "places.kml") {
        return "good/kml_truth.csv";
    }
    if (f.rfind("obce_", 0) == 0) {
        return "good/obce_truth.csv";
    }
    return "";
}

}  // namespace

class GoodInput : public ::testing::TestWithParam<ManifestRow> {};

TEST_P(GoodInput, ImportsCompletelyAndAccurately) {
    const ManifestRow& row = GetParam();
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    std::vector<std::string> args = {"import", project,    testDataPath("good/" + row.file),
                                     "--name", "imported", "--json"};
    args.insert(args.end(), row.args.begin(), row.args.end());
    const CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << row.file << ": " << r.err;
    const auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json.at("layer"), "imported");
    EXPECT_EQ(json.at("features").get<long>(), row.features) << r.out;
    EXPECT_EQ(json.at("rejected").get<long>(), 0) << r.out;
    EXPECT_FALSE(json.at("source_crs").get<std::string>().empty());
    EXPECT_FALSE(json.at("transformation").get<std::string>().empty());

    const std::string truthFile = truthFor(row);
    if (truthFile.empty()) {
        return;
    }
    const auto truth = readTruth(truthFile);
    const auto stored = storedPointsWgs84(project, "imported");
    if (row.file.rfind("obce_", 0) == 0) {
        // Encoding fixtures: every name must come back exactly (UTF-8 in the store).
        for (const auto& [name, where] : truth) {
            EXPECT_EQ(stored.count(name), 1u) << "missing or garbled: " << name;
        }
        return;
    }
    ASSERT_EQ(stored.size(), truth.size()) << row.file;
    for (const auto& [name, where] : truth) {
        const auto it = stored.find(name);
        ASSERT_NE(it, stored.end()) << "no point named " << name;
        EXPECT_LT(distanceMetres(it->second, where), 1.0) << name << " in " << row.file;
    }
}

INSTANTIATE_TEST_SUITE_P(Manifest, GoodInput, ::testing::ValuesIn(readManifest("good")),
                         [](const auto& param) { return testNameFor(param.param, param.index); });

}  // namespace rrw::test
