#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace rrw::test {

/// A program started in the background (posix_spawn), its output sent to files, so that a test
/// can kill it at a chosen moment or run several at once. The destructor kills a child that is
/// still running and reaps it.
class ChildProcess {
public:
    /// Starts `program` with `args` and the current environment plus `env` ("NAME=value").
    /// stdout and stderr go to `logBase`.out and `logBase`.err. Throws std::runtime_error when
    /// the program cannot be started.
    ChildProcess(const std::string& program, const std::vector<std::string>& args,
                 const std::string& logBase, const std::vector<std::string>& env = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    /// True when the child has ended (reaps it).
    bool finished();
    /// Waits for the end; the exit code, or 128 + signal number.
    int wait();
    /// SIGKILL unless it has ended already; true when the signal was sent to a live child.
    bool kill();
    std::string out() const;
    std::string err() const;

private:
    pid_t pid_ = -1;
    bool reaped_ = false;
    int status_ = 0;
    std::string logBase_;
};

/// rrw-cli with the bundled data of the source tree (RRW_DATA_DIR), in the background.
std::vector<std::string> cliEnvironment(const std::vector<std::string>& extra = {});

}  // namespace rrw::test
