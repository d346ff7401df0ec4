// Risk sections: region profiles (key indicators with source and year), the composite risk
// indices as maps and rankings with Monte Carlo rank intervals, and the BBK risk matrix.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "analysis/risk/bbk_matrix.h"
#include "analysis/risk/composite_index.h"
#include "analysis/risk/index_model.h"
#include "analysis/risk/uncertainty.h"
#include "core/error.h"
#include "report/sections.h"
#include "store/bbk_repository.h"

namespace rrw::report {

namespace {

/// "inh/km²" and the like in `lang` (the engine's catalog has the units of the indicators).
QString unitText(const ReportTexts& t, const std::string& unit, Lang lang) {
    return unit.empty() ? QString() : t.engineText(lang, unit.c_str());
}

/// "Source, year"; synthetic values name only what they are (their long generator note is in
/// the annex and docs/DATA.md).
QString sourceYear(const ReportTexts& t, const store::IndicatorValue& v) {
    if (v.synthetic) {
        return t.label(QT_TRANSLATE_NOOP("rrw_report", "synthetic demo value (seeded generator)"));
    }
    QString out = QString::fromStdString(v.source);
    if (!v.year.empty() && out.indexOf(QString::fromStdString(v.year)) < 0) {
        out += QStringLiteral(", ") + QString::fromStdString(v.year);
    }
    return out;
}

const char* levelKey(const std::string& level) {
    if (level == "very_high") {
        return QT_TRANSLATE_NOOP("rrw_report", "very high");
    }
    if (level == "high") {
        return QT_TRANSLATE_NOOP("rrw_report", "high");
    }
    if (level == "medium") {
        return QT_TRANSLATE_NOOP("rrw_report", "medium");
    }
    return QT_TRANSLATE_NOOP("rrw_report", "low");
}

const char* likelihoodKey(int index) {
    switch (index) {
        case 1:
            return QT_TRANSLATE_NOOP("rrw_report", "very unlikely");
        case 2:
            return QT_TRANSLATE_NOOP("rrw_report", "unlikely");
        case 3:
            return QT_TRANSLATE_NOOP("rrw_report", "conditionally likely");
        case 4:
            return QT_TRANSLATE_NOOP("rrw_report", "likely");
        default:
            break;
    }
    return QT_TRANSLATE_NOOP("rrw_report", "very likely");
}

const char* extentKey(int extentClass) {
    switch (extentClass) {
        case 1:
            return QT_TRANSLATE_NOOP("rrw_report", "insignificant");
        case 2:
            return QT_TRANSLATE_NOOP("rrw_report", "minor");
        case 3:
            return QT_TRANSLATE_NOOP("rrw_report", "moderate");
        case 4:
            return QT_TRANSLATE_NOOP("rrw_report", "major");
        default:
            break;
    }
    return QT_TRANSLATE_NOOP("rrw_report", "catastrophic");
}

}  // namespace

Section regionProfiles(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "Region profiles"));
    append(s.blocks,
           t.paragraphs(QT_TRANSLATE_NOOP(
               "rrw_report",
               "Key indicators of each district: the latest value with its source and year. "
               "Values marked * are synthetic demo values.")));
    // The key indicators: those of the all-hazards index where the project has it, else all.
    std::vector<std::string> keys;
    if (const auto json = store::readIndexModel(ctx.project, "all_hazards")) {
        const analysis::IndexModel model =
            analysis::parseIndexModel(nlohmann::json::parse(*json), "all_hazards");
        for (const auto& i : model.indicators) {
            keys.push_back(i.id);
        }
    } else {
        for (const auto& i : ctx.indicators) {
            keys.push_back(i.id);
        }
    }
    if (ctx.mayAddMap()) {
        // The region at a glance: population density of the default map's choropleth.
        std::map<std::string, double> density;
        std::set<std::string> years;
        std::string source;
        for (const auto& v : ctx.values) {
            if (v.indicatorId == "pop_density") {
                density[v.regionCode] = v.value;
                years.insert(v.year);
                source = v.source;
            }
        }
        if (!density.empty()) {
            const store::Indicator* ind = ctx.indicator("pop_density");
            ChoroplethSpec spec;
            spec.values = density;
            spec.ramp = "YlGnBu";
            spec.titleDe = ind != nullptr ? ind->nameDe : "pop_density";
            spec.titleCs = ind != nullptr ? ind->nameCs : "pop_density";
            spec.titleEn = ind != nullptr ? ind->nameEn : "pop_density";
            const std::string unit = ind != nullptr ? ind->unit : "";
            spec.unitDe = unitText(t, unit, Lang::De).toStdString();
            spec.unitCs = unitText(t, unit, Lang::Cs).toStdString();
            spec.unitEn = unitText(t, unit, Lang::En).toStdString();
            spec.sourceNote = source;
            s.blocks.emplace_back(choropleth(
                ctx, spec,
                t.label(QT_TRANSLATE_NOOP("rrw_report", "Population density by district")) +
                    QStringLiteral(". ") + t.label(QT_TRANSLATE_NOOP("rrw_report", "Source")) +
                    QStringLiteral(": ") + QString::fromStdString(source)));
        }
    }
    for (const auto& region : ctx.districts) {
        Table table;
        table.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Indicator")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Value")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Unit")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Source, year"))};
        table.numeric = {false, true, false, false};
        table.widths = {3, 1, 1.3, 3.5};
        bool synthetic = false;
        for (const auto& key : keys) {
            for (const auto& v : ctx.values) {
                if (v.regionCode != region.code || v.indicatorId != key) {
                    continue;
                }
                const store::Indicator* ind = ctx.indicator(key);
                const QString name = ind != nullptr ? t.pick(ind->nameDe, ind->nameCs, ind->nameEn)
                                                    : QString::fromStdString(key);
                const int decimals = std::abs(v.value) >= 100 ? 0 : std::abs(v.value) >= 10 ? 1 : 2;
                synthetic = synthetic || v.synthetic;
                table.rows.push_back(
                    {name,
                     t.number(v.value, decimals) + (v.synthetic ? QStringLiteral(" *") : QString()),
                     unitText(t, ind != nullptr ? ind->unit : "", t.language().primary),
                     sourceYear(t, v)});
            }
        }
        if (table.rows.empty()) {
            continue;
        }
        if (synthetic) {
            table.caption = t.label(QT_TRANSLATE_NOOP("rrw_report", "* synthetic demo value"));
        }
        s.blocks.emplace_back(Subheading{t.regionName(region)});
        s.blocks.emplace_back(std::move(table));
    }
    return s;
}

