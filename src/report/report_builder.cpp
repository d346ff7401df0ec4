// Templates: which sections a report has, the title page and the executive summary
// (docs/REPORTS.md). The sections themselves are built in sections_*.cpp.

#include "report/report_builder.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>

#include "core/error.h"
#include "core/feedback.h"
#include "render/style.h"
#include "report/sections.h"

namespace rrw::report {

bool parseTemplate(const std::string& text, Template& out) {
    if (text == "swot") {
        out = Template::Swot;
    } else if (text == "risk") {
        out = Template::Risk;
    } else if (text == "scenario") {
        out = Template::Scenario;
    } else if (text == "full") {
        out = Template::Full;
    } else {
        return false;
    }
    return true;
}

const store::Indicator* BuildContext::indicator(const std::string& id) const {
    for (const auto& i : indicators) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

Trilingual trilingual(const ReportTexts& texts, const char* key, const QStringList& args) {
    return {texts.text(Lang::De, key, args).toStdString(),
            texts.text(Lang::Cs, key, args).toStdString(),
            texts.text(Lang::En, key, args).toStdString()};
}

Block choropleth(BuildContext& ctx, const ChoroplethSpec& spec, const QString& caption) {
    const std::string field = "rrw_report_value";
    std::vector<std::string> layers;
    for (const auto& r : ctx.districts) {
        if (!r.layer.empty() && std::find(layers.begin(), layers.end(), r.layer) == layers.end()) {
            layers.push_back(r.layer);
        }
    }
    // No title on the map itself: the figure caption names it, the legend heading the values.
    render::MapStyle style;
    style.background = "#f4f6f8";
    render::LayerStyle s;
    s.layers = layers;
    s.type = render::SymbolType::Graduated;
    s.field = field;
    if (spec.breaks.size() >= 2) {
        s.method = render::ClassMethod::Manual;
        s.breaks = spec.breaks;
        s.classes = static_cast<int>(spec.breaks.size()) - 1;
    } else {
        s.method = render::ClassMethod::Quantiles;
        s.classes = std::clamp(static_cast<int>(spec.values.size()) / 2, 2, 5);
    }
    s.ramp = spec.ramp;
    s.stroke = "#4d4d4d";
    s.strokeWidthMm = 0.3;
    s.titleDe = spec.titleDe;
    s.titleCs = spec.titleCs;
    s.titleEn = spec.titleEn;
    s.unitDe = spec.unitDe;
    s.unitCs = spec.unitCs;
    s.unitEn = spec.unitEn;
    s.sourceNote = spec.sourceNote;
    // District names, so that a reader finds the districts of the tables on the map.
    render::LabelStyle label;
    label.priorityField = "population";
    label.sizePt = 6.5;
    s.label = label;
    style.layers.push_back(s);
    for (const auto& info : store::listLayers(ctx.project)) {
        if (info.name == "border_de_cz") {
            render::LayerStyle border;
            border.layers = {info.name};
            border.stroke = "#b2182b";
            border.strokeWidthMm = 0.8;
            border.inLegend = false;
            style.layers.push_back(border);
        }
    }
    std::vector<render::ValueJoin> joins;
    for (const auto& layer : layers) {
        joins.push_back({layer, "code", field, spec.values});
    }
    MapFigure figure;
    try {
        figure.content = std::make_shared<const render::MapContent>(
            ctx.project, style, ctx.baseContent.get(), std::move(joins));
    } catch (const Error& e) {
        const Lang lang = ctx.texts.language().primary;
        const QString why = QString::fromStdString(
            formatMessage(ctx.texts.engineText(lang, e.key().c_str()).toStdString(), e.args()));
        Paragraph note;
        note.text = ctx.texts.label(QT_TRANSLATE_NOOP("rrw_report", "Map not drawn")) +
                    QStringLiteral(" (") + caption + QStringLiteral("): ") + why;
        note.note = true;
        return note;
    }
    if (!ctx.baseContent) {
        ctx.baseContent = figure.content;
    }
    figure.aspect = 0.78;
    figure.caption = caption;
    ++ctx.maps;
    return figure;
}

namespace {

const char* templateTitle(Template kind) {
    switch (kind) {
        case Template::Swot:
            return QT_TRANSLATE_NOOP("rrw_report", "SWOT and TOWS report");
        case Template::Risk:
            return QT_TRANSLATE_NOOP("rrw_report", "Risk report");
        case Template::Scenario:
            return QT_TRANSLATE_NOOP("rrw_report", "Supply-chain scenario report");
        case Template::Full:
            break;
    }
    return QT_TRANSLATE_NOOP("rrw_report", "Regional risk and resilience report");
}

TitlePage titlePage(const BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    // "Label: data"; in a bilingual report the label in both languages, the data once.
    const auto line = [&](const char* key, const QString& data) {
        return t.label(key) + QStringLiteral(": ") + data;
    };
    TitlePage page;
    page.title = t.label(templateTitle(ctx.options.kind));
    page.subtitle = t.label(QT_TRANSLATE_NOOP("rrw_report", "Cross-border region"));
    page.lines.push_back(line(QT_TRANSLATE_NOOP("rrw_report", "Project"),
                              QFileInfo(QString::fromStdString(ctx.project.path())).fileName()));
    QStringList de;
    QStringList cs;
    for (const auto& r : ctx.districts) {
        (r.country == "CZ" ? cs : de) << t.regionName(r);
    }
    if (!de.isEmpty()) {
        page.lines.push_back(
            line(QT_TRANSLATE_NOOP("rrw_report", "Germany"), de.join(QStringLiteral(", "))));
    }
    if (!cs.isEmpty()) {
        page.lines.push_back(
            line(QT_TRANSLATE_NOOP("rrw_report", "Czechia"), cs.join(QStringLiteral(", "))));
    }
    QDate date = QDate::fromString(QString::fromStdString(ctx.options.date), Qt::ISODate);
    if (!date.isValid()) {
        date = QDate::currentDate();
    }
    page.lines.push_back(line(QT_TRANSLATE_NOOP("rrw_report", "Date"),
                              t.locale().toString(date, QLocale::LongFormat)));
    if (!ctx.options.organisations.empty()) {
        QStringList orgs;
        for (const auto& o : ctx.options.organisations) {
            orgs << QString::fromStdString(o);
        }
        page.lines.push_back(
            line(QT_TRANSLATE_NOOP("rrw_report", "Prepared by"), orgs.join(QStringLiteral(", "))));
    }
    return page;
}

}  // namespace

Report buildReport(store::Project& project, const ReportOptions& options, Feedback* feedback) {
    const ReportTexts texts(options.language);
    auto mapTexts = std::make_shared<const render::MapTexts>();
    BuildContext ctx{project, options, texts, mapTexts, feedback, {}, {}, {}, {}, {}, 0, {}, false};
    for (const char* country : {"DE", "CZ"}) {
        for (const auto& r : store::regionsAt(project, "district")) {
            if (r.country == country) {
                ctx.districts.push_back(r);
                ctx.regionByCode[r.code] = r;
            }
        }
    }
    if (ctx.districts.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: the project has no districts (Kreise, "
                                          "okresy) to report on"),
                        {project.path()});
    }
    ctx.indicators = store::listIndicators(project);
    ctx.values = store::latestValueRecords(project, "district");
    for (const auto& v : ctx.values) {
        ctx.syntheticData = ctx.syntheticData || v.synthetic;
    }
    const auto step = [&](double progress) {
        if (feedback != nullptr) {
            feedback->throwIfCanceled();
            feedback->setProgress(progress);
        }
    };
    const Template kind = options.kind;
    const bool full = kind == Template::Full;
    std::vector<Section> sections;
    step(0.0);
    if (kind != Template::Scenario) {
        sections.push_back(regionProfiles(ctx));
    }
    if (full || kind == Template::Swot) {
        for (auto& s : swotSections(ctx)) {
            sections.push_back(std::move(s));
        }
    }
    step(0.1);
    if (full || kind == Template::Risk) {
        sections.push_back(riskIndexSection(ctx));
        step(0.4);
        sections.push_back(bbkSection(ctx));
    }
    if (full || kind == Template::Scenario) {
        for (auto& s : scenarioSections(ctx)) {
            sections.push_back(std::move(s));
        }
    }
    step(0.9);
    if (full || kind == Template::Swot || kind == Template::Scenario) {
        sections.push_back(measuresSection(ctx));
    }
    sections.push_back(annexSection(ctx));

    Report report;
    report.language = options.language;
    report.mapTexts = mapTexts;
    report.titlePage = titlePage(ctx);
    if (ctx.syntheticData || kind != Template::Swot) {
        report.titlePage.notice = texts.label(QT_TRANSLATE_NOOP(
            "rrw_report", "Contains synthetic demo data (marked *), not real data."));
    }
    report.shortTitle = report.titlePage.title;
    report.texts.contents = texts.label(QT_TRANSLATE_NOOP("rrw_report", "Contents"));
    report.texts.pageOf =
        texts.text(options.language.primary, QT_TRANSLATE_NOOP("rrw_report", "Page {1} of {2}"));
    report.texts.noEntries = texts.label(QT_TRANSLATE_NOOP("rrw_report", "No entries."));
    Section summary;
    summary.heading = texts.label(QT_TRANSLATE_NOOP("rrw_report", "Executive summary"));
    append(summary.blocks,
           texts.paragraphs(QT_TRANSLATE_NOOP("rrw_report",
                                              "This report covers {1} districts of the "
                                              "cross-border region: {2} German Kreise and {3} "
                                              "Czech okresy."),
                            [&](Lang) {
                                const auto cz = std::count_if(
                                    ctx.districts.begin(), ctx.districts.end(),
                                    [](const store::Region& r) { return r.country == "CZ"; });
                                return QStringList{QString::number(ctx.districts.size()),
                                                   QString::number(ctx.districts.size() - cz),
                                                   QString::number(cz)};
                            }));
    // The sections' sentences, German ones first, then Czech ones, as everywhere.
    for (const Lang lang : texts.languages()) {
        for (const Paragraph& p : ctx.summary) {
            if (!p.lang || *p.lang == lang) {
                summary.blocks.emplace_back(p);
            }
        }
    }
    if (ctx.syntheticData) {
        append(summary.blocks,
               texts.paragraphs(QT_TRANSLATE_NOOP("rrw_report",
                                                  "Numbers marked * rest on synthetic demo values "
                                                  "(no open data exist for them); they show how "
                                                  "the method works, not the real situation."),
                                {}, true));
    }
    report.sections.push_back(std::move(summary));
    for (auto& s : sections) {
        report.sections.push_back(std::move(s));
    }
    step(1.0);
    return report;
}

}  // namespace rrw::report
