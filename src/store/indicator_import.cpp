#include "store/indicator_import.h"

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

#include "core/error.h"
#include "core/text.h"
#include "geo/table_reader.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

using Row = std::map<std::string, std::string>;

std::string cell(const Row& row, const char* column) {
    const auto it = row.find(column);
    if (it == row.end()) {
        return {};
    }
    // Trim blanks and a Windows line end; spreadsheets add both.
    const auto first = it->second.find_first_not_of(" \t\r");
    const auto last = it->second.find_last_not_of(" \t\r");
    return first == std::string::npos ? std::string() : it->second.substr(first, last - first + 1);
}

bool hasColumns(const geo::TextTable& table, std::initializer_list<const char*> names) {
    for (const char* n : names) {
        bool found = false;
        for (const auto& c : table.columns) {
            found = found || c == n;
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

[[noreturn]] void rowError(const char* key, const std::string& path, std::size_t index,
                           std::vector<std::string> more) {
    std::vector<std::string> args = {path, std::to_string(index + 2)};
    args.insert(args.end(), more.begin(), more.end());
    throwInputError(key, args);
}

/// "12.5", "-3", "1e3"; with decimal comma "12,5" when the file does not separate by comma.
bool parseNumber(std::string text, bool commaDecimal, double& out) {
    if (commaDecimal && text.find(',') != std::string::npos &&
        text.find('.') == std::string::npos) {
        text[text.find(',')] = '.';
    }
    std::size_t used = 0;
    try {
        out = std::stod(text, &used);
    } catch (const std::exception&) {
        return false;
    }
    return used == text.size() && std::isfinite(out);
}

bool truthy(const std::string& text) {
    return text == "1" || text == "true" || text == "yes" || text == "ja" || text == "ano";
}

std::set<std::string> idsOf(const Project& project, const char* sql) {
    std::set<std::string> ids;
    Statement q(project.db(), sql);
    while (q.step()) {
        ids.insert(q.text(0));
    }
    return ids;
}

void checkUtf8(const geo::TextTable& table, const std::string& path) {
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        for (const auto& [column, value] : table.rows[i]) {
            if (!isValidUtf8(value)) {
                rowError(
                    QT_TRANSLATE_NOOP("rrw",
                                      "{1}: row {2}, column '{3}': the text is not UTF-8 (save the "
                                      "file as UTF-8)"),
                    path, i, {column});
            }
        }
    }
}

IndicatorImportResult importValues(Project& project, const geo::TextTable& table,
                                   const std::string& path, const IndicatorImportOptions& options,
                                   bool commaDecimal) {
    const auto regions = idsOf(project, "SELECT code FROM rrw_region");
    const auto indicators = idsOf(project, "SELECT id FROM rrw_indicator");
    Statement exists(project.db(),
                     "SELECT 1 FROM rrw_indicator_value WHERE region_code = ?1 AND "
                     "indicator_id = ?2 AND year = ?3");
    Statement insert(project.db(), R"sql(
        INSERT OR REPLACE INTO rrw_indicator_value
            (region_code, indicator_id, year, value, source, synthetic, note)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    IndicatorImportResult result{"values", 0, 0, 0};
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const Row& row = table.rows[i];
        const std::string region = cell(row, "region_code");
        const std::string indicator = cell(row, "indicator_id");
        const std::string year = cell(row, "year");
        const std::string text = cell(row, "value");
        if (region.empty() && indicator.empty() && year.empty() && text.empty()) {
            continue;  // a blank line at the end of a spreadsheet export
        }
        if (regions.count(region) == 0) {
            rowError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: unknown region code '{3}'"), path, i,
                     {region});
        }
        if (indicators.count(indicator) == 0) {
            rowError(QT_TRANSLATE_NOOP("rrw",
                                       "{1}: row {2}: unknown indicator '{3}' (import its "
                                       "catalog entry first)"),
                     path, i, {indicator});
        }
        if (year.empty()) {
            rowError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: the year is empty"), path, i, {});
        }
        double value = 0;
        if (!parseNumber(text, commaDecimal, value)) {
            rowError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
                     path, i, {"value", text});
        }
        std::string source = cell(row, "source");
        if (source.empty()) {
            source = options.source;
        }
        if (source.empty()) {
            rowError(QT_TRANSLATE_NOOP("rrw",
                                       "{1}: row {2}: no source (add a 'source' column or give "
                                       "one source for the whole file)"),
                     path, i, {});
        }
        if (!seen.insert({region, indicator, year}).second) {
            rowError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: '{3}', '{4}', {5} is given more than once"),
                path, i, {region, indicator, year});
        }
        const bool synthetic = options.synthetic || truthy(cell(row, "synthetic"));
        exists.bind(1, region).bind(2, indicator).bind(3, year);
        const bool replacing = exists.step();
        exists.reset();
        insert.bind(1, region).bind(2, indicator).bind(3, year).bind(4, value).bind(5, source);
        insert.bind(6, static_cast<std::int64_t>(synthetic ? 1 : 0))
            .bindOptional(7, cell(row, "note"));
        insert.run();
        insert.reset();
        (replacing ? result.replaced : result.added) += 1;
        result.synthetic += synthetic ? 1 : 0;
    }
    return result;
}

