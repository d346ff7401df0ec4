// Concurrent use (docs/RELIABILITY.md, section 4): two rrw-cli writers on one project both
// succeed, one after the other; a writer that cannot get the project within the busy timeout
// fails with "the project is in use by …" naming the holder and changes nothing; readers work
// while a writer holds the project.

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <thread>

#include "support/child_process.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/store_checks.h"

namespace rrw::test {

namespace {

/// The test process itself holding the project's write lock (as another program would), with
/// an uncommitted change, until release() or the end of the object.
class WriteLock {
public:
    explicit WriteLock(const std::string& path) {
        EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        EXPECT_EQ(exec("BEGIN IMMEDIATE"), SQLITE_OK) << sqlite3_errmsg(db_);
        EXPECT_EQ(exec("INSERT INTO rrw_log(at, action) VALUES ('now', 'uncommitted')"), SQLITE_OK)
            << sqlite3_errmsg(db_);
    }
    ~WriteLock() { release(); }
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

    void release() {
        if (db_ != nullptr) {
            exec("ROLLBACK");
            sqlite3_close(db_);
            db_ = nullptr;
        }
    }

private:
    int exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }
    sqlite3* db_ = nullptr;
};

std::string ownName() {
    std::ifstream in("/proc/self/comm");
    std::string name;
    std::getline(in, name);
    return name + " (PID " + std::to_string(getpid()) + ")";
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string dataFile(const std::string& relative) {
    return std::string(RRW_TEST_DATA_DIR) + "/" + relative;
}

}  // namespace

TEST(ConcurrentUse, TwoImportsAtOnceBothLand) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    ChildProcess first(
        RRW_CLI_PATH,
        {"import", project, dataFile("good/okresy_karlovarsky.geojson"), "--name", "first_layer"},
        dir.path("first"), cliEnvironment());
    ChildProcess second(
        RRW_CLI_PATH,
        {"import", project, dataFile("good/crs_4326.geojson"), "--name", "second_layer"},
        dir.path("second"), cliEnvironment());
    EXPECT_EQ(first.wait(), 0) << first.err();
    EXPECT_EQ(second.wait(), 0) << second.err();
    EXPECT_EQ(integrityCheck(project), "ok");
    for (const char* layer : {"first_layer", "second_layer"}) {
        const LayerState s = layerState(project, layer);
        EXPECT_TRUE(s.present() && s.consistent()) << layer;
        EXPECT_GT(s.features, 0) << layer;
        EXPECT_EQ(s.features, s.catalogFeatures) << layer;
        EXPECT_EQ(s.features, s.rtreeEntries) << layer;
        EXPECT_EQ(s.features, s.ogrCount) << layer;
    }
    EXPECT_TRUE(foreignKeyProblems(project).empty());
}

TEST(ConcurrentUse, TwoWritersInLoopsAllItemsLand) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    const std::int64_t before = queryInteger(project, "SELECT COUNT(*) FROM rrw_swot_item");
    constexpr int kEach = 12;
    const auto writer = [&](const std::string& who, const std::string& category) {
        for (int i = 0; i < kEach; ++i) {
            ChildProcess add(RRW_CLI_PATH,
                             {"swot", "add", project, "--category", category, "--text-de",
                              who + " " + std::to_string(i), "--author", who},
                             dir.path(who + std::to_string(i)), cliEnvironment());
            EXPECT_EQ(add.wait(), 0) << add.err();
        }
    };
    std::thread a(writer, "Anna", "S");
    std::thread b(writer, "Bedřich", "W");
    a.join();
    b.join();
    EXPECT_EQ(integrityCheck(project), "ok");
    EXPECT_EQ(queryInteger(project, "SELECT COUNT(*) FROM rrw_swot_item"), before + 2 * kEach);
    for (const char* who : {"Anna", "Bedřich"}) {
        EXPECT_EQ(queryInteger(project, std::string("SELECT COUNT(DISTINCT text_de) FROM "
                                                    "rrw_swot_item WHERE author = '") +
                                            who + "'"),
                  kEach)
            << who;
    }
}

