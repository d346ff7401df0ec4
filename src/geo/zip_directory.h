#pragma once
// Internal to rrw::geo: the central directory of a ZIP archive, read by us (not by GDAL) so
// that member names, symbolic links and the declared sizes are checked before GDAL reads a
// member.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rrw::geo {

struct ZipEntry {
    std::string name;  ///< as stored in the archive (bytes, not recoded)
    std::uint64_t packedBytes = 0;
    std::uint64_t unpackedBytes = 0;
    bool symlink = false;  ///< a Unix symbolic link member
};

/// Reads the central directory of the ZIP file at `vsiPath` (a local path or any GDAL virtual
/// path). The number of entries is read first: an archive that declares more than
/// `maxEntries` returns its count in `declaredEntries` and no entries. nullopt when the file
/// is not a readable ZIP archive.
std::optional<std::vector<ZipEntry>> readZipDirectory(const std::string& vsiPath,
                                                      std::uint64_t maxEntries,
                                                      std::uint64_t& declaredEntries);

/// True when `name` could point outside the archive if it were unpacked: an absolute path,
/// a ".." component, a backslash or a drive letter (any ':').
bool isUnsafeMemberName(const std::string& name);

}  // namespace rrw::geo
