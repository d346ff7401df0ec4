// rrw-cli actors: the partner organisations of the governance register (imported at init from
// data/governance/organisations.json) with their roles; the owners of measures.

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/planning_format.h"
#include "cli/translate.h"
#include "store/organisation_repository.h"

namespace rrw::cli {

namespace {

const char* const kHelp =
    QT_TRANSLATE_NOOP("rrw", R"(usage: rrw-cli actors list PROJECT.gpkg [--json]
       rrw-cli actors add PROJECT.gpkg ID --name-de TEXT|--name-cs TEXT --country DE|CZ|DE-CZ
                          --kind KIND [--name-en TEXT] [--short TEXT]
                          [--role-de TEXT] [--role-cs TEXT] [--role-en TEXT] [--json]
       rrw-cli actors set PROJECT.gpkg ID [the options of add] [--json]
       rrw-cli actors delete PROJECT.gpkg ID [--json]

The partner organisations of the region and their role in the programme: id, short name,
country, kind, German name, Czech name, German role. A new project starts with the eleven
partners of the model region (data/governance/organisations.json). Measures name one of them
as owner (`rrw-cli measures set --owner ID`); deleting an organisation leaves its measures
without owner.

  KIND   district, region, city, association, university, planning_association, agency or
         chamber
  --json machine-readable result)");

const std::set<std::string> kFields = {"name-de", "name-cs", "name-en", "short",  "country",
                                       "kind",    "role-de", "role-cs", "role-en"};

nlohmann::json organisationJson(const store::Organisation& o) {
    const auto orNull = [](const std::string& t) {
        return t.empty() ? nlohmann::json() : nlohmann::json(t);
    };
    return {{"id", o.id},
            {"name_de", orNull(o.nameDe)},
            {"name_cs", orNull(o.nameCs)},
            {"name_en", orNull(o.nameEn)},
            {"short_name", orNull(o.shortName)},
            {"country", o.country},
            {"kind", o.kind},
            {"role_de", orNull(o.roleDe)},
            {"role_cs", orNull(o.roleCs)},
            {"role_en", orNull(o.roleEn)},
            {"created_at", o.createdAt},
            {"updated_at", o.updatedAt}};
}

std::string organisationLine(const store::Organisation& o) {
    const auto dash = [](const std::string& t) { return t.empty() ? std::string("-") : t; };
    return o.id + '\t' + dash(o.shortName) + '\t' + o.country + '\t' + o.kind + '\t' +
           dash(o.nameDe) + '\t' + dash(o.nameCs) + '\t' + dash(o.roleDe);
}

/// Writes the options given on the command line into `o`.
void applyOptions(const Args& args, store::Organisation& o) {
    const std::pair<const char*, std::string*> fields[] = {
        {"name-de", &o.nameDe},  {"name-cs", &o.nameCs},  {"name-en", &o.nameEn},
        {"short", &o.shortName}, {"country", &o.country}, {"kind", &o.kind},
        {"role-de", &o.roleDe},  {"role-cs", &o.roleCs},  {"role-en", &o.roleEn}};
    for (const auto& [name, field] : fields) {
        if (args.has(name)) {
            *field = args.value(name);
        }
    }
}

int printResult(const Args& args, const char* key, const store::Organisation& o) {
    if (args.flag("json")) {
        std::cout << nlohmann::json{{key, organisationJson(o)}}.dump(2) << '\n';
    } else {
        std::cout << organisationLine(o) << '\n';
    }
    return 0;
}

int listActors(const Args& args) {
    expectPositionals(args.positional(), false);
    const store::Project project = store::Project::open(args.positional()[0]);
    const auto organisations = store::listOrganisations(project);
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& o : organisations) {
            out.push_back(organisationJson(o));
        }
        std::cout << nlohmann::json{{"organisations", std::move(out)}}.dump(2) << '\n';
        return 0;
    }
    for (const auto& o : organisations) {
        std::cout << organisationLine(o) << '\n';
    }
    return 0;
}

int addActor(const Args& args) {
    expectPositionals(args.positional(), true);
    store::Organisation o;
    o.id = args.positional()[1];
    applyOptions(args, o);
    store::Project project = store::Project::open(args.positional()[0]);
    project.write([&] { store::addOrganisations(project, {o}); });
    return printResult(args, "organisation", *store::getOrganisation(project, o.id));
}

int setActor(const Args& args) {
    expectPositionals(args.positional(), true);
    bool any = false;
    for (const auto& name : kFields) {
        any = any || args.has(name);
    }
    if (!any) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "nothing to change: give at least one of {1}"),
                          {"--name-de, --name-cs, --name-en, --short, --country, --kind, "
                           "--role-de, --role-cs, --role-en"}}};
    }
    const std::string id = args.positional()[1];
    store::Project project = store::Project::open(args.positional()[0]);
    project.write([&] {
        auto o = store::getOrganisation(project, id);
        if (!o) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no organisation '{2}'"),
                            {project.path(), id});
        }
        applyOptions(args, *o);
        store::updateOrganisation(project, *o);
    });
    return printResult(args, "organisation", *store::getOrganisation(project, id));
}

int deleteActor(const Args& args) {
    expectPositionals(args.positional(), true);
    store::Project project = store::Project::open(args.positional()[0]);
    store::DeletedOrganisation deleted;
    project.write([&] { deleted = store::deleteOrganisation(project, args.positional()[1]); });
    if (args.flag("json")) {
        nlohmann::json out = organisationJson(deleted.organisation);
        out["owned_measures"] = deleted.ownedMeasureIds;
        std::cout << nlohmann::json{{"deleted", std::move(out)}}.dump(2) << '\n';
        return 0;
    }
    std::cout << translated(
                     QT_TRANSLATE_NOOP("rrw",
                                       "Deleted organisation {1}; {2} measures have no "
                                       "owner now."),
                     {deleted.organisation.id, std::to_string(deleted.ownedMeasureIds.size())})
              << '\n';
    return 0;
}

}  // namespace

int runActors(const CommandContext& ctx) {
    if (ctx.args.empty()) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "expected a subcommand: list, add, set, delete"), {}}};
    }
    if (ctx.args[0] == "--help" || ctx.args[0] == "-h") {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    const std::string sub = ctx.args[0];
    const std::vector<std::string> rest(ctx.args.begin() + 1, ctx.args.end());
    if (sub != "list" && sub != "add" && sub != "set" && sub != "delete") {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "unknown subcommand '{1}' (known: list, add, set, "
                                            "delete)"),
                          {sub}}};
    }
    const Args args(rest, sub == "add" || sub == "set" ? kFields : std::set<std::string>{},
                    {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (sub == "list") {
        return listActors(args);
    }
    if (sub == "add") {
        return addActor(args);
    }
    if (sub == "set") {
        return setActor(args);
    }
    return deleteActor(args);
}

}  // namespace rrw::cli
