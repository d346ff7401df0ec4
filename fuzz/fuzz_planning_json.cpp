// The planning and governance catalogs: the BBK scenarios of `rrw-cli matrix --scenarios FILE`
// (parsed and placed in the risk matrix), and the bundled catalogs a project starts with
// (data/indicators/measures.json and bbk_scenarios.json, data/governance/organisations.json,
// read from RRW_DATA_DIR or --data-dir): the input is written under all three names, so one
// document may carry "measures", "scenarios" and "organisations" at once; imported as
// `rrw-cli init` does and rolled back.
#include <nlohmann/json.hpp>

#include "analysis/risk/bbk_matrix.h"
#include "core/error.h"
#include "core/json_file.h"
#include "harnesses.h"
#include "project_fixture.h"
#include "store/bundled_planning.h"

namespace rrw::fuzz {

int fuzzPlanningJson(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("planning_json");
    const ScratchDir& dir = fixture.dir();
    const std::string_view text = asText(data, size);
    const std::string path = dir.write("bbk_scenarios.json", text);
    dir.write("measures.json", text);
    dir.write("organisations.json", text);
    try {
        const auto scenarios = analysis::parseBbkScenarios(readJsonFile(path), path);
        for (const auto aggregation :
             {analysis::ExtentAggregation::Mean, analysis::ExtentAggregation::Max}) {
            (void)analysis::matrixJson(scenarios, {}, aggregation).dump();
        }
    } catch (const Error&) {
    }
    fixture.writeAndDiscard([&] { store::importBundledPlanning(fixture.project(), dir.path()); });
    fixture.writeAndDiscard([&] { store::importBundledGovernance(fixture.project(), dir.path()); });
    return 0;
}

}  // namespace rrw::fuzz
