#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/layer_import.h"

namespace rrw::cli {

namespace {
const char* const kHelp = R"(usage: rrw-cli import PROJECT.gpkg INPUT [options]

Imports one vector layer as a new project layer, reprojected to EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (also zipped), GeoPackage, KML, or CSV with a WKT column or
coordinate columns (lat/lon, lon/lat, x/y, Breite/Länge; comma or semicolon separated).
Invalid geometries are repaired (GEOS MakeValid) or rejected and listed by feature id. The
import is one transaction: on any error the project is left exactly as it was.

  --name LAYER         name of the new layer (default: the source layer's name)
  --source-layer L     layer of a multi-layer file, or the shapefile inside a zip
  --source-crs EPSG:N  CRS of data that carries none (CSV x/y, shapefile without .prj);
                       overrides the file's CRS when given
  --encoding ENC       attribute encoding, e.g. CP1250, ISO-8859-2 (default: .cpg or UTF-8)
  --json               machine-readable result)";

nlohmann::json toJson(const geo::ImportReport& r) {
    nlohmann::json rejected = nlohmann::json::array();
    for (const auto& f : r.rejectedFeatures) {
        rejected.push_back({{"id", f.id}, {"reason", f.reason}});
    }
    nlohmann::json out{{"layer", r.layer},
                       {"features", r.features},
                       {"repaired", r.repaired},
                       {"rejected", r.rejected},
                       {"source_crs", r.sourceCrs},
                       {"transformation", r.transformation},
                       {"transformation_accuracy_m", nullptr},
                       {"source_features", r.sourceFeatures},
                       {"geometry_type", r.geometryType},
                       {"encoding", r.encoding},
                       {"rejected_features", rejected},
                       {"warnings", r.warnings}};
    if (r.transformationAccuracyM >= 0) {
        out["transformation_accuracy_m"] = r.transformationAccuracyM;
    }
    return out;
}
}  // namespace

int runImport(const CommandContext& ctx) {
    const Args args(ctx.args, {"name", "source-layer", "source-crs", "encoding"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << kHelp << '\n';
        return 0;
    }
    if (args.positional().size() != 2) {
        throw UsageError{"expected PROJECT.gpkg and INPUT"};
    }
    geo::ImportOptions options;
    options.layerName = args.value("name");
    options.sourceLayer = args.value("source-layer");
    options.sourceCrs = args.value("source-crs");
    options.encoding = args.value("encoding");
    store::Project project = store::Project::open(args.positional()[0]);
    const geo::ImportReport report =
        store::importFile(project, args.positional()[1], options, {}, ctx.feedback);
    if (args.flag("json")) {
        std::cout << toJson(report).dump(2) << '\n';
        return 0;
    }
    std::cout << "Imported '" << report.layer << "': " << report.features << " features ("
              << report.repaired << " repaired, " << report.rejected << " rejected) from "
              << report.sourceCrs << '\n';
    std::cout << "  transformation: " << report.transformation;
    if (report.transformationAccuracyM >= 0) {
        std::cout << " (accuracy " << report.transformationAccuracyM << " m)";
    }
    std::cout << '\n';
    for (std::size_t i = 0; i < report.rejectedFeatures.size() && i < 20; ++i) {
        std::cout << "  rejected feature " << report.rejectedFeatures[i].id << ": "
                  << report.rejectedFeatures[i].reason << '\n';
    }
    if (report.rejectedFeatures.size() > 20) {
        std::cout << "  … and " << report.rejected - 20 << " more (see --json)\n";
    }
    for (const auto& w : report.warnings) {
        std::cout << "  warning: " << w << '\n';
    }
    return 0;
}

}  // namespace rrw::cli
