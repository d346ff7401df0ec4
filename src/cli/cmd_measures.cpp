// rrw-cli measures: the project's measures (the partners' ideas imported at init and later
// decisions), as linked from TOWS strategies, with their governance: owner organisation,
// status, review date and the SWOT items and risks they address.

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/planning_format.h"
#include "cli/translate.h"
#include "store/measure_links.h"
#include "store/measure_repository.h"
#include "store/organisation_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done]
                             [--owner ORG] [--json]
       rrw-cli measures set PROJECT.gpkg ID [--owner ORG|none] [--status S]
                             [--review YYYY-MM-DD|none] [--link-swot N] [--unlink-swot N]
                             [--link-risk KIND:ID] [--unlink-risk KIND:ID] [--json]

list: the project's measures by id, one per line: id, status, owner (short name), review
date, linked SWOT items, linked risks, German title, Czech title. A new project starts with
the partners' measure ideas (data/indicators/measures.json, status idea, no owner).

set: changes one measure in one step (all or nothing). The owner is an organisation id of
`rrw-cli actors list`; the review date a calendar date; --link-swot/--unlink-swot take a SWOT
item id, --link-risk/--unlink-risk a risk KIND:ID with KIND hazard_model (an index model),
bbk_scenario (a BBK scenario) or supply_scenario (a stored supply-chain scenario). The link
options can be repeated.

  --status S   (list) only the measures with this status
  --owner ORG  (list) only the measures of this organisation ("none": without owner)
  --json       machine-readable result (with descriptions, sources and links))");

const char* const kStatuses = "idea, planned, in_progress, done";

nlohmann::json orNull(const std::string& t) {
    return t.empty() ? nlohmann::json() : nlohmann::json(t);
}

nlohmann::json measureJson(const store::Measure& m, const store::MeasureLinks& links) {
    nlohmann::json risks = nlohmann::json::array();
    for (const auto& r : links.risks) {
        risks.push_back({{"kind", r.kind}, {"id", r.riskId}});
    }
    return {{"id", m.id},
            {"title_de", orNull(m.titleDe)},
            {"title_cs", orNull(m.titleCs)},
            {"title_en", orNull(m.titleEn)},
            {"description_de", orNull(m.descriptionDe)},
            {"description_cs", orNull(m.descriptionCs)},
            {"description_en", orNull(m.descriptionEn)},
            {"status", m.status},
            {"owner", orNull(m.ownerId)},
            {"review_date", orNull(m.reviewDate)},
            {"swot_items", links.swotItemIds},
            {"risks", std::move(risks)},
            {"source", orNull(m.source)},
            {"created_at", m.createdAt},
            {"updated_at", m.updatedAt}};
}

std::string dash(const std::string& text) {
    return text.empty() ? "-" : text;
}

std::string measureLine(const store::Measure& m, const store::MeasureLinks& links,
                        const std::map<std::string, store::Organisation>& organisations) {
    std::string owner = m.ownerId;
    if (const auto it = organisations.find(m.ownerId); it != organisations.end()) {
        owner = store::organisationLabel(it->second, "de");
    }
    std::string items;
    for (const auto id : links.swotItemIds) {
        items += (items.empty() ? "#" : ",#") + std::to_string(id);
    }
    std::string risks;
    for (const auto& r : links.risks) {
        risks += (risks.empty() ? "" : ",") + store::formatMeasureRisk(r);
    }
    return m.id + '\t' + m.status + '\t' + dash(owner) + '\t' + dash(m.reviewDate) + '\t' +
           dash(items) + '\t' + dash(risks) + '\t' + m.titleDe + '\t' + m.titleCs;
}

void checkStatus(const std::string& status) {
    if (!store::isMeasureStatus(status)) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "{1} must be one of {2}, not '{3}'"),
                          {"--status", kStatuses, status}}};
    }
}

