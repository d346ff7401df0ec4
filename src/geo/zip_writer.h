#pragma once

#include <string>
#include <vector>

namespace rrw::geo {

/// One member of a zip archive, in archive order.
struct ZipMember {
    std::string name;        ///< path inside the archive ("content.xml", "Pictures/map1.png")
    std::string bytes;       ///< the member's content
    bool compressed = true;  ///< false = stored (e.g. an OpenDocument's "mimetype")
};

/// Writes `members` into a new zip file at `path` with GDAL's zip writer (CPLCreateZip), in
/// the given order; an existing file is replaced only when the new one is complete (written
/// beside it and renamed into place). Throws rrw::Error naming the file (and the member) when
/// it cannot be written; a half-written file is removed. A member name that is empty, absolute,
/// or holds "..", a backslash or a drive letter is refused before anything is written. No
/// ZIP64: every member must stay below 4 GB.
void writeZip(const std::string& path, const std::vector<ZipMember>& members);

}  // namespace rrw::geo
