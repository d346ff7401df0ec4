#include "harnesses.h"

#include <array>

namespace rrw::fuzz {

std::span<const FuzzTarget> fuzzTargets() {
    static constexpr std::array<FuzzTarget, 13> kTargets{{
        {"geojson", fuzzGeojson},
        {"csv", fuzzCsv},
        {"shapefile_zip", fuzzShapefileZip},
        {"style_json", fuzzStyleJson},
        {"index_model_json", fuzzIndexModelJson},
        {"scenario_json", fuzzScenarioJson},
        {"planning_json", fuzzPlanningJson},
        {"project_json", fuzzProjectJson},
        {"slides_json", fuzzSlidesJson},
        {"iim_csv", fuzzIimCsv},
        {"supply_csv", fuzzSupplyCsv},
        {"supply_gpkg", fuzzSupplyGpkg},
        {"indicator_csv", fuzzIndicatorCsv},
    }};
    return kTargets;
}

}  // namespace rrw::fuzz
