// Planning sections: the SWOT matrix per region with its evidence, the TOWS strategies with
// their measures, and the measures register (owner, status, review date, linked SWOT items and
// risks) with the partner organisations and their roles.

#include <QDate>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "report/sections.h"
#include "store/bbk_repository.h"
#include "store/indicator_repository.h"
#include "store/measure_links.h"
#include "store/measure_repository.h"
#include "store/organisation_repository.h"
#include "store/scenario_repository.h"
#include "store/swot_repository.h"
#include "store/tows_repository.h"

namespace rrw::report {

namespace {

/// A text given in German and Czech: one language, or both on two lines when bilingual.
QString bothTexts(const ReportTexts& t, const std::string& de, const std::string& cs) {
    if (t.language().bilingual && !de.empty() && !cs.empty() && de != cs) {
        return QString::fromStdString(de) + QLatin1Char('\n') + QString::fromStdString(cs);
    }
    return t.pick(de, cs, "");
}

const char* categoryKey(char c) {
    switch (c) {
        case 'S':
            return QT_TRANSLATE_NOOP("rrw_report", "Strengths");
        case 'W':
            return QT_TRANSLATE_NOOP("rrw_report", "Weaknesses");
        case 'O':
            return QT_TRANSLATE_NOOP("rrw_report", "Opportunities");
        default:
            break;
    }
    return QT_TRANSLATE_NOOP("rrw_report", "Threats");
}

const char* evidenceKey(const std::string& kind) {
    if (kind == "indicator") {
        return QT_TRANSLATE_NOOP("rrw_report", "indicator");
    }
    if (kind == "layer") {
        return QT_TRANSLATE_NOOP("rrw_report", "map layer");
    }
    if (kind == "index_run") {
        return QT_TRANSLATE_NOOP("rrw_report", "index run");
    }
    if (kind == "bbk_scenario") {
        return QT_TRANSLATE_NOOP("rrw_report", "BBK scenario");
    }
    return QT_TRANSLATE_NOOP("rrw_report", "source");
}

const char* statusKey(const std::string& status) {
    if (status == "planned") {
        return QT_TRANSLATE_NOOP("rrw_report", "planned");
    }
    if (status == "in_progress") {
        return QT_TRANSLATE_NOOP("rrw_report", "in progress");
    }
    if (status == "done") {
        return QT_TRANSLATE_NOOP("rrw_report", "done");
    }
    return QT_TRANSLATE_NOOP("rrw_report", "idea");
}

/// "• text (importance 4)" lines of one quadrant.
QString quadrant(const ReportTexts& t, const std::vector<const store::SwotItem*>& items) {
    QStringList lines;
    for (const auto* item : items) {
        lines << QStringLiteral("\u2022 ") + bothTexts(t, item->textDe, item->textCs) +
                     QStringLiteral(" (%1)").arg(item->importance);
    }
    return lines.join(QLatin1Char('\n'));
}

Section swotMatrices(BuildContext& ctx, const std::vector<store::SwotItem>& items) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "SWOT analysis"));
    append(s.blocks, t.paragraphs(QT_TRANSLATE_NOOP(
                         "rrw_report",
                         "Strengths and weaknesses describe the region itself, opportunities "
                         "and threats its environment. Each item shows its importance from 1 "
                         "(minor) to 5 (decisive); the evidence behind the items follows each "
                         "matrix.")));
    // Regions in report order, the whole cross-border area first.
    std::vector<std::string> order{""};
    for (const auto& r : ctx.districts) {
        order.push_back(r.code);
    }
    for (const auto& item : items) {
        if (std::find(order.begin(), order.end(), item.regionCode) == order.end()) {
            order.push_back(item.regionCode);
        }
    }
    int withItems = 0;
    for (const std::string& code : order) {
        std::map<char, std::vector<const store::SwotItem*>> byCategory;
        for (const auto& item : items) {
            if (item.regionCode == code) {
                byCategory[item.category].push_back(&item);
            }
        }
        if (byCategory.empty()) {
            continue;
        }
        ++withItems;
        const auto region = ctx.regionByCode.find(code);
        s.blocks.emplace_back(Subheading{
            code.empty() ? t.label(QT_TRANSLATE_NOOP("rrw_report", "Whole cross-border region"))
            : region != ctx.regionByCode.end() ? t.regionName(region->second)
                                               : QString::fromStdString(code)});
        for (const auto& pair :
             {std::pair<char, char>{'S', 'W'}, std::pair<char, char>{'O', 'T'}}) {
            Table q;
            q.header = {t.label(categoryKey(pair.first)), t.label(categoryKey(pair.second))};
            q.rows.push_back(
                {quadrant(t, byCategory[pair.first]), quadrant(t, byCategory[pair.second])});
            q.widths = {1, 1};
            s.blocks.emplace_back(std::move(q));
        }
        Table evidence;
        evidence.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Item")),
                           t.label(QT_TRANSLATE_NOOP("rrw_report", "Evidence")),
                           t.label(QT_TRANSLATE_NOOP("rrw_report", "Reference")),
                           t.label(QT_TRANSLATE_NOOP("rrw_report", "Note"))};
        evidence.widths = {3, 1.2, 2, 2};
        for (const char c : {'S', 'W', 'O', 'T'}) {
            for (const auto* item : byCategory[c]) {
                for (const auto& e : item->evidence) {
                    QString ref = QString::fromStdString(e.ref);
                    if (e.kind == "indicator") {
                        if (const auto* ind = ctx.indicator(e.ref)) {
                            ref = t.pick(ind->nameDe, ind->nameCs, ind->nameEn) +
                                  QStringLiteral(" (") + QString::fromStdString(ind->source) +
                                  QStringLiteral(", ") + QString::fromStdString(ind->year) +
                                  QStringLiteral(")");
                        }
                    }
                    evidence.rows.push_back({QString(QLatin1Char(c)) + QStringLiteral(": ") +
                                                 bothTexts(t, item->textDe, item->textCs),
                                             t.label(evidenceKey(e.kind)), ref,
                                             QString::fromStdString(e.note)});
                }
            }
        }
        evidence.caption = t.label(QT_TRANSLATE_NOOP("rrw_report", "Evidence of the SWOT items"));
        s.blocks.emplace_back(std::move(evidence));
    }
    if (withItems == 0) {
        append(s.blocks, t.paragraphs(QT_TRANSLATE_NOOP(
                             "rrw_report", "The SWOT register of this project is empty.")));
    }
    return s;
}

