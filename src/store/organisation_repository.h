#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/project.h"

namespace rrw::store {

// The partner organisations of the governance register (schema 6): who takes part in the
// programme and in which role; measures name one of them as their owner. Writes run inside
// the caller's Project::write and return what an undo needs.

struct Organisation {
    std::string id;                      ///< 1–64 characters A–Z a–z 0–9 _ - .
    std::string nameDe, nameCs, nameEn;  ///< German or Czech name required
    std::string shortName;
    std::string country;  ///< DE | CZ | DE-CZ (cross-border or bilateral)
    /// district | region | city | association | university | planning_association | agency |
    /// chamber
    std::string kind;
    std::string roleDe, roleCs, roleEn;  ///< its role in the programme
    std::string createdAt, updatedAt;    ///< UTC ISO 8601, set by the store
};

bool isOrganisationKind(const std::string& kind);
bool isOrganisationCountry(const std::string& country);

/// All organisations by id; empty for a project older than schema 6.
std::vector<Organisation> listOrganisations(const Project& project);
std::optional<Organisation> getOrganisation(const Project& project, const std::string& id);

/// Checks and stores new organisations; an id that exists (or repeats) is an error naming it.
/// `createdAt` is kept when given (to undo a deletion). Needs schema 6.
void addOrganisations(Project& project, const std::vector<Organisation>& organisations);

/// Replaces names, short name, country, kind and roles of `organisation.id`; returns the
/// organisation as it was before.
Organisation updateOrganisation(Project& project, const Organisation& organisation);

struct DeletedOrganisation {
    Organisation organisation;
    std::vector<std::string> ownedMeasureIds;  ///< measures whose owner it was
};

/// Deletes organisation `id`; the measures it owned have no owner afterwards.
DeletedOrganisation deleteOrganisation(Project& project, const std::string& id);

/// Puts a deleted organisation back and makes it the owner again of those of its measures that
/// still exist and have no other owner.
void restoreOrganisation(Project& project, const DeletedOrganisation& deleted);

/// The organisation's name in `lang` ("de", "cs", "en"), falling back to German, then Czech.
const std::string& organisationName(const Organisation& organisation, const std::string& lang);
/// Its short name, or its name in `lang` when it has none.
const std::string& organisationLabel(const Organisation& organisation, const std::string& lang);

}  // namespace rrw::store
