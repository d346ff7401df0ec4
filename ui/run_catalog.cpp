#include "run_catalog.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/error.h"
#include "store/supply_repository.h"

namespace rrw::ui {

void RunCatalog::reload(const store::Project& project) {
    runs_ = store::listScenarioRuns(project);
    scenarios_.clear();
    for (auto& s : store::listScenarios(project)) {
        scenarios_[s.name] = std::move(s);
    }
    full_.clear();
    results_.clear();
    network_ = store::loadSupplyNetwork(project);
    networkDigest_ = network_ ? analysis::networkDigestHex(*network_) : "";
    syntheticNetwork_ = store::countSupplyNetwork(project).syntheticFirms > 0;
}

const store::ScenarioRun* RunCatalog::find(std::int64_t id) const {
    for (const auto& r : runs_) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

const store::StoredScenario* RunCatalog::scenario(const std::string& name) const {
    const auto it = scenarios_.find(name);
    return it == scenarios_.end() ? nullptr : &it->second;
}

const store::ScenarioRun& RunCatalog::full(const store::Project& project, std::int64_t id) {
    auto it = full_.find(id);
    if (it == full_.end()) {
        it = full_.emplace(id, store::requireScenarioRun(project, id)).first;
    }
    return it->second;
}

const nlohmann::json& RunCatalog::result(const store::Project& project, std::int64_t id) {
    auto it = results_.find(id);
    if (it == results_.end()) {
        const store::ScenarioRun& run = full(project, id);
        nlohmann::json parsed = nlohmann::json::parse(run.resultJson, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("total")) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the stored result of run {2} cannot be read"),
                {project.path(), std::to_string(id)});
        }
        it = results_.emplace(id, std::move(parsed)).first;
    }
    return it->second;
}

std::string RunCatalog::title(const store::ScenarioRun& run, Lang lang) const {
    const store::StoredScenario* s = scenario(run.scenarioName);
    if (s == nullptr) {
        return run.scenarioName;
    }
    const std::string& t = lang == Lang::Cs ? s->titleCs : lang == Lang::De ? s->titleDe : s->name;
    return t.empty() ? run.scenarioName : t;
}

QString RunCatalog::label(const store::ScenarioRun& run, Lang lang) const {
    const QDateTime at = QDateTime::fromString(QString::fromStdString(run.createdAt), Qt::ISODate);
    return QCoreApplication::translate("rrw", "#%1 %2 (v%3, %4)")
        .arg(run.id)
        .arg(QString::fromStdString(title(run, lang)))
        .arg(run.scenarioVersion)
        .arg(at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString::fromStdString(run.createdAt));
}

QString RunCatalog::note(const store::ScenarioRun& run, const render::MapLanguage& lang,
                         const render::MapTexts& texts) const {
    QString text =
        texts.text(lang, QT_TRANSLATE_NOOP("rrw", "rrw simulation, run {1}, {2}"))
            .replace(QStringLiteral("{1}"), QString::number(run.id))
            .replace(QStringLiteral("{2}"), QString::fromStdString(run.createdAt.substr(0, 10)));
    if (syntheticNetwork_ && onCurrentNetwork(run)) {
        text += QStringLiteral(" \u00b7 ") +
                texts.text(lang, QT_TRANSLATE_NOOP("rrw", "supply network: synthetic demo data"));
    }
    return text;
}

MapTitle RunCatalog::mapTitle(const char* key, const store::ScenarioRun& run,
                              const render::MapTexts& texts) const {
    auto in = [&](Lang lang) {
        return texts.text(lang, key)
            .replace(QStringLiteral("{1}"), QString::fromStdString(title(run, lang)))
            .toStdString();
    };
    return {in(Lang::De), in(Lang::Cs), in(Lang::En)};
}

MapTitle RunCatalog::mapText(const char* key, const render::MapTexts& texts) {
    return {texts.text(Lang::De, key).toStdString(), texts.text(Lang::Cs, key).toStdString(),
            texts.text(Lang::En, key).toStdString()};
}

bool RunCatalog::onCurrentNetwork(const store::ScenarioRun& run) const {
    return !networkDigest_.empty() && run.networkDigest == networkDigest_;
}

}  // namespace rrw::ui
