#include "store/bundled_slides.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/error.h"
#include "core/json_file.h"
#include "store/meta.h"

namespace rrw::store {

namespace {

/// True when style layer `layer` ({"layer": …} or {"layers": […]}) draws `name`.
bool draws(const nlohmann::json& layer, const std::string& name) {
    if (const auto one = layer.find("layer"); one != layer.end() && *one == name) {
        return true;
    }
    const auto many = layer.find("layers");
    return many != layer.end() && many->is_array() &&
           std::find(many->begin(), many->end(), name) != many->end();
}

nlohmann::json slideStyle(const nlohmann::json& item, const std::string& what,
                          const std::string& where, const std::string& defaultMap) {
    const auto style = item.find("style");
    nlohmann::json out;
    if (style != item.end() && style->is_object()) {
        out = *style;
    } else if (style != item.end() && *style == "default_map" && !defaultMap.empty()) {
        out = nlohmann::json::parse(defaultMap);
    } else {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: {2}: \"style\" must be \"default_map\" (with a "
                                          "default map in the project) or a map style object"),
                        {what, where});
    }
    const auto hide = item.find("hide_layers");
    if (hide == item.end()) {
        return out;
    }
    if (!hide->is_array() || !out.contains("layers") || !out["layers"].is_array()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: {2}: the field \"{3}\" must be a list of "
                                          "layer names"),
                        {what, where, "hide_layers"});
    }
    for (const auto& name : *hide) {
        bool found = false;
        for (auto& layer : out["layers"]) {
            if (name.is_string() && draws(layer, name.get<std::string>())) {
                layer["visible"] = false;
                found = true;
            }
        }
        if (!found) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: {2}: the map style draws no layer "
                                  "\"{3}\" (hide_layers)"),
                {what, where, name.is_string() ? name.get<std::string>() : name.dump()});
        }
    }
    return out;
}

}  // namespace

std::vector<Slide> readSlideCatalog(const nlohmann::json& doc, const std::string& what,
                                    const std::string& defaultMap) {
    const auto list = doc.is_object() ? doc.find("slides") : doc.end();
    if (!doc.is_object() || list == doc.end() || !list->is_array() || list->empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs a non-empty list \"{3}\"."),
                        {what, "the file", "slides"});
    }
    std::vector<Slide> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const std::string where = "slide " + std::to_string(i + 1);
        if (!item.is_object()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} is not an object"), {what, where});
        }
        Slide s;
        s.titleDe = optionalJsonText(item, "title_de", what, where);
        s.titleCs = optionalJsonText(item, "title_cs", what, where);
        s.notesDe = optionalJsonText(item, "notes_de", what, where);
        s.notesCs = optionalJsonText(item, "notes_cs", what, where);
        s.styleJson = slideStyle(item, what, where, defaultMap).dump();
        const auto extent = item.find("extent");
        if (extent == item.end() || !extent->is_array() || extent->size() != 4 ||
            !std::all_of(extent->begin(), extent->end(),
                         [](const nlohmann::json& v) { return v.is_number(); })) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: {2}: \"extent\" must be four numbers (min x, "
                                              "min y, max x, max y in EPSG:3035)"),
                            {what, where});
        }
        s.minX = (*extent)[0].get<double>();
        s.minY = (*extent)[1].get<double>();
        s.maxX = (*extent)[2].get<double>();
        s.maxY = (*extent)[3].get<double>();
        out.push_back(std::move(s));
    }
    return out;
}

void importBundledSlides(Project& project, const std::filesystem::path& file) {
    const std::string what = file.string();
    const auto slides =
        readSlideCatalog(readJsonFile(what), what, readMeta(project, "default_map").value_or(""));
    for (const Slide& s : slides) {
        addSlide(project, s);  // checks titles and extent; errors name the project and slide
    }
}

}  // namespace rrw::store
