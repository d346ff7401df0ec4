// The Qt Linguist catalogs are complete and keep every placeholder, and rrw-cli speaks them.

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

struct Entry {
    std::string source;
    std::string translation;
    bool unfinished = false;
};

std::vector<Entry> readCatalog(const std::string& lang) {
    std::ifstream in(std::string(RRW_TRANSLATIONS_DIR) + "/rrw_" + lang + ".ts");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    std::vector<Entry> entries;
    for (std::size_t pos = text.find("<message>"); pos != std::string::npos;
         pos = text.find("<message>", pos + 1)) {
        const std::size_t end = text.find("</message>", pos);
        const std::string m = text.substr(pos, end - pos);
        Entry e;
        const auto s0 = m.find("<source>") + 8;
        e.source = m.substr(s0, m.find("</source>") - s0);
        const auto t0 = m.find("<translation");
        const auto t1 = m.find('>', t0) + 1;
        e.unfinished = m.substr(t0, t1 - t0).find("unfinished") != std::string::npos;
        e.translation = m.substr(t1, m.find("</translation>") - t1);
        entries.push_back(e);
    }
    return entries;
}

}  // namespace

class Catalog : public ::testing::TestWithParam<std::string> {};

TEST_P(Catalog, IsCompleteAndKeepsPlaceholders) {
    const auto entries = readCatalog(GetParam());
    ASSERT_GT(entries.size(), 50u);
    const std::regex placeholder(R"(\{[1-9]\})");
    for (const auto& e : entries) {
        EXPECT_FALSE(e.unfinished) << e.source;
        EXPECT_FALSE(e.translation.empty()) << e.source;
        for (auto it = std::sregex_iterator(e.source.begin(), e.source.end(), placeholder);
             it != std::sregex_iterator(); ++it) {
            EXPECT_NE(e.translation.find(it->str()), std::string::npos)
                << it->str() << " missing in: " << e.translation;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, Catalog, ::testing::Values("de", "cs", "en"));

TEST(Translation, CliErrorsFollowTheChosenLanguage) {
    const CliResult de = runCli({"--lang", "de", "layers", "/nonexistent/projekt.gpkg"});
    EXPECT_NE(de.exitCode, 0);
    EXPECT_NE(de.err.find("/nonexistent/projekt.gpkg"), std::string::npos) << de.err;
    EXPECT_NE(de.err.find("Fehler"), std::string::npos) << de.err;
    const CliResult cs = runCli({"--lang", "cs", "layers", "/nonexistent/projekt.gpkg"});
    EXPECT_NE(cs.err.find("chyba"), std::string::npos) << cs.err;
    setenv("RRW_LANG", "en", 1);
    const CliResult en = runCli({"layers", "/nonexistent/projekt.gpkg"});
    unsetenv("RRW_LANG");
    EXPECT_NE(en.err.find("error: /nonexistent/projekt.gpkg: project file not found"),
              std::string::npos)
        << en.err;
}

}  // namespace rrw::test
