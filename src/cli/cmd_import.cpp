#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "geo/network.h"
#include "store/layer_import.h"

namespace rrw::cli {

namespace {
const char* const kHelp =
    QT_TRANSLATE_NOOP("rrw", R"(usage: rrw-cli import PROJECT.gpkg INPUT [options]

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
  --licence TEXT       licence of the data, kept with the layer (e.g. "CC BY 4.0")
  --attribution TEXT   attribution to show with the data (e.g. "© ČÚZK")
  --title TEXT         a title for the layer
  --allow-network      also read http(s):// and /vsicurl/ sources (network access is off
                       by default; RRW_ALLOW_NETWORK=1 does the same)
  --json               machine-readable result)");

nlohmann::json toJson(const geo::ImportReport& r) {
    nlohmann::json rejected = nlohmann::json::array();
    for (const auto& f : r.rejectedFeatures) {
        nlohmann::json entry{{"id", f.id}, {"reason", f.reason.text()}};
        if (f.line >= 0) {
            entry["line"] = f.line;
        }
        rejected.push_back(entry);
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
                       {"warnings", nlohmann::json::array()}};
    for (const auto& w : r.warnings) {
        out["warnings"].push_back(w.text());
    }
    if (r.transformationAccuracyM >= 0) {
        out["transformation_accuracy_m"] = r.transformationAccuracyM;
    }
    return out;
}
}  // namespace

int runImport(const CommandContext& ctx) {
    const Args args(
        ctx.args,
        {"name", "source-layer", "source-crs", "encoding", "licence", "attribution", "title"},
        {"json", "help", "allow-network"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 2) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected PROJECT.gpkg and INPUT"), {}}};
    }
    if (args.flag("allow-network")) {
        geo::allowNetworkAccess();
    }
    geo::ImportOptions options;
    options.layerName = args.value("name");
    options.sourceLayer = args.value("source-layer");
    options.sourceCrs = args.value("source-crs");
    options.encoding = args.value("encoding");
    store::Project project = store::Project::open(args.positional()[0]);
    store::LayerProvenance provenance;
    provenance.licence = args.value("licence");
    provenance.attribution = args.value("attribution");
    provenance.titleEn = args.value("title");
    const geo::ImportReport report =
        store::importFile(project, args.positional()[1], options, provenance, ctx.feedback);
    if (args.flag("json")) {
        std::cout << toJson(report).dump(2) << '\n';
        return 0;
    }
    std::cout
        << translated(
               QT_TRANSLATE_NOOP(
                   "rrw",
                   "Imported '{1}': features: {2}, repaired: {3}, rejected: {4} (source CRS {5})"),
               {report.layer, std::to_string(report.features), std::to_string(report.repaired),
                std::to_string(report.rejected), report.sourceCrs})
        << '\n';
    const std::string accuracy = report.transformationAccuracyM >= 0
                                     ? translated(QT_TRANSLATE_NOOP("rrw", " (accuracy {1} m)"),
                                                  {formatNumber(report.transformationAccuracyM)})
                                     : std::string();
    std::cout << "  "
              << translated(QT_TRANSLATE_NOOP("rrw", "transformation: {1}"),
                            {report.transformation})
              << accuracy << '\n';
    for (std::size_t i = 0; i < report.rejectedFeatures.size() && i < 20; ++i) {
        const auto& f = report.rejectedFeatures[i];
        const std::string where =
            f.line >= 0
                ? translated(QT_TRANSLATE_NOOP("rrw", "line {1}"), {std::to_string(f.line)})
                : translated(QT_TRANSLATE_NOOP("rrw", "feature {1}"), {std::to_string(f.id)});
        std::cout << "  "
                  << translated(QT_TRANSLATE_NOOP("rrw", "rejected {1}: {2}"),
                                {where, translated(f.reason)})
                  << '\n';
    }
    if (report.rejected > 20) {
        std::cout << "  "
                  << translated(QT_TRANSLATE_NOOP("rrw", "… and {1} more (see --json)"),
                                {std::to_string(report.rejected - 20)})
                  << '\n';
    }
    for (const auto& w : report.warnings) {
        std::cout << "  " << translated(QT_TRANSLATE_NOOP("rrw", "warning: {1}"), {translated(w)})
                  << '\n';
    }
    return 0;
}

}  // namespace rrw::cli
