// rrw-cli report: PDF, HTML and ODT reports of the bundled project, read back (pdftotext,
// the HTML text, the ODT zip through GDAL's /vsizip/ and QXmlStreamReader).

#include <gtest/gtest.h>

#include <cpl_vsi.h>

#include <nlohmann/json.hpp>

#include <QXmlStreamReader>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool haveProgram(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

/// A member of a zip file, read through GDAL's /vsizip/.
std::string zipMember(const std::string& zip, const std::string& member) {
    const std::string path = "/vsizip/{" + zip + "}/" + member;  // braces: any extension
    VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
    if (f == nullptr) {
        return {};
    }
    std::string out;
    char buf[65536];
    std::size_t n = 0;
    while ((n = VSIFReadL(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
    }
    VSIFCloseL(f);
    return out;
}

}  // namespace

class Report : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new ScratchDir();
        project_ = dir_->path("region.gpkg");
        copyBundledProject(project_);
        // Planning content: SWOT items with evidence and a TOWS strategy linking a measure.
        const CliResult s =
            runCli({"swot", "add", project_, "--category", "S", "--region", "CZ0411", "--text-de",
                    "Kurorte mit internationaler Bekanntheit", "--text-cs",
                    "Lázeňská města se světovým věhlasem", "--importance", "5", "--evidence",
                    "indicator:pop_density", "--json"});
        ASSERT_EQ(s.exitCode, 0) << s.err;
        const auto sId = nlohmann::json::parse(s.out).at("item").at("id").get<int>();
        const CliResult o = runCli({"swot", "add", project_, "--category", "O", "--region",
                                    "CZ0411", "--text-de", "Grenzüberschreitender Bahnverkehr",
                                    "--text-cs", "Přeshraniční železniční doprava", "--json"});
        ASSERT_EQ(o.exitCode, 0) << o.err;
        const auto oId = nlohmann::json::parse(o.out).at("item").at("id").get<int>();
        const CliResult m = runCli({"measures", "list", project_, "--json"});
        ASSERT_EQ(m.exitCode, 0) << m.err;
        const std::string measure =
            nlohmann::json::parse(m.out).at("measures").at(0).at("id").get<std::string>();
        const CliResult t = runCli(
            {"tows", "add", project_, "--kind", "SO", "--title-de", "Bäderdreieck vermarkten",
             "--title-cs", "Propagace lázeňského trojúhelníku", "--items",
             std::to_string(sId) + "," + std::to_string(oId), "--measures", measure});
        ASSERT_EQ(t.exitCode, 0) << t.err;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static ScratchDir* dir_;
    static std::string project_;
};

ScratchDir* Report::dir_ = nullptr;
std::string Report::project_;

