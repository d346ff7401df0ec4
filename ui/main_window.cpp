#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include "analysis_workspace.h"
#include "attribute_table.h"
#include "core/error.h"
#include "geo/wgs84.h"
#include "identify_panel.h"
#include "import_runner.h"
#include "language.h"
#include "layer_panel.h"
#include "map_canvas.h"
#include "map_document.h"
#include "project_watcher.h"
#include "recovery.h"
#include "render/map_export.h"
#include "report_dialog.h"
#include "scenario_page.h"
#include "slide_panel.h"
#include "style_editing.h"
#include "swot_board.h"
#include "ui_text.h"

namespace rrw::ui {

MainWindow::MainWindow(MapDocument& document, Language& language, QWidget* parent)
    : QMainWindow(parent),
      document_(document),
      language_(language),
      canvas_(new MapCanvas(document, this)),
      layers_(new LayerPanel(document, this)),
      identify_(new IdentifyPanel(document, this)),
      table_(new AttributeTablePanel(document, this)),
      importer_(new ImportRunner(document, this)),
      watcher_(new ProjectWatcher(document, this)),
      recovery_(new Recovery(document, this)),
      wgs84_(std::make_unique<geo::Wgs84Converter>()),
      positionLabel_(new QLabel(this)),
      scaleLabel_(new QLabel(this)) {
    setAcceptDrops(true);
    createActions();
    createMenus();
    createDocks();
    analysis_ = new AnalysisWorkspace(document, *this, canvas_);
    analysis_->addToMenu(*viewMenu_);
    analysis_->tabifyWith(identifyDock_);
    createSlides();
    statusBar()->addPermanentWidget(positionLabel_);
    statusBar()->addPermanentWidget(scaleLabel_);

    connect(canvas_, &MapCanvas::cursorMoved, this, &MainWindow::showPosition);
    connect(canvas_, &MapCanvas::viewChanged, this, &MainWindow::showScale);
    connect(canvas_, &MapCanvas::featureClicked, identify_, &IdentifyPanel::identify);
    connect(canvas_, &MapCanvas::featureClicked, this, [this] {
        identifyDock_->show();
        identifyDock_->raise();
    });
    connect(table_, &AttributeTablePanel::featureSelected, canvas_, &MapCanvas::highlight);
    connect(layers_, &LayerPanel::styleRequested, this, &MainWindow::openStyleDialog);
    connect(layers_, &LayerPanel::zoomToLayerRequested, this, [this](int index) {
        canvas_->zoomToLayer(
            document_.style().layers.at(static_cast<std::size_t>(index)).layers.front());
    });
    connect(&document_, &MapDocument::failed, this, &MainWindow::showError);
    connect(watcher_, &ProjectWatcher::changedExternally, this, &MainWindow::reloadExternalChange);
    connect(&document_, &MapDocument::reloaded, table_, &AttributeTablePanel::reload);
    connect(&document_, &MapDocument::reloaded, this, [this](bool undoCleared) {
        statusBar()->showMessage(
            undoCleared ? tr("The project was changed by another program; reloaded. The undo "
                             "history was cleared.")
                        : tr("The project was changed by another program; reloaded."),
            15000);
    });
    connect(&document_.drafts(), &DraftStore::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    registerRecovery();
    connect(importer_, &ImportRunner::failed, this,
            [this](const QString&, const QString& message) { showError(message); });
    connect(importer_, &ImportRunner::indicatorsImported, this,
            [this](const QString&, const QString& summary) {
                analysis_->reloadIndicators();
                statusBar()->showMessage(summary, 8000);
            });
    connect(importer_, &ImportRunner::imported, this,
            [this](const QString&, const QString& summary) {
                statusBar()->showMessage(summary, 8000);
            });
    connect(&language_, &Language::languageChanged, this, [this](const QString& code) {
        canvas_->setLanguage(language_.mapLanguage());
        layers_->setLanguageCode(code);
        identify_->languageChanged(language_.mapLanguage());
        table_->languageChanged(language_.mapLanguage());
        analysis_->languageChanged(language_.mapLanguage(), language_.code());
        slides_->setLanguage(language_.mapLanguage());
        recovery_->setLocale(QLocale(code.left(2)));
        for (QAction* a : languageGroup_->actions()) {
            a->setChecked(a->data().toString() == code);
        }
    });
    canvas_->setLanguage(language_.mapLanguage());
    layers_->setLanguageCode(language_.code());
    analysis_->languageChanged(language_.mapLanguage(), language_.code());
    slides_->setLanguage(language_.mapLanguage());
    recovery_->setLocale(QLocale(language_.code().left(2)));
    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1400, 900);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("rrw projects (*.gpkg)"));
        if (!path.isEmpty()) {
            openProject(path);
        }
    });
    importAction_ = new QAction(this);
    importAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importAction_, &QAction::triggered, this, &MainWindow::chooseAndImport);
    exportAction_ = new QAction(this);
    exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::chooseAndExport);
    reportAction_ = new QAction(this);
    reportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reportAction_, &QAction::triggered, this, &MainWindow::openReportDialog);
    quitAction_ = new QAction(this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    // Own actions (not QUndoStack::createUndoAction) so that their text follows the language.
    QUndoStack* stack = document_.undoStack();
    undoAction_ = new QAction(this);
    undoAction_->setShortcut(QKeySequence::Undo);
    undoAction_->setEnabled(false);
    connect(undoAction_, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undoAction_, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    redoAction_ = new QAction(this);
    redoAction_->setShortcut(QKeySequence::Redo);
    redoAction_->setEnabled(false);
    connect(redoAction_, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redoAction_, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);
    zoomFullAction_ = new QAction(this);
    zoomFullAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomFullAction_, &QAction::triggered, canvas_, &MapCanvas::zoomToFull);
    zoomInAction_ = new QAction(this);
    zoomInAction_->setShortcut(QKeySequence::ZoomIn);
    connect(zoomInAction_, &QAction::triggered, this, [this] { canvas_->zoomBy(1.5); });
    zoomOutAction_ = new QAction(this);
    zoomOutAction_->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOutAction_, &QAction::triggered, this, [this] { canvas_->zoomBy(1 / 1.5); });
    addBookmarkAction_ = new QAction(this);
    addBookmarkAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(addBookmarkAction_, &QAction::triggered, this, &MainWindow::addBookmark);
    aboutAction_ = new QAction(this);
    connect(aboutAction_, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About rrw"),
                           tr("<b>Resilient Region Workbench</b><p>Regional risk and resilience "
                              "analysis for the Fichtelgebirge and the Karlovy Vary Region.</p>"
                              "<p>Colour schemes: ColorBrewer, © Cynthia Brewer, Mark Harrower "
                              "and The Pennsylvania State University (Apache 2.0); viridis and "
                              "cividis (CC0).</p><p>Data sources and licences: docs/DATA.md and "
                              "each layer's metadata.</p>"));
    });
    languageGroup_ = new QActionGroup(this);
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("cs"), QStringLiteral("en"),
                                QStringLiteral("de+cs")}) {
        auto* a = new QAction(languageGroup_);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == language_.code());
        connect(a, &QAction::triggered, this, [this, code] { language_.set(code); });
    }
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openAction_);
    recentMenu_ = fileMenu_->addMenu(QString());
    fileMenu_->addSeparator();
    fileMenu_->addAction(importAction_);
    fileMenu_->addAction(exportAction_);
    fileMenu_->addAction(reportAction_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);
    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(zoomFullAction_);
    viewMenu_->addAction(zoomInAction_);
    viewMenu_->addAction(zoomOutAction_);
    bookmarksMenu_ = menuBar()->addMenu(QString());
    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions(languageGroup_->actions());
    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);
}

