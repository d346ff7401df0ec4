// Crash safety (docs/RELIABILITY.md, section 3): rrw-cli is killed with SIGKILL at a random
// moment of an import, a scenario run and a report. Afterwards the project must be sound
// (integrity_check, foreign keys), hold all earlier data unchanged, show the new layer or run
// whole or not at all, and take the next write; the report file must be absent, the previous
// file, or a complete PDF.
//
// RRW_CRASH_TRIALS (default 110 = 40 imports, 40 runs, 30 reports) and RRW_CRASH_SEED change
// the number of trials and the seed.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

#include "core/file_users.h"
#include "support/child_process.h"
#include "support/cli_runner.h"
#include "support/store_checks.h"

namespace fs = std::filesystem;

namespace rrw::test {

namespace {

constexpr const char* kNewLayer = "crash_import_layer";
constexpr int kGeneratedFeatures = 20000;
constexpr std::uint64_t kDefaultSeed = 20261126;

struct Tally {
    int trials = 0;
    int failures = 0;
    int killed = 0;
    int midWrite = 0;
};
Tally g_total;

std::uint64_t seed() {
    const char* text = std::getenv("RRW_CRASH_SEED");
    return text != nullptr && *text != '\0' ? std::strtoull(text, nullptr, 10) : kDefaultSeed;
}

/// Trials of one kind: its share of RRW_CRASH_TRIALS (default 110: 40 + 40 + 30).
int trialsOf(int share) {
    const char* text = std::getenv("RRW_CRASH_TRIALS");
    const int total = text != nullptr && *text != '\0' ? std::atoi(text) : 110;
    return std::max(1, total * share / 110);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void copyProject(const std::string& from, const std::string& to) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ec;
        fs::remove(to + suffix, ec);
    }
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

/// 20,000 points (WGS84) over the region with two attributes: big enough that a kill lands in
/// the middle of the import.
std::string generatedPoints(const ScratchDir& dir) {
    const std::string path = dir.path("points.geojson");
    std::ofstream out(path);
    out << R"({"type":"FeatureCollection","features":[)";
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> lon(11.8, 13.2), lat(49.9, 50.5);
    for (int i = 0; i < kGeneratedFeatures; ++i) {
        out << (i == 0 ? "" : ",") << R"({"type":"Feature","properties":{"id":)" << i
            << R"(,"name":"Messpunkt )" << i << R"("},"geometry":{"type":"Point","coordinates":[)"
            << lon(random) << ',' << lat(random) << "]}}";
    }
    out << "]}\n";
    return path;
}

/// One project for all kinds: the bundled region (rrw-cli init, which also stores the supply
/// network and its scenarios), an imported layer, a saved scenario and a SWOT item.
const std::string& baseProject() {
    static ScratchDir dir;
    static const std::string path = [] {
        const std::string p = dir.path("base.gpkg");
        copyBundledProject(p);
        const std::vector<std::vector<std::string>> steps = {
            {"import", p, std::string(RRW_TEST_DATA_DIR) + "/good/okresy_karlovarsky.geojson",
             "--name", "earlier_layer"},
            {"scenario", "save", p,
             std::string(RRW_DATA_DIR_FOR_TESTS) + "/supply/scenarios/border_closure_3w.json"},
            {"swot", "add", p, "--category", "S", "--text-de", "Gute Schienenanbindung",
             "--text-cs", "Dobré železniční spojení", "--region", "DE24D"}};
        for (const auto& args : steps) {
            const CliResult r = runCli(args);
            if (r.exitCode != 0) {
                throw std::runtime_error("setting up the base project failed: " + r.err);
            }
        }
        return p;
    }();
    return path;
}

/// A kind of command under test: how to start it on a trial's project and directory, and what
/// "whole or not at all" means for its result.
struct Kind {
    std::string name;
    int trials = 0;
    std::function<std::vector<std::string>(const std::string& project, const std::string& dir)>
        command;
    /// Before a trial (e.g. a file already at the output path).
    std::function<void(const std::string& dir, int trial)> prepare = [](const auto&, int) {};
    /// After the kill (or the end): checks the project and the output against the base
    /// project's rows; reports with ADD_FAILURE/EXPECT.
    std::function<void(const std::string& project, const std::string& dir, bool finished,
                       const TableRows& base)>
        check;
    /// Asked just before the kill: is the command writing its result right now?
    std::function<bool(const std::string& project, const std::string& dir, pid_t pid)> writing;
};

bool holdsWriteLock(const std::string& project, pid_t pid) {
    const auto holders = databaseWriteLockHolders(project);
    return std::find(holders.begin(), holders.end(), static_cast<int>(pid)) != holders.end();
}

/// Every row of the base project is still there, and every new row belongs to the new object
/// (`isNew`); with no new object the project must equal the base exactly.
void expectEarlierDataIntact(const TableRows& base, const TableRows& now, bool newObject,
                             const std::function<bool(const std::string&)>& isNew) {
    for (const auto& row : rowsMissing(base, now)) {
        if (newObject && row.rfind("sqlite_sequence: ", 0) == 0) {
            continue;  // the AUTOINCREMENT counter of the new row's table moved on
        }
        ADD_FAILURE() << "earlier data lost or changed: " << row;
    }
    for (const auto& row : rowsMissing(now, base)) {
        if (newObject && row.rfind("sqlite_sequence: ", 0) == 0) {
            continue;
        }
        if (!newObject || !isNew(row)) {
            ADD_FAILURE() << "a row that belongs to no complete new object: " << row;
        }
    }
}

int failedParts() {
    const ::testing::TestResult* result =
        ::testing::UnitTest::GetInstance()->current_test_info()->result();
    int failed = 0;
    for (int i = 0; i < result->total_part_count(); ++i) {
        failed += result->GetTestPartResult(i).failed() ? 1 : 0;
    }
    return failed;
}

void runKind(const Kind& kind) {
    ScratchDir dir;
    const std::string& base = baseProject();
    const TableRows baseRows = tableRows(base);
    // An uninterrupted run: it must pass the checks, and its duration bounds the kill moments.
    const std::string referenceDir = dir.path("reference") + "/";
    fs::create_directory(referenceDir);
    const std::string reference = referenceDir + "p.gpkg";
    copyProject(base, reference);
    const auto start = std::chrono::steady_clock::now();
    {
        ChildProcess child(RRW_CLI_PATH, kind.command(reference, referenceDir),
                           referenceDir + "cli", cliEnvironment());
        ASSERT_EQ(child.wait(), 0) << child.err();
    }
    const auto full = std::chrono::steady_clock::now() - start;
    kind.check(reference, referenceDir, true, baseRows);
    ASSERT_FALSE(::testing::Test::HasFailure()) << "the uninterrupted " << kind.name << " failed";

    // One generator per kind, so that each kind's moments do not depend on the others.
    std::mt19937_64 random(seed() + std::hash<std::string>{}(kind.name));
    std::uniform_int_distribution<std::int64_t> delay(
        0, std::chrono::duration_cast<std::chrono::microseconds>(full).count());
    Tally tally;
    for (int t = 0; t < kind.trials; ++t) {
        SCOPED_TRACE(kind.name + " trial " + std::to_string(t));
        const int failedBefore = failedParts();
        const std::string trialDir = dir.path("t" + std::to_string(t)) + "/";
        fs::create_directory(trialDir);
        const std::string project = trialDir + "p.gpkg";
        copyProject(base, project);
        kind.prepare(trialDir, t);
        const auto wait = std::chrono::microseconds(delay(random));
        bool finished = true;
        {
            ChildProcess child(RRW_CLI_PATH, kind.command(project, trialDir), trialDir + "cli",
                               cliEnvironment());
            std::this_thread::sleep_for(wait);
            if (!child.finished()) {
                const bool writing = kind.writing(project, trialDir, child.pid());
                if (child.kill()) {
                    finished = false;
                    ++tally.killed;
                    tally.midWrite += writing ? 1 : 0;
                }
            }
            const int code = child.wait();
            if (finished) {
                EXPECT_EQ(code, 0) << child.err();
            }
        }
        EXPECT_EQ(integrityCheckRecovering(project), "ok");
        const auto problems = foreignKeyProblems(project);
        EXPECT_TRUE(problems.empty()) << problems.front();
        kind.check(project, trialDir, finished, baseRows);
        // The next write after the kill goes through.
        const CliResult next =
            runCli({"swot", "add", project, "--category", "O", "--text-de", "Nach dem Abbruch"});
        EXPECT_EQ(next.exitCode, 0) << next.err;
        ++tally.trials;
        tally.failures += failedParts() > failedBefore ? 1 : 0;
        std::error_code ec;
        fs::remove_all(trialDir, ec);
    }
    std::cout << "crash trials (" << kind.name << "): " << tally.trials
              << ", failures: " << tally.failures << ", killed: " << tally.killed
              << ", killed mid-write: " << tally.midWrite << " (uninterrupted run "
              << std::chrono::duration<double>(full).count() << " s)\n";
    g_total.trials += tally.trials;
    g_total.failures += tally.failures;
    g_total.killed += tally.killed;
    g_total.midWrite += tally.midWrite;
}

const std::string kOldReport = "an older report: it must stay until the new one is complete\n";

/// A complete PDF: header, end-of-file marker at the end, and pdfinfo (when installed) reads it.
void expectCompletePdf(const std::string& path) {
    const std::string bytes = slurp(path);
    ASSERT_GT(bytes.size(), 1000u) << path;
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    EXPECT_NE(bytes.find("%%EOF", bytes.size() - std::min<std::size_t>(bytes.size(), 64)),
              std::string::npos)
        << "no %%EOF at the end of " << path;
    static const bool havePdfinfo = std::system("command -v pdfinfo >/dev/null 2>&1") == 0;
    if (havePdfinfo) {
        const CliResult info = runProgram("pdfinfo", {path});
        EXPECT_EQ(info.exitCode, 0) << info.err;
    }
}

class Summary : public ::testing::Environment {
public:
    void SetUp() override { std::cout << "crash seed: " << seed() << '\n'; }
    void TearDown() override {
        if (g_total.trials > 0) {
            std::cout << "crash trials: " << g_total.trials << ", failures: " << g_total.failures
                      << ", killed mid-write: " << g_total.midWrite << '\n';
        }
    }
};
const auto* const g_summary = ::testing::AddGlobalTestEnvironment(new Summary);

}  // namespace

TEST(CrashSafety, KilledImportLeavesTheLayerWholeOrAbsent) {
    ScratchDir inputs;
    const std::string points = generatedPoints(inputs);
    Kind kind;
    kind.name = "import";
    kind.trials = trialsOf(40);
    kind.command = [&](const std::string& project, const std::string&) {
        return std::vector<std::string>{"import", project, points, "--name", kNewLayer};
    };
    kind.writing = [](const std::string& project, const std::string&, pid_t pid) {
        return holdsWriteLock(project, pid);
    };
    kind.check = [](const std::string& project, const std::string&, bool finished,
                    const TableRows& base) {
        const LayerState s = layerState(project, kNewLayer);
        EXPECT_TRUE(s.consistent())
            << "table " << s.table << ", gpkg_contents " << s.contents << ", gpkg_geometry_columns "
            << s.geometryColumns << ", rrw_layer_metadata " << s.catalog << ", rtree " << s.rtree;
        if (finished) {
            EXPECT_TRUE(s.present()) << "a finished import left no layer";
        }
        if (s.present()) {
            EXPECT_EQ(s.features, kGeneratedFeatures);
            EXPECT_EQ(s.catalogFeatures, kGeneratedFeatures);
            EXPECT_EQ(s.ogrCount, kGeneratedFeatures);
            EXPECT_EQ(s.rtreeEntries, kGeneratedFeatures);
            EXPECT_EQ(s.rtreeOrphans, 0);
            EXPECT_TRUE(s.extent) << "gpkg_contents has no extent for the layer";
        }
        expectEarlierDataIntact(base, tableRows(project), s.present(), [](const std::string& row) {
            return row.find(kNewLayer) != std::string::npos;
        });
    };
    runKind(kind);
}

TEST(CrashSafety, KilledScenarioRunLeavesTheRunWholeOrAbsent) {
    const std::int64_t lastRun =
        queryInteger(baseProject(), "SELECT COALESCE(MAX(id), 0) FROM rrw_scenario_run");
    Kind kind;
    kind.name = "scenario run";
    kind.trials = trialsOf(40);
    kind.command = [](const std::string& project, const std::string&) {
        return std::vector<std::string>{"scenario", "run", project, "border_closure_3w"};
    };
    kind.writing = [](const std::string& project, const std::string&, pid_t pid) {
        return holdsWriteLock(project, pid);
    };
    kind.check = [lastRun](const std::string& project, const std::string&, bool finished,
                           const TableRows& base) {
        const std::string after = " FROM rrw_scenario_run WHERE id > " + std::to_string(lastRun);
        const std::int64_t runs = queryInteger(project, "SELECT COUNT(*)" + after);
        EXPECT_LE(runs, 1);
        if (finished) {
            EXPECT_EQ(runs, 1) << "a finished run was not stored";
        }
        if (runs == 1) {
            const auto result = nlohmann::json::parse(
                queryText(project, "SELECT result_json" + after), nullptr, false);
            ASSERT_FALSE(result.is_discarded()) << "the stored result is not complete JSON";
            EXPECT_TRUE(result.contains("total"));
            EXPECT_FALSE(nlohmann::json::parse(queryText(project, "SELECT scenario_json" + after),
                                               nullptr, false)
                             .is_discarded());
            EXPECT_EQ(queryInteger(project, "SELECT days" + after), 60);
            EXPECT_EQ(queryText(project, "SELECT inputs_hash" + after).size(), 16u);
        }
        expectEarlierDataIntact(base, tableRows(project), runs == 1, [](const std::string& row) {
            return row.rfind("rrw_scenario_run: ", 0) == 0;
        });
    };
    runKind(kind);
}

TEST(CrashSafety, KilledReportLeavesNoTruncatedFile) {
    Kind kind;
    kind.name = "report";
    kind.trials = trialsOf(30);
    kind.command = [](const std::string& project, const std::string& dir) {
        return std::vector<std::string>{
            "report", project,     "--template", "risk", "--lang",
            "de",     "--samples", "20",         "-o",   dir + "report.pdf"};
    };
    // Every other trial finds an older file at the output path.
    kind.prepare = [](const std::string& dir, int trial) {
        if (trial % 2 == 1) {
            std::ofstream(dir + "report.pdf") << kOldReport;
            std::ofstream(dir + "had_old_report");
        }
    };
    kind.writing = [](const std::string&, const std::string& dir, pid_t) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(".report.pdf.", 0) == 0) {
                return true;  // the writer's temporary file exists: it is writing the PDF
            }
        }
        return false;
    };
    kind.check = [](const std::string& project, const std::string& dir, bool finished,
                    const TableRows& base) {
        const std::string out = dir + "report.pdf";
        const bool hadOld = fs::exists(dir + "had_old_report");
        if (fs::exists(out)) {
            if (!(hadOld && slurp(out) == kOldReport)) {
                expectCompletePdf(out);
            }
        } else {
            EXPECT_FALSE(finished) << "a finished report wrote no file";
            EXPECT_FALSE(hadOld) << "the older file was removed before the new one was complete";
        }
        // A report only reads the project.
        expectEarlierDataIntact(base, tableRows(project), false,
                                [](const std::string&) { return false; });
    };
    runKind(kind);
}

}  // namespace rrw::test
