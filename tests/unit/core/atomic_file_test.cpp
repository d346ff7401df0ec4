#include "core/atomic_file.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/file_users.h"
#include "support/cli_runner.h"

namespace fs = std::filesystem;

namespace rrw {

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::size_t filesIn(const std::string& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) {
        ++n;
    }
    return n;
}

}  // namespace

TEST(AtomicFile, TheTargetAppearsOnlyOnCommit) {
    test::ScratchDir dir;
    const std::string target = dir.path("map.png");
    AtomicFile out(target);
    EXPECT_NE(out.path(), target);
    EXPECT_EQ(fs::path(out.path()).parent_path(), fs::path(target).parent_path());
    std::ofstream(out.path()) << "complete";
    EXPECT_FALSE(fs::exists(target));
    out.commit();
    EXPECT_EQ(slurp(target), "complete");
    EXPECT_FALSE(fs::exists(out.path()));
    EXPECT_EQ(filesIn(dir.path("")), 1u);
}

TEST(AtomicFile, AnUnfinishedWriteKeepsTheOldFileAndLeavesNothingBehind) {
    test::ScratchDir dir;
    const std::string target = dir.path("report.pdf");
    std::ofstream(target) << "old";
    {
        AtomicFile out(target);
        std::ofstream(out.path()) << "half";
    }
    EXPECT_EQ(slurp(target), "old");
    EXPECT_EQ(filesIn(dir.path("")), 1u);
    {
        AtomicFile out(target);
        std::ofstream(out.path()) << "new";
        out.commit();
    }
    EXPECT_EQ(slurp(target), "new");
}

TEST(AtomicFile, AnUnwritableDirectoryIsAnErrorNamingTheTarget) {
    const std::string target = "/nonexistent-rrw-dir/report.pdf";
    try {
        AtomicFile out(target);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        EXPECT_NE(e.message().find(target), std::string::npos) << e.message();
    }
}

TEST(FileUsers, FindsTheProcessHoldingTheWriteLock) {
    test::ScratchDir dir;
    const std::string path = dir.path("p.sqlite");
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t(x)", nullptr, nullptr, nullptr),
        SQLITE_OK);
    EXPECT_TRUE(databaseWriteLockHolders(path).empty());
    ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto holders = databaseWriteLockHolders(path);
    ASSERT_EQ(holders.size(), 1u);
    EXPECT_EQ(holders[0], static_cast<int>(getpid()));
    // The calling process is never named as "another" user.
    EXPECT_TRUE(processesUsingDatabase(path).empty());
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

}  // namespace rrw