void MainWindow::createDocks() {
    layersDock_ = new QDockWidget(this);
    layersDock_->setObjectName(QStringLiteral("layers"));
    layersDock_->setWidget(layers_);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock_);
    identifyDock_ = new QDockWidget(this);
    identifyDock_->setObjectName(QStringLiteral("identify"));
    identifyDock_->setWidget(identify_);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock_);
    tableDock_ = new QDockWidget(this);
    tableDock_->setObjectName(QStringLiteral("attributes"));
    tableDock_->setWidget(table_);
    addDockWidget(Qt::BottomDockWidgetArea, tableDock_);
    tableDock_->hide();
    viewMenu_->addSeparator();
    viewMenu_->addAction(layersDock_->toggleViewAction());
    viewMenu_->addAction(identifyDock_->toggleViewAction());
    viewMenu_->addAction(tableDock_->toggleViewAction());
}

void MainWindow::createSlides() {
    // The workshop presentation: slides in a dock, a menu to present and export them.
    slides_ = new SlidePanel(document_, *canvas_, this);
    slidesDock_ = new QDockWidget(this);
    slidesDock_->setObjectName(QStringLiteral("slides"));
    slidesDock_->setWidget(slides_);
    addDockWidget(Qt::RightDockWidgetArea, slidesDock_);
    tabifyDockWidget(identifyDock_, slidesDock_);
    presentationMenu_ = new QMenu(this);
    menuBar()->insertMenu(helpMenu_->menuAction(), presentationMenu_);
    presentationMenu_->addAction(slides_->presentAction());
    presentationMenu_->addAction(slides_->addAction());
    presentationMenu_->addAction(slides_->exportAction());
    presentationMenu_->addSeparator();
    presentationMenu_->addAction(slidesDock_->toggleViewAction());
    connect(slides_, &SlidePanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::retranslate() {
    setWindowTitle(document_.isOpen() ? tr("rrw – %1").arg(document_.path()) : tr("rrw"));
    fileMenu_->setTitle(tr("&Project"));
    recentMenu_->setTitle(tr("Recent projects"));
    editMenu_->setTitle(tr("&Edit"));
    viewMenu_->setTitle(tr("&View"));
    bookmarksMenu_->setTitle(tr("&Bookmarks"));
    languageMenu_->setTitle(tr("&Language / Sprache / Jazyk"));
    helpMenu_->setTitle(tr("&Help"));
    presentationMenu_->setTitle(tr("Pre&sentation"));
    slidesDock_->setWindowTitle(tr("Slides"));
    openAction_->setText(tr("&Open…"));
    importAction_->setText(tr("&Import data…"));
    exportAction_->setText(tr("&Export map…"));
    reportAction_->setText(tr("&Report…"));
    quitAction_->setText(tr("&Quit"));
    retranslateUndo();
    zoomFullAction_->setText(tr("Whole region"));
    zoomInAction_->setText(tr("Zoom in"));
    zoomOutAction_->setText(tr("Zoom out"));
    addBookmarkAction_->setText(tr("Add bookmark…"));
    aboutAction_->setText(tr("About rrw"));
    layersDock_->setWindowTitle(tr("Layers"));
    identifyDock_->setWindowTitle(tr("Identify"));
    tableDock_->setWindowTitle(tr("Attribute table"));
    analysis_->retranslate();
    const QStringList names = {QStringLiteral("Deutsch"), QStringLiteral("Čeština"),
                               QStringLiteral("English"),
                               QStringLiteral("Deutsch + Čeština (Karte / mapa)")};
    const auto actions = languageGroup_->actions();
    for (int i = 0; i < actions.size() && i < names.size(); ++i) {
        actions[i]->setText(names[i]);
    }
    rebuildRecentMenu();
    rebuildBookmarksMenu();
    showScale();
}

void MainWindow::retranslateUndo() {
    const QUndoStack* stack = document_.undoStack();
    undoAction_->setText(stack->undoText().isEmpty() ? tr("&Undo")
                                                     : tr("&Undo %1").arg(stack->undoText()));
    redoAction_->setText(stack->redoText().isEmpty() ? tr("&Redo")
                                                     : tr("&Redo %1").arg(stack->redoText()));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::openProject(const QString& path) {
    try {
        document_.open(path);
    } catch (const Error& e) {
        showError(translatedError(e));
        return false;
    }
    // Autosave of unsaved edits for this project; drafts a crashed session left are offered
    // once the window shows the project.
    document_.drafts().start(path);
    QTimer::singleShot(0, recovery_, [this] { recovery_->offer(); });
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
    retranslate();
    return true;
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent) {
        recentMenu_->addAction(path, this, [this, path] { openProject(path); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuildBookmarksMenu() {
    bookmarksMenu_->clear();
    bookmarksMenu_->addAction(addBookmarkAction_);
    bookmarksMenu_->addSeparator();
    QSettings settings;
    settings.beginGroup(QStringLiteral("bookmarks"));
    for (const QString& name : settings.childKeys()) {
        const QVariantList v = settings.value(name).toList();
        if (v.size() != 3) {
            continue;
        }
        const double cx = v[0].value<double>();
        const double cy = v[1].value<double>();
        const double mpp = v[2].value<double>();
        bookmarksMenu_->addAction(name, this, [this, cx, cy, mpp] {
            canvas_->setView(
                render::MapView(cx, cy, mpp, QSizeF(canvas_->size()), canvas_->logicalDpiX()));
        });
    }
}

void MainWindow::addBookmark() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add bookmark"), tr("Name of this view:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const auto& v = canvas_->view();
    QSettings settings;
    settings.setValue(QStringLiteral("bookmarks/") + name.trimmed(),
                      QVariantList{v.centerX(), v.centerY(), v.metresPerPixel()});
    rebuildBookmarksMenu();
}

void MainWindow::openStyleDialog(int styleIndex) {
    if (const auto error =
            StyleEditing::run(document_, styleIndex, language_.mapLanguage(), this)) {
        showError(*error);
    }
}

void MainWindow::registerRecovery() {
    recovery_->addHandler(QStringLiteral("scenario"), false, [this](const nlohmann::json& d) {
        return analysis_->scenarioPage().restoreDraft(d);
    });
    recovery_->addHandler(QStringLiteral("style"), true, [this](const nlohmann::json& d) {
        return StyleEditing::restoreDraft(document_, language_.mapLanguage(), this, d);
    });
    recovery_->addHandler(QStringLiteral("swot_item"), true, [this](const nlohmann::json& d) {
        analysis_->tabs()->setCurrentWidget(&analysis_->swotBoard());
        return analysis_->swotBoard().restoreDraft(d);
    });
    recovery_->addHandler(QStringLiteral("slide"), true, [this](const nlohmann::json& d) {
        slidesDock_->show();
        slidesDock_->raise();
        return slides_->restoreDraft(d);
    });
}

void MainWindow::reloadExternalChange() {
    try {
        document_.reload();
    } catch (const Error& e) {
        statusBar()->showMessage(
            tr("The project was changed by another program and cannot be read again: %1")
                .arg(translatedError(e)),
            15000);
    }
}

bool MainWindow::exportMap(const QString& path, int dpi) {
    auto content = document_.content();
    if (!content) {
        return false;
    }
    render::ExportRequest request;
    request.path = path.toStdString();
    request.dpi = dpi;
    const double factor = dpi / 96.0;
    request.sizePx = QSize(static_cast<int>(canvas_->width() * factor),
                           static_cast<int>(canvas_->height() * factor));
    request.options.language = language_.mapLanguage();
    request.extent = canvas_->view().visibleExtent();
    try {
        render::MapTexts texts;
        render::exportMap(*content, texts, request);
    } catch (const Error& e) {
        showError(translatedError(e));
        return false;
    }
    statusBar()->showMessage(tr("Map exported to %1").arg(path), 8000);
    return true;
}

void MainWindow::chooseAndExport() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export map"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty()) {
        return;
    }
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty()) {
        // No extension typed: take the one of the chosen file type.
        const int star = filter.indexOf(QStringLiteral("*."));
        file += filter.mid(star + 1, 4);
    }
    bool ok = false;
    const int dpi =
        QInputDialog::getInt(this, tr("Export map"), tr("Resolution (dpi):"), 300, 72, 600, 1, &ok);
    if (ok) {
        exportMap(file, dpi);
    }
}

void MainWindow::chooseAndImport() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import data"), QString(),
        tr("Vector data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Indicator tables "
           "(*.csv);;All files (*)"));
    if (!files.isEmpty()) {
        importer_->run(files);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && document_.isOpen()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    event->acceptProposedAction();
    importer_->run(files);
}

void MainWindow::showPosition(QPointF world) {
    const auto [lon, lat] = wgs84_->fromStorage(world.x(), world.y());
    const QLocale locale;
    positionLabel_->setText(tr("EPSG:3035 %1, %2 | WGS84 %3° N, %4° E")
                                .arg(locale.toString(world.x(), 'f', 0),
                                     locale.toString(world.y(), 'f', 0),
                                     locale.toString(lat, 'f', 5), locale.toString(lon, 'f', 5)));
}

void MainWindow::showScale() {
    const double n = canvas_->view().scaleDenominator();
    if (n > 0 && std::isfinite(n)) {
        scaleLabel_->setText(
            tr("Scale 1 : %1").arg(QLocale().toString(std::round(n / 100) * 100, 'f', 0)));
    }
}

void MainWindow::showError(const QString& message) {
    QMessageBox::warning(this, tr("rrw"), message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    document_.drafts().stop();  // a normal end: no recovery file is left
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::openReportDialog() {
    if (!document_.isOpen()) {
        return;
    }
    ReportDialog dialog(document_, language_.code(), this);
    dialog.exec();
}

}  // namespace rrw::ui
