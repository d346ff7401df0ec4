// Replays every file under tests/data/fuzz/<target>/ (inputs that once crashed a parser, and a
// few interesting seeds) through the same harness functions the libFuzzer targets run
// (fuzz/harnesses.h; docs/RELIABILITY.md, "Fuzzing"). A harness lets only rrw::Error pass
// inside; anything else escaping, or a sanitizer report in the asan build, fails the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "harnesses.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsOf(const std::string& target) {
    std::vector<fs::path> files;
    const fs::path dir = fs::path(RRW_TEST_DATA_DIR) / "fuzz" / target;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string readBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FuzzRegressions : public testing::TestWithParam<rrw::fuzz::FuzzTarget> {};

TEST_P(FuzzRegressions, ReplaysEveryStoredInput) {
    const rrw::fuzz::FuzzTarget target = GetParam();
    const auto files = inputsOf(target.name);
    ASSERT_FALSE(files.empty()) << "no inputs in tests/data/fuzz/" << target.name;
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.string());
        const std::string bytes = readBytes(file);
        EXPECT_NO_THROW(
            target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressions,
                         testing::ValuesIn(rrw::fuzz::fuzzTargets().begin(),
                                           rrw::fuzz::fuzzTargets().end()),
                         [](const testing::TestParamInfo<rrw::fuzz::FuzzTarget>& param) {
                             return std::string(param.param.name);
                         });

}  // namespace
