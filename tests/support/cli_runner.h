#pragma once

#include <string>
#include <vector>

namespace rrw::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
    long maxRssKb = 0;  ///< peak resident memory of the process (getrusage), in KiB
};

/// Runs the built rrw-cli with `args` (no shell interpretation of the arguments).
CliResult runCli(const std::vector<std::string>& args);

/// Runs any program (e.g. ogrinfo); same contract as runCli.
CliResult runProgram(const std::string& program, const std::vector<std::string>& args);

/// A fresh, empty scratch directory for one test; removed by the destructor.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    std::string path(const std::string& name) const;

private:
    std::string dir_;
};

/// Path of a copy of the bundled project made once per test run (rrw-cli init), copied to
/// `target` so each test writes its own file.
void copyBundledProject(const std::string& target);

}  // namespace rrw::test
