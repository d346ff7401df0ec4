#pragma once

#include <QPointer>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

#include "render/map_language.h"
#include "store/slide_repository.h"

class QAction;
class QListWidget;
class QToolButton;

namespace rrw::ui {

class MapCanvas;
class MapDocument;
class PresentationWindow;

/// The slides of the workshop presentation (a dock of the main window): the list in the UI
/// language, "Add current view as slide", edit titles and notes, move up and down, delete —
/// every edit undoable on the document's stack — "Present" (F5, full screen from the selected
/// slide) and "Export deck to PDF…". A slide stores the map style as saved in the project:
/// values joined for the session (index scores) are not part of it.
class SlidePanel : public QWidget {
    Q_OBJECT

public:
    SlidePanel(MapDocument& document, MapCanvas& canvas, QWidget* parent = nullptr);
    ~SlidePanel() override;

    QAction* addAction() const { return add_; }
    QAction* presentAction() const { return present_; }
    QAction* exportAction() const { return export_; }

    void setLanguage(const render::MapLanguage& language);
    const std::vector<store::Slide>& slides() const { return slides_; }
    int selectedRow() const;
    void selectRow(int row);

    /// Adds the map as shown (saved style, visible extent) with these texts after the selected
    /// slide (at the end when none is selected). Returns the translated error when refused.
    std::optional<QString> addCurrentView(const store::Slide& texts);
    std::optional<QString> editSelected(const store::Slide& edited, bool replaceView);
    std::optional<QString> moveSelected(int delta);
    std::optional<QString> deleteSelected();
    /// Opens the presentation full screen at the selected slide; null without slides.
    PresentationWindow* present();
    /// Writes the deck as PDF in `language`; the translated error when it fails.
    std::optional<QString> exportDeckTo(const QString& path, const render::MapLanguage& language);
    /// The presentation running now, if any.
    PresentationWindow* presentation() const;
    /// Opens the slide dialog again with an autosaved draft of it (unsaved, the user decides):
    /// for its slide when that still exists, else as a new slide. Returns when the dialog
    /// closes; the translated reason when the draft cannot be read.
    std::optional<QString> restoreDraft(const nlohmann::json& draft);

public slots:
    void reload();

signals:
    /// A short translated note for the status bar (deck exported).
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    MapCanvas& canvas_;
    render::MapLanguage language_;
    std::vector<store::Slide> slides_;
    QListWidget* list_;
    QAction* add_;
    QAction* edit_;
    QAction* up_;
    QAction* down_;
    QAction* delete_;
    QAction* present_;
    QAction* export_;
    QPointer<PresentationWindow> presentation_;

    QToolButton* button(QAction* action);
    bool overlayShown() const;
    /// The saved style and the visible extent of the canvas.
    store::Slide currentView(store::Slide slide) const;
    void openAddDialog();
    void openEditDialog();
    /// The add dialog with `texts`; `restored`: they are a draft (unsaved from the start).
    void runAddDialog(const store::Slide& texts, bool restored);
    /// The edit dialog for `slide` (with the texts to show), `replaceView` ticked or not.
    void runEditDialog(const store::Slide& slide, bool replaceView, bool restored);
    void chooseAndExport();
    void report(const std::optional<QString>& error);
    void updateActions();
    void retranslate();
};

}  // namespace rrw::ui
