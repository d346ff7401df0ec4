#include "geo/zip_directory.h"

#include <cpl_vsi.h>

#include <algorithm>

namespace rrw::geo {

namespace {

constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint32_t kEntrySignature = 0x02014b50;
constexpr std::uint64_t kMaxDirectoryBytes = 256ull * 1024 * 1024;

std::uint64_t le(const unsigned char* p, int bytes) {
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        v = (v << 8) | p[i];
    }
    return v;
}

class File {
public:
    explicit File(const std::string& path) : fp_(VSIFOpenL(path.c_str(), "rb")) {}
    ~File() {
        if (fp_ != nullptr) {
            VSIFCloseL(fp_);
        }
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    bool open() const { return fp_ != nullptr; }
    bool read(std::uint64_t offset, std::size_t bytes, std::vector<unsigned char>& out) {
        out.resize(bytes);
        return VSIFSeekL(fp_, offset, SEEK_SET) == 0 &&
               VSIFReadL(out.data(), 1, bytes, fp_) == bytes;
    }

private:
    VSILFILE* fp_;
};

struct Directory {
    std::uint64_t entries = 0;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
};

/// Finds the end of central directory record (also the ZIP64 one) in the last 64 KiB.
std::optional<Directory> findDirectory(File& file, std::uint64_t fileSize) {
    const std::uint64_t tail = std::min<std::uint64_t>(fileSize, 65535 + 22);
    std::vector<unsigned char> buf;
    if (tail < 22 || !file.read(fileSize - tail, static_cast<std::size_t>(tail), buf)) {
        return std::nullopt;
    }
    for (std::size_t i = buf.size() - 22 + 1; i-- > 0;) {
        if (le(&buf[i], 4) != kEndSignature) {
            continue;
        }
        Directory d{le(&buf[i + 10], 2), le(&buf[i + 16], 4), le(&buf[i + 12], 4)};
        const std::uint64_t endPos = fileSize - tail + i;
        if (d.entries == 0xFFFF || d.offset == 0xFFFFFFFF || d.size == 0xFFFFFFFF) {
            std::vector<unsigned char> loc;
            if (endPos < 20 || !file.read(endPos - 20, 20, loc) ||
                le(loc.data(), 4) != kZip64LocatorSignature) {
                return std::nullopt;
            }
            std::vector<unsigned char> end64;
            if (!file.read(le(&loc[8], 8), 56, end64) ||
                le(end64.data(), 4) != kZip64EndSignature) {
                return std::nullopt;
            }
            d = {le(&end64[32], 8), le(&end64[48], 8), le(&end64[40], 8)};
        }
        if (d.offset > fileSize || d.size > fileSize - d.offset) {
            return std::nullopt;
        }
        return d;
    }
    return std::nullopt;
}

/// Replaces the 32-bit sizes by the ZIP64 extra field's values where they overflowed.
void applyZip64Extra(const unsigned char* extra, std::size_t length, ZipEntry& e) {
    std::size_t pos = 0;
    while (pos + 4 <= length) {
        const auto id = le(extra + pos, 2);
        const auto size = static_cast<std::size_t>(le(extra + pos + 2, 2));
        if (pos + 4 + size > length) {
            return;
        }
        if (id == 0x0001) {
            std::size_t at = pos + 4;
            if (e.unpackedBytes == 0xFFFFFFFF && at + 8 <= pos + 4 + size) {
                e.unpackedBytes = le(extra + at, 8);
                at += 8;
            }
            if (e.packedBytes == 0xFFFFFFFF && at + 8 <= pos + 4 + size) {
                e.packedBytes = le(extra + at, 8);
            }
            return;
        }
        pos += 4 + size;
    }
}

}  // namespace

std::optional<std::vector<ZipEntry>> readZipDirectory(const std::string& vsiPath,
                                                      std::uint64_t maxEntries,
                                                      std::uint64_t& declaredEntries) {
    declaredEntries = 0;
    VSIStatBufL stat;
    if (VSIStatL(vsiPath.c_str(), &stat) != 0 || stat.st_size <= 0) {
        return std::nullopt;
    }
    File file(vsiPath);
    if (!file.open()) {
        return std::nullopt;
    }
    const auto fileSize = static_cast<std::uint64_t>(stat.st_size);
    const std::optional<Directory> dir = findDirectory(file, fileSize);
    if (!dir || dir->size > kMaxDirectoryBytes) {
        return std::nullopt;
    }
    declaredEntries = dir->entries;
    if (dir->entries > maxEntries) {
        return std::vector<ZipEntry>{};
    }
    std::vector<unsigned char> buf;
    if (!file.read(dir->offset, static_cast<std::size_t>(dir->size), buf)) {
        return std::nullopt;
    }
    std::vector<ZipEntry> entries;
    std::size_t pos = 0;
    for (std::uint64_t n = 0; n < dir->entries; ++n) {
        if (pos + 46 > buf.size() || le(&buf[pos], 4) != kEntrySignature) {
            return std::nullopt;
        }
        const unsigned char* h = &buf[pos];
        const auto nameLength = static_cast<std::size_t>(le(h + 28, 2));
        const auto extraLength = static_cast<std::size_t>(le(h + 30, 2));
        const auto commentLength = static_cast<std::size_t>(le(h + 32, 2));
        if (pos + 46 + nameLength + extraLength + commentLength > buf.size()) {
            return std::nullopt;
        }
        ZipEntry e;
        e.name.assign(reinterpret_cast<const char*>(h + 46), nameLength);
        e.packedBytes = le(h + 20, 4);
        e.unpackedBytes = le(h + 24, 4);
        applyZip64Extra(h + 46 + nameLength, extraLength, e);
        // Unix (3) and macOS (19) archivers keep the file mode in the upper 16 bits.
        const auto host = le(h + 4, 2) >> 8;
        const auto mode = static_cast<std::uint32_t>(le(h + 38, 4) >> 16);
        e.symlink = (host == 3 || host == 19) && (mode & 0170000) == 0120000;
        entries.push_back(std::move(e));
        pos += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

bool isUnsafeMemberName(const std::string& name) {
    if (name.empty()) {
        return false;
    }
    if (name[0] == '/' || name.find('\\') != std::string::npos ||
        name.find(':') != std::string::npos || name.find('\0') != std::string::npos) {
        return true;
    }
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

}  // namespace rrw::geo
