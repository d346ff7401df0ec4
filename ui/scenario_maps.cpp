#include "scenario_maps.h"

#include <QPainterPath>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "geo/wgs84.h"
#include "store/region_repository.h"

namespace rrw::ui {

namespace {

constexpr const char* kValueField = "rrw_value";

void addUnique(std::vector<std::string>& list, const std::string& value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) {
        list.push_back(value);
    }
}

std::vector<std::string> layersAt(const store::Project& project, const std::string& level) {
    const auto regions = store::regionsAt(project, level);
    std::vector<std::string> layers;
    for (const char* country : {"DE", "CZ"}) {
        for (const auto& r : regions) {
            if (r.country == country) {
                addUnique(layers, r.layer);
            }
        }
    }
    for (const auto& r : regions) {  // any other country after them
        addUnique(layers, r.layer);
    }
    return layers;
}

std::vector<render::ValueJoin> joinsOf(const std::vector<std::string>& layers,
                                       const std::map<std::string, double>& values) {
    std::vector<render::ValueJoin> joins;
    for (const auto& layer : layers) {
        joins.push_back({layer, "code", kValueField, values});
    }
    return joins;
}

render::LayerStyle districtOutlines(const ResultLayers& layers) {
    render::LayerStyle s;
    s.layers = layers.districts;
    s.fill = "none";
    s.stroke = "#303030";
    s.strokeWidthMm = 0.5;
    s.inLegend = false;
    return s;
}

void setTitles(render::MapStyle& map, render::LayerStyle& layer, const MapTitle& title,
               const MapTitle& legend) {
    map.titleDe = title.de;
    map.titleCs = title.cs;
    map.titleEn = title.en;
    layer.titleDe = legend.de;
    layer.titleCs = legend.cs;
    layer.titleEn = legend.en;
}

ResultMapSpec graduated(const ResultLayers& layers, std::map<std::string, double> values,
                        std::vector<double> breaks, const std::string& ramp, const MapTitle& title,
                        const MapTitle& legend, const std::string& note) {
    ResultMapSpec spec;
    render::LayerStyle s;
    s.layers = layers.municipalities;
    s.type = render::SymbolType::Graduated;
    s.field = kValueField;
    s.method = render::ClassMethod::Manual;
    s.classes = static_cast<int>(breaks.size()) - 1;
    s.breaks = std::move(breaks);
    s.ramp = ramp;
    s.stroke = "#9a9a9a";
    s.strokeWidthMm = 0.12;
    s.sourceNote = note;
    setTitles(spec.style, s, title, legend);
    spec.style.layers.push_back(std::move(s));
    if (!layers.districts.empty()) {
        spec.style.layers.push_back(districtOutlines(layers));
    }
    spec.style.northArrow = false;
    spec.joins = joinsOf(layers.municipalities, values);
    return spec;
}

double niceAtLeast(double value) {
    if (!(value > 0.0)) {
        return 1.0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value * (1.0 - 1e-12)) {
            return step * magnitude;
        }
    }
    return 10.0 * magnitude;
}

}  // namespace

ResultLayers resultLayers(const store::Project& project) {
    return {layersAt(project, "municipality"), layersAt(project, "district")};
}

std::vector<double> niceBreaks(double max) {
    const double top = niceAtLeast(max);
    return {0.0, top / 50.0, top / 10.0, top / 5.0, top / 2.0, top};
}

double maxMunicipalValue(const std::vector<const nlohmann::json*>& results,
                         const std::string& field) {
    double max = 0.0;
    for (const auto* result : results) {
        if (result == nullptr || !result->contains("municipalities")) {
            continue;
        }
        for (const auto& row : result->at("municipalities")) {
            const auto& v = row.at(field);
            if (v.is_number()) {
                max = std::max(max, v.get<double>());
            }
        }
    }
    return max;
}

ResultMapSpec jobsAtRiskMap(const nlohmann::json& result, const ResultLayers& layers,
                            const std::vector<double>& breaks, const MapTitle& title,
                            const MapTitle& legend, const std::string& note) {
    std::map<std::string, double> values;
    for (const auto& row : result.at("municipalities")) {
        const auto& v = row.at("jobs_at_risk");
        if (v.is_number()) {
            values[row.at("key").get<std::string>()] = v.get<double>();
        }
    }
    return graduated(layers, std::move(values), breaks, "OrRd", title, legend, note);
}

ResultMapSpec jobsDifferenceMap(const nlohmann::json& comparison, const ResultLayers& layers,
                                const MapTitle& title, const MapTitle& legend,
                                const std::string& note) {
    std::map<std::string, double> values;
    double largest = 0.0;
    for (const auto& row : comparison.at("municipalities")) {
        const auto& v = row.at("jobs_at_risk").at("diff");
        if (v.is_number()) {
            values[row.at("key").get<std::string>()] = v.get<double>();
            largest = std::max(largest, std::abs(v.get<double>()));
        }
    }
    const double top = niceAtLeast(largest);
    // Symmetric classes; the middle one holds the small changes either way.
    std::vector<double> breaks = {-top,        -top / 2.0, -top / 10.0, -top / 100.0,
                                  top / 100.0, top / 10.0, top / 2.0,   top};
    ResultMapSpec spec =
        graduated(layers, std::move(values), std::move(breaks), "RdBu", title, legend, note);
    spec.style.layers.front().reverseRamp = true;  // RdBu runs red → blue; more risk is red
    return spec;
}

ResultMapSpec flowBaseMap(const ResultLayers& layers) {
    ResultMapSpec spec;
    render::LayerStyle base;
    base.layers = layers.municipalities;
    base.fill = "#f1efe9";
    base.stroke = "#c9c6bd";
    base.strokeWidthMm = 0.12;
    base.inLegend = false;
    spec.style.layers.push_back(std::move(base));
    if (!layers.districts.empty()) {
        spec.style.layers.push_back(districtOutlines(layers));
    }
    return spec;
}

}  // namespace rrw::ui
