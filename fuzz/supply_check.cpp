#include "supply_check.h"

#include <nlohmann/json.hpp>

#include "analysis/scenario/scenario.h"
#include "analysis/supply/network.h"
#include "analysis/supply/supply_analysis.h"
#include "core/error.h"
#include "store/supply_repository.h"

namespace rrw::fuzz {

namespace {

analysis::Scenario closure() {
    return analysis::parseScenario(nlohmann::json::parse(R"json({
      "name": "closure", "version": "1", "days": 30,
      "hazards": [{"type": "border_closure", "start": 3, "duration": 10, "freight_throughput": 0.2,
                   "commuter_throughput": 0.5}],
      "measures": [{"type": "stockpiling", "cost": 1000, "extra_days": 5}]
    })json"),
                                   "closure");
}

}  // namespace

void useSupplyTables(const char* target, ProjectFixture& fixture,
                     const store::SupplyTables& tables) {
    static const analysis::Scenario scenario = closure();
    std::string digest;
    try {
        const analysis::SupplyNetwork network =
            analysis::buildSupplyNetwork(tables.firms, tables.links, tables.crossings);
        digest = analysis::networkDigestHex(network);
        analysis::SupplyAnalysisOptions options;
        options.criticalTopN = 2;
        options.threads = 1;
        (void)analysis::analyseSupply(network, scenario, options, "closure");
    } catch (const Error&) {
    }
    fixture.writeAndDiscard([&] {
        store::replaceSupplyNetwork(fixture.project(), tables);
        const auto stored = store::loadSupplyNetwork(fixture.project());
        const std::string storedDigest = stored ? analysis::networkDigestHex(*stored) : "";
        if (storedDigest != digest) {
            fail(target, "the stored network has digest '" + storedDigest +
                             "', the one built from the rows '" + digest + "'");
        }
    });
}

}  // namespace rrw::fuzz
