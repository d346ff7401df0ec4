// rrw-cli swot suggest: the CLI contract of the SWOT proposals on the bundled project.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include "support/cli_runner.h"

namespace rrw::test {

TEST(SwotCli, SuggestsStrengthsAndWeaknessesInBothLanguages) {
    ScratchDir dir;
    const std::string project = dir.path("region.gpkg");
    copyBundledProject(project);
    const CliResult r = runCli({"swot", "suggest", project, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("reference"), "mean of all districts with a value");
    const auto& list = j.at("suggestions");
    ASSERT_FALSE(list.empty());
    for (const auto& s : list) {
        for (const char* key :
             {"region", "category", "indicator", "value", "reference", "z", "text_de", "text_cs"}) {
            EXPECT_TRUE(s.contains(key)) << key;
        }
        const std::string category = s.at("category");
        EXPECT_TRUE(category == "S" || category == "W") << category;
        EXPECT_FALSE(s.at("text_de").get<std::string>().empty());
        EXPECT_FALSE(s.at("text_cs").get<std::string>().empty());
        EXPECT_GE(std::abs(s.at("z").get<double>()), 1.0 - 1e-9);
    }
    // The plain table has one line per proposal.
    const CliResult t = runCli({"swot", "suggest", project});
    ASSERT_EQ(t.exitCode, 0) << t.err;
    EXPECT_EQ(static_cast<std::size_t>(std::count(t.out.begin(), t.out.end(), '\n')), list.size());
}

TEST(SwotCli, RegionFilters) {
    ScratchDir dir;
    const std::string project = dir.path("region.gpkg");
    copyBundledProject(project);
    const CliResult r = runCli({"swot", "suggest", project, "--region", "CZ0413", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto parsed = nlohmann::json::parse(r.out);
    for (const auto& s : parsed.at("suggestions")) {
        EXPECT_EQ(s.at("region"), "CZ0413");
    }
    // A lower threshold gives at least as many proposals.
    const CliResult all = runCli({"swot", "suggest", project, "--json"});
    const CliResult more = runCli({"swot", "suggest", project, "--threshold", "0.5", "--json"});
    ASSERT_EQ(more.exitCode, 0) << more.err;
    EXPECT_GE(nlohmann::json::parse(more.out).at("suggestions").size(),
              nlohmann::json::parse(all.out).at("suggestions").size());
    const CliResult unknown = runCli({"swot", "suggest", project, "--region", "XX999"});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_EQ(std::count(unknown.err.begin(), unknown.err.end(), '\n'), 1) << unknown.err;
}

TEST(SwotCli, BadCommandLinesFailWithOneLine) {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"swot", "bogus"},
                                               {"swot"},
                                               {"swot", "suggest"},
                                               {"swot", "suggest", "p.gpkg", "--threshold", "x"},
                                               {"swot", "suggest", "p.gpkg", "--threshold", "0"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.back();
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
    const CliResult help = runCli({"swot", "suggest", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("swot suggest"), std::string::npos);
}

}  // namespace rrw::test
