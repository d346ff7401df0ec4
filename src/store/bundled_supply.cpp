#include "store/bundled_supply.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "analysis/scenario/scenario.h"
#include "core/error.h"
#include "core/json_file.h"
#include "store/scenario_repository.h"
#include "store/supply_repository.h"
#include "store/supply_tables.h"

namespace fs = std::filesystem;

namespace rrw::store {

BundledSupplySummary importBundledSupply(Project& project, const fs::path& dir) {
    const fs::path crossings = dir / "crossings.csv";
    std::error_code ec;
    const SupplyTables tables =
        readSupplyCsv((dir / "firms.csv").string(), (dir / "links.csv").string(),
                      fs::exists(crossings, ec) ? crossings.string() : std::string());
    replaceSupplyNetwork(project, tables);
    BundledSupplySummary summary{tables.firms.size(), tables.links.size(), tables.crossings.size(),
                                 0};

    // scenarios/catalog.json (optional) gives the German and Czech titles per scenario file;
    // every other *.json there is a scenario.
    std::vector<fs::path> files;
    std::map<std::string, std::pair<std::string, std::string>> titles;
    if (fs::is_directory(dir / "scenarios", ec)) {
        for (const auto& entry : fs::directory_iterator(dir / "scenarios")) {
            if (!entry.is_regular_file() || entry.path().extension() != ".json") {
                continue;
            }
            if (entry.path().filename() == "catalog.json") {
                const nlohmann::json catalog = readJsonFile(entry.path().string());
                for (const auto& s : catalog.value("scenarios", nlohmann::json::array())) {
                    const auto title = s.value("title", nlohmann::json::object());
                    titles[s.value("file", std::string())] = {title.value("de", std::string()),
                                                              title.value("cs", std::string())};
                }
            } else {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const analysis::Scenario scenario =
            analysis::parseScenario(readJsonFile(file.string()), file.string());
        const auto title = titles.find(file.filename().string());
        if (title != titles.end()) {
            saveScenario(project, scenario, title->second.first, title->second.second);
        } else {
            saveScenario(project, scenario);
        }
        ++summary.scenarios;
    }
    return summary;
}

}  // namespace rrw::store
