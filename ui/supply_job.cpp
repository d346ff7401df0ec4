#include "supply_job.h"

#include <memory>
#include <optional>

#include "analysis/supply/supply_json.h"
#include "core/error.h"
#include "store/scenario_run_repository.h"
#include "store/supply_repository.h"
#include "ui_text.h"

namespace rrw::ui {

SupplyJob::Inputs SupplyJob::read(const store::Project& project, const std::string& name) {
    Inputs in;
    in.stored = store::requireScenario(project, name);
    in.scenario = store::parseStoredScenario(in.stored);
    in.network = store::requireSupplyNetwork(project);
    return in;
}

SupplyJob::SupplyJob(Inputs inputs, QObject* parent) : QObject(parent), inputs_(std::move(inputs)) {
    connect(&task_, &BackgroundTask::finished, this, &SupplyJob::finished);
}

void SupplyJob::start() {
    task_.start([this](Feedback& feedback) {
        analysis_ = analysis::analyseSupply(inputs_.network, inputs_.scenario, inputs_.options,
                                            store::describeScenario(inputs_.stored), &feedback);
        result_ = analysis::supplyAnalysisToJson(inputs_.scenario, analysis_);
    });
}

std::int64_t SupplyJob::record(store::Project& project) const {
    store::ScenarioRun run = store::scenarioRunOf(inputs_.stored, inputs_.network, analysis_,
                                                  result_, task_.durationMs());
    project.write([&] { run.id = store::recordScenarioRun(project, run); });
    return run.id;
}

}  // namespace rrw::ui
