#pragma once

#include <QTimer>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>

#include "render/map_language.h"
#include "run_catalog.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace rrw::ui {

class MapDocument;
class RunComparison;
class RunResults;
class ScenarioEditor;
class SupplyJob;

/// The supply-chain scenarios of the project (docs/SUPPLY.md): the stored scenarios and their
/// editor, runs in the background with progress and Cancel, the stored runs, and the results of
/// the chosen run: jobs at risk per municipality on both sides of the border, regional
/// production over time, the flow map of the supply links, the measures ranked by
/// benefit/cost, and two runs compared.
class ScenarioPage : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioPage(MapDocument& document, QWidget* parent = nullptr);
    ~ScenarioPage() override;

    /// After a project was opened: reads its scenarios and runs.
    void reload();
    /// After another program changed the project: reads the scenarios and runs again, keeps
    /// the scenario and the run shown (while they exist), a running job, and the editor's
    /// unsaved edits (then only the list around it is refreshed).
    void refreshFromProject();
    /// Puts an autosaved draft of the editor back (unsaved); the translated reason when the
    /// draft cannot be read.
    std::optional<QString> restoreDraft(const nlohmann::json& draft);
    void languageChanged(const render::MapLanguage& language);

    /// Runs stored scenario `name` (latest version) in the background.
    void runScenario(const QString& name);
    void cancel();
    /// Shows the results of stored run `id`.
    void showRun(std::int64_t id);
    /// The run shown; 0 when none.
    std::int64_t currentRun() const { return currentRun_; }
    SupplyJob* job() const { return job_.get(); }

    ScenarioEditor& editor() { return *editor_; }
    QListWidget* scenarioList() const { return scenarios_; }
    QTableWidget* runTable() const { return runs_; }
    QTabWidget* resultTabs() const { return tabs_; }
    RunResults& results() { return *results_; }
    RunComparison& comparison() { return *comparison_; }
    QString statusText() const;

signals:
    /// A run finished and was stored (`id`), or failed / was canceled (0).
    void runFinished(std::int64_t id);
    /// Jobs at risk were put on the main map.
    void shownOnMap();

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    std::shared_ptr<const render::MapTexts> texts_;
    render::MapLanguage language_;
    RunCatalog catalog_;
    std::unique_ptr<SupplyJob> job_;
    QTimer progressTimer_;
    std::int64_t currentRun_ = 0;

    QLabel* scenariosLabel_;
    QListWidget* scenarios_;
    ScenarioEditor* editor_;
    QPushButton* new_;
    QPushButton* save_;
    QPushButton* delete_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* runsLabel_;
    QTableWidget* runs_;
    QTabWidget* tabs_;
    RunResults* results_;
    RunComparison* comparison_;

    QWidget* buildLeft();
    QWidget* buildRight();
    /// `loadEditor`: show the selected scenario in the editor (false keeps the editor as is).
    void fillScenarios(const QString& select = QString(), bool loadEditor = true);
    void updateCrossings();
    void selectRunRow(std::int64_t id);
    void fillRuns();
    void editSelected();
    void newScenario();
    /// Saves the editor's scenario as a new version; false (with a message) when it cannot.
    bool saveScenario();
    void deleteScenario();
    void runEdited();
    void jobFinished();
    void setStatus(const QString& text, bool error = false);
    void updateButtons();
    void retranslate();
};

}  // namespace rrw::ui
