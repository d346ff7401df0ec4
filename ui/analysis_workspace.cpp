#include "analysis_workspace.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>

#include "indicator_explorer.h"
#include "map_document.h"
#include "measure_register.h"
#include "risk_matrix_page.h"
#include "risk_panel.h"
#include "scenario_page.h"
#include "swot_board.h"
#include "tows_table.h"

namespace rrw::ui {

AnalysisWorkspace::AnalysisWorkspace(MapDocument& document, QMainWindow& window, QWidget* map)
    : QObject(&window),
      tabs_(new QTabWidget(&window)),
      map_(map),
      risk_(new RiskPanel(document, &window)),
      explorer_(new IndicatorExplorer(document, &window)),
      matrix_(new RiskMatrixPage(document, &window)),
      swot_(new SwotBoard(document, &window)),
      tows_(new TowsTable(document, &window)),
      scenarios_(new ScenarioPage(document, &window)),
      measures_(new MeasureRegister(document, &window)),
      riskDock_(new QDockWidget(&window)),
      explorerDock_(new QDockWidget(&window)),
      window_(window) {
    tabs_->setDocumentMode(true);
    tabs_->addTab(map_, QString());
    tabs_->addTab(swot_, QString());
    tabs_->addTab(tows_, QString());
    tabs_->addTab(matrix_, QString());
    tabs_->addTab(scenarios_, QString());
    tabs_->addTab(measures_, QString());
    window.setCentralWidget(tabs_);

    riskDock_->setObjectName(QStringLiteral("risk"));
    riskDock_->setWidget(risk_);
    window.addDockWidget(Qt::RightDockWidgetArea, riskDock_);
    explorerDock_->setObjectName(QStringLiteral("indicators"));
    explorerDock_->setWidget(explorer_);
    window.addDockWidget(Qt::RightDockWidgetArea, explorerDock_);
    window.tabifyDockWidget(riskDock_, explorerDock_);
    window.resizeDocks({riskDock_}, {560}, Qt::Horizontal);
    riskDock_->raise();

    connect(risk_, &RiskPanel::shownOnMap, this, &AnalysisWorkspace::showMap);
    connect(explorer_, &IndicatorExplorer::shownOnMap, this, &AnalysisWorkspace::showMap);
    connect(scenarios_, &ScenarioPage::shownOnMap, this, &AnalysisWorkspace::showMap);
    connect(&document, &MapDocument::opened, scenarios_, &ScenarioPage::reload);
    // Another program changed the project: every page reads it again and keeps its place
    // (selection, filters, the scenario editor's unsaved edits); the SWOT board follows the
    // document itself. The risk panel keeps the index run it shows (computed here).
    connect(&document, &MapDocument::reloaded, this, [this] {
        tows_->refresh();
        measures_->refresh();
        matrix_->reload();
        explorer_->reload();
        scenarios_->refreshFromProject();
    });
    retranslate();
}

AnalysisWorkspace::~AnalysisWorkspace() = default;

void AnalysisWorkspace::addToMenu(QMenu& menu) {
    menu.addAction(riskDock_->toggleViewAction());
    menu.addAction(explorerDock_->toggleViewAction());
}

void AnalysisWorkspace::tabifyWith(QDockWidget* dock) {
    window_.tabifyDockWidget(dock, riskDock_);
    window_.tabifyDockWidget(riskDock_, explorerDock_);
    riskDock_->raise();
}

void AnalysisWorkspace::reloadIndicators() {
    risk_->reload();
    explorer_->reload();
}

void AnalysisWorkspace::showMap() {
    tabs_->setCurrentWidget(map_);
}

void AnalysisWorkspace::retranslate() {
    tabs_->setTabText(tabs_->indexOf(map_), tr("Map"));
    tabs_->setTabText(tabs_->indexOf(swot_), tr("SWOT"));
    tabs_->setTabText(tabs_->indexOf(tows_), tr("TOWS strategies"));
    tabs_->setTabText(tabs_->indexOf(matrix_), tr("Risk matrix (BBK)"));
    tabs_->setTabText(tabs_->indexOf(scenarios_), tr("Supply-chain scenarios"));
    tabs_->setTabText(tabs_->indexOf(measures_), tr("Measures register"));
    riskDock_->setWindowTitle(tr("Risk index"));
    explorerDock_->setWindowTitle(tr("Indicators"));
}

void AnalysisWorkspace::languageChanged(rrw::render::MapLanguage language, const QString& code) {
    swot_->setLanguageCode(code);
    tows_->setLanguageCode(code);
    measures_->setLanguageCode(code);
    risk_->languageChanged(language);
    explorer_->languageChanged(language);
    matrix_->languageChanged(language);
    scenarios_->languageChanged(language);
}

}  // namespace rrw::ui
