#include "store/supply_rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/error.h"

namespace rrw::store {

namespace {

const std::vector<std::string> kSupplyFirmColumns = {
    "id", "name", "municipality", "region", "nace", "employees", "commuter_share", "daily_output"};
const std::vector<std::string> kSupplyLinkColumns = {
    "supplier",   "customer", "input_share", "lead_time", "inventory_days", "substitutable_share",
    "switch_days"};
const std::vector<std::string> kSupplyCrossingColumns = {"id", "freight", "commuters"};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) {
        return "";
    }
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

SupplyRows::SupplyRows(std::string path, std::string layer, geo::TextTable table,
                       std::vector<std::int64_t> fids, bool commaDecimal)
    : path_(std::move(path)),
      layer_(std::move(layer)),
      table_(std::move(table)),
      fids_(std::move(fids)),
      commaDecimal_(commaDecimal) {}

SupplyRows SupplyRows::fromCsv(std::string path, geo::TextTable table, bool commaDecimal) {
    return SupplyRows(std::move(path), "", std::move(table), {}, commaDecimal);
}

SupplyRows SupplyRows::fromLayer(std::string path, std::string layer, geo::TextTable table,
                                 std::vector<std::int64_t> fids) {
    return SupplyRows(std::move(path), std::move(layer), std::move(table), std::move(fids), true);
}

void SupplyRows::requireColumns(const std::vector<std::string>& required) const {
    std::string expected;
    for (const std::string& c : required) {
        expected += (expected.empty() ? "" : ",") + c;
    }
    for (const std::string& c : required) {
        if (hasColumn(c)) {
            continue;
        }
        if (layer_.empty()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the column '{2}' is missing (expected {3})"),
                {path_, c, expected});
        }
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}, layer {2}: the column '{3}' is missing (expected {4})"),
            {path_, layer_, c, expected});
    }
}

bool SupplyRows::hasColumn(const std::string& column) const {
    return std::find(table_.columns.begin(), table_.columns.end(), column) != table_.columns.end();
}

std::string SupplyRows::text(std::size_t i, const std::string& column) const {
    const auto& row = table_.rows[i];
    const auto it = row.find(column);
    return it == row.end() ? std::string() : trim(it->second);
}

std::string SupplyRows::rowLabel(std::size_t i) const {
    return layer_.empty() ? std::to_string(i + 2) : std::to_string(fids_[i]);
}

std::string SupplyRows::where(std::size_t i) const {
    if (layer_.empty()) {
        return path_ + ":" + rowLabel(i);
    }
    return path_ + ", layer " + layer_ + ", feature " + rowLabel(i);
}

double SupplyRows::number(std::size_t i, const std::string& column, double fallback) const {
    std::string t = text(i, column);
    if (t.empty()) {
        if (!std::isnan(fallback)) {
            return fallback;
        }
        if (layer_.empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}' is empty"),
                            {path_, rowLabel(i), column});
        }
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}, layer {2}, feature {3}: column '{4}' is empty"),
            {path_, layer_, rowLabel(i), column});
    }
    const std::string raw = t;
    if (commaDecimal_ && t.find(',') != std::string::npos && t.find('.') == std::string::npos) {
        std::replace(t.begin(), t.end(), ',', '.');
    }
    std::size_t used = 0;
    double value = 0.0;
    try {
        value = std::stod(t, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == t.size() && std::isfinite(value)) {
        return value;
    }
    if (layer_.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
            {path_, rowLabel(i), column, t});
    }
    throwInputError(QT_TRANSLATE_NOOP(
                        "rrw", "{1}, layer {2}, feature {3}: column '{4}': '{5}' is not a number"),
                    {path_, layer_, rowLabel(i), column, raw});
}

bool SupplyRows::yesNo(std::size_t i, const std::string& column, bool& out) const {
    std::string t = text(i, column);
    std::transform(t.begin(), t.end(), t.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* yes : {"1", "yes", "true", "ja", "ano"}) {
        if (t == yes) {
            out = true;
            return true;
        }
    }
    for (const char* no : {"0", "no", "false", "nein", "ne"}) {
        if (t == no) {
            out = false;
            return true;
        }
    }
    return false;
}

