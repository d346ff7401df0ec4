#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "draft_store.h"

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
    /// After another program committed to the project: opens a fresh connection (GDAL caches
    /// layer lists and extents) and reads the map again. The map shown stays as it is when the
    /// stored map did not change elsewhere (values shown on it included), else the stored one
    /// is taken; layers that appeared are added on top (not saved until the next map edit),
    /// style layers of removed layers are dropped. The undo history is cleared: its steps
    /// restore rows and maps the other program may have changed. Emits reloaded() and
    /// styleChanged(). Throws rrw::Error; the document is unchanged then.
    void reload();
    /// While a worker thread uses the project's connection (an import), nothing else may:
    /// the external-change check waits. Nested calls count.
    void setBusy(bool busy) { busy_ += busy ? 1 : -1; }
    bool isBusy() const { return busy_ > 0; }
    /// The autosave of unsaved edits of this document's editors.
    DraftStore& drafts() { return drafts_; }
    bool isOpen() const { return project_.has_value(); }
    QString path() const;
    store::Project& project() { return *project_; }

    const render::MapStyle& style() const { return style_; }
    /// Values joined to layers for drawing (index scores, indicator values); see
    /// showJoinedValues(). Part of every undo step, never saved into the project.
    const std::vector<render::ValueJoin>& joins() const { return joins_; }
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
    /// The same with the joined values the style may use.
    void applyStyle(render::MapStyle style, std::vector<render::ValueJoin> joins);
    /// Shows joined values on the map as one undo step: `overlay` (a style over the joins'
    /// layers on their field, usually graduated) replaces an earlier overlay on the same field,
    /// or goes right above the topmost style layer that draws any of its layers; filled styles
    /// that draw only the overlay's layers are hidden under it; the map title becomes the
    /// overlay's. Saved maps leave overlays out (and keep their title and fills): the joined
    /// values exist only in this session.
    void showJoinedValues(const render::LayerStyle& overlay, std::vector<render::ValueJoin> joins,
                          const QString& text);
    /// True when style layer `index` draws joined values (an overlay of showJoinedValues()).
    bool isOverlay(std::size_t index) const;
    /// The style as stored: overlays left out, the fills they hid shown again (also what a
    /// presentation slide keeps of the map).
    render::MapStyle styleToSave() const;
    /// After an import: adds `layer` on top with a plain style (undoable).
    void addLayer(const QString& layer);

signals:
    void opened();
    /// reload() read the project again; `undoCleared`: there was undo history and it is gone.
    void reloaded(bool undoCleared);
    void styleChanged();
    /// A style could not be applied or saved; the message is already translated.
    void failed(const QString& message);

private:
    std::optional<store::Project> project_;
    render::MapStyle style_;
    std::vector<render::ValueJoin> joins_;
    std::shared_ptr<const render::MapContent> content_;
    QUndoStack undo_;
    std::string savedJson_;  ///< the map style last stored (no write when it is unchanged)
    std::set<std::string> layerNames_;  ///< the project's layers at open or the last reload
    int busy_ = 0;
    DraftStore drafts_;

    void pushStyle(const QString& text, render::MapStyle after);
    void pushState(const QString& text, render::MapStyle after,
                   std::vector<render::ValueJoin> joins);
    void saveStyle();
};

}  // namespace rrw::ui
