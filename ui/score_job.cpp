#include "score_job.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

#include "analysis/risk/uncertainty.h"
#include "core/error.h"
#include "ui_text.h"

namespace rrw::ui {

ScoreJob::Inputs ScoreJob::read(const store::Project& project, const std::string& hazard,
                                const std::string& level, int samples) {
    Inputs in;
    in.hazard = hazard;
    in.level = level;
    in.samples = samples;
    const nlohmann::json modelJson = store::requireIndexModel(project, hazard);
    in.modelJson = modelJson.dump();
    in.model = analysis::parseIndexModel(modelJson, project.path() + ":" + hazard);
    in.records = store::latestValueRecords(project, level);
    if (in.records.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the project has no indicator values at level '{2}'"),
            {project.path(), level});
    }
    std::vector<std::tuple<std::string, std::string, double>> rows;
    rows.reserve(in.records.size());
    for (const auto& r : in.records) {
        rows.emplace_back(r.regionCode, r.indicatorId, r.value);
    }
    in.values = analysis::valueTableFromRows(rows);
    in.regions = store::regionsAt(project, level);
    const auto cells =
        static_cast<std::int64_t>(samples) * static_cast<std::int64_t>(in.values.regions.size());
    if (cells > maxSampleRegions) {
        throwInputError(QT_TRANSLATE_NOOP(
                            "rrw", "{1} samples are too many for {2} regions (at most {3} in all)"),
                        {std::to_string(samples), std::to_string(in.values.regions.size()),
                         std::to_string(maxSampleRegions)});
    }
    return in;
}

ScoreJob::ScoreJob(Inputs inputs, QObject* parent) : QObject(parent), inputs_(std::move(inputs)) {
    connect(&task_, &BackgroundTask::finished, this, &ScoreJob::finished);
}

void ScoreJob::start() {
    task_.start([this](Feedback& feedback) {
        analysis::IndexResult result = analysis::computeIndex(inputs_.model, inputs_.values);
        if (inputs_.samples > 0) {
            analysis::addUncertainty(inputs_.model, inputs_.values,
                                     {inputs_.samples, inputs_.seed, 2}, result, &feedback);
        }
        result_ = std::move(result);
    });
}

std::int64_t ScoreJob::record(store::Project& project) const {
    nlohmann::json out = analysis::toJson(result_);
    std::map<std::string, const store::Region*> byCode;
    for (const auto& r : inputs_.regions) {
        byCode[r.code] = &r;
    }
    for (auto& r : out.at("regions")) {
        const auto it = byCode.find(r.at("id").get<std::string>());
        if (it != byCode.end()) {
            r["name"] = it->second->name;
            r["name_de"] = it->second->nameDe;
            r["name_cs"] = it->second->nameCs;
            r["country"] = it->second->country;
        }
    }
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& v : inputs_.records) {
        inputs.push_back({v.regionCode, v.indicatorId, v.value});
    }
    std::int64_t id = 0;
    project.write([&] {
        id = store::recordIndexRun(project, inputs_.hazard, inputs_.modelJson, inputs.dump(),
                                   inputs_.samples, inputs_.seed, out.dump());
    });
    return id;
}

}  // namespace rrw::ui
