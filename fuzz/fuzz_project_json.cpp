// The JSON files that define a project's bundled data (`rrw-cli init --data-dir DIR`, or
// RRW_DATA_DIR): the region manifest (region/manifest.json: layers, tables, default map,
// slides) and the titles of the supply scenarios (supply/scenarios/catalog.json). One document
// is read as both.
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/json_file.h"
#include "harnesses.h"
#include "scratch.h"
#include "store/bundled_region.h"
#include "store/bundled_supply.h"

namespace rrw::fuzz {

int fuzzProjectJson(const std::uint8_t* data, std::size_t size) {
    static ScratchDir dir("project_json");
    try {
        const std::string path = dir.write("manifest.json", asText(data, size));
        const nlohmann::json doc = readJsonFile(path);
        try {
            (void)store::readRegionManifest(doc, path);
        } catch (const Error&) {
        }
        (void)store::readScenarioTitles(doc, path);
    } catch (const Error&) {
    }
    return 0;
}

}  // namespace rrw::fuzz
