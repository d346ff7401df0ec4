// rrw-cli iim: the CLI contract of the inoperability input-output model (files, JSON, text,
// errors naming file, row and column).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "support/cli_runner.h"

namespace rrw::test {

namespace {

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// The 3-sector cycle of the unit test (iim_test.cpp, ThreeSectorsByHandWithUnequalOutputs):
// q = (2/7, 3/35, 1/28), loss = (200/7, 120/7, 100/7). Columns and rows in different orders.
struct Files {
    explicit Files(const ScratchDir& dir)
        : a(dir.path("A.csv")), x(dir.path("x.csv")), c(dir.path("c.csv")), k(dir.path("K.csv")) {
        write(a, "sector,S3,S1,S2\nS1,0,0,0.5\nS2,0.5,0,0\nS3,0,0.5,0\n");
        write(x, "sector,value\nS2,200\nS3,400\nS1,100\n");
        write(c, "sector,value\nS1,0.2\nS2,0.05\nS3,0\n");
        write(k, "sector,value\nS1,0.5\nS2,0.5\nS3,0.5\n");
    }
    std::string a, x, c, k;
};

std::vector<std::string> base(const Files& f) {
    return {"iim", "--technical", f.a, "--output", f.x, "--perturbation", f.c};
}

std::vector<std::string> with(std::vector<std::string> args, std::vector<std::string> more) {
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

}  // namespace

TEST(IimCli, StaticJsonContract) {
    ScratchDir dir;
    const Files f(dir);
    const CliResult r = runCli(with(base(f), {"--json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j.at("inoperability").is_object());
    ASSERT_EQ(j.at("inoperability").size(), 3u);
    EXPECT_NEAR(j["inoperability"]["S1"].get<double>(), 2.0 / 7, 1e-12);
    EXPECT_NEAR(j["inoperability"]["S2"].get<double>(), 3.0 / 35, 1e-12);
    EXPECT_NEAR(j["inoperability"]["S3"].get<double>(), 1.0 / 28, 1e-12);
    ASSERT_TRUE(j.at("loss").is_object());
    EXPECT_NEAR(j["loss"]["S1"].get<double>(), 200.0 / 7, 1e-10);
    EXPECT_NEAR(j["loss"]["S2"].get<double>(), 120.0 / 7, 1e-10);
    EXPECT_NEAR(j["loss"]["S3"].get<double>(), 100.0 / 7, 1e-10);
    EXPECT_NEAR(j.at("total_loss").get<double>(), 60.0, 1e-10);
    EXPECT_EQ(j.at("sectors"), nlohmann::json({"S1", "S2", "S3"}));
    EXPECT_TRUE(j.at("infeasible").empty());
    EXPECT_TRUE(j.at("warnings").empty());
    EXPECT_FALSE(j.contains("timeline")) << "no timeline without --days";
}

TEST(IimCli, DynamicJsonContract) {
    ScratchDir dir;
    const Files f(dir);
    const CliResult r = runCli(with(base(f), {"--recovery", f.k, "--days", "400", "--json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& timeline = j.at("timeline");
    ASSERT_EQ(timeline.size(), 400u);
    EXPECT_EQ(timeline[0].at("day"), 1);
    // q(1) = K c* = 0.5 · (0.2, 0.05, 0).
    EXPECT_NEAR(timeline[0].at("inoperability").at("S1").get<double>(), 0.1, 1e-15);
    EXPECT_NEAR(timeline[0].at("inoperability").at("S2").get<double>(), 0.025, 1e-15);
    EXPECT_NEAR(timeline[0].at("inoperability").at("S3").get<double>(), 0.0, 1e-15);
    EXPECT_EQ(timeline[399].at("day"), 400);
    for (const char* s : {"S1", "S2", "S3"}) {
        EXPECT_NEAR(timeline[399]["inoperability"][s].get<double>(),
                    j["inoperability"][s].get<double>(), 1e-12)
            << s;
    }
    EXPECT_TRUE(j.at("cumulative_loss").is_object());
    EXPECT_GT(j.at("total_cumulative_loss").get<double>(), 0.0);
}

TEST(IimCli, DurationEndsThePerturbation) {
    ScratchDir dir;
    const Files f(dir);
    const CliResult r =
        runCli(with(base(f), {"--recovery", f.k, "--days", "300", "--duration", "5", "--json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto timeline = nlohmann::json::parse(r.out).at("timeline");
    EXPECT_GT(timeline[4]["inoperability"]["S1"].get<double>(), 0.1);
    EXPECT_LT(timeline[299]["inoperability"]["S1"].get<double>(), 1e-9);
}

TEST(IimCli, ReadableTable) {
    ScratchDir dir;
    const Files f(dir);
    const CliResult r = runCli(with(base(f), {"--lang", "en"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("sector"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("inoperability"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("S1      0.285714        28.5714"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("total loss: 60"), std::string::npos) << r.out;
    const CliResult d = runCli(with(base(f), {"--recovery", f.k, "--days", "3"}));
    ASSERT_EQ(d.exitCode, 0) << d.err;
    EXPECT_NE(d.out.find("cumulative loss over 3 days"), std::string::npos) << d.out;
}

TEST(IimCli, SemicolonsDecimalCommaBomAndQuotes) {
    ScratchDir dir;
    Files f(dir);
    write(f.a,
          "\xEF\xBB\xBF\"sector\";\"S3\";S1;S2\r\n\"S1\";0;0;0,5\r\nS2;0,5;0;0\r\n\r\nS3;0;0,5;"
          "0\r\n");
    write(f.c, "sector;value;note\nS1;0,2;x\nS2;0,05;\"a; b\"\nS3;0;\n");
    const CliResult r = runCli(with(base(f), {"--json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NEAR(nlohmann::json::parse(r.out)["inoperability"]["S1"].get<double>(), 2.0 / 7, 1e-12);
}

TEST(IimCli, ErrorsNameFileRowAndColumn) {
    ScratchDir dir;
    Files f(dir);
    write(f.a, "sector,S3,S1,S2\nS1,0,0,0.5\nS2,0.5,zero,0\nS3,0,0.5,0\n");
    CliResult r = runCli(base(f));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(f.a + ": row 3, column 'S1': 'zero' is not a number"), std::string::npos)
        << r.err;

    write(f.a, "sector,S3,S1,S2\nS1,0,0,0.5\nS2,0.5,0\nS3,0,0.5,0\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.a + ": row 3 has 3 cells, but the header has 4"), std::string::npos)
        << r.err;

    write(f.a, "sector,S3,S1,S2\nS1,0,0,0.5\nS2,0.5,,0\nS3,0,0.5,0\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.a + ": row 3, column 'S1': the cell is empty"), std::string::npos)
        << r.err;

    write(f.a, "sector,S3,S1,S2\nS1,0,0,0.5\nS2,0.5,0,0\nS3,0,0.5,0\n");
    write(f.x, "sector,amount\nS1,1\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.x + ": the column 'value' is missing (expected sector,value)"),
              std::string::npos)
        << r.err;

    write(f.x, "sector,value\nS1,100\nS2,200\nS4,400\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.x + ": unknown sector 'S4'"), std::string::npos) << r.err;

    write(f.x, "sector,value\nS1,100\nS2,0\nS3,400\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.x + ": sector 'S2' has the output 0"), std::string::npos) << r.err;

    write(f.x, "sector,value\nS1,100\nS2,200\nS3,1e999\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.x + ": row 4, column 'value': '1e999' is not a number"),
              std::string::npos)
        << r.err;

    write(f.x, "sector,value\nS1,100\nS2,200\nS3,400\n");
    write(f.a, "sector,S1,S2,S3\nS1,0.5,0.5,0\nS2,0.5,0.5,0\nS3,0,0,0.1\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.a + ": the matrix I - A is singular"), std::string::npos) << r.err;

    write(f.a, "sector,S1,S2,S3\nS1,0.6,0.6,0\nS2,0.6,0.6,0\nS3,0,0,0.1\n");
    r = runCli(base(f));
    EXPECT_NE(r.err.find(f.a + ": the economy is not productive (spectral radius of A is 1.2"),
              std::string::npos)
        << r.err;

    r = runCli(
        {"iim", "--technical", dir.path("none.csv"), "--output", f.x, "--perturbation", f.c});
    EXPECT_NE(r.err.find(dir.path("none.csv") + ": file not found"), std::string::npos) << r.err;
}

TEST(IimCli, UsageErrors) {
    ScratchDir dir;
    const Files f(dir);
    CliResult r = runCli({"iim", "--technical", f.a});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--technical, --output and --perturbation are required"),
              std::string::npos)
        << r.err;
    r = runCli(with(base(f), {"--recovery", f.k}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--recovery and --duration need --days"), std::string::npos) << r.err;
    r = runCli(with(base(f), {"--days", "ten"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--days must be a whole number of 0 or more"), std::string::npos) << r.err;
    r = runCli({"iim", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("--perturbation FILE"), std::string::npos) << r.out;
}

TEST(IimCli, WarnsAboutInfeasibleInoperability) {
    ScratchDir dir;
    Files f(dir);
    write(f.a, "sector,a,b\na,0,0.9\nb,0.9,0\n");
    write(f.x, "sector,value\na,1\nb,1\n");
    write(f.c, "sector,value\na,1\nb,1\n");
    const CliResult j = runCli(with(base(f), {"--json"}));
    ASSERT_EQ(j.exitCode, 0) << j.err;
    const auto out = nlohmann::json::parse(j.out);
    EXPECT_EQ(out.at("infeasible"), nlohmann::json({"a", "b"}));
    EXPECT_EQ(out.at("warnings").size(), 2u);
    const CliResult t = runCli(with(base(f), {"--lang", "en"}));
    EXPECT_EQ(t.exitCode, 0);
    EXPECT_NE(t.err.find("warning: sector 'a' has the inoperability 10, above 1"),
              std::string::npos)
        << t.err;
}

}  // namespace rrw::test
