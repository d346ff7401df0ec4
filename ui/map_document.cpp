#include "map_document.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "commands/change_map_style.h"
#include "core/error.h"
#include "render/qgis_style.h"
#include "store/layer_catalog.h"
#include "store/meta.h"
#include "ui_text.h"

namespace rrw::ui {

MapDocument::MapDocument(QObject* parent) : QObject(parent) {}
MapDocument::~MapDocument() = default;

QString MapDocument::path() const {
    return project_ ? QString::fromStdString(project_->path()) : QString();
}

void MapDocument::open(const QString& path) {
    store::Project project = store::Project::open(path.toStdString());
    render::MapStyle style = render::defaultMapStyle(project);
    auto content = std::make_shared<const render::MapContent>(project, style);
    std::set<std::string> names;
    for (const auto& info : store::listLayers(project)) {
        names.insert(info.name);
    }
    undo_.clear();
    project_.emplace(std::move(project));
    layerNames_ = std::move(names);
    savedJson_ = render::toJson(style).dump();
    style_ = std::move(style);
    joins_.clear();
    content_ = std::move(content);
    emit opened();
    emit styleChanged();
}

void MapDocument::reload() {
    if (!project_) {
        return;
    }
    store::Project project = store::Project::open(project_->path());
    const render::MapStyle stored = render::defaultMapStyle(project);
    const std::string storedJson = render::toJson(stored).dump();
    const bool sameMap = storedJson == savedJson_;
    render::MapStyle style = sameMap ? style_ : stored;
    std::vector<render::ValueJoin> joins = sameMap ? joins_ : std::vector<render::ValueJoin>{};
    std::set<std::string> names;
    const auto layers = store::listLayers(project);
    for (const auto& info : layers) {
        names.insert(info.name);
    }
    // Style layers of removed layers go; new layers that no style draws are added on top.
    std::erase_if(style.layers, [&](const render::LayerStyle& s) {
        return std::any_of(s.layers.begin(), s.layers.end(),
                           [&](const std::string& l) { return names.count(l) == 0; });
    });
    std::erase_if(joins, [&](const render::ValueJoin& j) { return names.count(j.layer) == 0; });
    for (const auto& info : layers) {
        const bool drawn =
            std::any_of(style.layers.begin(), style.layers.end(), [&](const auto& s) {
                return std::find(s.layers.begin(), s.layers.end(), info.name) != s.layers.end();
            });
        if (!drawn && layerNames_.count(info.name) == 0) {
            style.layers.push_back(render::plainStyle(info.name, info));
        }
    }
    std::shared_ptr<const render::MapContent> content;
    try {
        content = std::make_shared<const render::MapContent>(project, style, nullptr, joins);
    } catch (const Error&) {
        // The map shown no longer fits the data (a field was removed): the stored map.
        style = stored;
        joins.clear();
        content = std::make_shared<const render::MapContent>(project, style);
    }
    project_.emplace(std::move(project));
    layerNames_ = std::move(names);
    savedJson_ = storedJson;
    style_ = std::move(style);
    joins_ = std::move(joins);
    content_ = std::move(content);
    const bool hadHistory = undo_.count() > 0;
    undo_.clear();
    emit styleChanged();
    emit reloaded(hadHistory);
}

namespace {

/// Draws areas with a fill (graduated, categorized, or a single symbol that is not "none").
bool isFilled(const render::LayerStyle& s) {
    return s.type != render::SymbolType::Single || s.fill != "none";
}

bool coversAll(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
    return std::all_of(inner.begin(), inner.end(), [&](const std::string& l) {
        return std::find(outer.begin(), outer.end(), l) != outer.end();
    });
}

/// Shows again the filled styles `overlay` hid (hidden, filled, only its layers).
void showFillsUnder(render::MapStyle& style, const render::LayerStyle& overlay,
                    const std::vector<bool>& overlays) {
    for (std::size_t i = 0; i < style.layers.size(); ++i) {
        auto& s = style.layers[i];
        if (!overlays[i] && !s.visible && isFilled(s) && coversAll(overlay.layers, s.layers)) {
            s.visible = true;
        }
    }
}

bool isOverlayOf(const render::LayerStyle& style, const std::vector<render::ValueJoin>& joins) {
    const auto used = render::fieldsUsed(style);
    return std::any_of(joins.begin(), joins.end(), [&](const render::ValueJoin& j) {
        return std::find(style.layers.begin(), style.layers.end(), j.layer) != style.layers.end() &&
               std::find(used.begin(), used.end(), j.field) != used.end();
    });
}

std::vector<bool> overlayFlags(const render::MapStyle& style,
                               const std::vector<render::ValueJoin>& joins) {
    std::vector<bool> flags;
    for (const auto& s : style.layers) {
        flags.push_back(isOverlayOf(s, joins));
    }
    return flags;
}

}  // namespace

void MapDocument::applyStyle(render::MapStyle style) {
    applyStyle(std::move(style), joins_);
}

void MapDocument::applyStyle(render::MapStyle style, std::vector<render::ValueJoin> joins) {
    content_ = std::make_shared<const render::MapContent>(*project_, style, content_.get(), joins);
    style_ = std::move(style);
    joins_ = std::move(joins);
    saveStyle();
    emit styleChanged();
}

bool MapDocument::isOverlay(std::size_t index) const {
    return index < style_.layers.size() && isOverlayOf(style_.layers[index], joins_);
}

render::MapStyle MapDocument::styleToSave() const {
    const auto overlays = overlayFlags(style_, joins_);
    render::MapStyle shown = style_;
    for (std::size_t i = 0; i < style_.layers.size(); ++i) {
        if (overlays[i]) {
            showFillsUnder(shown, style_.layers[i], overlays);
        }
    }
    render::MapStyle out = shown;
    out.layers.clear();
    for (std::size_t i = 0; i < shown.layers.size(); ++i) {
        if (!overlays[i]) {
            out.layers.push_back(shown.layers[i]);
        }
    }
    // The map title names the overlay while one is shown; the stored map keeps its own (no
    // other edit changes the title, so the stored one is still right).
    if (std::find(overlays.begin(), overlays.end(), true) != overlays.end()) {
        try {
            const render::MapStyle stored =
                render::parseMapStyle(nlohmann::json::parse(savedJson_), "default_map");
            out.titleDe = stored.titleDe;
            out.titleCs = stored.titleCs;
            out.titleEn = stored.titleEn;
        } catch (const std::exception&) {
            // Unreadable: keep the title shown.
        }
    }
    return out;
}

void MapDocument::saveStyle() {
    try {
        // The map as rrw shows it, and each layer's style for QGIS (layer_styles, labels in
        // both languages: the project is shared across the border). Joined values exist only
        // in this session, so their overlays are left out.
        const render::MapStyle style = styleToSave();
        const std::string json = render::toJson(style).dump();
        if (json == savedJson_) {
            return;
        }
        const auto content = joins_.empty() ? content_
                                            : std::make_shared<const render::MapContent>(
                                                  *project_, style, content_.get());
        project_->write([&] {
            store::writeMeta(*project_, "default_map", json);
            render::saveLayerStyles(*project_, *content, render::MapLanguage{Lang::De, true});
        });
        savedJson_ = json;
    } catch (const Error& e) {
        emit failed(translatedError(e));
    }
}

void MapDocument::pushStyle(const QString& text, render::MapStyle after) {
    pushState(text, std::move(after), joins_);
}

void MapDocument::pushState(const QString& text, render::MapStyle after,
                            std::vector<render::ValueJoin> joins) {
    try {
        // Check that the style fits the data before it becomes an undo step (cheap: the
        // layers already read are reused).
        render::MapContent check(*project_, after, content_.get(), joins);
    } catch (const Error& e) {
        emit failed(translatedError(e));
        return;
    }
    undo_.push(new ChangeMapStyle(*this, text, style_, joins_, std::move(after), std::move(joins)));
}

void MapDocument::showJoinedValues(const render::LayerStyle& overlay,
                                   std::vector<render::ValueJoin> joins, const QString& text) {
    if (!project_) {
        return;
    }
    std::set<std::string> fields;
    for (const auto& j : joins) {
        fields.insert(j.field);
    }
    render::MapStyle after = style_;
    auto overlays = overlayFlags(after, joins_);
    // An earlier overlay of the same field is replaced in place (and the fills it hid return).
    std::optional<std::size_t> position;
    for (std::size_t i = after.layers.size(); i-- > 0;) {
        const auto used = render::fieldsUsed(after.layers[i]);
        const bool sameField = std::any_of(
            used.begin(), used.end(), [&](const std::string& f) { return fields.count(f) > 0; });
        if (overlays[i] && sameField) {
            showFillsUnder(after, after.layers[i], overlays);
            after.layers.erase(after.layers.begin() + static_cast<std::ptrdiff_t>(i));
            overlays.erase(overlays.begin() + static_cast<std::ptrdiff_t>(i));
            position = i;
        }
    }
    std::vector<render::ValueJoin> afterJoins;
    for (const auto& j : joins_) {
        if (fields.count(j.field) == 0) {
            afterJoins.push_back(j);
        }
    }
    afterJoins.insert(afterJoins.end(), joins.begin(), joins.end());
    if (!position) {
        position = after.layers.size();
        for (std::size_t i = 0; i < after.layers.size(); ++i) {
            const auto& layers = after.layers[i].layers;
            if (std::any_of(layers.begin(), layers.end(), [&](const std::string& l) {
                    return std::find(overlay.layers.begin(), overlay.layers.end(), l) !=
                           overlay.layers.end();
                })) {
                position = i + 1;
            }
        }
    }
    for (std::size_t i = 0; i < after.layers.size(); ++i) {
        auto& s = after.layers[i];
        if (!overlays[i] && s.visible && isFilled(s) && coversAll(overlay.layers, s.layers)) {
            s.visible = false;
        }
    }
    after.layers.insert(after.layers.begin() + static_cast<std::ptrdiff_t>(*position), overlay);
    after.titleDe = overlay.titleDe;
    after.titleCs = overlay.titleCs;
    after.titleEn = overlay.titleEn;
    pushState(text, std::move(after), std::move(afterJoins));
}

void MapDocument::setLayerVisible(int index, bool visible) {
    render::MapStyle after = style_;
    after.layers.at(static_cast<std::size_t>(index)).visible = visible;
    pushStyle(visible ? tr("Show layer") : tr("Hide layer"), std::move(after));
}

void MapDocument::setLayerOpacity(int index, double opacity) {
    render::MapStyle after = style_;
    after.layers.at(static_cast<std::size_t>(index)).opacity = opacity;
    pushStyle(tr("Change opacity"), std::move(after));
}

void MapDocument::setLayerStyle(int index, const render::LayerStyle& style) {
    render::MapStyle after = style_;
    after.layers.at(static_cast<std::size_t>(index)) = style;
    pushStyle(tr("Change style"), std::move(after));
}

void MapDocument::moveLayer(int from, int to) {
    if (from == to) {
        return;
    }
    render::MapStyle after = style_;
    auto layer = after.layers.at(static_cast<std::size_t>(from));
    after.layers.erase(after.layers.begin() + from);
    after.layers.insert(after.layers.begin() + to, layer);
    pushStyle(tr("Move layer"), std::move(after));
}

void MapDocument::addLayer(const QString& layer) {
    for (const auto& info : store::listLayers(*project_)) {
        if (info.name == layer.toStdString()) {
            render::MapStyle after = style_;
            after.layers.push_back(render::plainStyle(info.name, info));
            pushStyle(tr("Add layer"), std::move(after));
            return;
        }
    }
}

}  // namespace rrw::ui
