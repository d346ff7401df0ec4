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

std::map<std::string, std::pair<std::string, std::string>> readScenarioTitles(
    const nlohmann::json& doc, const std::string& what) {
    if (!doc.is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be a JSON object."),
                        {what, "the catalog"});
    }
    std::map<std::string, std::pair<std::string, std::string>> titles;
    const auto list = doc.find("scenarios");
    if (list == doc.end() || list->is_null()) {
        return titles;
    }
    if (!list->is_array()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2}: \"{3}\" must be a list."),
                        {what, "the catalog", "scenarios"});
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const std::string where = "scenario " + std::to_string(i + 1);
        if (!item.is_object()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} is not an object"), {what, where});
        }
        const std::string file = optionalJsonText(item, "file", what, where);
        std::pair<std::string, std::string> title;
        if (const auto t = item.find("title"); t != item.end() && !t->is_null()) {
            if (!t->is_object()) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be a JSON object."),
                                {what, where + " title"});
            }
            title = {optionalJsonText(*t, "de", what, where + " title"),
                     optionalJsonText(*t, "cs", what, where + " title")};
        }
        titles[file] = std::move(title);
    }
    return titles;
}

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
                titles =
                    readScenarioTitles(readJsonFile(entry.path().string()), entry.path().string());
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
