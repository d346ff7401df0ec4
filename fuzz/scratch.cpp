#include "scratch.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace rrw::fuzz {

ScratchDir::ScratchDir(const std::string& target) {
    std::error_code ec;
    const fs::path shm = "/dev/shm";
    const fs::path base = fs::is_directory(shm, ec) ? shm : fs::temp_directory_path();
    path_ = (base / ("rrw-fuzz-" + target + "-" + std::to_string(::getpid()))).string();
    fs::remove_all(path_, ec);
    if (!fs::create_directories(path_, ec)) {
        throw std::runtime_error("cannot create the fuzz scratch directory " + path_);
    }
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::string ScratchDir::write(const std::string& name, std::string_view bytes) const {
    const std::string file = path_ + "/" + name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        throw std::runtime_error("cannot write the fuzz input " + file);
    }
    return file;
}

void ScratchDir::remove(const std::string& name) const {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(path_ + "/" + name + suffix, ec);
    }
}

std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view()
                     : std::string_view(reinterpret_cast<const char*>(data), size);
}

std::vector<std::string_view> splitParts(std::string_view text, std::size_t maxParts) {
    constexpr std::string_view kSeparator = "\n--8<--\n";
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < maxParts) {
        const auto at = text.find(kSeparator);
        if (at == std::string_view::npos) {
            break;
        }
        parts.push_back(text.substr(0, at + 1));  // the part keeps its last line end
        text.remove_prefix(at + kSeparator.size());
    }
    parts.push_back(text);
    return parts;
}

void fail(const char* target, const std::string& what) {
    std::fprintf(stderr, "fuzz target %s: %s\n", target, what.c_str());
    std::abort();
}

}  // namespace rrw::fuzz