Section riskIndexSection(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "Risk indices"));
    append(s.blocks,
           t.paragraphs(
               QT_TRANSLATE_NOOP(
                   "rrw_report",
                   "Each hazard model combines normalised indicators into a composite score "
                   "from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The "
                   "rank interval shows the 5th to 95th percentile of the ranks over {1} Monte "
                   "Carlo samples of weights and normalisation (seed {2})."),
               [&](Lang) {
                   return QStringList{QString::number(ctx.options.samples),
                                      QString::number(ctx.options.seed)};
               }));
    std::vector<std::tuple<std::string, std::string, double>> rows;
    std::set<std::string> syntheticRegions;
    for (const auto& v : ctx.values) {
        rows.emplace_back(v.regionCode, v.indicatorId, v.value);
        if (v.synthetic) {
            syntheticRegions.insert(v.regionCode);
        }
    }
    if (rows.empty()) {
        append(s.blocks, t.paragraphs(QT_TRANSLATE_NOOP(
                             "rrw_report", "The project has no indicator values of districts.")));
        return s;
    }
    const analysis::ValueTable values = analysis::valueTableFromRows(rows);
    std::vector<std::string> ids = store::indexModelIds(ctx.project);
    // all_hazards first, then the single hazards.
    std::stable_partition(ids.begin(), ids.end(),
                          [](const std::string& id) { return id == "all_hazards"; });
    for (const std::string& id : ids) {
        const nlohmann::json json = store::requireIndexModel(ctx.project, id);
        const analysis::IndexModel model =
            analysis::parseIndexModel(json, ctx.project.path() + ":" + id);
        analysis::IndexResult result;
        try {
            result = analysis::computeIndex(model, values);
        } catch (const Error&) {
            continue;  // a model of another level (e.g. Gemeinden/obce): not for districts
        }
        if (ctx.options.samples > 0) {
            analysis::addUncertainty(model, values, {ctx.options.samples, ctx.options.seed, 2},
                                     result, ctx.feedback);
        }
        const Trilingual title{json.value("title_de", id), json.value("title_cs", id),
                               json.value("title_en", id)};
        s.blocks.emplace_back(Subheading{t.pick(title.de, title.cs, title.en)});
        ChoroplethSpec spec;
        for (const auto& r : result.regions) {
            if (std::isfinite(r.score)) {
                spec.values[r.id] = r.score;
            }
        }
        for (int k = 0; k <= 5; ++k) {
            spec.breaks.push_back(model.scaleLow + (model.scaleHigh - model.scaleLow) * k / 5.0);
        }
        const char* mapTitle = QT_TRANSLATE_NOOP("rrw_report", "Score: {1}");
        spec.titleDe = t.text(Lang::De, mapTitle, {QString::fromStdString(title.de)}).toStdString();
        spec.titleCs = t.text(Lang::Cs, mapTitle, {QString::fromStdString(title.cs)}).toStdString();
        spec.titleEn = t.text(Lang::En, mapTitle, {QString::fromStdString(title.en)}).toStdString();
        spec.sourceNote = (syntheticRegions.empty()
                               ? t.label(QT_TRANSLATE_NOOP("rrw_report", "rrw composite index"))
                               : t.label(QT_TRANSLATE_NOOP(
                                     "rrw_report", "rrw composite index; partly synthetic data")))
                              .toStdString();
        if (ctx.mayAddMap()) {
            s.blocks.emplace_back(choropleth(
                ctx, spec,
                t.label(QT_TRANSLATE_NOOP("rrw_report",
                                          "Composite risk score by district (model {1}); equal "
                                          "classes over the model's scale."),
                        {QString::fromStdString(id)})));
        }
        Table table;
        table.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Rank")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "District")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Score")),
                        t.label(QT_TRANSLATE_NOOP("rrw_report", "Rank 5–95 %"))};
        table.numeric = {true, false, true, true};
        table.widths = {0.8, 4, 1, 1.4};
        Chart chart;
        chart.kind = Chart::Kind::Bar;
        chart.title = t.label(QT_TRANSLATE_NOOP("rrw_report", "Score by district"));
        chart.series.push_back({t.pick(title.de, title.cs, title.en), {}});
        chart.locale = t.locale();
        Chart intervals;
        intervals.kind = Chart::Kind::Interval;
        intervals.locale = t.locale();
        intervals.title =
            t.label(QT_TRANSLATE_NOOP("rrw_report", "Rank intervals (5–95 %) and rank"));
        intervals.valueLabel = t.label(QT_TRANSLATE_NOOP("rrw_report", "rank (1 = highest risk)"));
        intervals.series = {{}, {}, {}};
        intervals.caption = t.label(QT_TRANSLATE_NOOP(
            "rrw_report",
            "Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank."));
        for (const auto& r : result.regions) {
            const auto region = ctx.regionByCode.find(r.id);
            const QString name = region != ctx.regionByCode.end() ? t.regionName(region->second)
                                                                  : QString::fromStdString(r.id);
            const QString mark =
                syntheticRegions.count(r.id) != 0 ? QStringLiteral(" *") : QString();
            table.rows.push_back({r.rank > 0 ? QString::number(r.rank) : QStringLiteral("\u2013"),
                                  name + mark, t.number(r.score, 2),
                                  r.rankLow > 0
                                      ? QStringLiteral("%1–%2").arg(r.rankLow).arg(r.rankHigh)
                                      : QStringLiteral("\u2013")});
            chart.categories.push_back(name);
            chart.series.front().values.push_back(r.score);
            if (r.rankLow > 0) {
                intervals.categories.push_back(name);
                intervals.series[0].values.push_back(r.rankLow);
                intervals.series[1].values.push_back(r.rankHigh);
                intervals.series[2].values.push_back(r.rank);
            }
        }
        table.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                  "Source: indicator values of the project "
                                                  "(latest year each); rrw composite index, {1} "
                                                  "samples. * uses synthetic demo values."),
                                {QString::number(ctx.options.samples)});
        s.blocks.emplace_back(std::move(table));
        if (id == "all_hazards") {
            s.blocks.emplace_back(std::move(chart));
            if (!intervals.categories.empty()) {
                s.blocks.emplace_back(std::move(intervals));
            }
            if (!result.regions.empty() && result.regions.front().rank == 1) {
                for (const Paragraph& p : t.paragraphs(
                         QT_TRANSLATE_NOOP("rrw_report",
                                           "Highest all-hazards risk: {1} (score {2}, rank "
                                           "interval {3}–{4})."),
                         [&](Lang lang) {
                             const auto& top = result.regions.front();
                             const auto region = ctx.regionByCode.find(top.id);
                             return QStringList{
                                 region != ctx.regionByCode.end() ? t.regionName(region->second)
                                                                  : QString::fromStdString(top.id),
                                 t.number(top.score, 2, lang), QString::number(top.rankLow),
                                 QString::number(top.rankHigh)};
                         })) {
                    ctx.summary.push_back(p);
                }
            }
        }
    }
    return s;
}

