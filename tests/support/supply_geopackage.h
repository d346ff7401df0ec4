#pragma once

#include <string>

#include "support/cli_runner.h"

namespace rrw::test {

/// How makeSupplyGeoPackage stores the network.
struct SupplyGpkgOptions {
    /// CRS of the firm points ("EPSG:25833", "EPSG:5514", …); "" = `firms` is a table without
    /// geometry that keeps x/y as columns.
    std::string crs = "EPSG:25833";
    /// true: numbers in integer and real fields; false: every field is text.
    bool typed = true;
};

/// Converts the network CSV files (x/y in WGS84) into dir/`name` with ogr2ogr: layers `firms`,
/// `links` and, when `crossings` is not empty, `crossings`. Returns the path; a failing
/// ogr2ogr fails the current test.
std::string makeSupplyGeoPackage(const ScratchDir& dir, const std::string& name,
                                 const std::string& firms, const std::string& links,
                                 const std::string& crossings,
                                 const SupplyGpkgOptions& options = {});

}  // namespace rrw::test
