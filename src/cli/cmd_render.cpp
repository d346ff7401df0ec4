// rrw-cli render: the map the workbench shows, headless, to PNG, SVG or PDF.

#include <QElapsedTimer>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "core/json_file.h"
#include "render/map_export.h"
#include "store/layer_catalog.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli render PROJECT.gpkg [--layer L ...] [--style FILE.json] [--lang de|cs|en|de+cs]
                      [--size WxH] [--dpi N] [--no-labels] [--json] -o OUT.png|svg|pdf

Draws a map of the project with legend, scale bar, north arrow and the attribution of its data
sources. Without --layer it draws the project's default map; with --layer only those layers,
each with its style from --style or a plain one. PNG is raster; SVG and PDF keep vectors.

  --layer L       a layer to draw (repeat for several; bottom first)
  --style FILE    a map or layer style (JSON, see docs/STYLES.md)
  --lang LANG     language of labels and legend: de, cs, en or de+cs (default: de)
  --size WxH      size in pixels (default 1600x1000)
  --dpi N         resolution for symbol and text sizes (default 96; 300 for print)
  --no-labels     draw no labels
  --json          print what was drawn and how long it took
  -o FILE         the output file; the extension decides the format)");

QSize parseSize(const std::string& text) {
    const auto x = text.find('x');
    try {
        if (x != std::string::npos) {
            return QSize(std::stoi(text.substr(0, x)), std::stoi(text.substr(x + 1)));
        }
    } catch (const std::exception&) {
    }
    throw UsageError{
        {QT_TRANSLATE_NOOP("rrw", "--size must look like 1920x1080, not '{1}'"), {text}}};
}

render::MapStyle chooseStyle(store::Project& project, const std::vector<std::string>& layers,
                             const std::string& styleFile) {
    render::MapStyle style;
    if (!styleFile.empty()) {
        style = render::parseMapStyle(readJsonFile(styleFile), styleFile);
    } else if (layers.empty()) {
        return render::defaultMapStyle(project);
    }
    if (layers.empty()) {
        return style;
    }
    // Only the named layers, in the order given; each with its style from the file if it has one.
    render::MapStyle chosen = style;
    chosen.layers.clear();
    const auto infos = store::listLayers(project);
    for (const auto& layer : layers) {
        bool found = false;
        for (const auto& ls : style.layers) {
            if (std::find(ls.layers.begin(), ls.layers.end(), layer) != ls.layers.end()) {
                chosen.layers.push_back(ls);
                found = true;
                break;
            }
        }
        if (!found) {
            const auto it = std::find_if(infos.begin(), infos.end(),
                                         [&](const auto& i) { return i.name == layer; });
            if (it == infos.end()) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: no layer named '{2}'"),
                                {project.path(), layer});
            }
            chosen.layers.push_back(render::plainStyle(layer, *it));
        }
    }
    return chosen;
}

}  // namespace

int runRender(const CommandContext& ctx) {
    // "-o" is the one short option, as in most map tools.
    std::vector<std::string> argv = ctx.args;
    for (auto& a : argv) {
        if (a == "-o") {
            a = "--output";
        }
    }
    const Args args(argv, {"layer", "style", "lang", "size", "dpi", "output"},
                    {"json", "help", "no-labels"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    if (!args.has("output")) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "the output file is missing (-o OUT.png|svg|pdf)"), {}}};
    }
    render::ExportRequest request;
    request.path = args.value("output");
    if (!render::MapLanguage::parse(args.value("lang", "de"), request.options.language)) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--lang must be de, cs, en or de+cs, not '{1}'"),
                          {args.value("lang")}}};
    }
    request.sizePx = parseSize(args.value("size", "1600x1000"));
    try {
        request.dpi = std::stod(args.value("dpi", "96"));
    } catch (const std::exception&) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--dpi must be a number, not '{1}'"), {args.value("dpi")}}};
    }
    request.options.labels = !args.flag("no-labels");

    QElapsedTimer total;
    total.start();
    store::Project project = store::Project::open(args.positional()[0]);
    const render::MapStyle style = chooseStyle(project, args.values("layer"), args.value("style"));
    const render::MapContent content(project, style);
    const double loadMs = static_cast<double>(total.nsecsElapsed()) / 1e6;
    const render::MapTexts texts;
    const render::ExportResult result = render::exportMap(content, texts, request);
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"output", request.path},
                                    {"width", request.sizePx.width()},
                                    {"height", request.sizePx.height()},
                                    {"dpi", request.dpi},
                                    {"lang", request.options.language.code()},
                                    {"features_drawn", result.stats.featuresDrawn},
                                    {"labels_drawn", result.stats.labelsDrawn},
                                    {"load_ms", loadMs},
                                    {"render_ms", result.renderMs},
                                    {"total_ms", static_cast<double>(total.nsecsElapsed()) / 1e6}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(QT_TRANSLATE_NOOP(
                                "rrw", "Wrote {1} ({2}×{3} px, features: {4}, labels: {5})."),
                            {request.path, std::to_string(request.sizePx.width()),
                             std::to_string(request.sizePx.height()),
                             std::to_string(result.stats.featuresDrawn),
                             std::to_string(result.stats.labelsDrawn)})
              << '\n';
    return 0;
}

}  // namespace rrw::cli
