#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/supply/network.h"
#include "render/map_language.h"
#include "scenario_maps.h"
#include "store/project.h"
#include "store/scenario_repository.h"
#include "store/scenario_run_repository.h"

namespace rrw::ui {

/// The stored scenario runs of a project as the workbench shows them: their labels, the
/// source notes of their maps and charts, and their result documents (read once, kept).
class RunCatalog {
public:
    /// Reads the list of runs and scenarios and the digest of the project's network.
    void reload(const store::Project& project);

    const std::vector<store::ScenarioRun>& runs() const { return runs_; }
    const store::ScenarioRun* find(std::int64_t id) const;
    /// The stored scenario (latest version) of a run's name, if it is still stored.
    const store::StoredScenario* scenario(const std::string& name) const;

    /// The result and inputs of run `id`, read from the project on first use. Throws
    /// rrw::Error when the run is not stored or its result cannot be read.
    const store::ScenarioRun& full(const store::Project& project, std::int64_t id);
    const nlohmann::json& result(const store::Project& project, std::int64_t id);

    /// "#7 Grenzschließung, 3 Wochen … (v1, 2026-11-26 10:48)" with the title in `lang`.
    QString label(const store::ScenarioRun& run, Lang lang) const;
    /// The scenario's title in `lang` (its name when it has none or is no longer stored).
    std::string title(const store::ScenarioRun& run, Lang lang) const;
    /// The source line of a run's maps and charts in `lang`: "rrw simulation, run 7,
    /// 2026-11-26 · supply network: synthetic demo data".
    QString note(const store::ScenarioRun& run, const render::MapLanguage& lang,
                 const render::MapTexts& texts) const;
    /// `key` (a "rrw" catalog text with {1} for the scenario title) in every language.
    MapTitle mapTitle(const char* key, const store::ScenarioRun& run,
                      const render::MapTexts& texts) const;
    /// `key` (a "rrw" catalog text without placeholders) in every language.
    static MapTitle mapText(const char* key, const render::MapTexts& texts);
    /// The project's supply network as read by reload(); nullptr when it has none.
    const analysis::SupplyNetwork* network() const { return network_ ? &*network_ : nullptr; }
    /// Whether the run ran on the network the project holds now.
    bool onCurrentNetwork(const store::ScenarioRun& run) const;

private:
    std::vector<store::ScenarioRun> runs_;
    std::map<std::string, store::StoredScenario> scenarios_;
    std::map<std::int64_t, store::ScenarioRun> full_;
    std::map<std::int64_t, nlohmann::json> results_;
    std::optional<analysis::SupplyNetwork> network_;
    std::string networkDigest_;
    bool syntheticNetwork_ = false;
};

}  // namespace rrw::ui
