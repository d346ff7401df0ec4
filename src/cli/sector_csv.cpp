#include "cli/sector_csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/text.h"

namespace rrw::cli {

namespace {

struct Line {
    int number = 0;  // 1-based line of the file
    std::vector<std::string> cells;
};

struct Table {
    std::string path;
    char separator = ',';
    std::vector<Line> lines;  // the header first; blank lines left out
};

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

/// The separator that occurs most often outside quotes in the header; ',' on a tie.
char detectSeparator(const std::string& header) {
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (char c : header) {
        if (c == '"') {
            quoted = !quoted;
        }
        for (int i = 0; i < 3 && !quoted; ++i) {
            counts[i] += c == candidates[i] ? 1 : 0;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        best = counts[i] > counts[best] ? i : best;
    }
    return candidates[best];
}

std::vector<std::string> splitCells(const std::string& line, char separator,
                                    const std::string& path, int number) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"' && trim(cell).empty()) {
            quoted = true;
            wasQuoted = true;
            cell.clear();
        } else if (c == separator) {
            cells.push_back(wasQuoted ? cell : trim(cell));
            cell.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            cell += c;
        } else if (c != ' ' && c != '\t') {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: row {2}: text after a closing quote (write "
                                              "\"\" for a quote inside a cell)"),
                            {path, std::to_string(number)});
        }
    }
    if (quoted) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: a quote is not closed"),
                        {path, std::to_string(number)});
    }
    cells.push_back(wasQuoted ? cell : trim(cell));
    return cells;
}

Table readTable(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
        text.erase(0, 3);
    } else if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the file is UTF-16; save it as UTF-8"),
                        {path});
    }
    Table table{path, ',', {}};
    std::istringstream lines(text);
    std::string raw;
    for (int number = 1; std::getline(lines, raw); ++number) {
        if (!raw.empty() && raw.back() == '\r') {
            raw.pop_back();
        }
        if (!isValidUtf8(raw)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: row {2}: the text is not UTF-8 (save the file "
                                              "as UTF-8)"),
                            {path, std::to_string(number)});
        }
        if (table.lines.empty()) {
            if (trim(raw).empty()) {
                continue;
            }
            table.separator = detectSeparator(raw);
        }
        Line line{number, splitCells(raw, table.separator, path, number)};
        bool blank = true;
        for (const auto& c : line.cells) {
            blank = blank && c.empty();
        }
        if (!blank) {
            table.lines.push_back(std::move(line));
        }
    }
    if (table.lines.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the file is empty"), {path});
    }
    if (table.lines.front().cells.size() < 2) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: row {2}: the header has only one column "
                                          "(separate the columns with ',' or ';')"),
                        {path, std::to_string(table.lines.front().number)});
    }
    return table;
}

/// "0.25", "1e-3"; with ';' or tab as separator also "0,25". Locale-independent.
double parseNumber(const Table& table, const Line& line, const std::string& column,
                   std::string text) {
    if (text.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': the cell is empty"),
                        {table.path, std::to_string(line.number), column});
    }
    const std::string original = text;
    if (table.separator != ',' && text.find(',') != std::string::npos &&
        text.find('.') == std::string::npos) {
        text[text.find(',')] = '.';
    }
    const char* begin = text.data() + (text.front() == '+' ? 1 : 0);
    double value = 0;
    const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
            {table.path, std::to_string(line.number), column, original});
    }
    return value;
}

void checkWidth(const Table& table, const Line& line, std::size_t width) {
    if (line.cells.size() != width) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: row {2} has {3} cells, but the header has {4}"),
            {table.path, std::to_string(line.number), std::to_string(line.cells.size()),
             std::to_string(width)});
    }
}

std::string lower(std::string text) {
    for (char& c : text) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
}

}  // namespace

analysis::SectorMatrix readSectorMatrix(const std::string& path) {
    const Table table = readTable(path);
    const auto& header = table.lines.front().cells;
    analysis::SectorMatrix matrix;
    matrix.source = path;
    matrix.columnIds.assign(header.begin() + 1, header.end());
    for (std::size_t c = 0; c < matrix.columnIds.size(); ++c) {
        if (matrix.columnIds[c].empty()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: row {2}: column {3} of the header has no "
                                  "sector id"),
                {path, std::to_string(table.lines.front().number), std::to_string(c + 2)});
        }
    }
    for (std::size_t r = 1; r < table.lines.size(); ++r) {
        const Line& line = table.lines[r];
        checkWidth(table, line, header.size());
        if (line.cells[0].empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: the sector id is empty"),
                            {path, std::to_string(line.number)});
        }
        matrix.rowIds.push_back(line.cells[0]);
        std::vector<double> values;
        values.reserve(matrix.columnIds.size());
        for (std::size_t c = 1; c < line.cells.size(); ++c) {
            values.push_back(parseNumber(table, line, matrix.columnIds[c - 1], line.cells[c]));
        }
        matrix.values.push_back(std::move(values));
    }
    return matrix;
}

analysis::SectorValues readSectorValues(const std::string& path) {
    const Table table = readTable(path);
    const auto& header = table.lines.front().cells;
    std::size_t sector = header.size();
    std::size_t value = header.size();
    for (std::size_t c = 0; c < header.size(); ++c) {
        sector = lower(header[c]) == "sector" ? c : sector;
        value = lower(header[c]) == "value" ? c : value;
    }
    for (const auto& [position, name] : {std::pair{sector, "sector"}, std::pair{value, "value"}}) {
        if (position == header.size()) {
            throwInputError(QT_TRANSLATE_NOOP(
                                "rrw", "{1}: the column '{2}' is missing (expected sector,value)"),
                            {path, name});
        }
    }
    analysis::SectorValues values;
    values.source = path;
    for (std::size_t r = 1; r < table.lines.size(); ++r) {
        const Line& line = table.lines[r];
        checkWidth(table, line, header.size());
        if (line.cells[sector].empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: row {2}: the sector id is empty"),
                            {path, std::to_string(line.number)});
        }
        values.entries.emplace_back(line.cells[sector],
                                    parseNumber(table, line, "value", line.cells[value]));
    }
    return values;
}

}  // namespace rrw::cli
