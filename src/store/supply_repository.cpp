#include "store/supply_repository.h"

#include <cmath>
#include <limits>

#include "core/error.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasSupply(const Project& project) {
    return project.schemaVersion() >= 5;
}

Statement& bindNumberOrNull(Statement& q, int index, double value) {
    return std::isnan(value) ? q.bindNull(index) : q.bind(index, value);
}

double numberOrNan(const Statement& q, int column) {
    return q.isNull(column) ? std::numeric_limits<double>::quiet_NaN() : q.real(column);
}

std::int64_t flag(const std::vector<char>& flags, std::size_t i) {
    return i < flags.size() && flags[i] != 0 ? 1 : 0;
}

void insertFirms(Project& project, const SupplyTables& t) {
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_supply_firm (position, id, name, municipality, region, nace, country,
                                     employees, commuter_share, daily_output, energy_intensity,
                                     x, y, synthetic)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))sql");
    for (std::size_t i = 0; i < t.firms.size(); ++i) {
        const analysis::FirmRecord& f = t.firms[i];
        insert.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, f.id).bind(3, f.name);
        insert.bind(4, f.municipality).bind(5, f.region).bind(6, f.nace).bind(7, f.country);
        insert.bind(8, f.employees).bind(9, f.commuterShare).bind(10, f.dailyOutput);
        bindNumberOrNull(insert, 11, f.energyIntensity);
        bindNumberOrNull(insert, 12, f.x);
        bindNumberOrNull(insert, 13, f.y);
        insert.bind(14, flag(t.firmSynthetic, i)).run();
        insert.reset();
    }
}

void insertLinks(Project& project, const SupplyTables& t) {
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_supply_link (position, supplier, customer, input_share, lead_time,
                                     inventory_days, substitutable_share, switch_days, crossing,
                                     input, synthetic)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    for (std::size_t i = 0; i < t.links.size(); ++i) {
        const analysis::LinkRecord& l = t.links[i];
        insert.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, l.supplier).bind(3, l.customer);
        insert.bind(4, l.inputShare).bind(5, static_cast<std::int64_t>(l.leadTime));
        insert.bind(6, l.inventoryDays).bind(7, l.substitutableShare);
        insert.bind(8, static_cast<std::int64_t>(l.switchDays));
        insert.bindOptional(9, l.crossing).bindOptional(10, l.input);
        insert.bind(11, flag(t.linkSynthetic, i)).run();
        insert.reset();
    }
}

void insertCrossings(Project& project, const SupplyTables& t) {
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_supply_crossing (position, id, name, freight, commuter_weight, synthetic)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    for (std::size_t i = 0; i < t.crossings.size(); ++i) {
        const analysis::CrossingRecord& c = t.crossings[i];
        insert.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, c.id).bind(3, c.name);
        insert.bind(4, static_cast<std::int64_t>(c.freight ? 1 : 0)).bind(5, c.commuterWeight);
        insert.bind(6, flag(t.crossingSynthetic, i)).run();
        insert.reset();
    }
}

}  // namespace

void replaceSupplyNetwork(Project& project, const SupplyTables& tables) {
    // Everything the simulation would refuse is refused here, before anything is written.
    (void)analysis::buildSupplyNetwork(tables.firms, tables.links, tables.crossings);
    execute(project.db(),
            "DELETE FROM rrw_supply_link; DELETE FROM rrw_supply_crossing; "
            "DELETE FROM rrw_supply_firm;");
    insertFirms(project, tables);
    insertCrossings(project, tables);
    insertLinks(project, tables);
    checkReferences(project.db(), "rrw_supply_link",
                    QT_TRANSLATE_NOOP("rrw", "{1}: link {2} refers to a missing firm"));
}

