// rrw-cli iim: the sector-level inoperability input-output model, static and dynamic
// (docs/methods/iim.md).

#include <algorithm>
#include <charconv>
#include <iostream>
#include <nlohmann/json.hpp>

#include "analysis/supply/iim.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/sector_csv.h"
#include "cli/translate.h"

namespace rrw::cli {

namespace {

const char* const kHelp =
    QT_TRANSLATE_NOOP("rrw",
                      R"(usage: rrw-cli iim --technical A.csv --output X.csv --perturbation C.csv
                    [--days N [--recovery K.csv] [--duration D]] [--json]

The inoperability input-output model (Haimes & Jiang 2001; Santos & Haimes 2004): how a drop
in final demand spreads through the interdependent sectors of an economy. Inoperability q is
the fraction of a sector's output that is lost; loss = output x q.
  A* = x^-1 A x,   q = (I - A*)^-1 c*
With --days, the dynamic model (Lian & Haimes 2006) from q(0) = 0:
  q(t+1) = q(t) + K (A* q(t) + c*(t) - q(t))

  --technical FILE     square matrix of technical coefficients a_ij = z_ij / x_j: a header
                       row of sector ids and a first column of sector ids
  --output FILE        sector,value: total output of each sector (above 0)
  --perturbation FILE  sector,value: demand perturbation c* as a fraction of the sector's
                       output (0 to 1)
  --days N             days of the dynamic model (the timeline); without it, static only
  --recovery FILE      sector,value: recovery coefficients k_i (0 to 1; default 1)
  --duration D         the perturbation lasts D days, then stops (default: all days)
  --json               machine-readable result
Every file lists every sector once, in any order; separator ',' or ';' (then a decimal comma
is allowed), UTF-8.)");

int wholeNumber(const Args& args, const char* name) {
    const std::string text = args.value(name);
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--{1} must be a whole number of 0 or more"), {name}}};
    }
    return value;
}

/// `text` padded with blanks to `width` characters (UTF-8 aware, for German and Czech headings).
std::string pad(const std::string& text, std::size_t width) {
    std::size_t chars = 0;
    for (const char c : text) {
        chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return text + std::string(chars < width ? width - chars : 1, ' ');
}

nlohmann::json bySector(const std::vector<std::string>& sectors,
                        const std::vector<double>& values) {
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t i = 0; i < sectors.size(); ++i) {
        out[sectors[i]] = values[i];
    }
    return out;
}

nlohmann::json toJson(const analysis::IimResult& r, bool dynamic) {
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : r.warnings) {
        warnings.push_back(w.text());
    }
    nlohmann::json out = {{"sectors", r.sectors},
                          {"inoperability", bySector(r.sectors, r.inoperability)},
                          {"loss", bySector(r.sectors, r.loss)},
                          {"total_loss", r.totalLoss},
                          {"infeasible", r.infeasible},
                          {"warnings", std::move(warnings)}};
    if (dynamic) {
        nlohmann::json timeline = nlohmann::json::array();
        for (const auto& day : r.timeline) {
            timeline.push_back({{"day", day.day},
                                {"inoperability", bySector(r.sectors, day.inoperability)},
                                {"total_loss", day.totalLoss}});
        }
        out["timeline"] = std::move(timeline);
        out["cumulative_loss"] = bySector(r.sectors, r.cumulativeLoss);
        out["total_cumulative_loss"] = r.totalCumulativeLoss;
    }
    return out;
}

void printText(const analysis::IimResult& r) {
    const std::string sector = translated(QT_TRANSLATE_NOOP("rrw", "sector"));
    const std::string loss = translated(QT_TRANSLATE_NOOP("rrw", "loss"));
    std::size_t width = sector.size();
    for (const auto& s : r.sectors) {
        width = std::max(width, s.size());
    }
    width += 2;
    std::cout << pad(sector, width)
              << pad(translated(QT_TRANSLATE_NOOP("rrw", "inoperability")), 16) << loss << '\n';
    for (std::size_t i = 0; i < r.sectors.size(); ++i) {
        std::cout << pad(r.sectors[i], width) << pad(formatNumber(r.inoperability[i]), 16)
                  << formatNumber(r.loss[i]) << '\n';
    }
    std::cout << translated(QT_TRANSLATE_NOOP("rrw", "total loss: {1}"),
                            {formatNumber(r.totalLoss)})
              << '\n';
    if (r.timeline.empty()) {
        return;
    }
    std::cout << '\n'
              << pad(translated(QT_TRANSLATE_NOOP("rrw", "day")), 8) << pad(loss, 16)
              << pad(translated(QT_TRANSLATE_NOOP("rrw", "highest q")), 16) << sector << '\n';
    for (const auto& day : r.timeline) {
        const auto top = std::max_element(day.inoperability.begin(), day.inoperability.end());
        std::cout << pad(std::to_string(day.day), 8) << pad(formatNumber(day.totalLoss), 16)
                  << pad(formatNumber(*top), 16)
                  << r.sectors[static_cast<std::size_t>(top - day.inoperability.begin())] << '\n';
    }
    std::cout << translated(
                     QT_TRANSLATE_NOOP("rrw", "cumulative loss over {1} days: {2}"),
                     {std::to_string(r.timeline.size()), formatNumber(r.totalCumulativeLoss)})
              << '\n';
}

}  // namespace

int runIim(const CommandContext& ctx) {
    const Args args(ctx.args,
                    {"technical", "output", "perturbation", "recovery", "days", "duration"},
                    {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (!args.positional().empty()) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "unexpected argument '{1}'"), {args.positional()[0]}}};
    }
    if (!args.has("technical") || !args.has("output") || !args.has("perturbation")) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--technical, --output and --perturbation are required"),
             {}}};
    }
    if ((args.has("recovery") || args.has("duration")) && !args.has("days")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--recovery and --duration need --days"), {}}};
    }
    analysis::IimInput input;
    if (args.has("days")) {
        input.days = wholeNumber(args, "days");
        if (input.days == 0) {
            throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--days must be 1 or more"), {}}};
        }
    }
    if (args.has("duration")) {
        input.duration = wholeNumber(args, "duration");
    }
    input.technical = readSectorMatrix(args.value("technical"));
    input.output = readSectorValues(args.value("output"));
    input.perturbation = readSectorValues(args.value("perturbation"));
    if (args.has("recovery")) {
        input.recovery = readSectorValues(args.value("recovery"));
    }
    const analysis::IimResult result = analysis::runIim(input);
    if (args.flag("json")) {
        std::cout << toJson(result, input.days > 0).dump(2) << '\n';
        return 0;
    }
    for (const auto& w : result.warnings) {
        std::cerr << translated(QT_TRANSLATE_NOOP("rrw", "warning: {1}"), {translated(w)}) << '\n';
    }
    printText(result);
    return 0;
}

}  // namespace rrw::cli
