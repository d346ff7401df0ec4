#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/index_model.h"
#include "background_task.h"
#include "store/indicator_repository.h"
#include "store/project.h"
#include "store/region_repository.h"

namespace rrw::ui {

/// One index run as rrw-cli score does it: a hazard model of the project over the latest
/// indicator values of one level, ranked, with Monte Carlo rank intervals. The inputs are
/// read from the project in the caller's (UI) thread, because the project's SQLite
/// connection stays there; the computation (plain C++ of rrw::analysis, which shares nothing
/// between calls) runs on a worker thread, reports progress and stops on cancel().
class ScoreJob : public QObject {
    Q_OBJECT

public:
    struct Inputs {
        std::string hazard;
        std::string level;  ///< "district" or "municipality"
        std::string modelJson;
        analysis::IndexModel model;
        std::vector<store::IndicatorValue> records;  ///< latest values, with source and year
        analysis::ValueTable values;
        std::vector<store::Region> regions;
        int samples = 0;  ///< 0 = no Monte Carlo
        std::uint64_t seed = 1;
    };

    /// Samples × regions above this would need too much memory for the rank table.
    static constexpr std::int64_t maxSampleRegions = 50'000'000;

    /// Reads the inputs of a run. Throws rrw::Error naming the project for an unknown model,
    /// a level without values, or too many samples for the number of regions.
    static Inputs read(const store::Project& project, const std::string& hazard,
                       const std::string& level, int samples);

    using State = BackgroundTask::State;

    explicit ScoreJob(Inputs inputs, QObject* parent = nullptr);

    void start();
    void cancel() { task_.cancel(); }
    State state() const { return task_.state(); }
    bool isRunning() const { return task_.isRunning(); }
    /// 0..1 while running.
    double progress() const { return task_.progress(); }

    const Inputs& inputs() const { return inputs_; }
    /// Valid in state Done.
    const analysis::IndexResult& result() const { return result_; }
    /// In state Failed: the message in the UI language.
    const QString& errorMessage() const { return task_.errorMessage(); }

    /// Stores the finished run (model, inputs, samples, seed, result with region names) in one
    /// transaction, like rrw-cli score; returns the run id. Throws rrw::Error.
    std::int64_t record(store::Project& project) const;

signals:
    /// The computation ended: state() is Done, Failed or Canceled.
    void finished();

private:
    Inputs inputs_;
    analysis::IndexResult result_;
    BackgroundTask task_;  ///< last: stops the worker before the members it uses go
};

}  // namespace rrw::ui