bool SupplyRows::requireYesNo(std::size_t i, const std::string& column) const {
    bool value = false;
    if (yesNo(i, column, value)) {
        return value;
    }
    if (layer_.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not yes or no"),
            {path_, rowLabel(i), column, text(i, column)});
    }
    throwInputError(QT_TRANSLATE_NOOP("rrw",
                                      "{1}, layer {2}, feature {3}: column '{4}': '{5}' "
                                      "is not yes or no"),
                    {path_, layer_, rowLabel(i), column, text(i, column)});
}

namespace {

std::vector<analysis::FirmRecord> readFirms(const SupplyRows& rows) {
    std::vector<analysis::FirmRecord> out;
    out.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::FirmRecord f;
        f.id = rows.text(i, "id");
        f.name = rows.text(i, "name");
        f.municipality = rows.text(i, "municipality");
        f.region = rows.text(i, "region");
        f.nace = rows.text(i, "nace");
        f.country = rows.text(i, "country");
        f.employees = rows.number(i, "employees");
        f.commuterShare = rows.number(i, "commuter_share");
        f.dailyOutput = rows.number(i, "daily_output");
        // An empty optional cell means "not given": NaN is passed on as such.
        if (rows.hasColumn("energy_intensity") && !rows.text(i, "energy_intensity").empty()) {
            f.energyIntensity = rows.number(i, "energy_intensity");
        }
        if (rows.hasColumn("x") && !rows.text(i, "x").empty()) {
            f.x = rows.number(i, "x");
        }
        if (rows.hasColumn("y") && !rows.text(i, "y").empty()) {
            f.y = rows.number(i, "y");
        }
        f.where = rows.where(i);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<analysis::LinkRecord> readLinks(const SupplyRows& rows) {
    std::vector<analysis::LinkRecord> out;
    out.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::LinkRecord l;
        l.supplier = rows.text(i, "supplier");
        l.customer = rows.text(i, "customer");
        l.inputShare = rows.number(i, "input_share");
        l.leadTime = rows.number(i, "lead_time");
        l.inventoryDays = rows.number(i, "inventory_days");
        l.substitutableShare = rows.number(i, "substitutable_share");
        l.switchDays = rows.number(i, "switch_days");
        l.crossing = rows.text(i, "crossing");
        l.input = rows.text(i, "input");
        l.where = rows.where(i);
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<analysis::CrossingRecord> readCrossings(const SupplyRows& rows) {
    std::vector<analysis::CrossingRecord> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::CrossingRecord c;
        c.id = rows.text(i, "id");
        c.name = rows.text(i, "name");
        c.freight = rows.requireYesNo(i, "freight");
        bool carries = false;
        if (rows.yesNo(i, "commuters", carries) && rows.text(i, "commuters").size() > 1) {
            c.commuterWeight = carries ? 1.0 : 0.0;  // yes/no: equal shares among the yes
        } else {
            c.commuterWeight = rows.number(i, "commuters");
        }
        c.where = rows.where(i);
        out.push_back(std::move(c));
    }
    return out;
}

/// The optional `synthetic` column: yes/no or 1/0; empty or absent = 0.
std::vector<char> readSynthetic(const SupplyRows& rows) {
    std::vector<char> out(rows.size(), 0);
    if (!rows.hasColumn("synthetic")) {
        return out;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows.text(i, "synthetic").empty()) {
            out[i] = rows.requireYesNo(i, "synthetic") ? 1 : 0;
        }
    }
    return out;
}

}  // namespace

SupplyTables readSupplyRows(const SupplyRows& firms, const SupplyRows& links,
                            const SupplyRows* crossings) {
    SupplyTables t;
    firms.requireColumns(kSupplyFirmColumns);
    t.firms = readFirms(firms);
    t.firmSynthetic = readSynthetic(firms);
    links.requireColumns(kSupplyLinkColumns);
    t.links = readLinks(links);
    t.linkSynthetic = readSynthetic(links);
    if (crossings != nullptr) {
        crossings->requireColumns(kSupplyCrossingColumns);
        t.crossings = readCrossings(*crossings);
        t.crossingSynthetic = readSynthetic(*crossings);
    }
    return t;
}

}  // namespace rrw::store
