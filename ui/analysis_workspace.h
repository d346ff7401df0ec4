#pragma once

#include <QObject>
#include <QString>

#include "render/map_language.h"

class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;

namespace rrw::ui {

class IndicatorExplorer;
class MapDocument;
class MeasureRegister;
class RiskMatrixPage;
class RiskPanel;
class ScenarioPage;
class SwotBoard;
class TowsTable;

/// The analysis parts of the workbench around the map: the pages beside the map (SWOT board,
/// TOWS table, risk matrix, supply-chain scenarios) as tabs of the central area, and the panels
/// that drive the map (risk index, indicators) as docks. MainWindow owns one; it creates the
/// widgets, wires them to the map tab and keeps their titles in the UI language.
class AnalysisWorkspace : public QObject {
    Q_OBJECT

public:
    /// Puts `map` as the first tab of a tab widget that becomes `window`'s central widget.
    AnalysisWorkspace(MapDocument& document, QMainWindow& window, QWidget* map);
    ~AnalysisWorkspace() override;

    QTabWidget* tabs() const { return tabs_; }
    RiskPanel& riskPanel() { return *risk_; }
    IndicatorExplorer& indicatorExplorer() { return *explorer_; }
    RiskMatrixPage& riskMatrix() { return *matrix_; }
    SwotBoard& swotBoard() { return *swot_; }
    TowsTable& towsTable() { return *tows_; }
    ScenarioPage& scenarioPage() { return *scenarios_; }
    MeasureRegister& measureRegister() { return *measures_; }

    /// View menu entries (docks and pages).
    void addToMenu(QMenu& menu);
    /// Puts `dock` (identify) in the same tab group as the analysis docks, behind them.
    void tabifyWith(QDockWidget* dock);
    void retranslate();
    /// `code` is the language code (de, cs, en, de+cs) for the register texts.
    void languageChanged(rrw::render::MapLanguage language, const QString& code);
    void showMap();
    /// After indicator values changed in the project (an import): the panels read them again.
    void reloadIndicators();

private:
    QTabWidget* tabs_;
    QWidget* map_;
    RiskPanel* risk_;
    IndicatorExplorer* explorer_;
    RiskMatrixPage* matrix_;
    SwotBoard* swot_;
    TowsTable* tows_;
    ScenarioPage* scenarios_;
    MeasureRegister* measures_;
    QDockWidget* riskDock_;
    QDockWidget* explorerDock_;
    QMainWindow& window_;
};

}  // namespace rrw::ui
