#include "store/organisation_repository.h"

#include <set>

#include "core/error.h"
#include "store/record_checks.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasOrganisations(const Project& project) {
    return project.schemaVersion() >= 6;
}

const char* const kColumns = R"sql(
    SELECT id, COALESCE(name_de, ''), COALESCE(name_cs, ''), COALESCE(name_en, ''),
           COALESCE(short_name, ''), country, kind, COALESCE(role_de, ''),
           COALESCE(role_cs, ''), COALESCE(role_en, ''), created_at, updated_at
    FROM rrw_organisation)sql";

Organisation readOrganisation(const Statement& q) {
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),  q.text(5),
            q.text(6), q.text(7), q.text(8), q.text(9), q.text(10), q.text(11)};
}

void checkOrganisation(const Project& project, const Organisation& o) {
    if (!hasOrganisations(project)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the project has no governance register (schema {2}); "
                              "open it for writing once to update it"),
            {project.path(), std::to_string(project.schemaVersion())});
    }
    if (!isPlainId(o.id)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "organisation '{1}': the id must be 1 to 64 characters "
                                          "of A-Z, a-z, 0-9, '_', '-' and '.'"),
                        {o.id});
    }
    const char* const utf8 =
        QT_TRANSLATE_NOOP("rrw", "organisation '{1}': the field {2} is not valid UTF-8");
    checkUtf8(o.nameDe, utf8, o.id, "name_de");
    checkUtf8(o.nameCs, utf8, o.id, "name_cs");
    checkUtf8(o.nameEn, utf8, o.id, "name_en");
    checkUtf8(o.shortName, utf8, o.id, "short_name");
    checkUtf8(o.roleDe, utf8, o.id, "role_de");
    checkUtf8(o.roleCs, utf8, o.id, "role_cs");
    checkUtf8(o.roleEn, utf8, o.id, "role_en");
    if (isBlank(o.nameDe) && isBlank(o.nameCs)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "organisation '{1}': it needs a German or a Czech name"),
            {o.id});
    }
    if (!isOrganisationCountry(o.country)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "organisation '{1}': the country must be DE, CZ or "
                                          "DE-CZ, not '{2}'"),
                        {o.id, o.country});
    }
    if (!isOrganisationKind(o.kind)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "organisation '{1}': the kind must be district, region, city, "
                              "association, university, planning_association, agency or "
                              "chamber, not '{2}'"),
            {o.id, o.kind});
    }
}

Organisation requireOrganisation(const Project& project, const std::string& id) {
    auto o = getOrganisation(project, id);
    if (!o) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no organisation '{2}'"),
                        {project.path(), id});
    }
    return *o;
}

}  // namespace

bool isOrganisationKind(const std::string& kind) {
    static const std::set<std::string> kinds = {"district",    "region",     "city",
                                                "association", "university", "planning_association",
                                                "agency",      "chamber"};
    return kinds.count(kind) > 0;
}

bool isOrganisationCountry(const std::string& country) {
    return country == "DE" || country == "CZ" || country == "DE-CZ";
}

std::vector<Organisation> listOrganisations(const Project& project) {
    std::vector<Organisation> out;
    if (!hasOrganisations(project)) {
        return out;
    }
    Statement q(project.db(), std::string(kColumns) + " ORDER BY id");
    while (q.step()) {
        out.push_back(readOrganisation(q));
    }
    return out;
}

std::optional<Organisation> getOrganisation(const Project& project, const std::string& id) {
    if (!hasOrganisations(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), std::string(kColumns) + " WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    return readOrganisation(q);
}

void addOrganisations(Project& project, const std::vector<Organisation>& organisations) {
    std::set<std::string> seen;
    for (const Organisation& o : organisations) {
        checkOrganisation(project, o);
        if (!seen.insert(o.id).second || getOrganisation(project, o.id)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the organisation '{2}' exists already"),
                            {project.path(), o.id});
        }
    }
    const std::string now = utcNow();
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_organisation (id, name_de, name_cs, name_en, short_name, country, kind,
                                      role_de, role_cs, role_en, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    for (const Organisation& o : organisations) {
        insert.bind(1, o.id).bindOptional(2, o.nameDe).bindOptional(3, o.nameCs);
        insert.bindOptional(4, o.nameEn).bindOptional(5, o.shortName).bind(6, o.country);
        insert.bind(7, o.kind).bindOptional(8, o.roleDe).bindOptional(9, o.roleCs);
        insert.bindOptional(10, o.roleEn);
        insert.bind(11, o.createdAt.empty() ? now : o.createdAt).bind(12, now).run();
        insert.reset();
    }
}

Organisation updateOrganisation(Project& project, const Organisation& organisation) {
    const Organisation previous = requireOrganisation(project, organisation.id);
    checkOrganisation(project, organisation);
    Statement q(project.db(), R"sql(
        UPDATE rrw_organisation SET name_de = ?2, name_cs = ?3, name_en = ?4, short_name = ?5,
                                    country = ?6, kind = ?7, role_de = ?8, role_cs = ?9,
                                    role_en = ?10, updated_at = ?11
        WHERE id = ?1)sql");
    const Organisation& o = organisation;
    q.bind(1, o.id).bindOptional(2, o.nameDe).bindOptional(3, o.nameCs);
    q.bindOptional(4, o.nameEn).bindOptional(5, o.shortName).bind(6, o.country);
    q.bind(7, o.kind).bindOptional(8, o.roleDe).bindOptional(9, o.roleCs);
    q.bindOptional(10, o.roleEn).bind(11, utcNow()).run();
    return previous;
}

DeletedOrganisation deleteOrganisation(Project& project, const std::string& id) {
    DeletedOrganisation deleted{requireOrganisation(project, id), {}};
    Statement owned(project.db(), "SELECT id FROM rrw_measure WHERE owner_id = ?1 ORDER BY id");
    owned.bind(1, id);
    while (owned.step()) {
        deleted.ownedMeasureIds.push_back(owned.text(0));
    }
    // ON DELETE SET NULL, by hand: foreign keys are not enforced on rrw's connection.
    Statement clear(project.db(),
                    "UPDATE rrw_measure SET owner_id = NULL, updated_at = ?2 WHERE owner_id = ?1");
    clear.bind(1, id).bind(2, utcNow()).run();
    Statement q(project.db(), "DELETE FROM rrw_organisation WHERE id = ?1");
    q.bind(1, id).run();
    return deleted;
}

void restoreOrganisation(Project& project, const DeletedOrganisation& deleted) {
    addOrganisations(project, {deleted.organisation});
    Statement own(project.db(),
                  "UPDATE rrw_measure SET owner_id = ?2 WHERE id = ?1 AND owner_id IS NULL");
    for (const std::string& measure : deleted.ownedMeasureIds) {
        own.bind(1, measure).bind(2, deleted.organisation.id).run();
        own.reset();
    }
}

const std::string& organisationName(const Organisation& o, const std::string& lang) {
    if (lang == "cs" && !o.nameCs.empty()) {
        return o.nameCs;
    }
    if (lang == "en" && !o.nameEn.empty()) {
        return o.nameEn;
    }
    return o.nameDe.empty() ? o.nameCs : o.nameDe;
}

const std::string& organisationLabel(const Organisation& o, const std::string& lang) {
    return o.shortName.empty() ? organisationName(o, lang) : o.shortName;
}

}  // namespace rrw::store
