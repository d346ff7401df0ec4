// rrw-cli indicators: the project's indicator catalog and values — list them, and import a
// partner's values or catalog entries from CSV (docs/INDICATORS.md, "Importing values").

#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "store/indicator_import.h"
#include "store/indicator_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli indicators list PROJECT.gpkg [--level district|municipality] [--json]
       rrw-cli indicators import PROJECT.gpkg FILE.csv [--source TEXT] [--synthetic] [--json]

list    the indicator catalog (id, dimension, direction, unit, German and Czech name) and how
        many regions of the level have a value
import  stores indicator values or catalog entries from a CSV file, as one transaction: a bad
        row changes nothing and the error names the row.
        Values:  region_code,indicator_id,year,value[,source][,synthetic][,note]
        Catalog: id,name_de,name_cs,name_en,description_de,description_cs,description_en,
                 unit,direction,dimension,source,year
        Separator ',', ';' or tab; UTF-8; with ';' or tab a decimal comma is allowed. A value
        of the same region, indicator and year replaces the stored one.

  --source TEXT  source of the rows without one (every value must name its source)
  --synthetic    flag every imported value as synthetic (not real data)
  --level L      district (Kreis/okres, default) or municipality (Gemeinde/obec)
  --json         machine-readable result)");

int list(const std::vector<std::string>& argv) {
    const Args args(argv, {"level"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    const std::string level = args.value("level", "district");
    const store::Project project = store::Project::open(args.positional()[0]);
    std::map<std::string, int> regions;
    std::map<std::string, int> synthetic;
    for (const auto& v : store::latestValueRecords(project, level)) {
        ++regions[v.indicatorId];
        synthetic[v.indicatorId] += v.synthetic ? 1 : 0;
    }
    const auto indicators = store::listIndicators(project);
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& i : indicators) {
            out.push_back({{"id", i.id},
                           {"name_de", i.nameDe},
                           {"name_cs", i.nameCs},
                           {"name_en", i.nameEn},
                           {"unit", i.unit},
                           {"direction", i.direction},
                           {"dimension", i.dimension},
                           {"source", i.source},
                           {"year", i.year},
                           {"regions_with_value", regions[i.id]},
                           {"synthetic_values", synthetic[i.id]}});
        }
        std::cout << nlohmann::json{{"level", level}, {"indicators", std::move(out)}}.dump(2)
                  << '\n';
        return 0;
    }
    for (const auto& i : indicators) {
        std::cout << i.id << '\t' << i.dimension << '\t' << i.direction << '\t' << i.unit << '\t'
                  << regions[i.id] << (synthetic[i.id] > 0 ? " *" : "") << '\t' << i.nameDe << '\t'
                  << i.nameCs << '\n';
    }
    return 0;
}

int import(const std::vector<std::string>& argv) {
    const Args args(argv, {"source"}, {"synthetic", "json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 2) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected PROJECT.gpkg and FILE.csv"), {}}};
    }
    store::Project project = store::Project::open(args.positional()[0]);
    store::IndicatorImportOptions options;
    options.source = args.value("source");
    options.synthetic = args.flag("synthetic");
    store::IndicatorImportResult result;
    project.write(
        [&] { result = store::importIndicatorFile(project, args.positional()[1], options); });
    if (args.flag("json")) {
        std::cout << nlohmann::json{{"file", args.positional()[1]},
                                    {"kind", result.kind},
                                    {"added", result.added},
                                    {"replaced", result.replaced},
                                    {"synthetic", result.synthetic}}
                         .dump(2)
                  << '\n';
        return 0;
    }
    std::cout << translated(
                     result.kind == "catalog"
                         ? QT_TRANSLATE_NOOP("rrw", "{1}: {2} indicators added, {3} replaced")
                         : QT_TRANSLATE_NOOP("rrw",
                                             "{1}: {2} values added, {3} replaced ({4} "
                                             "flagged synthetic)"),
                     {args.positional()[1], std::to_string(result.added),
                      std::to_string(result.replaced), std::to_string(result.synthetic)})
              << '\n';
    return 0;
}

}  // namespace

int runIndicators(const CommandContext& ctx) {
    if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
        std::cout << translated(kHelp) << '\n';
        return ctx.args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(ctx.args.begin() + 1, ctx.args.end());
    if (ctx.args[0] == "list") {
        return list(rest);
    }
    if (ctx.args[0] == "import") {
        return import(rest);
    }
    throw UsageError{{QT_TRANSLATE_NOOP("rrw", "unknown subcommand '{1}' (known: {2})"),
                      {ctx.args[0], "list, import"}}};
}

}  // namespace rrw::cli