Section towsSection(BuildContext& ctx, const std::vector<store::SwotItem>& items) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "TOWS strategies and measures"));
    append(s.blocks, t.paragraphs(QT_TRANSLATE_NOOP(
                         "rrw_report",
                         "TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use "
                         "strengths to seize opportunities, ST strategies use strengths against "
                         "threats, WO strategies overcome weaknesses through opportunities and WT "
                         "strategies limit weaknesses and avoid threats.")));
    std::map<std::int64_t, const store::SwotItem*> itemById;
    for (const auto& item : items) {
        itemById[item.id] = &item;
    }
    std::map<std::string, store::Measure> measureById;
    for (auto& m : store::listMeasures(ctx.project)) {
        measureById[m.id] = m;
    }
    Table table;
    table.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Type")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "Strategy")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "SWOT items")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "Measures"))};
    table.widths = {0.6, 3, 2.5, 2.5};
    const auto strategies = store::listTowsStrategies(ctx.project);
    for (const auto& st : strategies) {
        QString strategy = bothTexts(t, st.titleDe, st.titleCs);
        const QString text = bothTexts(t, st.textDe, st.textCs);
        if (!text.isEmpty()) {
            strategy += QLatin1Char('\n') + text;
        }
        QStringList linked;
        for (const auto id : st.itemIds) {
            const auto it = itemById.find(id);
            if (it != itemById.end()) {
                linked << QString(QLatin1Char(it->second->category)) + QStringLiteral(": ") +
                              t.pick(it->second->textDe, it->second->textCs, "");
            }
        }
        QStringList measures;
        for (const auto& id : st.measureIds) {
            const auto it = measureById.find(id);
            measures << (it != measureById.end()
                             ? t.pick(it->second.titleDe, it->second.titleCs, it->second.titleEn)
                             : QString::fromStdString(id));
        }
        table.rows.push_back({QString::fromStdString(st.kind), strategy,
                              linked.join(QLatin1Char('\n')), measures.join(QLatin1Char('\n'))});
    }
    s.blocks.emplace_back(std::move(table));
    for (const Paragraph& p : t.paragraphs(
             QT_TRANSLATE_NOOP("rrw_report",
                               "The SWOT register holds {1} items ({2} strengths, {3} "
                               "weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies "
                               "link them to measures."),
             [&](Lang) {
                 const auto count = [&](char c) {
                     return QString::number(
                         std::count_if(items.begin(), items.end(),
                                       [c](const store::SwotItem& i) { return i.category == c; }));
                 };
                 return QStringList{QString::number(items.size()),
                                    count('S'),
                                    count('W'),
                                    count('O'),
                                    count('T'),
                                    QString::number(strategies.size())};
             })) {
        ctx.summary.push_back(p);
    }
    return s;
}

