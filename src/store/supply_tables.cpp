#include "store/supply_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>

#include "core/error.h"
#include "geo/table_reader.h"

namespace rrw::store {

namespace {

/// The rows of one CSV file, with numbers read the way its separator allows.
class CsvRows {
public:
    CsvRows(const std::string& path, const std::vector<std::string>& required)
        : path_(path), table_(read(path)) {
        std::string expected;
        for (const std::string& c : required) {
            expected += (expected.empty() ? "" : ",") + c;
        }
        for (const std::string& c : required) {
            if (!hasColumn(c)) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: the column '{2}' is missing (expected {3})"),
                    {path, c, expected});
            }
        }
        // With ';' or tab as separator a decimal comma is allowed (German and Czech
        // spreadsheets); with ',' it cannot be one.
        std::ifstream in(path);
        std::string header;
        std::getline(in, header);
        commaDecimal_ = header.find(',') == std::string::npos;
    }

    std::size_t size() const { return table_.rows.size(); }
    bool hasColumn(const std::string& c) const {
        return std::find(table_.columns.begin(), table_.columns.end(), c) != table_.columns.end();
    }
    /// "FILE:LINE" of row i (the header is line 1).
    std::string where(std::size_t i) const { return path_ + ":" + std::to_string(i + 2); }
    std::string text(std::size_t i, const std::string& column) const {
        const auto& row = table_.rows[i];
        const auto it = row.find(column);
        return it == row.end() ? std::string() : trim(it->second);
    }
    /// The number in a cell; an empty cell gives `fallback` (NaN = the cell is required).
    double number(std::size_t i, const std::string& column,
                  double fallback = std::numeric_limits<double>::quiet_NaN()) const {
        std::string t = text(i, column);
        if (t.empty()) {
            if (std::isnan(fallback)) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}' is empty"),
                                {path_, std::to_string(i + 2), column});
            }
            return fallback;
        }
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
        if (used != t.size() || !std::isfinite(value)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
                {path_, std::to_string(i + 2), column, t});
        }
        return value;
    }

private:
    static geo::TextTable read(const std::string& path) {
        if (!std::ifstream(path)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
        }
        return geo::readTextTable(path);
    }
    static std::string trim(const std::string& s) {
        const auto b = s.find_first_not_of(" \t\r\n");
        if (b == std::string::npos) {
            return "";
        }
        return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    }

    std::string path_;
    geo::TextTable table_;
    bool commaDecimal_ = false;
};

const std::vector<std::string> kFirmColumns = {
    "id", "name", "municipality", "region", "nace", "employees", "commuter_share", "daily_output"};
const std::vector<std::string> kLinkColumns = {
    "supplier",   "customer", "input_share", "lead_time", "inventory_days", "substitutable_share",
    "switch_days"};
const std::vector<std::string> kCrossingColumns = {"id", "freight", "commuters"};

std::vector<analysis::FirmRecord> readFirms(const CsvRows& rows) {
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

std::vector<analysis::LinkRecord> readLinks(const CsvRows& rows) {
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

/// yes/no in English, German and Czech, or 1/0.
bool parseYesNo(const CsvRows& rows, std::size_t i, const std::string& column, bool& out) {
    std::string t = rows.text(i, column);
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

std::vector<analysis::CrossingRecord> readCrossings(const CsvRows& rows, const std::string& path) {
    std::vector<analysis::CrossingRecord> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        analysis::CrossingRecord c;
        c.id = rows.text(i, "id");
        c.name = rows.text(i, "name");
        if (!parseYesNo(rows, i, "freight", c.freight)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not yes or no"),
                {path, std::to_string(i + 2), "freight", rows.text(i, "freight")});
        }
        bool carries = false;
        if (parseYesNo(rows, i, "commuters", carries) && rows.text(i, "commuters").size() > 1) {
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
std::vector<char> readSynthetic(const CsvRows& rows, const std::string& path) {
    std::vector<char> out(rows.size(), 0);
    if (!rows.hasColumn("synthetic")) {
        return out;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows.text(i, "synthetic").empty()) {
            continue;
        }
        bool value = false;
        if (!parseYesNo(rows, i, "synthetic", value)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not yes or no"),
                {path, std::to_string(i + 2), "synthetic", rows.text(i, "synthetic")});
        }
        out[i] = value ? 1 : 0;
    }
    return out;
}

}  // namespace

SupplyTables readSupplyCsv(const std::string& firms, const std::string& links,
                           const std::string& crossings) {
    SupplyTables t;
    {
        const CsvRows rows(firms, kFirmColumns);
        t.firms = readFirms(rows);
        t.firmSynthetic = readSynthetic(rows, firms);
    }
    {
        const CsvRows rows(links, kLinkColumns);
        t.links = readLinks(rows);
        t.linkSynthetic = readSynthetic(rows, links);
    }
    if (!crossings.empty()) {
        const CsvRows rows(crossings, kCrossingColumns);
        t.crossings = readCrossings(rows, crossings);
        t.crossingSynthetic = readSynthetic(rows, crossings);
    }
    return t;
}

}  // namespace rrw::store
