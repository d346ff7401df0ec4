#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace rrw::test {

/// One row of tests/data/{good,bad}/manifest.json.
struct ManifestRow {
    std::string file;
    std::vector<std::string> args;
    std::string expect;  ///< "ok" or "fail" (good rows are always "ok")
    long features = -1;  ///< -1 = not asserted
    long repairedMin = 0;
    long rejectedMin = 0;
    std::string note;
};

std::vector<ManifestRow> readManifest(const std::string& corpus);

/// A GoogleTest-safe name for manifest row `index`: "12_shp_no_prj_zip".
std::string testNameFor(const ManifestRow& row, std::size_t index);

/// Test names and failure messages show the file and its arguments, not raw bytes.
void PrintTo(const ManifestRow& row, std::ostream* os);
std::string testDataPath(const std::string& relative);

struct LonLat {
    double lon = 0;
    double lat = 0;
};

/// name -> position, from a truth table with columns name (or NAZEV), lon, lat.
std::map<std::string, LonLat> readTruth(const std::string& file);

/// The points of `layer` in the project, transformed from EPSG:3035 back to WGS84, keyed by
/// the first attribute called name/Name/NAZEV.
std::map<std::string, LonLat> storedPointsWgs84(const std::string& project,
                                                const std::string& layer);

/// Distance in metres between two WGS84 positions (haversine; plenty for metre checks).
double distanceMetres(LonLat a, LonLat b);

}  // namespace rrw::test
