#pragma once

#include <string>

namespace rrw {

/// A file that appears under its final name only when it is complete. Writers write path(), a
/// new file next to the target (".NAME.<random>.part", so on the same file system), and
/// commit() flushes it to disk and renames it over the target in one step. Until then a file
/// already at the target stays as it was; a process killed while writing leaves at most the
/// ".part" file behind, never a truncated file under the final name. Without commit() (an
/// error, an exception) the destructor removes the temporary file.
class AtomicFile {
public:
    /// Creates the temporary file (empty). Throws rrw::Error (Input) naming `target` when its
    /// directory cannot be written.
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The temporary file to write.
    const std::string& path() const { return temp_; }
    /// The final name, for messages.
    const std::string& target() const { return target_; }

    /// Syncs the temporary file and renames it to the target. Throws rrw::Error (Input) naming
    /// the target when it cannot; the temporary file is removed then.
    void commit();

private:
    std::string target_;
    std::string final_;  ///< the target, or the file it links to
    std::string temp_;
    bool committed_ = false;
};

}  // namespace rrw