TEST(ConcurrentUse, AWriterGivesUpAfterTheBusyTimeoutNamingTheHolder) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    const std::string before = dumpDatabase(project);
    WriteLock lock(project);
    const std::vector<std::vector<std::string>> writes = {
        {"swot", "add", project, "--category", "T", "--text-de", "Hochwasser"},
        {"import", project, dataFile("good/crs_4326.geojson"), "--name", "blocked"}};
    for (const auto& args : writes) {
        const auto start = std::chrono::steady_clock::now();
        ChildProcess cli(RRW_CLI_PATH, args, dir.path("blocked"),
                         cliEnvironment({"RRW_BUSY_TIMEOUT_MS=500", "RRW_LANG=en"}));
        EXPECT_EQ(cli.wait(), 1) << args[0];  // the exit code of store errors
        const double waited = secondsSince(start);
        EXPECT_GE(waited, 0.5) << "it did not wait for the busy timeout";
        EXPECT_LT(waited, 8.0);
        const std::string err = cli.err();
        EXPECT_NE(err.find(project + ": the project is in use by " + ownName() +
                           "; try again when it has finished"),
                  std::string::npos)
            << err;
        EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "one line: " << err;
    }
    lock.release();
    EXPECT_EQ(dumpDatabase(project), before);
    EXPECT_EQ(integrityCheck(project), "ok");
}

TEST(ConcurrentUse, AWriterWaitsForAShortWriteOfAnotherProgram) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    WriteLock lock(project);
    const auto start = std::chrono::steady_clock::now();
    ChildProcess cli(RRW_CLI_PATH,
                     {"swot", "add", project, "--category", "O", "--text-de", "Radweg"},
                     dir.path("waiting"), cliEnvironment({"RRW_BUSY_TIMEOUT_MS=10000"}));
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_FALSE(cli.finished()) << "it did not wait: " << cli.err();
    lock.release();
    EXPECT_EQ(cli.wait(), 0) << cli.err();
    EXPECT_GE(secondsSince(start), 1.5);
    EXPECT_EQ(queryInteger(project, "SELECT COUNT(*) FROM rrw_swot_item WHERE text_de = 'Radweg'"),
              1);
    EXPECT_EQ(queryInteger(project, "SELECT COUNT(*) FROM rrw_log WHERE action = 'uncommitted'"),
              0);
}

TEST(ConcurrentUse, ReadersWorkWhileAWriterHoldsTheProject) {
    ScratchDir dir;
    const std::string project = dir.path("p.gpkg");
    copyBundledProject(project);
    WriteLock lock(project);
    const std::vector<std::vector<std::string>> reads = {
        {"layers", project, "--json"},
        {"info", project, "--json"},
        {"swot", "list", project, "--json"},
        {"render", project, "--size", "400x300", "-o", dir.path("map.png")}};
    for (const auto& args : reads) {
        const auto start = std::chrono::steady_clock::now();
        ChildProcess cli(RRW_CLI_PATH, args, dir.path("reader"),
                         cliEnvironment({"RRW_BUSY_TIMEOUT_MS=500"}));
        EXPECT_EQ(cli.wait(), 0) << args[0] << ": " << cli.err();
        EXPECT_EQ(cli.err(), "") << args[0];
        // A reader never waits for the lock (nor writes when it closes the project).
        EXPECT_LT(secondsSince(start), 5.0) << args[0];
        if (args.back() == "--json") {
            EXPECT_FALSE(nlohmann::json::parse(cli.out(), nullptr, false).is_discarded())
                << args[0];
        }
    }
    EXPECT_GT(std::ifstream(dir.path("map.png"), std::ios::binary | std::ios::ate).tellg(), 1000);
}

}  // namespace rrw::test
