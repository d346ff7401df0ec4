#include "support/cli_runner.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace rrw::test {

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

CliResult runProgram(const std::string& program, const std::vector<std::string>& args) {
    const std::string base = fs::temp_directory_path() / ("rrw-run-" + std::to_string(getpid()) +
                                                          "-" + std::to_string(std::rand()));
    const std::string outPath = base + ".out";
    const std::string errPath = base + ".err";
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(out, 1);
        dup2(err, 2);
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(program.c_str()));
        for (const auto& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        execvp(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    CliResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.maxRssKb = usage.ru_maxrss;
    result.out = slurp(outPath);
    result.err = slurp(errPath);
    fs::remove(outPath);
    fs::remove(errPath);
    return result;
}

CliResult runCli(const std::vector<std::string>& args) {
    setenv("RRW_DATA_DIR", RRW_DATA_DIR_FOR_TESTS, 1);
    return runProgram(RRW_CLI_PATH, args);
}

ScratchDir::ScratchDir() {
    std::string templ = (fs::temp_directory_path() / "rrw-test-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    dir_ = templ;
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

std::string ScratchDir::path(const std::string& name) const {
    return (fs::path(dir_) / name).string();
}

void copyBundledProject(const std::string& target) {
    static std::once_flag once;
    static std::string bundled;
    std::call_once(once, [] {
        bundled =
            (fs::temp_directory_path() / ("rrw-bundled-" + std::to_string(getpid()) + ".gpkg"))
                .string();
        const CliResult r = runCli({"init", bundled, "--force"});
        if (r.exitCode != 0) {
            throw std::runtime_error("rrw-cli init failed: " + r.err);
        }
        std::atexit([] {
            std::error_code ec;
            fs::remove(bundled, ec);
        });
    });
    fs::copy_file(bundled, target, fs::copy_options::overwrite_existing);
}

}  // namespace rrw::test
