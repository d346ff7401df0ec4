#pragma once

#include <map>
#include <string>
#include <vector>

namespace rrw::geo {

/// A small delimited-text table (catalogs, statistics) read with GDAL's CSV reader: every
/// value as UTF-8 text, keyed by the header names.
struct TextTable {
    std::vector<std::string> columns;
    std::vector<std::map<std::string, std::string>> rows;
};

/// Reads `path`. Throws rrw::Error naming the file when it cannot be read.
TextTable readTextTable(const std::string& path);

}  // namespace rrw::geo
