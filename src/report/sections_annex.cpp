// The annex: methods and data sources, with the licence and attribution of every dataset the
// project holds (layers from the layer catalog, indicators from the indicator catalog).

#include <set>

#include "report/sections.h"
#include "store/layer_catalog.h"

namespace rrw::report {

Section annexSection(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "Annex: methods and data sources"));
    s.blocks.emplace_back(Subheading{t.label(QT_TRANSLATE_NOOP("rrw_report", "Methods"))});
    const char* const methods[] = {
        QT_TRANSLATE_NOOP("rrw_report",
                          "Composite risk index: indicators are normalised (min–max over the "
                          "districts, direction taken into account), weighted and aggregated "
                          "per group and to one score; ranks come with Monte Carlo rank "
                          "intervals over weights and normalisation (docs/methods/"
                          "composite_index.md)."),
        QT_TRANSLATE_NOOP("rrw_report",
                          "BBK risk matrix: likelihood classes A–E and extent classes 1–5 after "
                          "BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; "
                          "risk score = likelihood index × extent class."),
        QT_TRANSLATE_NOOP("rrw_report",
                          "Supply-chain scenarios: a daily simulation of the firm network with "
                          "inventories, lead times, substitutes and border crossings "
                          "(docs/methods/supply_simulation.md); the firm network is synthetic."),
        QT_TRANSLATE_NOOP("rrw_report",
                          "Confidentiality: results built from firm data are shown only for "
                          "aggregates of at least three firms in which no single firm makes up "
                          "more than 85 % of the value; other cells read \"confidential\" and "
                          "such districts are left blank on maps."),
    };
    for (const char* m : methods) {
        append(s.blocks, t.paragraphs(m));
    }
    s.blocks.emplace_back(Subheading{t.label(QT_TRANSLATE_NOOP("rrw_report", "Map layers"))});
    Table layers;
    layers.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Dataset")),
                     t.label(QT_TRANSLATE_NOOP("rrw_report", "Licence")),
                     t.label(QT_TRANSLATE_NOOP("rrw_report", "Attribution"))};
    layers.widths = {2.5, 2.2, 3};
    for (const auto& info : store::listLayers(ctx.project)) {
        QString title = t.pick(info.titleDe, info.titleCs, info.titleEn);
        if (title.isEmpty()) {
            title = QString::fromStdString(info.name);
        }
        layers.rows.push_back(
            {title + QStringLiteral(" (") + QString::fromStdString(info.name) + QStringLiteral(")"),
             info.licence.empty() ? t.label(QT_TRANSLATE_NOOP("rrw_report", "not stated"))
                                  : QString::fromStdString(info.licence),
             QString::fromStdString(info.attribution)});
    }
    layers.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                               "Source: layer catalog of the project "
                                               "(rrw_layer_metadata); details in docs/DATA.md"));
    s.blocks.emplace_back(std::move(layers));
    s.blocks.emplace_back(Subheading{t.label(QT_TRANSLATE_NOOP("rrw_report", "Indicators"))});
    std::set<std::string> syntheticIds;
    for (const auto& v : ctx.values) {
        if (v.synthetic) {
            syntheticIds.insert(v.indicatorId);
        }
    }
    Table indicators;
    indicators.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Indicator")),
                         t.label(QT_TRANSLATE_NOOP("rrw_report", "Source")),
                         t.label(QT_TRANSLATE_NOOP("rrw_report", "Year"))};
    indicators.widths = {2.5, 4, 1};
    for (const auto& ind : ctx.indicators) {
        indicators.rows.push_back(
            {t.pick(ind.nameDe, ind.nameCs, ind.nameEn) +
                 (syntheticIds.count(ind.id) != 0 ? QStringLiteral(" *") : QString()),
             QString::fromStdString(ind.source), QString::fromStdString(ind.year)});
    }
    indicators.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                                   "Source: indicator catalog of the project. * "
                                                   "some values are synthetic demo values."));
    s.blocks.emplace_back(std::move(indicators));
    append(s.blocks,
           t.paragraphs(QT_TRANSLATE_NOOP("rrw_report",
                                          "The firm network of the supply scenarios is "
                                          "synthetic: generated from real municipal "
                                          "populations, border crossings and sector structure "
                                          "(data/supply/README.md); the firms do not exist."),
                        {}, true));
    return s;
}

}  // namespace rrw::report
