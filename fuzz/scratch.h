#pragma once
// What every harness needs: a scratch directory of its own for the files it hands to rrw (the
// importers refuse /vsi paths on purpose, so inputs are real files), multi-file inputs, and
// how a broken invariant is reported.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rrw::fuzz {

/// A directory of this process (/dev/shm/rrw-fuzz-<target>-<pid>, or under the system's
/// temporary directory): created empty, removed with everything in it when destroyed.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& target);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::string& path() const { return path_; }
    /// Writes `bytes` to the file `name` in the directory (replacing it); returns its path.
    std::string write(const std::string& name, std::string_view bytes) const;
    /// Removes the file `name` (and its -wal, -shm, -journal companions) if present.
    void remove(const std::string& name) const;

private:
    std::string path_;
};

/// The input as text.
std::string_view asText(const std::uint8_t* data, std::size_t size);

/// Splits an input that stands for several files at the lines "--8<--" (a line of its own),
/// into at most `maxParts` parts (the last part keeps any further separators).
std::vector<std::string_view> splitParts(std::string_view text, std::size_t maxParts);

/// An invariant of a parser does not hold (e.g. a parsed file does not read back the same):
/// prints `what` with the target name and aborts, so that libFuzzer keeps the input.
[[noreturn]] void fail(const char* target, const std::string& what);

}  // namespace rrw::fuzz
