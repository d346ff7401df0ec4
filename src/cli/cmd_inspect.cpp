// rrw-cli layers / info: read-only views of a project.

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "store/layer_catalog.h"
#include "store/region_repository.h"

namespace rrw::cli {

namespace {

const char* const kLayersHelp =
    QT_TRANSLATE_NOOP("rrw", R"(usage: rrw-cli layers PROJECT.gpkg [--json]

Lists the spatial layers of a project: name, geometry type, feature count, CRS and source.)");

const char* const kInfoHelp = QT_TRANSLATE_NOOP("rrw", R"(usage: rrw-cli info PROJECT.gpkg [--json]

Shows the project's schema version, its layers and the number of regions per level on both
sides of the border.)");

std::string openProjectPath(const Args& args) {
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    return args.positional()[0];
}

nlohmann::json layersJson(const std::vector<store::LayerInfo>& layers) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& l : layers) {
        out.push_back({{"name", l.name},
                       {"geometry_type", l.geometryType},
                       {"features", l.features},
                       {"crs", l.crs},
                       {"source", l.source},
                       {"title", {{"de", l.titleDe}, {"cs", l.titleCs}, {"en", l.titleEn}}},
                       {"licence", l.licence},
                       {"attribution", l.attribution}});
    }
    return out;
}

}  // namespace

int runLayers(const CommandContext& ctx) {
    const Args args(ctx.args, {}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kLayersHelp) << '\n';
        return 0;
    }
    const auto project = store::Project::open(openProjectPath(args));
    const auto layers = store::listLayers(project);
    if (args.flag("json")) {
        std::cout << layersJson(layers).dump(2) << '\n';
        return 0;
    }
    for (const auto& l : layers) {
        std::cout << std::left << std::setw(24) << l.name << ' ' << std::setw(16) << l.geometryType
                  << ' ' << std::right << std::setw(8) << l.features << "  " << l.crs << "  "
                  << l.source << '\n';
    }
    return 0;
}

int runInfo(const CommandContext& ctx) {
    const Args args(ctx.args, {}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kInfoHelp) << '\n';
        return 0;
    }
    const auto project = store::Project::open(openProjectPath(args));
    const auto layers = store::listLayers(project);
    const auto counts = store::countRegions(project);
    if (args.flag("json")) {
        nlohmann::json regions = nlohmann::json::array();
        for (const auto& c : counts) {
            regions.push_back({{"country", c.country},
                               {"level", c.level},
                               {"analysis_level", c.analysisLevel},
                               {"count", c.count}});
        }
        std::cout << nlohmann::json{{"project", project.path()},
                                    {"schema_version", project.schemaVersion()},
                                    {"layers", layersJson(layers)},
                                    {"regions", regions}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Project: {1}"), {project.path()}) << '\n'
              << translated(QT_TRANSLATE_NOOP("rrw", "Schema version: {1}"),
                            {std::to_string(project.schemaVersion())})
              << '\n'
              << translated(QT_TRANSLATE_NOOP("rrw", "Layers ({1}):"),
                            {std::to_string(layers.size())})
              << '\n';
    for (const auto& l : layers) {
        std::cout << "  " << std::left << std::setw(24) << l.name << ' ' << std::setw(16)
                  << l.geometryType << ' ' << std::right << std::setw(7) << l.features << '\n';
    }
    std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Regions per level:")) << '\n';
    for (const auto& c : counts) {
        std::cout << "  " << c.country << ' ' << std::left << std::setw(10) << c.level << ' '
                  << std::setw(13) << c.analysisLevel << std::right << std::setw(6) << c.count
                  << '\n';
    }
    return 0;
}

}  // namespace rrw::cli
