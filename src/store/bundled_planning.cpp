#include "store/bundled_planning.h"

#include <nlohmann/json.hpp>

#include <set>

#include "analysis/risk/bbk_matrix.h"
#include "core/error.h"
#include "core/json_file.h"
#include "store/bbk_repository.h"

namespace fs = std::filesystem;

namespace rrw::store {

namespace {}  // namespace

std::vector<Measure> readMeasureCatalog(const nlohmann::json& doc, const std::string& what) {
    const auto list = doc.is_object() ? doc.find("measures") : doc.end();
    if (!doc.is_object() || list == doc.end() || !list->is_array() || list->empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs a non-empty list \"{3}\"."),
                        {what, "the file", "measures"});
    }
    std::vector<Measure> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const std::string position = "measure number " + std::to_string(i + 1);
        if (!item.is_object()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: measure number {2} is not an object."),
                            {what, std::to_string(i + 1)});
        }
        Measure m;
        m.id = optionalJsonText(item, "id", what, position);
        const std::string where = m.id.empty() ? position : "measure " + m.id;
        m.titleDe = optionalJsonText(item, "title_de", what, where);
        m.titleCs = optionalJsonText(item, "title_cs", what, where);
        m.titleEn = optionalJsonText(item, "title_en", what, where);
        m.descriptionDe = optionalJsonText(item, "description_de", what, where);
        m.descriptionCs = optionalJsonText(item, "description_cs", what, where);
        m.descriptionEn = optionalJsonText(item, "description_en", what, where);
        m.status = optionalJsonText(item, "status", what, where);
        if (m.status.empty()) {
            m.status = "idea";
        }
        m.source = optionalJsonText(item, "source", what, where);
        if (!m.id.empty() && !seen.insert(m.id).second) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the measure id \"{2}\" appears more than once."),
                {what, m.id});
        }
        out.push_back(std::move(m));
    }
    return out;
}

void importBundledPlanning(Project& project, const fs::path& dir) {
    const fs::path measuresFile = dir / "measures.json";
    const std::vector<Measure> measures =
        readMeasureCatalog(readJsonFile(measuresFile.string()), measuresFile.string());
    addMeasures(project, measures);  // checks each measure; errors name it

    const fs::path scenariosFile = dir / "bbk_scenarios.json";
    const nlohmann::json doc = readJsonFile(scenariosFile.string());
    const auto scenarios = analysis::parseBbkScenarios(doc, scenariosFile.string());
    const auto& list = doc.at("scenarios");
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        StoredBbkScenario stored;
        stored.scenario = scenarios[i];
        stored.rationaleDe = optionalJsonText(list[i], "rationale_de", scenariosFile.string(),
                                              "scenario " + scenarios[i].id);
        saveBbkScenario(project, stored);
    }
}

std::vector<Organisation> readOrganisationCatalog(const nlohmann::json& doc,
                                                  const std::string& what) {
    const auto list = doc.is_object() ? doc.find("organisations") : doc.end();
    if (!doc.is_object() || list == doc.end() || !list->is_array() || list->empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs a non-empty list \"{3}\"."),
                        {what, "the file", "organisations"});
    }
    std::vector<Organisation> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const std::string position = "organisation number " + std::to_string(i + 1);
        if (!item.is_object()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: organisation number {2} is not an object."),
                {what, std::to_string(i + 1)});
        }
        Organisation o;
        o.id = optionalJsonText(item, "id", what, position);
        const std::string where = o.id.empty() ? position : "organisation " + o.id;
        o.nameDe = optionalJsonText(item, "name_de", what, where);
        o.nameCs = optionalJsonText(item, "name_cs", what, where);
        o.nameEn = optionalJsonText(item, "name_en", what, where);
        o.shortName = optionalJsonText(item, "short_name", what, where);
        o.country = optionalJsonText(item, "country", what, where);
        o.kind = optionalJsonText(item, "kind", what, where);
        o.roleDe = optionalJsonText(item, "role_de", what, where);
        o.roleCs = optionalJsonText(item, "role_cs", what, where);
        o.roleEn = optionalJsonText(item, "role_en", what, where);
        out.push_back(std::move(o));
    }
    return out;
}

void importBundledGovernance(Project& project, const fs::path& dir) {
    const fs::path file = dir / "organisations.json";
    const auto organisations = readOrganisationCatalog(readJsonFile(file.string()), file.string());
    addOrganisations(project, organisations);  // checks each organisation; errors name it
}

}  // namespace rrw::store
