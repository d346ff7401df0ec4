#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "render/map_content.h"
#include "render/qgis_style.h"
#include "store/bundled_region.h"

namespace rrw::cli {

namespace {
const char* const kHelp =
    QT_TRANSLATE_NOOP("rrw", R"(usage: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Creates a new project (a GeoPackage 1.3 file that QGIS and ogrinfo open) holding the bundled
cross-border region: German Kreise and Gemeinden, Karlovarský kraj with its okresy and obce,
places, the DE-CZ border, border crossings and population statistics, each layer with its
source, licence and attribution; with the indicators, the partners' measure ideas, the BBK
scenarios and the partner organisations of the governance register (data/governance).

  --force          replace an existing file
  --data-dir DIR   where the bundled data lives (default: $RRW_DATA_DIR or the installed data)
  --json           machine-readable summary)");
}

int runInit(const CommandContext& ctx) {
    const Args args(ctx.args, {"data-dir"}, {"force", "json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    const std::string path = args.positional()[0];
    const std::string dataDir = findDataDir(args.value("data-dir"), ctx.programPath);
    const auto start = std::chrono::steady_clock::now();
    // Styles for QGIS too, so the file opens styled there (labels in both languages); written
    // before the project is moved into place, so an interrupted init leaves no unstyled file.
    const store::BundledRegionSummary summary = store::createBundledProject(
        path, dataDir, args.flag("force"), ctx.feedback, [](store::Project& project) {
            const render::MapContent content(project, render::defaultMapStyle(project));
            project.write([&] {
                render::saveLayerStyles(project, content, render::MapLanguage{Lang::De, true});
            });
        });
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (args.flag("json")) {
        nlohmann::json layers = nlohmann::json::array();
        for (const auto& l : summary.layers) {
            layers.push_back({{"layer", l.layer},
                              {"features", l.features},
                              {"repaired", l.repaired},
                              {"rejected", l.rejected}});
        }
        std::cout << nlohmann::json{{"project", path},
                                    {"layers", layers},
                                    {"regions", summary.regions},
                                    {"population_records", summary.populationRecords},
                                    {"seconds", seconds}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(
                     QT_TRANSLATE_NOOP("rrw",
                                       "Created {1} with the bundled region (layers: {2}, regions: "
                                       "{3}, population records: {4}) in {5} ms."),
                     {path, std::to_string(summary.layers.size()), std::to_string(summary.regions),
                      std::to_string(summary.populationRecords),
                      std::to_string(static_cast<int>(seconds * 1000))})
              << '\n';
    return 0;
}

}  // namespace rrw::cli