/// A date as the report's (first) language writes it: 31.03.2027, 31. 3. 2027, 2027-03-31.
QString dateText(const ReportTexts& t, const QDate& date) {
    switch (t.language().primary) {
        case Lang::De:
            return date.toString(QStringLiteral("dd.MM.yyyy"));
        case Lang::Cs:
            return date.toString(QStringLiteral("d. M. yyyy"));
        default:
            break;
    }
    return date.toString(Qt::ISODate);
}

/// The risks a measure can link, named in the report's language: index models by their title,
/// BBK scenarios and supply-chain scenarios by their names.
std::map<store::MeasureRisk, QString> riskNames(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    std::map<store::MeasureRisk, QString> out;
    for (const std::string& id : store::indexModelIds(ctx.project)) {
        QString name = QString::fromStdString(id);
        if (const auto text = store::readIndexModel(ctx.project, id)) {
            const auto doc = nlohmann::json::parse(*text, nullptr, false);
            const auto field = [&](const char* key) {
                return doc.is_object() && doc.contains(key) && doc.at(key).is_string()
                           ? doc.at(key).get<std::string>()
                           : std::string();
            };
            const QString title = t.pick(field("title_de"), field("title_cs"), field("title_en"));
            if (!title.isEmpty()) {
                name = title;
            }
        }
        out[{"hazard_model", id}] = name;
    }
    for (const auto& b : store::listBbkScenarios(ctx.project)) {
        out[{"bbk_scenario", b.scenario.id}] =
            t.pick(b.scenario.nameDe, b.scenario.nameCs, b.scenario.nameEn);
    }
    for (const auto& sc : store::listScenarios(ctx.project)) {
        const QString title = t.pick(sc.titleDe, sc.titleCs, "");
        out[{"supply_scenario", sc.name}] =
            title.isEmpty() ? QString::fromStdString(sc.name) : title;
    }
    return out;
}

}  // namespace

std::vector<Section> swotSections(BuildContext& ctx) {
    const auto items = store::listSwotItems(ctx.project);
    std::vector<Section> out;
    out.push_back(swotMatrices(ctx, items));
    out.push_back(towsSection(ctx, items));
    return out;
}

