#pragma once

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

#include "analysis/supply/supply_analysis.h"
#include "background_task.h"
#include "store/project.h"
#include "store/scenario_repository.h"

namespace rrw::ui {

/// One run of a stored supply-chain scenario as `rrw-cli scenario run` does it. The scenario
/// and the network are read from the project in the caller's (UI) thread, where the project's
/// SQLite connection stays; the simulation (plain C++ of rrw::analysis) runs on a worker
/// thread, reports progress and stops on cancel(). record() stores the finished run.
class SupplyJob : public QObject {
    Q_OBJECT

public:
    struct Inputs {
        store::StoredScenario stored;
        analysis::Scenario scenario;
        analysis::SupplyNetwork network;
        analysis::SupplyAnalysisOptions options;
    };

    /// Reads the latest version of scenario `name` and the project's network. Throws
    /// rrw::Error naming the project when either is missing.
    static Inputs read(const store::Project& project, const std::string& name);

    using State = BackgroundTask::State;

    explicit SupplyJob(Inputs inputs, QObject* parent = nullptr);

    void start();
    void cancel() { task_.cancel(); }
    State state() const { return task_.state(); }
    bool isRunning() const { return task_.isRunning(); }
    double progress() const { return task_.progress(); }

    const Inputs& inputs() const { return inputs_; }
    /// Valid in state Done: the analysis and its result document (supplyAnalysisToJson).
    const analysis::SupplyAnalysis& analysis() const { return analysis_; }
    const nlohmann::json& result() const { return result_; }
    const QString& errorMessage() const { return task_.errorMessage(); }

    /// Stores the finished run with its inputs and provenance hash (one transaction); returns
    /// the run id. Throws rrw::Error.
    std::int64_t record(store::Project& project) const;

signals:
    /// The simulation ended: state() is Done, Failed or Canceled.
    void finished();

private:
    Inputs inputs_;
    analysis::SupplyAnalysis analysis_;
    nlohmann::json result_;
    BackgroundTask task_;  ///< last: stops the worker before the members it uses go
};

}  // namespace rrw::ui
