// rrw_report_bench: the time of a full German+Czech report with 12 maps to PDF (issue 6: under
// 5 s). Usage: rrw_report_bench PROJECT.gpkg [OUT.pdf] [RUNS]; make the project with
// `rrw-cli init`. Prints one JSON line per run and the best run.

#include <QGuiApplication>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "core/error.h"
#include "report/report_builder.h"
#include "report/report_writers.h"

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::cerr << "usage: rrw_report_bench PROJECT.gpkg [OUT.pdf] [RUNS]\n";
        return 2;
    }
    const std::string out = argc > 2 ? argv[2] : "rrw_report_bench.pdf";
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    try {
        rrw::report::ReportOptions options;
        options.kind = rrw::report::Template::Full;
        rrw::render::MapLanguage::parse("de+cs", options.language);
        options.maxMaps = 12;
        options.date = "2026-11-26";
        double best = 1e9;
        for (int i = 0; i < runs; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            rrw::store::Project project = rrw::store::Project::open(argv[1]);
            const rrw::report::Report report = rrw::report::buildReport(project, options);
            const auto t1 = std::chrono::steady_clock::now();
            const rrw::report::WriteResult r = rrw::report::writePdf(report, out);
            const auto t2 = std::chrono::steady_clock::now();
            const double build = std::chrono::duration<double>(t1 - t0).count();
            const double write = std::chrono::duration<double>(t2 - t1).count();
            best = std::min(best, build + write);
            std::printf(
                "{\"run\": %d, \"maps\": %d, \"pages\": %d, \"build_s\": %.3f, "
                "\"write_s\": %.3f, \"total_s\": %.3f}\n",
                i + 1, r.maps, r.pages, build, write, build + write);
        }
        std::printf("{\"best_total_s\": %.3f}\n", best);
    } catch (const rrw::Error& e) {
        std::cerr << "rrw_report_bench: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
