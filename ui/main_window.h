#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace rrw::geo {
class Wgs84Converter;
}

namespace rrw::ui {

class AnalysisWorkspace;
class AttributeTablePanel;
class IdentifyPanel;
class ImportRunner;
class Language;
class LayerPanel;
class MapCanvas;
class MapDocument;
class ProjectWatcher;
class Recovery;
class SlidePanel;

/// The workbench window. It only creates the parts and wires their signals: the map canvas in
/// the middle, layers on the left, identify results on the right, the attribute table below.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(MapDocument& document, Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project; false (after telling the user) when it cannot be opened.
    bool openProject(const QString& path);
    MapCanvas& canvas() { return *canvas_; }
    LayerPanel& layerPanel() { return *layers_; }
    IdentifyPanel& identifyPanel() { return *identify_; }
    AnalysisWorkspace& analysis() { return *analysis_; }
    SlidePanel& slidePanel() { return *slides_; }
    /// Exports the current view's map like File > Export (used by tests).
    bool exportMap(const QString& path, int dpi);
    /// Notices other programs' commits to the open project; the window then reloads.
    ProjectWatcher& watcher() { return *watcher_; }
    /// Offers the unsaved edits of a crashed session after a project is opened.
    Recovery& recovery() { return *recovery_; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    MapDocument& document_;
    Language& language_;
    MapCanvas* canvas_;
    LayerPanel* layers_;
    IdentifyPanel* identify_;
    AttributeTablePanel* table_;
    QDockWidget* layersDock_;
    QDockWidget* identifyDock_;
    QDockWidget* tableDock_;
    AnalysisWorkspace* analysis_ = nullptr;
    SlidePanel* slides_ = nullptr;
    QDockWidget* slidesDock_ = nullptr;
    QMenu* presentationMenu_ = nullptr;
    ImportRunner* importer_;
    ProjectWatcher* watcher_;
    Recovery* recovery_;
    std::unique_ptr<geo::Wgs84Converter> wgs84_;
    QLabel* positionLabel_;
    QLabel* scaleLabel_;
    QMenu* fileMenu_;
    QMenu* editMenu_;
    QMenu* viewMenu_;
    QMenu* bookmarksMenu_;
    QMenu* languageMenu_;
    QMenu* helpMenu_;
    QMenu* recentMenu_;
    QAction* openAction_;
    QAction* importAction_;
    QAction* exportAction_;
    QAction* reportAction_;
    QAction* quitAction_;
    QAction* undoAction_;
    QAction* redoAction_;
    QAction* zoomFullAction_;
    QAction* zoomInAction_;
    QAction* zoomOutAction_;
    QAction* addBookmarkAction_;
    QAction* aboutAction_;
    QActionGroup* languageGroup_;

    void createActions();
    void createMenus();
    void createDocks();
    void createSlides();
    void retranslate();
    void retranslateUndo();
    void rebuildRecentMenu();
    void rebuildBookmarksMenu();
    void addBookmark();
    void openStyleDialog(int styleIndex);
    void registerRecovery();
    void reloadExternalChange();
    void chooseAndExport();
    void openReportDialog();
    void chooseAndImport();
    void showPosition(QPointF world);
    void showScale();
    void showError(const QString& message);
};

}  // namespace rrw::ui
