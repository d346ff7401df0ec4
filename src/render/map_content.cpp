#include "render/map_content.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <set>

#include "core/error.h"

namespace rrw::render {

namespace {

/// Joins of `layer` in `joins`, in order.
std::vector<const ValueJoin*> joinsOf(const std::vector<ValueJoin>& joins,
                                      const std::string& layer) {
    std::vector<const ValueJoin*> out;
    for (const auto& j : joins) {
        if (j.layer == layer) {
            out.push_back(&j);
        }
    }
    return out;
}

/// `base` with the joined columns appended.
geo::LayerData withJoins(const geo::LayerData& base, const std::vector<const ValueJoin*>& joins,
                         const std::string& projectPath) {
    geo::LayerData data = base;
    for (const ValueJoin* j : joins) {
        const geo::AttributeColumn* key = base.column(j->keyField);
        if (key == nullptr) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: layer '{2}' has no field '{3}' to join values on"),
                {projectPath, j->layer, j->keyField});
        }
        if (data.column(j->field) != nullptr) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: layer '{2}' already has a field '{3}'; "
                                              "joined values need a new name"),
                            {projectPath, j->layer, j->field});
        }
        geo::AttributeColumn column;
        column.name = j->field;
        column.numeric = true;
        column.numbers.assign(data.featureCount(), std::numeric_limits<double>::quiet_NaN());
        column.texts.assign(data.featureCount(), std::string());
        for (std::size_t f = 0; f < data.featureCount(); ++f) {
            const auto it = j->values.find(key->texts[f]);
            if (it != j->values.end()) {
                column.numbers[f] = it->second;
                column.texts[f] = std::to_string(it->second);
            }
        }
        data.columns.push_back(std::move(column));
    }
    return data;
}

}  // namespace

MapContent::MapContent(store::Project& project, MapStyle style, const MapContent* previous,
                       std::vector<ValueJoin> joins)
    : style_(std::move(style)), joins_(std::move(joins)) {
    for (auto& info : store::listLayers(project)) {
        info_[info.name] = info;
    }
    std::map<std::string, std::set<std::string>> fields;
    for (const auto& ls : style_.layers) {
        for (const auto& layer : ls.layers) {
            if (info_.count(layer) == 0) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: no layer named '{2}'"),
                                {project.path(), layer});
            }
            const auto used = fieldsUsed(ls);
            fields[layer].insert(used.begin(), used.end());
            for (const ValueJoin* j : joinsOf(joins_, layer)) {
                fields[layer].insert(j->keyField);
            }
        }
    }
    for (const auto& [layer, names] : fields) {
        // Label fields a layer lacks (e.g. name_cs) fall back to the official name.
        const auto available = geo::fieldNames(project.geoPackage(), layer);
        std::vector<std::string> wanted;
        for (const auto& f : names) {
            if (std::find(available.begin(), available.end(), f) != available.end()) {
                wanted.push_back(f);
            }
        }
        std::shared_ptr<const geo::LayerData> read;
        if (previous != nullptr) {
            const auto it = previous->read_.find(layer);
            if (it != previous->read_.end() &&
                std::all_of(wanted.begin(), wanted.end(), [&](const std::string& f) {
                    return it->second->column(f) != nullptr;
                })) {
                read = it->second;
            }
        }
        if (!read) {
            read = std::make_shared<const geo::LayerData>(
                geo::readLayer(project.geoPackage(), layer, wanted));
        }
        read_.emplace(layer, read);
        const auto layerJoins = joinsOf(joins_, layer);
        if (layerJoins.empty()) {
            data_.emplace(layer, read);
            continue;
        }
        // The same joins over the same read data: the previous joined copy can be shared.
        if (previous != nullptr) {
            const auto before = previous->read_.find(layer);
            const auto drawn = previous->data_.find(layer);
            const auto previousJoins = joinsOf(previous->joins_, layer);
            if (before != previous->read_.end() && before->second == read &&
                drawn != previous->data_.end() && previousJoins.size() == layerJoins.size() &&
                std::equal(layerJoins.begin(), layerJoins.end(), previousJoins.begin(),
                           [](const ValueJoin* a, const ValueJoin* b) { return *a == *b; })) {
                data_.emplace(layer, drawn->second);
                continue;
            }
        }
        data_.emplace(layer, std::make_shared<const geo::LayerData>(
                                 withJoins(*read, layerJoins, project.path())));
    }
    for (std::size_t i = 0; i < style_.layers.size(); ++i) {
        symbologies_.push_back(std::make_unique<Symbology>(style_.layers[i], dataOf(i)));
    }
}

const geo::LayerData* MapContent::data(const std::string& layer) const {
    const auto it = data_.find(layer);
    return it != data_.end() ? it->second.get() : nullptr;
}

const store::LayerInfo* MapContent::info(const std::string& layer) const {
    const auto it = info_.find(layer);
    return it != info_.end() ? &it->second : nullptr;
}

std::vector<const geo::LayerData*> MapContent::dataOf(std::size_t i) const {
    std::vector<const geo::LayerData*> out;
    for (const auto& layer : style_.layers[i].layers) {
        out.push_back(data(layer));
    }
    return out;
}

geo::Envelope MapContent::extent() const {
    geo::Envelope e;
    for (std::size_t i = 0; i < style_.layers.size(); ++i) {
        if (style_.layers[i].visible) {
            for (const auto* d : dataOf(i)) {
                e.merge(d->extent);
            }
        }
    }
    return e;
}

std::vector<std::string> MapContent::attributions() const {
    std::vector<std::string> out;
    for (const auto& ls : style_.layers) {
        if (!ls.visible) {
            continue;
        }
        for (const auto& layer : ls.layers) {
            const auto* i = info(layer);
            if (i == nullptr || i->attribution.empty()) {
                continue;
            }
            // An attribution may list several sources separated by "; ".
            std::string rest = i->attribution;
            while (!rest.empty()) {
                const auto cut = rest.find("; ");
                std::string part = rest.substr(0, cut);
                if (std::find(out.begin(), out.end(), part) == out.end()) {
                    out.push_back(part);
                }
                rest = cut == std::string::npos ? "" : rest.substr(cut + 2);
            }
        }
    }
    return out;
}

LayerStyle plainStyle(const std::string& layer, const store::LayerInfo& info) {
    LayerStyle s;
    s.layers = {layer};
    const std::string& t = info.geometryType;
    if (t.find("POINT") != std::string::npos) {
        s.fill = "#d95f02";
        s.stroke = "#ffffff";
        s.strokeWidthMm = 0.2;
        s.pointSizeMm = 2.0;
    } else if (t.find("LINE") != std::string::npos) {
        s.stroke = "#1b7837";
        s.strokeWidthMm = 0.5;
    } else {
        s.fill = "#e0e0e0";
        s.stroke = "#666666";
        s.strokeWidthMm = 0.2;
    }
    return s;
}

}  // namespace rrw::render