int listMeasures(const std::vector<std::string>& argv) {
    const Args args(argv, {"status", "owner"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    expectPositionals(args.positional(), false);
    const std::string status = args.value("status");
    if (args.has("status")) {
        checkStatus(status);
    }
    const store::Project project = store::Project::open(args.positional()[0]);
    std::map<std::string, store::Organisation> organisations;
    for (auto& o : store::listOrganisations(project)) {
        organisations.emplace(o.id, std::move(o));
    }
    const std::string owner = args.value("owner");
    if (args.has("owner") && owner != "none" && organisations.count(owner) == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no organisation '{2}'"),
                        {project.path(), owner});
    }
    auto measures = store::listMeasures(project, status);
    if (args.has("owner")) {
        const std::string wanted = owner == "none" ? "" : owner;
        std::erase_if(measures, [&](const store::Measure& m) { return m.ownerId != wanted; });
    }
    const auto links = store::allMeasureLinks(project);
    const auto linksOf = [&](const std::string& id) {
        const auto it = links.find(id);
        return it == links.end() ? store::MeasureLinks{} : it->second;
    };
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : measures) {
            out.push_back(measureJson(m, linksOf(m.id)));
        }
        std::cout << nlohmann::json{{"measures", std::move(out)}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& m : measures) {
        std::cout << measureLine(m, linksOf(m.id), organisations) << '\n';
    }
    return 0;
}

int setMeasure(const std::vector<std::string>& argv) {
    const Args args(
        argv, {"owner", "status", "review", "link-swot", "unlink-swot", "link-risk", "unlink-risk"},
        {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    expectPositionals(args.positional(), true);
    const std::string id = args.positional()[1];
    if (args.has("status")) {
        checkStatus(args.value("status"));
    }
    store::MeasureLinks add;
    store::MeasureLinks remove;
    for (const auto& v : args.values("link-swot")) {
        add.swotItemIds.push_back(parseRecordId(v, "--link-swot"));
    }
    for (const auto& v : args.values("unlink-swot")) {
        remove.swotItemIds.push_back(parseRecordId(v, "--unlink-swot"));
    }
    for (const auto& v : args.values("link-risk")) {
        add.risks.push_back(store::parseMeasureRisk(v));
    }
    for (const auto& v : args.values("unlink-risk")) {
        remove.risks.push_back(store::parseMeasureRisk(v));
    }
    const bool fields = args.has("owner") || args.has("status") || args.has("review");
    if (!fields && add.empty() && remove.empty()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "nothing to change: give --owner, --status, "
                                            "--review or a --link/--unlink option"),
                          {}}};
    }
    store::Project project = store::Project::open(args.positional()[0]);
    project.write([&] {
        auto measure = store::getMeasure(project, id);
        if (!measure) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no measure '{2}'"),
                            {project.path(), id});
        }
        if (fields) {
            if (args.has("owner")) {
                const std::string owner = args.value("owner");
                measure->ownerId = owner == "none" ? "" : owner;
            }
            if (args.has("status")) {
                measure->status = args.value("status");
            }
            if (args.has("review")) {
                const std::string review = args.value("review");
                measure->reviewDate = review == "none" ? "" : review;
            }
            store::updateMeasure(project, *measure);
        }
        if (!add.empty() || !remove.empty()) {
            store::changeMeasureLinks(project, id, add, remove);
        }
    });
    const auto stored = *store::getMeasure(project, id);
    const auto links = store::measureLinks(project, id);
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"measure", measureJson(stored, links)}}.dump(2) << '\n';
        return 0;
    }
    std::map<std::string, store::Organisation> organisations;
    for (auto& o : store::listOrganisations(project)) {
        organisations.emplace(o.id, std::move(o));
    }
    std::cout << measureLine(stored, links, organisations) << '\n';
    return 0;
}

}  // namespace

int runMeasures(const CommandContext& ctx) {
    if (!ctx.args.empty() && (ctx.args[0] == "--help" || ctx.args[0] == "-h")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (ctx.args.empty()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected a subcommand: list, set"), {}}};
    }
    const std::vector<std::string> rest(ctx.args.begin() + 1, ctx.args.end());
    if (ctx.args[0] == "list") {
        return listMeasures(rest);
    }
    if (ctx.args[0] == "set") {
        return setMeasure(rest);
    }
    throw UsageError{
        {QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: list, set)"), {ctx.args[0]}}};
}

}  // namespace rrw::cli