Section bbkSection(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "BBK risk matrix"));
    append(s.blocks, t.paragraphs(QT_TRANSLATE_NOOP(
                         "rrw_report",
                         "Scenarios placed by likelihood (A very unlikely … E very likely) and "
                         "extent (1 insignificant … 5 catastrophic) after the BBK method for "
                         "risk analysis in civil protection (2010); the extent is the rounded "
                         "mean of the five damage parameters.")));
    const auto stored = store::listBbkScenarios(ctx.project);
    std::vector<analysis::BbkScenario> scenarios;
    for (const auto& st : stored) {
        scenarios.push_back(st.scenario);
    }
    std::map<std::pair<int, int>, QStringList> cells;
    Table list;
    list.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "No.")),
                   t.label(QT_TRANSLATE_NOOP("rrw_report", "Scenario")),
                   t.label(QT_TRANSLATE_NOOP("rrw_report", "Matrix cell")),
                   t.label(QT_TRANSLATE_NOOP("rrw_report", "Risk")),
                   t.label(QT_TRANSLATE_NOOP("rrw_report", "Assessment"))};
    list.numeric = {true, false, false, false, false};
    list.widths = {0.5, 3, 1, 1.4, 3};
    int highCount = 0;
    QStringList high;
    int no = 0;
    for (const auto& sc : scenarios) {
        ++no;
        const analysis::BbkPlacement p = analysis::placeScenario(sc);
        cells[{analysis::likelihoodIndex(p.likelihood), p.extentClass}] << QString::number(no);
        const QString name = t.pick(sc.nameDe, sc.nameCs, sc.nameEn);
        list.rows.push_back({QString::number(no), name,
                             QString::fromStdString(analysis::likelihoodLetter(p.likelihood)) +
                                 QLatin1Char('/') + QString::number(p.extentClass),
                             t.label(levelKey(p.level)) + QStringLiteral(" (%1)").arg(p.riskScore),
                             QString::fromStdString(sc.source)});
        if (p.level == "high" || p.level == "very_high") {
            ++highCount;
            high << name;
        }
    }
    // The matrix: likelihood E (top) to A, extent 1 to 5; each cell its risk band and the
    // numbers of the scenarios in it.
    Table matrix;
    matrix.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Likelihood"))};
    for (int e = 1; e <= 5; ++e) {
        matrix.header.push_back(QString::number(e) + QLatin1Char('\n') + t.label(extentKey(e)));
    }
    matrix.widths = {1.6, 1, 1, 1, 1, 1};
    for (int l = 5; l >= 1; --l) {
        std::vector<QString> row{QString(QChar(QLatin1Char(static_cast<char>('A' + l - 1)))) +
                                 QStringLiteral(" \u2013 ") + t.label(likelihoodKey(l))};
        for (int e = 1; e <= 5; ++e) {
            const QString level = t.label(levelKey(analysis::riskLevel(l * e)));
            const auto it = cells.find({l, e});
            row.push_back(it != cells.end()
                              ? QStringLiteral("\u25a0 ") + it->second.join(QStringLiteral(", ")) +
                                    QLatin1Char('\n') + level
                              : level);
        }
        matrix.rows.push_back(row);
    }
    matrix.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                               "Risk matrix: \u25a0 and the numbers of the "
                                               "scenarios (table below) in their cells; each "
                                               "cell's risk band below them."));
    s.blocks.emplace_back(std::move(matrix));
    list.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                             "Source: BBK scenarios of the project with their "
                                             "assessments"));
    s.blocks.emplace_back(std::move(list));
    for (const Paragraph& p : t.paragraphs(
             QT_TRANSLATE_NOOP("rrw_report",
                               "{1} of {2} BBK scenarios fall into the high or very high risk "
                               "band: {3}."),
             [&](Lang) {
                 return QStringList{
                     QString::number(highCount), QString::number(scenarios.size()),
                     high.isEmpty() ? QStringLiteral("\u2013") : high.join(QStringLiteral(", "))};
             })) {
        ctx.summary.push_back(p);
    }
    return s;
}

}  // namespace rrw::report
