// A supply-chain scenario (`rrw-cli scenario save`, `rrw-cli supply simulate --scenario`,
// data/supply/scenarios/*.json, scenarios stored in the project): parsed and checked, written
// as canonical JSON and parsed again (the same scenario must come out), then run with its
// measures on a small cross-border network, as `rrw-cli supply simulate` does.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "analysis/scenario/scenario.h"
#include "analysis/supply/network.h"
#include "analysis/supply/supply_analysis.h"
#include "core/error.h"
#include "core/json_file.h"
#include "harnesses.h"
#include "scratch.h"

namespace rrw::fuzz {

namespace {

/// Four firms on both sides of the border, two crossings (one for commuters only), and
/// supplies from East Asia and the rest of Germany.
analysis::SupplyNetwork sampleNetwork() {
    auto firm = [](std::string id, std::string region, std::string nace, double x, double y) {
        analysis::FirmRecord f;
        f.id = std::move(id);
        f.name = f.id;
        f.region = std::move(region);
        f.nace = std::move(nace);
        f.employees = 120;
        f.commuterShare = 0.3;
        f.dailyOutput = 50000;
        f.x = x;
        f.y = y;
        return f;
    };
    const std::vector<analysis::FirmRecord> firms = {
        firm("porcelain_selb", "DE24D", "C23.41", 12.136, 50.170),
        firm("auto_marktredwitz", "DE24D", "C29.32", 12.084, 50.001),
        firm("kaolin_kv", "CZ0412", "B08.12", 12.87, 50.23),
        firm("glass_cheb", "CZ0411", "C23.13", 12.37, 50.08)};
    auto link = [](std::string supplier, std::string customer, double share, std::string crossing) {
        analysis::LinkRecord l;
        l.supplier = std::move(supplier);
        l.customer = std::move(customer);
        l.inputShare = share;
        l.leadTime = 2;
        l.inventoryDays = 5;
        l.substitutableShare = 0.2;
        l.switchDays = 10;
        l.crossing = std::move(crossing);
        return l;
    };
    const std::vector<analysis::LinkRecord> links = {
        link("kaolin_kv", "porcelain_selb", 0.3, "road:schirnding-pomezi"),
        link("east_asia", "auto_marktredwitz", 0.4, ""),
        link("glass_cheb", "auto_marktredwitz", 0.2, "road:schirnding-pomezi"),
        link("rest_de", "glass_cheb", 0.3, "road:schirnding-pomezi"),
        link("porcelain_selb", "glass_cheb", 0.1, "road:schirnding-pomezi")};
    const std::vector<analysis::CrossingRecord> crossings = {
        {"road:schirnding-pomezi", "Schirnding – Pomezí nad Ohří", true, 0.6, ""},
        {"road:waldsassen-cheb", "Waldsassen – Cheb", false, 0.4, ""}};
    return analysis::buildSupplyNetwork(firms, links, crossings);
}

}  // namespace

int fuzzScenarioJson(const std::uint8_t* data, std::size_t size) {
    static ScratchDir dir("scenario_json");
    static const analysis::SupplyNetwork network = sampleNetwork();
    try {
        const std::string path = dir.write("scenario.json", asText(data, size));
        const analysis::Scenario scenario = analysis::parseScenario(readJsonFile(path), path);
        const nlohmann::json canonical = analysis::scenarioToJson(scenario);
        const analysis::Scenario again = analysis::parseScenario(canonical, path);
        if (analysis::scenarioToJson(again) != canonical ||
            analysis::scenarioHash(again, network) != analysis::scenarioHash(scenario, network)) {
            fail("scenario_json", "the scenario does not read back the same: " + canonical.dump());
        }
        for (std::size_t i = 0; i < scenario.measures.size(); ++i) {
            (void)analysis::measureLabel(scenario, i);
        }
        analysis::SupplyAnalysisOptions options;
        options.days = std::min(scenario.days, 120);  // the days a run covers, kept short
        options.criticalTopN = 2;
        options.threads = 1;
        (void)analysis::analyseSupply(network, scenario, options, path);
    } catch (const Error&) {
    }
    return 0;
}

}  // namespace rrw::fuzz
