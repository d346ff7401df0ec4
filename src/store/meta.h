#pragma once

#include <optional>
#include <string>

#include "store/project.h"

namespace rrw::store {

/// Project-wide settings in rrw_meta (e.g. "default_map", the map the project opens on).
std::optional<std::string> readMeta(const Project& project, const std::string& key);
/// Inside a Project::write transaction.
void writeMeta(Project& project, const std::string& key, const std::string& value);

}  // namespace rrw::store
