#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace rrw {

/// Reads a JSON file (a command-line argument, a bundled data file). Throws rrw::Error naming the
/// file when it is missing or not valid JSON.
nlohmann::json readJsonFile(const std::string& path);

}  // namespace rrw