IndicatorImportResult importCatalog(Project& project, const geo::TextTable& table,
                                    const std::string& path) {
    Statement exists(project.db(), "SELECT 1 FROM rrw_indicator WHERE id = ?1");
    Statement insert(project.db(), R"sql(
        INSERT OR REPLACE INTO rrw_indicator (id, name_de, name_cs, name_en, description_de,
            description_cs, description_en, unit, direction, dimension, source, year)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    IndicatorImportResult result{"catalog", 0, 0, 0};
    std::set<std::string> seen;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const Row& row = table.rows[i];
        const std::string id = cell(row, "id");
        if (id.empty() || id.size() > 64 || id.find_first_of(" \t\"'") != std::string::npos) {
            rowError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: '{3}' is not a usable indicator id"),
                     path, i, {id});
        }
        for (const char* name : {"name_de", "name_cs", "name_en"}) {
            if (cell(row, name).empty()) {
                rowError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}' is empty"), path, i,
                         {name});
            }
        }
        const std::string direction = cell(row, "direction");
        if (direction != "higher_is_worse" && direction != "higher_is_better") {
            rowError(QT_TRANSLATE_NOOP("rrw",
                                       "{1}: row {2}: direction '{3}' is neither "
                                       "higher_is_worse nor higher_is_better"),
                     path, i, {direction});
        }
        const std::string dimension = cell(row, "dimension");
        if (dimension != "hazard_exposure" && dimension != "vulnerability" &&
            dimension != "coping_capacity") {
            rowError(QT_TRANSLATE_NOOP("rrw",
                                       "{1}: row {2}: dimension '{3}' is none of "
                                       "hazard_exposure, vulnerability, coping_capacity"),
                     path, i, {dimension});
        }
        if (!seen.insert(id).second) {
            rowError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: indicator '{3}' is given twice"), path,
                     i, {id});
        }
        exists.bind(1, id);
        const bool replacing = exists.step();
        exists.reset();
        insert.bind(1, id)
            .bind(2, cell(row, "name_de"))
            .bind(3, cell(row, "name_cs"))
            .bind(4, cell(row, "name_en"));
        insert.bindOptional(5, cell(row, "description_de"))
            .bindOptional(6, cell(row, "description_cs"))
            .bindOptional(7, cell(row, "description_en"));
        insert.bindOptional(8, cell(row, "unit")).bind(9, direction).bind(10, dimension);
        insert.bindOptional(11, cell(row, "source")).bindOptional(12, cell(row, "year"));
        insert.run();
        insert.reset();
        (replacing ? result.replaced : result.added) += 1;
    }
    return result;
}

}  // namespace

bool isIndicatorFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string header;
    if (!std::getline(in, header)) {
        return false;
    }
    if (header.rfind("\xEF\xBB\xBF", 0) == 0) {
        header.erase(0, 3);
    }
    std::set<std::string> names;
    std::string name;
    for (const char c : header + ",") {
        if (c == ',' || c == ';' || c == '\t') {
            names.insert(name);
            name.clear();
        } else if (c != '"' && c != '\r' && c != ' ') {
            name += c;
        }
    }
    const auto has = [&](std::initializer_list<const char*> wanted) {
        for (const char* w : wanted) {
            if (names.count(w) == 0) {
                return false;
            }
        }
        return true;
    };
    return has({"region_code", "indicator_id", "year", "value"}) ||
           has({"id", "name_de", "name_cs", "name_en", "direction", "dimension"});
}

IndicatorImportResult importIndicatorFile(Project& project, const std::string& path,
                                          const IndicatorImportOptions& options) {
    if (project.schemaVersion() < 3) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project is too old for indicators"),
                        {project.path()});
    }
    const geo::TextTable table = geo::readTextTable(path);
    checkUtf8(table, path);
    // A file separated by ';' or tab may write decimals with a comma (German and Czech
    // spreadsheets); with ',' as separator a comma cannot be a decimal mark.
    const bool commaDecimal = [&] {
        std::ifstream in(path, std::ios::binary);
        std::string header;
        std::getline(in, header);
        return header.find(',') == std::string::npos &&
               (header.find(';') != std::string::npos || header.find('\t') != std::string::npos);
    }();
    if (hasColumns(table, {"region_code", "indicator_id", "year", "value"})) {
        return importValues(project, table, path, options, commaDecimal);
    }
    if (hasColumns(table, {"id", "name_de", "name_cs", "name_en", "direction", "dimension"})) {
        return importCatalog(project, table, path);
    }
    throwInputError(QT_TRANSLATE_NOOP("rrw",
                                      "{1}: expected the columns region_code, indicator_id, year, "
                                      "value (indicator values) or id, name_de, name_cs, name_en, "
                                      "direction, dimension (indicator catalog)"),
                    {path});
}

}  // namespace rrw::store