Section measuresSection(BuildContext& ctx) {
    const ReportTexts& t = ctx.texts;
    Section s;
    s.heading = t.label(QT_TRANSLATE_NOOP("rrw_report", "Measures"));
    append(s.blocks,
           t.paragraphs(QT_TRANSLATE_NOOP(
               "rrw_report",
               "The measures register: each measure with the organisation responsible for it, "
               "its status and the date of its next review, and the SWOT items and risks it "
               "answers. A review date before the date of this report is marked as overdue "
               "unless the measure is done.")));
    QDate today = QDate::fromString(QString::fromStdString(ctx.options.date), Qt::ISODate);
    if (!today.isValid()) {
        today = QDate::currentDate();
    }
    std::map<std::string, store::Organisation> organisations;
    for (auto& o : store::listOrganisations(ctx.project)) {
        organisations.emplace(o.id, std::move(o));
    }
    std::map<std::int64_t, store::SwotItem> items;
    for (auto& item : store::listSwotItems(ctx.project)) {
        items.emplace(item.id, std::move(item));
    }
    const auto links = store::allMeasureLinks(ctx.project);
    const auto risks = riskNames(ctx);
    Table table;
    table.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Measure")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "Owner")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "Status")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "Review date")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "SWOT items")),
                    t.label(QT_TRANSLATE_NOOP("rrw_report", "Risks"))};
    table.widths = {3.4, 1.6, 1, 1.1, 2.2, 1.9};
    int overdue = 0;
    for (const auto& m : store::listMeasures(ctx.project)) {
        QString title = t.pick(m.titleDe, m.titleCs, m.titleEn);
        const QString description = t.pick(m.descriptionDe, m.descriptionCs, m.descriptionEn);
        if (!description.isEmpty()) {
            title += QLatin1Char('\n') + description;
        }
        QString owner = QStringLiteral("\u2013");
        if (const auto it = organisations.find(m.ownerId); it != organisations.end()) {
            owner = t.pick(it->second.nameDe, it->second.nameCs, it->second.nameEn);
        } else if (!m.ownerId.empty()) {
            owner = QString::fromStdString(m.ownerId);
        }
        QString review = QStringLiteral("\u2013");
        const QDate date = QDate::fromString(QString::fromStdString(m.reviewDate), Qt::ISODate);
        if (date.isValid()) {
            review = dateText(t, date);
            if (date < today && m.status != "done") {
                review += QLatin1Char('\n') + t.label(QT_TRANSLATE_NOOP("rrw_report", "overdue"));
                ++overdue;
            }
        }
        QStringList linkedItems;
        QStringList linkedRisks;
        if (const auto it = links.find(m.id); it != links.end()) {
            for (const auto id : it->second.swotItemIds) {
                if (const auto item = items.find(id); item != items.end()) {
                    linkedItems << QString(QLatin1Char(item->second.category)) +
                                       QStringLiteral(": ") +
                                       t.pick(item->second.textDe, item->second.textCs, "");
                }
            }
            for (const auto& risk : it->second.risks) {
                const auto name = risks.find(risk);
                linkedRisks << (name != risks.end()
                                    ? name->second
                                    : QString::fromStdString(store::formatMeasureRisk(risk)));
            }
        }
        table.rows.push_back({title, owner, t.label(statusKey(m.status)), review,
                              linkedItems.join(QLatin1Char('\n')),
                              linkedRisks.join(QLatin1Char('\n'))});
    }
    table.caption = t.label(QT_TRANSLATE_NOOP("rrw_report",
                                              "Source: measures register of the project "
                                              "(rrw_measure, rrw_organisation)"));
    s.blocks.emplace_back(std::move(table));
    if (overdue > 0) {
        append(s.blocks,
               t.paragraphs(
                   QT_TRANSLATE_NOOP("rrw_report", "{1} measures are overdue for their review."),
                   [&](Lang) { return QStringList{QString::number(overdue)}; }));
    }
    if (!organisations.empty()) {
        s.blocks.emplace_back(Subheading{t.label(QT_TRANSLATE_NOOP("rrw_report", "Actors"))});
        Table actors;
        actors.header = {t.label(QT_TRANSLATE_NOOP("rrw_report", "Organisation")),
                         t.label(QT_TRANSLATE_NOOP("rrw_report", "Role in the programme"))};
        actors.widths = {2, 3};
        for (const auto& [id, o] : organisations) {
            QString name = t.pick(o.nameDe, o.nameCs, o.nameEn);
            if (!o.shortName.empty() && !name.contains(QString::fromStdString(o.shortName))) {
                name += QStringLiteral(" (%1)").arg(QString::fromStdString(o.shortName));
            }
            actors.rows.push_back({name, t.pick(o.roleDe, o.roleCs, o.roleEn)});
        }
        actors.caption = t.label(QT_TRANSLATE_NOOP(
            "rrw_report", "Source: partner organisations of the project (rrw_organisation)"));
        s.blocks.emplace_back(std::move(actors));
    }
    return s;
}

}  // namespace rrw::report
