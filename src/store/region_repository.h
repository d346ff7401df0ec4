#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

/// One unit of the cross-border region hierarchy: DE Land > Kreis (NUTS-3, AGS) > Gemeinde,
/// CZ kraj (NUTS-3) > okres (LAU-1) > obec (kód obce). analysis_level pairs the comparable
/// levels across the border: "district" = Kreis/okres, "municipality" = Gemeinde/obec.
struct Region {
    std::string code;
    std::string level;
    std::string parentCode;
    std::string country;
    std::string name;
    std::string nameDe;
    std::string nameCs;
    std::string nuts3, lau1, ags, kod;
    std::string analysisLevel;
    std::string layer;  ///< the layer holding its geometry, "" if none
};

struct PopulationRecord {
    std::string regionCode;
    std::string referenceDate;  ///< ISO date of the count
    std::int64_t population = 0;
    std::int64_t men = -1;    ///< -1 = not given
    std::int64_t women = -1;  ///< -1 = not given
    std::string source;
    std::string licence;
};

/// Inserts regions, parents before children (inside the caller's transaction).
void insertRegions(Project& project, const std::vector<Region>& regions);
void insertPopulation(Project& project, const std::vector<PopulationRecord>& records);

struct RegionCount {
    std::string country;
    std::string level;
    std::string analysisLevel;
    std::int64_t count = 0;
};
/// Number of regions per country and level.
std::vector<RegionCount> countRegions(const Project& project);

/// Regions of one analysis level ("district", "municipality") on both sides of the border.
std::vector<Region> regionsAt(const Project& project, const std::string& analysisLevel);

}  // namespace rrw::store
