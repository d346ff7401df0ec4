#pragma once
// What the supply harnesses do with the rows they read: store them as `rrw-cli supply import`
// does (rolled back), check that the stored network has the digest of the one built from the
// rows (store/supply_repository.h promises it), and run a short border closure on it.

#include "project_fixture.h"
#include "store/supply_tables.h"

namespace rrw::fuzz {

/// `target` names the harness in a failure.
void useSupplyTables(const char* target, ProjectFixture& fixture,
                     const store::SupplyTables& tables);

}  // namespace rrw::fuzz
