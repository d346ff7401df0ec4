// Hostile input, part 2 (docs/RELIABILITY.md, section 5): ZIP archives built at test time by
// python3's zipfile whose members try to leave the archive (zip slip: "..", absolute paths,
// backslashes, drive letters, symbolic links) or would unpack to far more than they hold (zip
// bombs, lying sizes, too many entries). Each is refused with one line naming the file, the
// project is unchanged and nothing is written outside.

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace fs = std::filesystem;

namespace rrw::test {

namespace {

// argv: GOOD_SHAPEFILE_ZIP OUT_DIR ABSOLUTE_DIR. Renames the members of a good shapefile zip.
const char* const kMakeArchives = R"py(
import os, sys, zipfile
good, out, absdir = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(good) as z:
    parts = {n.rsplit(".", 1)[1]: z.read(n) for n in z.namelist()}

def shapefile(name, prefix, link=None):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        for ext, data in parts.items():
            if link == ext:
                info = zipfile.ZipInfo(prefix + "." + ext)
                info.create_system = 3
                info.external_attr = 0o120777 << 16
                z.writestr(info, "../../../../../../etc/passwd")
            else:
                z.writestr(prefix + "." + ext, data)

shapefile("parent.zip", "../evil")
shapefile("absolute.zip", absdir + "/evil")
shapefile("nested.zip", "a/../../evil")
shapefile("backslash.zip", "..\\evil")
shapefile("drive_letter.zip", "C:/evil")
shapefile("drive_relative.zip", "C:evil")
shapefile("symlink_shp.zip", "evil", link="shp")
shapefile("symlink_dbf.zip", "evil", link="dbf")

# 100 MB of spaces packed about 1000:1.
with zipfile.ZipFile(os.path.join(out, "bomb.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("bomb.geojson", b" " * 100000000)

# The central directory lies: five small members claim 4.3 GB each (21 GB in all).
path = os.path.join(out, "lying_sizes.zip")
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    for i in range(5):
        z.writestr("part%d.dbf" % i, b"x" * 100)
data = bytearray(open(path, "rb").read())
at = data.find(b"PK\x01\x02")
while at >= 0:
    data[at + 20:at + 24] = (0x00FFFFFF).to_bytes(4, "little")
    data[at + 24:at + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    at = data.find(b"PK\x01\x02", at + 4)
open(path, "wb").write(data)

with zipfile.ZipFile(os.path.join(out, "many_entries.zip"), "w", zipfile.ZIP_STORED) as z:
    for i in range(20000):
        z.writestr("f%05d.txt" % i, b"")
)py";

bool anyEvilIn(const fs::path& dir) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (e.path().filename().string().rfind("evil", 0) == 0) {
            return true;
        }
    }
    return false;
}

class HostileArchive : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new ScratchDir;
        absoluteDir_ = "/tmp/rrw-evil-abs-" + std::to_string(getpid());
        std::ofstream(dir_->path("make.py")) << kMakeArchives;
        const CliResult made =
            runProgram("python3", {dir_->path("make.py"), testDataPath("good/crs_25832_shp.zip"),
                                   dir_->path(""), absoluteDir_});
        ASSERT_EQ(made.exitCode, 0) << made.err;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    void SetUp() override {
        project_ = work_.path("p.gpkg");
        copyBundledProject(project_);
        before_ = dumpDatabase(project_);
    }

    /// Imports `zip` (from the suite's archives): refused with one line naming it and
    /// containing `mention`, the project unchanged, in modest memory.
    void expectRefused(const std::string& zip, const std::string& mention) {
        SCOPED_TRACE(zip);
        const std::string path = dir_->path(zip);
        const CliResult r = runCli({"import", project_, path});
        EXPECT_NE(r.exitCode, 0) << r.out;
        EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_LT(r.maxRssKb, 300 * 1024) << "peak memory";
        EXPECT_EQ(dumpDatabase(project_), before_);
        EXPECT_EQ(integrityCheck(project_), "ok");
    }

    static ScratchDir* dir_;
    static std::string absoluteDir_;
    ScratchDir work_;
    std::string project_;
    std::string before_;
};

ScratchDir* HostileArchive::dir_ = nullptr;
std::string HostileArchive::absoluteDir_;

}  // namespace

TEST_F(HostileArchive, MembersOutsideTheArchiveAreRefused) {
    for (const char* zip : {"parent.zip", "absolute.zip", "nested.zip", "backslash.zip",
                            "drive_letter.zip", "drive_relative.zip"}) {
        expectRefused(zip, "points outside the archive");
    }
    // Nothing was unpacked anywhere: not next to the archives, not in their parents, not in
    // the working directory, not at the absolute path.
    EXPECT_FALSE(anyEvilIn(fs::path(dir_->path(""))));
    EXPECT_FALSE(anyEvilIn(fs::path(dir_->path("")).parent_path()));
    EXPECT_FALSE(anyEvilIn(fs::current_path()));
    EXPECT_FALSE(fs::exists(absoluteDir_));
    EXPECT_FALSE(fs::exists("/evil.shp"));
}

TEST_F(HostileArchive, SymbolicLinkMembersAreRefused) {
    expectRefused("symlink_shp.zip", "archive member 'evil.shp' points outside the archive");
    expectRefused("symlink_dbf.zip", "archive member 'evil.dbf' points outside the archive");
}

TEST_F(HostileArchive, ZipBombsAreRefusedBeforeUnpacking) {
    expectRefused("bomb.zip", "refusing a possible zip bomb");
    expectRefused("lying_sizes.zip", "the archive unpacks to more than 16000 MB");
    expectRefused("many_entries.zip", "the archive holds 20000 entries");
}

}  // namespace rrw::test
