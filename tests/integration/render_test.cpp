// rrw-cli render: real PNG, SVG and PDF files of the bundled project, read back.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <QImage>

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

int countPixels(const QImage& image, QRgb wanted, int tolerance) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(wanted)) <= tolerance &&
                std::abs(qGreen(p) - qGreen(wanted)) <= tolerance &&
                std::abs(qBlue(p) - qBlue(wanted)) <= tolerance) {
                ++n;
            }
        }
    }
    return n;
}
}  // namespace

class Render : public ::testing::Test {
protected:
    void SetUp() override {
        project_ = dir_.path("region.gpkg");
        copyBundledProject(project_);
    }
    ScratchDir dir_;
    std::string project_;
};

TEST_F(Render, DefaultMapToPngWithLabelsAndFurniture) {
    const std::string out = dir_.path("map.png");
    const CliResult r =
        runCli({"render", project_, "--lang", "de+cs", "--size", "1200x800", "--json", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_GT(j.at("features_drawn").get<int>(), 900);
    EXPECT_GT(j.at("labels_drawn").get<int>(), 20);
    EXPECT_EQ(j.at("lang"), "de+cs");
    QImage image(QString::fromStdString(out));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1200, 800));
    EXPECT_GT(countPixels(image, qRgb(0xb2, 0x18, 0x2b), 12), 500)
        << "the DE–CZ border is drawn red";
}

TEST_F(Render, OnlyTheChosenLayers) {
    const std::string out = dir_.path("border.png");
    const CliResult r = runCli({"render", project_, "--layer", "border_de_cz", "--size", "400x400",
                                "--no-labels", "--json", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out).at("features_drawn"), 1);
}

TEST_F(Render, SvgAndPdfKeepVectorsAndText) {
    const std::string svg = dir_.path("map.svg");
    const std::string pdf = dir_.path("map.pdf");
    ASSERT_EQ(runCli({"render", project_, "--lang", "cs", "--size", "800x600", "-o", svg}).exitCode,
              0);
    ASSERT_EQ(
        runCli({"render", project_, "--lang", "de", "--size", "800x600", "--dpi", "150", "-o", pdf})
            .exitCode,
        0);
    const std::string svgText = slurp(svg);
    EXPECT_NE(svgText.find("<svg"), std::string::npos);
    EXPECT_NE(svgText.find("<path"), std::string::npos);
    const std::string pdfBytes = slurp(pdf);
    EXPECT_EQ(pdfBytes.rfind("%PDF-", 0), 0u);
    EXPECT_NE(pdfBytes.find("%%EOF"), std::string::npos);
    const CliResult info = runProgram("pdfinfo", {pdf});
    if (info.exitCode == 0) {  // poppler-utils is installed by setup; be useful without it too
        EXPECT_TRUE(std::regex_search(info.out, std::regex(R"(Pages:\s+1\n)"))) << info.out;
    }
}

TEST_F(Render, BadRequestsFailWithOneLine) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"render", project_, "-o", dir_.path("x.bmp")},
             {"render", project_, "--layer", "nope", "-o", dir_.path("x.png")},
             {"render", project_, "--lang", "fr", "-o", dir_.path("x.png")},
             {"render", project_, "--size", "big", "-o", dir_.path("x.png")},
             {"render", project_, "--style", dir_.path("missing.json"), "-o",
              dir_.path("x.png")}}) {
        const CliResult r = runCli(args);
        EXPECT_NE(r.exitCode, 0) << args[2];
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

}  // namespace rrw::test
