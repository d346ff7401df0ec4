#pragma once

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <string>

#include "analysis/supply/supply_analysis.h"
#include "core/feedback.h"
#include "store/project.h"
#include "store/scenario_repository.h"

class QThread;

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

    enum class State { Ready, Running, Done, Failed, Canceled };

    explicit SupplyJob(Inputs inputs, QObject* parent = nullptr);
    /// Cancels a running simulation and waits for the worker.
    ~SupplyJob() override;

    void start();
    void cancel();
    State state() const { return state_; }
    bool isRunning() const { return state_ == State::Running; }
    double progress() const { return feedback_.progress(); }

    const Inputs& inputs() const { return inputs_; }
    /// Valid in state Done: the analysis and its result document (supplyAnalysisToJson).
    const analysis::SupplyAnalysis& analysis() const { return analysis_; }
    const nlohmann::json& result() const { return result_; }
    const QString& errorMessage() const { return error_; }

    /// Stores the finished run with its inputs and provenance hash (one transaction); returns
    /// the run id. Throws rrw::Error.
    std::int64_t record(store::Project& project) const;

signals:
    /// The simulation ended: state() is Done, Failed or Canceled.
    void finished();

private:
    Inputs inputs_;
    Feedback feedback_;
    analysis::SupplyAnalysis analysis_;
    nlohmann::json result_;
    QString error_;
    State state_ = State::Ready;
    QThread* thread_ = nullptr;
    std::chrono::steady_clock::time_point started_;
    std::int64_t durationMs_ = 0;
};

}  // namespace rrw::ui
