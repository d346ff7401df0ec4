// rrw-cli swot list|add|move|delete: the SWOT register of a project (docs/STORE.md).

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/planning_format.h"
#include "cli/swot_items.h"
#include "cli/translate.h"
#include "store/swot_repository.h"

namespace rrw::cli {

namespace {

const char* const kListHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli swot list PROJECT.gpkg [--region CODE | --area] [--category S|W|O|T] [--json]

Lists the SWOT items by region (the cross-border area first), category (S, W, O, T) and
position, one per line: id, region, category, importance (1-5), German text, Czech text,
evidence (kind:reference).

  --region CODE   only the items of this region (e.g. DE24D)
  --area          only the items of the whole cross-border area
  --category C    only strengths (S), weaknesses (W), opportunities (O) or threats (T)
  --json          machine-readable result)");

const char* const kAddHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli swot add PROJECT.gpkg --category S|W|O|T [--text-de TEXT] [--text-cs TEXT] [--region CODE] [--importance N] [--author NAME] [--evidence KIND:REF]... [--json]

Adds a SWOT item at the end of its quadrant. A German or a Czech text is required; give both
where you can.

  --category C        S (strength), W (weakness), O (opportunity) or T (threat)
  --text-de TEXT      the German text
  --text-cs TEXT      the Czech text
  --region CODE       the region (default: the whole cross-border area)
  --importance N      1 (minor) to 5 (decisive), default 3
  --author NAME       who wrote it
  --evidence K:REF    what supports it, repeatable: indicator:ID, layer:NAME, index_run:ID,
                      bbk_scenario:ID (each must exist in the project) or source:TEXT
  --json              machine-readable result)");

const char* const kMoveHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli swot move PROJECT.gpkg ID --category S|W|O|T [--position N] [--json]

Moves SWOT item ID to another category (or within its own) of the same region, at position N
(default: the end); items from N on move down by one. A category that a linked TOWS strategy
does not pair is refused.

  --category C   the new category
  --position N   the new position, 1 = first
  --json         machine-readable result)");

const char* const kDeleteHelp =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli swot delete PROJECT.gpkg ID [--json]

Deletes SWOT item ID with its evidence and its links from TOWS strategies.

  --json   machine-readable result (the deleted item))");

bool printHelp(const Args& args, const char* help) {
    if (args.flag("help")) {
        std::cout << translated(help) << '\n';
        return true;
    }
    return false;
}

store::SwotEvidence parseEvidence(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "--evidence must be KIND:REF (e.g. "
                                            "indicator:unemployment_rate), not '{1}'"),
                          {text}}};
    }
    store::SwotEvidence e;
    e.kind = text.substr(0, colon);
    e.ref = text.substr(colon + 1);
    if (!store::isSwotEvidenceKind(e.kind)) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "--evidence: the kind '{1}' is not one of indicator, "
                                            "layer, index_run, source, bbk_scenario"),
                          {e.kind}}};
    }
    return e;
}

void printItem(const store::SwotItem& item, const store::Project& project, bool json,
               const char* key) {
    const auto names = regionNames(project);
    if (json) {
        std::cout << nlohmann::json{{key, swotItemJson(item, names)}}.dump(2) << '\n';
    } else {
        std::cout << swotItemLine(item, names) << '\n';
    }
}

}  // namespace

int swotList(const std::vector<std::string>& argv) {
    const Args args(argv, {"region", "category"}, {"area", "json", "help"});
    if (printHelp(args, kListHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), false);
    store::SwotFilter filter;
    if (args.has("region") && args.flag("area")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "use either --region or --area, not both"), {}}};
    }
    if (args.has("region")) {
        filter.region = args.value("region");
    } else if (args.flag("area")) {
        filter.region = std::string();
    }
    if (args.has("category")) {
        filter.category = parseCategory(args.value("category"), "SWOT", "--category");
    }
    const store::Project project = store::Project::open(args.positional()[0]);
    const auto names = regionNames(project);
    if (filter.region && !filter.region->empty() && names.count(*filter.region) == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project has no region '{2}'"),
                        {project.path(), *filter.region});
    }
    const auto items = store::listSwotItems(project, filter);
    if (args.flag("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& item : items) {
            list.push_back(swotItemJson(item, names));
        }
        std::cout << nlohmann::json{{"items", std::move(list)}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& item : items) {
        std::cout << swotItemLine(item, names) << '\n';
    }
    return 0;
}

int swotAdd(const std::vector<std::string>& argv) {
    const Args args(
        argv, {"category", "text-de", "text-cs", "region", "importance", "author", "evidence"},
        {"json", "help"});
    if (printHelp(args, kAddHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), false);
    if (!args.has("category")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--{1} is required"), {"category"}}};
    }
    store::SwotItem item;
    item.category = parseCategory(args.value("category"), "SWOT", "--category");
    item.textDe = args.value("text-de");
    item.textCs = args.value("text-cs");
    item.regionCode = args.value("region");
    item.author = args.value("author");
    if (args.has("importance")) {
        const std::string text = args.value("importance");
        if (text.size() != 1 || text[0] < '1' || text[0] > '5') {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw",
                                   "--importance must be a whole number from 1 to 5, not '{1}'"),
                 {text}}};
        }
        item.importance = text[0] - '0';
    }
    for (const auto& e : args.values("evidence")) {
        item.evidence.push_back(parseEvidence(e));
    }
    store::Project project = store::Project::open(args.positional()[0]);
    store::SwotItem stored;
    project.write([&] { stored = store::addSwotItem(project, item); });
    printItem(stored, project, args.flag("json"), "item");
    return 0;
}

int swotMove(const std::vector<std::string>& argv) {
    const Args args(argv, {"category", "position"}, {"json", "help"});
    if (printHelp(args, kMoveHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), true);
    const std::int64_t id = parseRecordId(args.positional()[1], "ID");
    if (!args.has("category")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--{1} is required"), {"category"}}};
    }
    const char category = parseCategory(args.value("category"), "SWOT", "--category");
    std::optional<std::int64_t> position;
    if (args.has("position")) {
        position = parseRecordId(args.value("position"), "--position");
    }
    store::Project project = store::Project::open(args.positional()[0]);
    std::optional<store::SwotItem> moved;
    project.write([&] {
        store::moveSwotItem(project, id, category, position);
        moved = store::getSwotItem(project, id);
    });
    printItem(*moved, project, args.flag("json"), "item");
    return 0;
}

int swotDelete(const std::vector<std::string>& argv) {
    const Args args(argv, {}, {"json", "help"});
    if (printHelp(args, kDeleteHelp)) {
        return 0;
    }
    expectPositionals(args.positional(), true);
    const std::int64_t id = parseRecordId(args.positional()[1], "ID");
    store::Project project = store::Project::open(args.positional()[0]);
    store::DeletedSwotItem deleted;
    project.write([&] { deleted = store::deleteSwotItem(project, id); });
    if (args.flag("json")) {
        nlohmann::json strategies = deleted.strategyIds;
        std::cout << nlohmann::json{{"deleted", swotItemJson(deleted.item, regionNames(project))},
                                    {"unlinked_strategies", std::move(strategies)}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(QT_TRANSLATE_NOOP("rrw", "Deleted SWOT item {1}."),
                            {std::to_string(id)})
              << '\n';
    return 0;
}

}  // namespace rrw::cli
