#include "supply_job.h"

#include <QThread>

#include <memory>
#include <optional>

#include "analysis/supply/supply_json.h"
#include "core/error.h"
#include "store/scenario_run_repository.h"
#include "store/supply_repository.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

/// What the worker leaves for the UI thread (read only after the thread has finished).
struct Outcome {
    std::optional<Error> error;
    std::string otherError;
};

}  // namespace

SupplyJob::Inputs SupplyJob::read(const store::Project& project, const std::string& name) {
    Inputs in;
    in.stored = store::requireScenario(project, name);
    in.scenario = store::parseStoredScenario(in.stored);
    in.network = store::requireSupplyNetwork(project);
    return in;
}

SupplyJob::SupplyJob(Inputs inputs, QObject* parent)
    : QObject(parent), inputs_(std::move(inputs)) {}

SupplyJob::~SupplyJob() {
    if (thread_ != nullptr) {
        feedback_.cancel();
        thread_->wait();
        delete thread_;
    }
}

void SupplyJob::start() {
    if (state_ != State::Ready) {
        return;
    }
    state_ = State::Running;
    started_ = std::chrono::steady_clock::now();
    auto outcome = std::make_shared<Outcome>();
    thread_ = QThread::create([this, outcome] {
        try {
            analysis_ =
                analysis::analyseSupply(inputs_.network, inputs_.scenario, inputs_.options,
                                        store::describeScenario(inputs_.stored), &feedback_);
            result_ = analysis::supplyAnalysisToJson(inputs_.scenario, analysis_);
        } catch (const Error& e) {
            outcome->error = e;
        } catch (const std::exception& e) {
            outcome->otherError = e.what();
        }
    });
    connect(thread_, &QThread::finished, this, [this, outcome] {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
        durationMs_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started_)
                          .count();
        if (outcome->error && outcome->error->kind() == Error::Kind::Canceled) {
            state_ = State::Canceled;
        } else if (outcome->error) {
            state_ = State::Failed;
            error_ = translatedError(*outcome->error);
        } else if (!outcome->otherError.empty()) {
            state_ = State::Failed;
            error_ = QString::fromStdString(outcome->otherError);
        } else {
            state_ = State::Done;
        }
        emit finished();
    });
    thread_->start();
}

void SupplyJob::cancel() {
    feedback_.cancel();
}

std::int64_t SupplyJob::record(store::Project& project) const {
    store::ScenarioRun run =
        store::scenarioRunOf(inputs_.stored, inputs_.network, analysis_, result_, durationMs_);
    project.write([&] { run.id = store::recordScenarioRun(project, run); });
    return run.id;
}

}  // namespace rrw::ui
