#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>

#include "render/map_content.h"
#include "render/style.h"
#include "store/project.h"

namespace rrw::ui {

/// The open project as the workbench sees it: the project file, the map style shown, the
/// content loaded for drawing, and the undo stack of style and layer edits. One per main
/// window, passed to every panel that needs it (no globals). Edits go through the set*/move*
/// methods, which push undo commands; styleChanged() follows every change.
class MapDocument : public QObject {
    Q_OBJECT

public:
    explicit MapDocument(QObject* parent = nullptr);
    ~MapDocument() override;

    /// Opens a project and its stored map. Throws rrw::Error (the caller shows it).
    void open(const QString& path);
    bool isOpen() const { return project_.has_value(); }
    QString path() const;
    store::Project& project() { return *project_; }

    const render::MapStyle& style() const { return style_; }
    /// Immutable and shared: a worker thread may draw it while the UI builds the next one.
    std::shared_ptr<const render::MapContent> content() const { return content_; }
    QUndoStack* undoStack() { return &undo_; }

    // Undoable edits (each pushes one command).
    void setLayerVisible(int index, bool visible);
    void setLayerOpacity(int index, double opacity);
    void setLayerStyle(int index, const render::LayerStyle& style);
    void moveLayer(int from, int to);

    /// Replaces the whole map style without an undo entry (used by the undo commands and
    /// after opening); rebuilds the content, saves the style in the project, emits
    /// styleChanged(). Throws rrw::Error when the style does not fit the data.
    void applyStyle(render::MapStyle style);
    /// After an import: adds `layer` on top with a plain style (undoable).
    void addLayer(const QString& layer);

signals:
    void opened();
    void styleChanged();
    /// A style could not be applied or saved; the message is already translated.
    void failed(const QString& message);

private:
    std::optional<store::Project> project_;
    render::MapStyle style_;
    std::shared_ptr<const render::MapContent> content_;
    QUndoStack undo_;

    void pushStyle(const QString& text, render::MapStyle after);
    void saveStyle();
};

}  // namespace rrw::ui
