// rrw-cli report: a report of the project (SWOT, risk, scenarios or all of it) as PDF, ODT or
// self-contained HTML, in German, Czech, English or German and Czech (docs/REPORTS.md).

#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "report/report_builder.h"
#include "report/report_writers.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli report PROJECT.gpkg [--template swot|risk|scenario|full] [--lang de|cs|en|de+cs]
                      [--format pdf|odt|html] [--scenario NAME] [--date YYYY-MM-DD]
                      [--organisation TEXT ...] [--samples N] [--seed S] [--json] -o FILE

Writes a report of the project: title page, table of contents, executive summary and the
sections of the template, with the source and year of every number and the licences of the
data in an annex. Results built from firm data are shown only for at least 3 firms with no
firm above 85 % of the value.

  --template T      swot (SWOT, TOWS, measures), risk (profiles, indices, BBK matrix),
                    scenario (supply-chain scenarios), full (everything; default)
  --lang L          de, cs, en or de+cs (German, then Czech in every section; default de)
  --format F        pdf, odt or html (default: from the extension of -o)
  --scenario NAME   only this stored scenario (default: every stored scenario)
  --date D          the date on the title page (default: today)
  --organisation T  an organisation on the title page (repeat for several)
  --samples N       Monte Carlo samples of the rank intervals (default 200; 0 = none)
  --seed S          seed of the Monte Carlo (default 1)
  --json            print what was written as JSON
  -o FILE           the report file)");

std::string lowerExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext.empty() ? ext : ext.substr(1);
}

}  // namespace

int runReport(const CommandContext& ctx) {
    // "-o" is the one short option, as for render.
    std::vector<std::string> argv = ctx.args;
    for (auto& a : argv) {
        if (a == "-o") {
            a = "--output";
        }
    }
    const Args args(argv,
                    {"template", "lang", "format", "scenario", "date", "organisation", "samples",
                     "seed", "output"},
                    {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
    const std::string out = args.value("output");
    if (out.empty()) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "-o FILE is required"), {}}};
    }
    report::ReportOptions options;
    const std::string kind = args.value("template", "full");
    if (!report::parseTemplate(kind, options.kind)) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw",
                                            "--template must be swot, risk, scenario or full, "
                                            "not '{1}'"),
                          {kind}}};
    }
    const std::string lang = args.value("lang", "de");
    if (!render::MapLanguage::parse(lang, options.language) ||
        (options.language.bilingual && options.language.primary != Lang::De)) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "--lang must be de, cs, en or de+cs, not '{1}'"), {lang}}};
    }
    const std::string formatText = args.value("format", lowerExtension(out));
    report::Format format = report::Format::Pdf;
    if (!report::parseFormat(formatText, format)) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--format must be pdf, odt or html, not '{1}'"),
                          {formatText}}};
    }
    options.scenario = args.value("scenario");
    options.date = args.value("date");
    if (!options.date.empty() &&
        (options.date.size() != 10 || options.date[4] != '-' || options.date[7] != '-')) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--date must look like 2026-11-26, not '{1}'"),
                          {options.date}}};
    }
    options.organisations = args.values("organisation");
    options.samples = wholeOption(args, "samples", 200, 0, 100000);
    options.seed = static_cast<std::uint64_t>(wholeOption(args, "seed", 1, 0, 2147483647));
    const auto start = std::chrono::steady_clock::now();
    store::Project project = store::Project::open(args.positional()[0]);
    const report::Report built = report::buildReport(project, options, &ctx.feedback);
    const auto built_at = std::chrono::steady_clock::now();
    const report::WriteResult written = report::writeReport(built, out, format);
    const auto end = std::chrono::steady_clock::now();
    const auto seconds = [](auto a, auto b) {
        return std::chrono::duration<double>(b - a).count();
    };
    if (args.flag("json")) {
        const nlohmann::json json = {{"file", out},
                                     {"format", formatText},
                                     {"template", kind},
                                     {"lang", options.language.code()},
                                     {"sections", built.sections.size()},
                                     {"pages", written.pages},
                                     {"maps", written.maps},
                                     {"charts", written.charts},
                                     {"tables", written.tables},
                                     {"build_seconds", seconds(start, built_at)},
                                     {"write_seconds", seconds(built_at, end)}};
        std::cout << json.dump(2) << '\n';
        return 0;
    }
    if (format == report::Format::Pdf) {
        std::cout << translated(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: {2} pages, {3} maps, {4} tables, {5} "
                                                  "charts ({6} s)"),
                                {out, std::to_string(written.pages), std::to_string(written.maps),
                                 std::to_string(written.tables), std::to_string(written.charts),
                                 formatFixed(seconds(start, end), 1)})
                  << '\n';
    } else {
        std::cout << translated(
                         QT_TRANSLATE_NOOP("rrw", "{1}: {2} maps, {3} tables, {4} charts ({5} s)"),
                         {out, std::to_string(written.maps), std::to_string(written.tables),
                          std::to_string(written.charts), formatFixed(seconds(start, end), 1)})
                  << '\n';
    }
    return 0;
}

}  // namespace rrw::cli
