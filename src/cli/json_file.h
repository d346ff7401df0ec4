#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace rrw::cli {

/// Reads a JSON file given on the command line. Throws rrw::Error naming the file when it is
/// missing or not valid JSON.
nlohmann::json readJsonFile(const std::string& path);

}  // namespace rrw::cli
