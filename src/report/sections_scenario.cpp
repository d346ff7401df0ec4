// Supply-chain scenario sections: each scenario run on the stored firm network (maps, time
// series, tables), its measures, and the scenarios compared. Firm data are confidential:
// every cell passes the disclosure rule (confidentiality.h) before it is shown.

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "analysis/supply/supply_analysis.h"
#include "core/error.h"
#include "report/confidentiality.h"
#include "report/sections.h"
#include "store/scenario_repository.h"
#include "store/scenario_run_repository.h"
#include "store/supply_repository.h"

namespace rrw::report {

namespace {

/// Per-firm values grouped by a key of the network (region or country), for the rule.
std::map<std::string, AggregateCell> cellsBy(const std::vector<std::string>& keyOfNode,
                                             std::size_t firmCount,
                                             const std::function<double(std::size_t)>& value) {
    std::vector<std::string> groups(keyOfNode.begin(),
                                    keyOfNode.begin() + static_cast<long>(firmCount));
    std::vector<double> values(firmCount);
    for (std::size_t i = 0; i < firmCount; ++i) {
        values[i] = value(i);
    }
    std::map<std::string, AggregateCell> out;
    for (const auto& g : aggregateByGroup(groups, values)) {
        out[g.group] = g.cell;
    }
    return out;
}

struct ScenarioResult {
    store::StoredScenario stored;
    analysis::SupplyAnalysis analysis;
    std::optional<std::int64_t> storedRun;
    bool totalShown = true;  ///< loss of all firms (and what derives from it)
    bool employeesShown = true;
    bool jobsShown = true;
    bool personDaysShown = true;
};

/// The rule over all firms of the network for one per-firm value.
bool totalDisclosed(std::size_t firms, const std::function<double(std::size_t)>& value,
                    const ConfidentialityRule& rule) {
    std::vector<double> v(firms);
    for (std::size_t i = 0; i < firms; ++i) {
        v[i] = value(i);
    }
    const auto cells = aggregateByGroup(std::vector<std::string>(firms, "total"), v);
    return !cells.empty() && checkDisclosure(cells.front().cell, rule) == Disclosure::Shown;
}

QString scenarioTitle(const ReportTexts& t, const store::StoredScenario& s) {
    return t.pick(s.titleDe, s.titleCs, s.name);
}

}  // namespace

std::vector<Section> scenarioSections(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    const ConfidentialityRule& rule = ctx.options.confidentiality;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "Supply-chain scenarios"));
    std::vector<store::StoredScenario> scenarios;
    if (!ctx.options.scenario.empty()) {
        scenarios.push_back(store::requireScenario(ctx.project, ctx.options.scenario));
    } else {
        scenarios = store::listScenarios(ctx.project);
    }
    const auto network = store::loadSupplyNetwork(ctx.project);
    if (!network || scenarios.empty()) {
        append(s.blocks,
               t.paragraphs(QT_TRANSLATE_NOOP(
                   "rrw_report", "The project has no supply network or no stored scenarios.")));
        return {s};
    }
    append(s.blocks,
           t.paragraphs(
               QT_TRANSLATE_NOOP(
                   "rrw_report",
                   "Each scenario is run day by day on the project's firm network ({1} firms, "
                   "{2} supply links) with its measures. The firm network is synthetic demo "
                   "data. Firm data are confidential: a table cell or map unit is shown only "
                   "when at least {3} firms contribute to it and no single firm makes up more "
                   "than {4} % of its value; otherwise it reads \"confidential\"."),
               [&](Lang lang) {
                   return QStringList{t.number(static_cast<double>(network->firmCount), 0, lang),
                                      t.number(static_cast<double>(network->linkCount()), 0, lang),
                                      QString::number(rule.minFirms),
                                      t.number(rule.maxShare * 100.0, 0, lang)};
               }));
    const QString confidential = t.label(QT_TRANSLATE_NOOP("rrw_report", "confidential"));
    std::vector<ScenarioResult> results;
    for (const auto& stored : scenarios) {
        if (ctx.feedback != nullptr) {
            ctx.feedback->throwIfCanceled();
        }
        ScenarioResult r{stored, {}, std::nullopt, true};
        analysis::SupplyAnalysisOptions options;
        options.criticalTopN = -1;  // critical suppliers name single firms: not for reports
        r.analysis = analysis::analyseSupply(
            *network, store::parseStoredScenario(stored), options,
            "scenario '" + stored.name + "' version " + std::to_string(stored.version),
            ctx.feedback);  // Ctrl+C stops a long run
        for (const auto& run : store::listScenarioRuns(ctx.project, stored.name)) {
            if (run.inputsHash == r.analysis.hash) {
                r.storedRun = run.id;
            }
        }
        results.push_back(std::move(r));
    }
    std::vector<Section> out;
    for (auto& r : results) {
        const analysis::SupplyAnalysis& a = r.analysis;
        const auto& firms = a.firms;
        const std::size_t n = network->firmCount;
        const auto lossCells =
            cellsBy(network->region, n, [&](std::size_t i) { return firms[i].lossValue; });
        const auto employeeCells =
            cellsBy(network->region, n, [&](std::size_t i) { return network->employees[i]; });
        const auto jobCells =
            cellsBy(network->region, n, [&](std::size_t i) { return firms[i].jobsAtRisk; });
        const auto countryLoss =
            cellsBy(network->country, n, [&](std::size_t i) { return firms[i].lossValue; });
        Section sec;
        sec.heading = scenarioTitle(t, r.stored);
        append(
            sec.blocks,
            t.paragraphs(
                QT_TRANSLATE_NOOP("rrw_report",
                                  "Scenario {1}, version {2}, {3} days; inputs hash {4} ({5})."),
                [&](Lang lang) {
                    return QStringList{
                        QString::fromStdString(r.stored.name), QString::number(r.stored.version),
                        QString::number(a.days), QString::fromStdString(a.hash),
                        r.storedRun
                            ? t.text(lang,
                                     QT_TRANSLATE_NOOP("rrw_report", "same as stored run {1}"),
                                     {QString::number(*r.storedRun)})
                            : t.text(lang, QT_TRANSLATE_NOOP("rrw_report", "not stored as a run"))};
                },
                true));
        // Districts.
        Table table;
        table.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "District")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Firms")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Employees")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Loss (EUR)")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Loss share")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Jobs at risk")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Recovery (days)"))};
        table.numeric = {false, true, true, true, true, true, true};
        table.widths = {2.3, 0.8, 1.3, 1.6, 1.4, 1.3, 1.3};
        ChoroplethSpec spec;
        QStringList suppressed;
        for (const auto& agg : a.regions) {
            const auto region = ctx.regionByCode.find(agg.key);
            const QString name = region != ctx.regionByCode.end() ? t.regionName(region->second)
                                                                  : QString::fromStdString(agg.key);
            const auto check = [&](const std::map<std::string, AggregateCell>& cells) {
                const auto it = cells.find(agg.key);
                return it != cells.end() && checkDisclosure(it->second, rule) == Disclosure::Shown;
            };
            const bool lossShown = check(lossCells);
            const bool employeesShown = check(employeeCells);
            const bool jobsShown = check(jobCells);
            if (!lossShown) {
                suppressed << name;
            } else {
                spec.values[agg.key] = 100.0 * agg.lossShare();
            }
            table.rows.push_back(
                {name, QString::number(agg.firms),
                 employeesShown ? t.integer(agg.employees) : confidential,
                 lossShown ? t.integer(agg.lossValue) : confidential,
                 lossShown ? t.number(100.0 * agg.lossShare(), 2) + QStringLiteral(" %")
                           : confidential,
                 jobsShown ? t.integer(agg.jobsAtRisk) : confidential,
                 agg.ttrDays >= 0 ? QString::number(agg.ttrDays) : QStringLiteral("\u2013")});
        }
        r.totalShown = totalDisclosed(
            n, [&](std::size_t i) { return firms[i].lossValue; }, rule);
        r.employeesShown = totalDisclosed(
            n, [&](std::size_t i) { return network->employees[i]; }, rule);
        r.jobsShown = totalDisclosed(
            n, [&](std::size_t i) { return firms[i].jobsAtRisk; }, rule);
        r.personDaysShown = totalDisclosed(
            n, [&](std::size_t i) { return firms[i].personDays; }, rule);
        table.rows.push_back(
            {t.label(QT_TRANSLATE_NOOP("rrw_report", "All firms")), QString::number(a.total.firms),
             r.employeesShown ? t.integer(a.total.employees) : confidential,
             r.totalShown ? t.integer(a.total.lossValue) : confidential,
             r.totalShown ? t.number(100.0 * a.total.lossShare(), 2) + QStringLiteral(" %")
                          : confidential,
             r.jobsShown ? t.integer(a.total.jobsAtRisk) : confidential,
             a.total.ttrDays >= 0 ? QString::number(a.total.ttrDays) : QStringLiteral("\u2013")});
        table.caption =
            t.label(QT_TRANSLATE_NOOP("rrw_report",
                                      "Source: rrw supply simulation on the "
                                      "synthetic demo firm network; cells with fewer "
                                      "than {1} firms or one firm above {2} % are "
                                      "confidential."),
                    {QString::number(rule.minFirms), t.number(rule.maxShare * 100.0, 0)});
        if (ctx.mayAddMap() && !spec.values.empty()) {
            spec.ramp = "OrRd";
            const Trilingual title =
                trilingual(t, QT_TRANSLATE_NOOP("rrw_report", "Production loss"));
            spec.titleDe = title.de;
            spec.titleCs = title.cs;
            spec.titleEn = title.en;
            spec.unitDe = spec.unitCs = spec.unitEn = "%";
            spec.sourceNote = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                        "rrw supply simulation, "
                                                        "synthetic firms"))
                                  .toStdString();
            QString caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                        "Production loss as a share of normal "
                                                        "output by district."));
            if (!suppressed.isEmpty()) {
                caption += QLatin1Char(' ') +
                           t.label(QT_TRANSLATE_NOOP("rrw_report", "Not shown (confidential)")) +
                           QStringLiteral(": ") + suppressed.join(QStringLiteral(", ")) +
                           QLatin1Char('.');
            }
            sec.blocks.emplace_back(choropleth(ctx, spec, caption));
        }
        sec.blocks.emplace_back(std::move(table));
        // Production over time: all firms and each country (when the rule allows).
        Chart chart;
        chart.kind = Chart::Kind::Line;
        chart.locale = t.locale();
        chart.title = t.label(QT_TRANSLATE_NOOP("rrw_report", "Production, % of normal output"));
        chart.valueLabel = QStringLiteral("%");
        for (int d = 1; d <= a.days; ++d) {
            chart.categories.push_back(QString::number(d));
        }
        const auto series = [&](const QString& name, const std::vector<double>& production) {
            Chart::Series sr{name, {}};
            for (const double v : production) {
                sr.values.push_back(100.0 * v);
            }
            chart.series.push_back(sr);
        };
        if (r.totalShown) {
            series(t.label(QT_TRANSLATE_NOOP("rrw_report", "All firms")), a.total.production);
        }
        for (const auto& c : a.countries) {
            const auto it = countryLoss.find(c.key);
            if (it != countryLoss.end() && checkDisclosure(it->second, rule) == Disclosure::Shown) {
                series(QString::fromStdString(c.key), c.production);
            }
        }
        chart.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                  "Output-weighted production per day (day 1 … "
                                                  "{1})."),
                                {QString::number(a.days)});
        sec.blocks.emplace_back(std::move(chart));
        // Measures of the scenario.
        const analysis::Scenario scenario = store::parseStoredScenario(r.stored);
        if (!scenario.measures.empty()) {
            Table m;
            m.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Measure")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Cost (EUR)")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Avoided loss (EUR)")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Benefit/cost"))};
            m.numeric = {false, true, true, true};
            m.widths = {3, 1.3, 1.5, 1};
            for (const auto& e : a.measures) {
                m.rows.push_back({QString::fromStdString(analysis::measureLabel(scenario, e.index)),
                                  t.integer(scenario.measures[e.index].cost),
                                  r.totalShown ? t.integer(e.avoidedLoss) : confidential,
                                  e.benefitCostRatio && r.totalShown
                                      ? t.number(*e.benefitCostRatio, 2)
                                      : QStringLiteral("\u2013")});
            }
            m.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                  "Avoided loss of each measure: the scenario "
                                                  "with all other measures, without this one."));
            sec.blocks.emplace_back(std::move(m));
        }
        out.push_back(std::move(sec));
    }
    // Comparison of the scenarios.
    if (results.size() > 1) {
        Section cmp;
        cmp.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "Scenarios compared"));
        Table table;
        table.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Scenario")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Days")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Loss (EUR)")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Loss share")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Person-days")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Jobs at risk"))};
        table.numeric = {false, true, true, true, true, true};
        table.widths = {3, 0.7, 1.6, 1, 1.3, 1.1};
        Chart chart;
        chart.kind = Chart::Kind::Bar;
        chart.locale = t.locale();
        chart.title = t.label(QT_TRANSLATE_NOOP("rrw_report", "Production loss, million EUR"));
        chart.series.push_back({t.label(QT_TRANSLATE_NOOP("rrw_report", "Loss")), {}});
        const ScenarioResult* worst = nullptr;
        for (const auto& r : results) {
            const auto& tot = r.analysis.total;
            table.rows.push_back({scenarioTitle(t, r.stored), QString::number(r.analysis.days),
                                  r.totalShown ? t.integer(tot.lossValue) : confidential,
                                  r.totalShown
                                      ? t.number(100.0 * tot.lossShare(), 2) + QStringLiteral(" %")
                                      : confidential,
                                  r.personDaysShown ? t.integer(tot.personDays) : confidential,
                                  r.jobsShown ? t.integer(tot.jobsAtRisk) : confidential});
            chart.categories.push_back(QString::fromStdString(r.stored.name));
            chart.series.front().values.push_back(r.totalShown ? tot.lossValue / 1e6
                                                               : std::nan(""));
            if (r.totalShown &&
                (worst == nullptr || tot.lossValue > worst->analysis.total.lossValue)) {
                worst = &r;
            }
        }
        table.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                  "Source: rrw supply simulation on the "
                                                  "synthetic demo firm network, with each "
                                                  "scenario's measures."));
        cmp.blocks.emplace_back(std::move(table));
        cmp.blocks.emplace_back(std::move(chart));
        out.push_back(std::move(cmp));
        if (worst != nullptr) {
            for (const Paragraph& p : t.paragraphs(
                     QT_TRANSLATE_NOOP("rrw_report",
                                       "The largest production loss of the supply scenarios: "
                                       "{1} with {2} million EUR ({3} % of normal output; "
                                       "synthetic firm network)."),
                     [&](Lang lang) {
                         return QStringList{
                             scenarioTitle(t, worst->stored),
                             t.number(worst->analysis.total.lossValue / 1e6, 1, lang),
                             t.number(100.0 * worst->analysis.total.lossShare(), 2, lang)};
                     })) {
                ctx.summary.push_back(p);
            }
        }
    }
    std::vector<Section> all{s};
    for (auto& sec : out) {
        all.push_back(std::move(sec));
    }
    return all;
}

}  // namespace rrw::report
