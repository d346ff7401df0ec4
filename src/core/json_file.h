#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace rrw {

/// Reads a JSON file (a command-line argument, a bundled data file). Throws rrw::Error naming the
/// file when it is missing or not valid JSON.
nlohmann::json readJsonFile(const std::string& path);

/// The text of `key` in `item`; "" when it is absent or null. Throws rrw::Error (Input) naming
/// `what` (the file) and `where` (the item) when it is not text.
std::string optionalJsonText(const nlohmann::json& item, const char* key, const std::string& what,
                             const std::string& where);

}  // namespace rrw
