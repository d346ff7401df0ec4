#include "support/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace rrw::test {

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int exitCodeOf(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args,
                           const std::string& logBase, const std::vector<std::string>& env)
    : logBase_(logBase) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, (logBase + ".out").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, (logBase + ".err").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    // The current environment, with `env` overriding variables of the same name.
    std::vector<std::string> merged;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry = *e;
        const std::string name = entry.substr(0, entry.find('='));
        bool overridden = false;
        for (const auto& x : env) {
            overridden = overridden || x.substr(0, x.find('=')) == name;
        }
        if (!overridden) {
            merged.push_back(entry);
        }
    }
    merged.insert(merged.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& e : merged) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    const int rc = posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("cannot start " + program + ": " + std::strerror(rc));
    }
}

ChildProcess::~ChildProcess() {
    kill();
    wait();
}

bool ChildProcess::finished() {
    if (reaped_) {
        return true;
    }
    if (waitpid(pid_, &status_, WNOHANG) == pid_) {
        reaped_ = true;
    }
    return reaped_;
}

int ChildProcess::wait() {
    if (!reaped_) {
        while (waitpid(pid_, &status_, 0) < 0 && errno == EINTR) {
        }
        reaped_ = true;
    }
    return exitCodeOf(status_);
}

bool ChildProcess::kill() {
    if (finished()) {
        return false;
    }
    return ::kill(pid_, SIGKILL) == 0;
}

std::string ChildProcess::out() const {
    return slurp(logBase_ + ".out");
}

std::string ChildProcess::err() const {
    return slurp(logBase_ + ".err");
}

std::vector<std::string> cliEnvironment(const std::vector<std::string>& extra) {
    std::vector<std::string> env = {std::string("RRW_DATA_DIR=") + RRW_DATA_DIR_FOR_TESTS,
                                    "QT_QPA_PLATFORM=offscreen"};
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

}  // namespace rrw::test