TEST_F(Report, PdfInCzechHasPagesContentsAndDiacritics) {
    if (!haveProgram("pdftotext") || !haveProgram("pdfinfo")) {
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    }
    const std::string out = dir_->path("swot_cs.pdf");
    const CliResult r = runCli({"report", project_, "--template", "swot", "--lang", "cs",
                                "--format", "pdf", "--date", "2026-11-26", "--json", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_GT(j.at("pages").get<int>(), 3);
    EXPECT_EQ(slurp(out).rfind("%PDF-", 0), 0u);
    const CliResult info = runProgram("pdfinfo", {out});
    std::smatch match;
    ASSERT_TRUE(std::regex_search(info.out, match, std::regex(R"(Pages:\s+(\d+))")));
    EXPECT_EQ(std::stoi(match[1]), j.at("pages").get<int>());
    const CliResult text = runProgram("pdftotext", {"-layout", out, "-"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    // Czech data texts with diacritics, the TOWS strategy and the measure catalog.
    EXPECT_NE(text.out.find("Lázeňská města se světovým věhlasem"), std::string::npos);
    EXPECT_NE(text.out.find("Propagace lázeňského trojúhelníku"), std::string::npos);
    EXPECT_NE(text.out.find("Karlovy Vary"), std::string::npos);
    // Page numbers in the footer ("{1} / {2}" in some form) and the table of contents.
    const std::string pages = std::to_string(j.at("pages").get<int>());
    EXPECT_NE(text.out.find(" " + pages + "\n"), std::string::npos) << "no page count in footer";
}

TEST_F(Report, PdfInGermanAndCzechKeepsMapsAsVectors) {
    if (!haveProgram("pdftotext")) {
        GTEST_SKIP() << "poppler-utils not installed";
    }
    const std::string out = dir_->path("risk_decs.pdf");
    const CliResult r = runCli({"report", project_, "--template", "risk", "--lang", "de+cs",
                                "--samples", "50", "--json", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_GE(j.at("maps").get<int>(), 8);  // density + one map per district hazard model
    EXPECT_GT(j.at("pages").get<int>(), 10);
    const std::string pdf = slurp(out);
    // Vectors: the maps are drawn as paths, not embedded as images.
    EXPECT_EQ(pdf.find("/Subtype /Image"), std::string::npos);
    const CliResult text = runProgram("pdftotext", {out, "-"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Cheb / Eger"), std::string::npos);
    EXPECT_NE(text.out.find("Wunsiedel"), std::string::npos);
}

TEST_F(Report, HtmlIsSelfContained) {
    const std::string out = dir_->path("scenario.html");
    const CliResult r = runCli({"report", project_, "--template", "scenario", "--lang", "de",
                                "--scenario", "border_closure_3w", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string html = slurp(out);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("lang=\"de\""), std::string::npos);
    // No external resources: every src/href points inside the file.
    const std::regex ref(R"re((src|href)\s*=\s*"([^"]*)")re");
    int refs = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), ref);
         it != std::sregex_iterator(); ++it) {
        const std::string target = (*it)[2];
        ++refs;
        EXPECT_TRUE(target.rfind("#", 0) == 0 || target.rfind("data:", 0) == 0) << target;
    }
    EXPECT_GT(refs, 2);  // the table of contents links
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("@import"), std::string::npos);
    // The confidentiality rule is stated.
    EXPECT_NE(html.find("85"), std::string::npos);
}

TEST_F(Report, OdtIsAValidOpenDocument) {
    const std::string out = dir_->path("full_en.odt");
    const CliResult r =
        runCli({"report", project_, "--template", "full", "--lang", "en", "--samples", "20",
                "--scenario", "border_closure_3w", "--json", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string zip = slurp(out);
    // The first member is "mimetype", stored (method 0), with the ODT media type.
    ASSERT_GT(zip.size(), 100u);
    EXPECT_EQ(zip.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_EQ(zip[8], 0);
    EXPECT_EQ(zip[9], 0);
    EXPECT_EQ(zip.substr(30, 8), "mimetype");
    const std::string type = "application/vnd.oasis.opendocument.text";
    EXPECT_EQ(zip.substr(38, type.size()), type);
    for (const char* member : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
        const std::string xml = zipMember(out, member);
        ASSERT_FALSE(xml.empty()) << member;
        QXmlStreamReader reader(QByteArray::fromStdString(xml));
        int elements = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                ++elements;
            }
        }
        EXPECT_FALSE(reader.hasError()) << member << ": " << reader.errorString().toStdString();
        EXPECT_GT(elements, 3) << member;
    }
    const std::string content = zipMember(out, "content.xml");
    EXPECT_NE(content.find("<table:table "), std::string::npos);
    EXPECT_NE(content.find("text:table-of-content"), std::string::npos);
    EXPECT_NE(content.find("Pictures/figure1.png"), std::string::npos);
    EXPECT_EQ(zipMember(out, "Pictures/figure1.png").substr(1, 3), "PNG");
    EXPECT_NE(zipMember(out, "styles.xml").find("text:page-number"), std::string::npos);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_GE(j.at("maps").get<int>(), 1);
}

TEST_F(Report, OdtConvertsWithLibreOffice) {
    if (!haveProgram("libreoffice")) {
        GTEST_SKIP() << "libreoffice not installed: conversion to PDF not checked";
    }
    const std::string out = dir_->path("swot_de.odt");
    const CliResult r =
        runCli({"report", project_, "--template", "swot", "--lang", "de", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const CliResult lo = runProgram(
        "libreoffice", {"--headless", "--convert-to", "pdf", "--outdir", dir_->path("lo"), out});
    ASSERT_EQ(lo.exitCode, 0) << lo.err;
    EXPECT_EQ(slurp(dir_->path("lo/swot_de.pdf")).rfind("%PDF-", 0), 0u);
}

TEST_F(Report, AnOlderProjectGetsNotesWhereMapsCannotBeDrawn) {
    // Schema 3: no supply tables, district layers without the "code" join field.
    const std::string old = dir_->path("schema3.gpkg");
    std::filesystem::copy_file(std::string(RRW_TEST_DATA_DIR) + "/store/project_schema3.gpkg", old);
    const std::string out = dir_->path("old.html");
    const CliResult r =
        runCli({"report", old, "--template", "full", "--lang", "en", "--json", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out).at("maps").get<int>(), 0);
    const std::string html = slurp(out);
    EXPECT_NE(html.find("Map not drawn"), std::string::npos);
    EXPECT_NE(html.find("okresy_cz"), std::string::npos);
    EXPECT_NE(html.find("no supply network"), std::string::npos);
}

TEST_F(Report, BadInputIsNamed) {
    const std::string out = dir_->path("x.pdf");
    CliResult r = runCli({"report", project_, "--template", "annual", "-o", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("annual"), std::string::npos) << r.err;
    r = runCli({"report", project_, "--lang", "fr", "-o", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("fr"), std::string::npos) << r.err;
    r = runCli({"report", project_, "-o", dir_->path("x.docx")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("docx"), std::string::npos) << r.err;
    r = runCli({"report", project_, "--template", "scenario", "--scenario", "no_such", "-o", out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no_such"), std::string::npos) << r.err;
    r = runCli({"report", dir_->path("missing.gpkg"), "-o", out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("missing.gpkg"), std::string::npos) << r.err;
    r = runCli({"report", project_, "--template", "swot", "-o", "/nonexistent/dir/r.html"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("/nonexistent/dir/r.html"), std::string::npos) << r.err;
}

}  // namespace rrw::test