SupplyTables readSupplyTables(const Project& project) {
    SupplyTables t;
    if (!hasSupply(project)) {
        return t;
    }
    Statement firms(project.db(), R"sql(
        SELECT id, name, municipality, region, nace, country, employees, commuter_share,
               daily_output, energy_intensity, x, y, synthetic
        FROM rrw_supply_firm ORDER BY position)sql");
    while (firms.step()) {
        analysis::FirmRecord f;
        f.id = firms.text(0);
        f.name = firms.text(1);
        f.municipality = firms.text(2);
        f.region = firms.text(3);
        f.nace = firms.text(4);
        f.country = firms.text(5);
        f.employees = firms.real(6);
        f.commuterShare = firms.real(7);
        f.dailyOutput = firms.real(8);
        f.energyIntensity = numberOrNan(firms, 9);
        f.x = numberOrNan(firms, 10);
        f.y = numberOrNan(firms, 11);
        f.where = "firm " + f.id;
        t.firms.push_back(std::move(f));
        t.firmSynthetic.push_back(firms.integer(12) != 0 ? 1 : 0);
    }
    Statement links(project.db(), R"sql(
        SELECT supplier, customer, input_share, lead_time, inventory_days, substitutable_share,
               switch_days, COALESCE(crossing, ''), COALESCE(input, ''), synthetic
        FROM rrw_supply_link ORDER BY position)sql");
    while (links.step()) {
        analysis::LinkRecord l;
        l.supplier = links.text(0);
        l.customer = links.text(1);
        l.inputShare = links.real(2);
        l.leadTime = links.real(3);
        l.inventoryDays = links.real(4);
        l.substitutableShare = links.real(5);
        l.switchDays = links.real(6);
        l.crossing = links.text(7);
        l.input = links.text(8);
        l.where = "link " + l.supplier + " → " + l.customer;
        t.links.push_back(std::move(l));
        t.linkSynthetic.push_back(links.integer(9) != 0 ? 1 : 0);
    }
    Statement crossings(project.db(), R"sql(
        SELECT id, name, freight, commuter_weight, synthetic
        FROM rrw_supply_crossing ORDER BY position)sql");
    while (crossings.step()) {
        analysis::CrossingRecord c;
        c.id = crossings.text(0);
        c.name = crossings.text(1);
        c.freight = crossings.integer(2) != 0;
        c.commuterWeight = crossings.real(3);
        c.where = "crossing " + c.id;
        t.crossings.push_back(std::move(c));
        t.crossingSynthetic.push_back(crossings.integer(4) != 0 ? 1 : 0);
    }
    return t;
}

std::optional<analysis::SupplyNetwork> loadSupplyNetwork(const Project& project) {
    const SupplyTables t = readSupplyTables(project);
    if (t.firms.empty()) {
        return std::nullopt;
    }
    return analysis::buildSupplyNetwork(t.firms, t.links, t.crossings);
}

analysis::SupplyNetwork requireSupplyNetwork(const Project& project) {
    auto network = loadSupplyNetwork(project);
    if (!network) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: the project has no supply network (store one "
                                          "with 'rrw-cli supply import')"),
                        {project.path()});
    }
    return std::move(*network);
}

SupplyNetworkCounts countSupplyNetwork(const Project& project) {
    SupplyNetworkCounts counts;
    if (!hasSupply(project)) {
        return counts;
    }
    Statement q(project.db(), R"sql(
        SELECT (SELECT COUNT(*) FROM rrw_supply_firm), (SELECT COUNT(*) FROM rrw_supply_link),
               (SELECT COUNT(*) FROM rrw_supply_crossing),
               (SELECT COUNT(*) FROM rrw_supply_firm WHERE synthetic = 1))sql");
    q.step();
    counts.firms = static_cast<std::size_t>(q.integer(0));
    counts.links = static_cast<std::size_t>(q.integer(1));
    counts.crossings = static_cast<std::size_t>(q.integer(2));
    counts.syntheticFirms = static_cast<std::size_t>(q.integer(3));
    return counts;
}

}  // namespace rrw::store
