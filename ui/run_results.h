#pragma once

#include <QWidget>

#include <memory>

#include <nlohmann/json.hpp>

#include "analysis/supply/flows.h"
#include "render/map_language.h"
#include "store/scenario_run_repository.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace rrw::ui {

class MapDocument;
class MeasureRanking;
class ProductionChart;
class ResultMap;
class RunCatalog;

/// The results of one stored scenario run: jobs at risk per municipality on both sides of the
/// border (a map, which can also go onto the main map), regional production over the days, the
/// flow map of the supply links with the links the hazards cut, and the measures ranked by
/// benefit/cost.
class RunResults : public QWidget {
    Q_OBJECT

public:
    RunResults(MapDocument& document, RunCatalog& catalog,
               std::shared_ptr<const render::MapTexts> texts, QWidget* parent = nullptr);

    /// Shows run `id` of the catalog. Throws rrw::Error when it cannot be read.
    void show(std::int64_t id);
    void clear(const QString& message);
    void languageChanged(const render::MapLanguage& language);
    std::int64_t run() const { return run_; }

    QTabWidget* views() const { return views_; }
    QLabel* summary() const { return summary_; }
    ResultMap* jobsMap() const { return jobsMap_; }
    ResultMap* flowMap() const { return flowMap_; }
    ProductionChart* productionChart() const { return production_; }
    MeasureRanking* measureRanking() const { return measures_; }
    /// The flows of the shown run (empty before one is shown).
    const analysis::SupplyFlowSummary& flows() const { return *flows_; }

signals:
    /// Jobs at risk were put on the main map (an undoable overlay).
    void shownOnMap();

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    RunCatalog& catalog_;
    std::shared_ptr<const render::MapTexts> texts_;
    render::MapLanguage language_;
    std::int64_t run_ = 0;
    std::shared_ptr<analysis::SupplyFlowSummary> flows_;
    QString flowMessage_;
    QLabel* summary_;
    QTabWidget* views_;
    ResultMap* jobsMap_;
    QPushButton* showOnMap_;
    ProductionChart* production_;
    ResultMap* flowMap_;
    QLabel* flowNote_;
    MeasureRanking* measures_;

    void fillSummary(const nlohmann::json& result);
    void showJobs(const store::ScenarioRun& run, const nlohmann::json& result);
    void showProduction(const store::ScenarioRun& run, const nlohmann::json& result);
    void showFlows(const store::ScenarioRun& run);
    void showJobsOnMainMap();
    void retranslate();
};

}  // namespace rrw::ui
