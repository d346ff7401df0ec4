#include "map_document.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

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
    undo_.clear();
    project_.emplace(std::move(project));
    style_ = std::move(style);
    content_ = std::move(content);
    emit opened();
    emit styleChanged();
}

void MapDocument::applyStyle(render::MapStyle style) {
    content_ = std::make_shared<const render::MapContent>(*project_, style, content_.get());
    style_ = std::move(style);
    saveStyle();
    emit styleChanged();
}

void MapDocument::saveStyle() {
    try {
        // The map as rrw shows it, and each layer's style for QGIS (layer_styles, labels in
        // both languages: the project is shared across the border).
        project_->write([&] {
            store::writeMeta(*project_, "default_map", render::toJson(style_).dump());
            render::saveLayerStyles(*project_, *content_, render::MapLanguage{Lang::De, true});
        });
    } catch (const Error& e) {
        emit failed(translatedError(e));
    }
}

void MapDocument::pushStyle(const QString& text, render::MapStyle after) {
    try {
        // Check that the style fits the data before it becomes an undo step (cheap: the
        // layers already read are reused).
        render::MapContent check(*project_, after, content_.get());
    } catch (const Error& e) {
        emit failed(translatedError(e));
        return;
    }
    undo_.push(new ChangeMapStyle(*this, text, style_, std::move(after)));
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
