#include "support/supply_geopackage.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace rrw::test {

namespace {

/// Field types of the numeric columns of the network files (all others are text).
const std::map<std::string, std::string> kFieldTypes = {{"employees", "Integer"},
                                                        {"lead_time", "Integer"},
                                                        {"switch_days", "Integer"},
                                                        {"synthetic", "Integer"},
                                                        {"commuter_share", "Real"},
                                                        {"daily_output", "Real"},
                                                        {"energy_intensity", "Real"},
                                                        {"x", "Real"},
                                                        {"y", "Real"},
                                                        {"input_share", "Real"},
                                                        {"inventory_days", "Real"},
                                                        {"substitutable_share", "Real"},
                                                        {"commuters", "Real"}};

/// Copies `source` to `target` and, with `typed`, writes the GDAL .csvt file of its columns.
void copyCsv(const std::string& source, const std::string& target, bool typed) {
    std::filesystem::copy_file(source, target);
    if (!typed) {
        return;
    }
    std::ifstream in(source);
    std::string header;
    std::getline(in, header);
    std::string types;
    std::size_t start = 0;
    while (start <= header.size()) {
        const std::size_t end = std::min(header.find(',', start), header.size());
        std::string column = header.substr(start, end - start);
        if (!column.empty() && column.back() == '\r') {
            column.pop_back();
        }
        const auto it = kFieldTypes.find(column);
        types += (types.empty() ? "" : ",") + std::string("\"") +
                 (it == kFieldTypes.end() ? "String" : it->second) + "\"";
        start = end + 1;
    }
    std::ofstream(target.substr(0, target.size() - 4) + ".csvt") << types << '\n';
}

void convert(const std::vector<std::string>& args) {
    const CliResult r = runProgram("ogr2ogr", args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

}  // namespace

std::string makeSupplyGeoPackage(const ScratchDir& dir, const std::string& name,
                                 const std::string& firms, const std::string& links,
                                 const std::string& crossings, const SupplyGpkgOptions& options) {
    const std::string out = dir.path(name);
    const std::string stem = out.substr(0, out.size() - 5);
    copyCsv(firms, stem + "_firms.csv", options.typed);
    copyCsv(links, stem + "_links.csv", options.typed);
    std::vector<std::string> firmArgs = {"-f", "GPKG", out, stem + "_firms.csv", "-nln", "firms"};
    if (!options.crs.empty()) {
        firmArgs.insert(firmArgs.end(), {"-oo", "X_POSSIBLE_NAMES=x", "-oo", "Y_POSSIBLE_NAMES=y",
                                         "-s_srs", "EPSG:4326", "-t_srs", options.crs});
    }
    convert(firmArgs);
    convert({"-f", "GPKG", "-update", out, stem + "_links.csv", "-nln", "links"});
    if (!crossings.empty()) {
        copyCsv(crossings, stem + "_crossings.csv", options.typed);
        convert({"-f", "GPKG", "-update", out, stem + "_crossings.csv", "-nln", "crossings"});
    }
    return out;
}

}  // namespace rrw::test
