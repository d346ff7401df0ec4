#include "run_comparison.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>
#include <map>

#include "analysis/scenario/run_compare.h"
#include "core/error.h"
#include "map_document.h"
#include "production_chart.h"
#include "render/map_content.h"
#include "result_map.h"
#include "risk_texts.h"
#include "run_catalog.h"
#include "scenario_maps.h"
#include "store/region_repository.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr const char* kJobsTitle = QT_TRANSLATE_NOOP("rrw", "Jobs at risk: {1}");
constexpr const char* kJobsLegend = QT_TRANSLATE_NOOP("rrw", "Jobs at risk (persons)");
constexpr const char* kDifferenceLegend = QT_TRANSLATE_NOOP("rrw", "Jobs at risk, B − A (persons)");
constexpr const char* kDifferenceTitle =
    QT_TRANSLATE_NOOP("rrw", "Jobs at risk, difference B − A: {1}");

double valueOf(const nlohmann::json& row, const char* field, const char* which) {
    const auto& v = row.at(field).at(which);
    return v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

std::shared_ptr<const render::MapContent> contentOf(store::Project& project,
                                                    const ResultMapSpec& spec) {
    return std::make_shared<const render::MapContent>(project, spec.style, nullptr, spec.joins);
}

}  // namespace

RunComparison::RunComparison(MapDocument& document, RunCatalog& catalog,
                             std::shared_ptr<const render::MapTexts> texts, QWidget* parent)
    : QWidget(parent),
      document_(document),
      catalog_(catalog),
      texts_(std::move(texts)),
      aLabel_(new QLabel(this)),
      bLabel_(new QLabel(this)),
      a_(new QComboBox(this)),
      b_(new QComboBox(this)),
      swap_(new QPushButton(this)),
      summary_(new QLabel(this)),
      views_(new QTabWidget(this)),
      mapA_(new ResultMap(texts_, this)),
      mapB_(new ResultMap(texts_, this)),
      difference_(new ResultMap(texts_, this)),
      table_(new QTableWidget(0, 11, this)),
      chart_(new ProductionChart(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* choose = new QHBoxLayout();
    aLabel_->setBuddy(a_);
    bLabel_->setBuddy(b_);
    a_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    b_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    a_->setMinimumContentsLength(24);
    b_->setMinimumContentsLength(24);
    choose->addWidget(aLabel_);
    choose->addWidget(a_, 1);
    choose->addWidget(bLabel_);
    choose->addWidget(b_, 1);
    choose->addWidget(swap_);
    layout->addLayout(choose);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    auto* side = new QSplitter(Qt::Horizontal, this);
    side->addWidget(mapA_);
    side->addWidget(mapB_);
    side->setChildrenCollapsible(false);
    views_->addTab(side, QString());
    views_->addTab(difference_, QString());
    views_->addTab(table_, QString());
    views_->addTab(chart_, QString());
    layout->addWidget(views_, 1);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto changed = [this] {
        if (!filling_) {
            refresh();
        }
    };
    connect(a_, &QComboBox::currentIndexChanged, this, changed);
    connect(b_, &QComboBox::currentIndexChanged, this, changed);
    connect(swap_, &QPushButton::clicked, this, [this] {
        const QVariant a = a_->currentData();
        filling_ = true;
        a_->setCurrentIndex(a_->findData(b_->currentData()));
        b_->setCurrentIndex(b_->findData(a));
        filling_ = false;
        refresh();
    });
    retranslate();
}

void RunComparison::reload() {
    const QVariant a = a_->currentData();
    const QVariant b = b_->currentData();
    filling_ = true;
    a_->clear();
    b_->clear();
    for (const auto& run : catalog_.runs()) {
        const QString label = catalog_.label(run, language_.primary);
        a_->addItem(label, QVariant::fromValue<qint64>(run.id));
        b_->addItem(label, QVariant::fromValue<qint64>(run.id));
    }
    const int n = a_->count();
    a_->setCurrentIndex(a.isValid() && a_->findData(a) >= 0 ? a_->findData(a) : std::max(0, n - 2));
    b_->setCurrentIndex(b.isValid() && b_->findData(b) >= 0 ? b_->findData(b) : n - 1);
    filling_ = false;
    refresh();
}

void RunComparison::compare(std::int64_t a, std::int64_t b) {
    filling_ = true;
    a_->setCurrentIndex(a_->findData(QVariant::fromValue<qint64>(a)));
    b_->setCurrentIndex(b_->findData(QVariant::fromValue<qint64>(b)));
    filling_ = false;
    refresh();
}

void RunComparison::languageChanged(const render::MapLanguage& language) {
    language_ = language;
    for (auto* map : {mapA_, mapB_, difference_}) {
        map->setLanguage(language);
    }
    if (document_.isOpen()) {
        reload();
    }
}

void RunComparison::clearViews(const QString& message) {
    comparison_ = nlohmann::json();
    summary_->setText(message);
    for (auto* map : {mapA_, mapB_, difference_}) {
        map->clear(message);
    }
    table_->setRowCount(0);
    chart_->setSeries(QString(), {}, QString());
}

void RunComparison::refresh() {
    if (!document_.isOpen() || a_->count() < 2) {
        clearViews(tr("Run at least two scenarios to compare them."));
        return;
    }
    const std::int64_t a = a_->currentData().toLongLong();
    const std::int64_t b = b_->currentData().toLongLong();
    if (a == b) {
        clearViews(tr("Choose two different runs."));
        return;
    }
    try {
        store::Project& project = document_.project();
        const nlohmann::json& ra = catalog_.result(project, a);
        const nlohmann::json& rb = catalog_.result(project, b);
        comparison_ = analysis::compareSupplyResults(ra, rb);
        showMaps(ra, rb);
        fillTable();
        fillChart(ra, rb);
    } catch (const Error& e) {
        clearViews(translatedError(e));
        return;
    }
    const auto& t = comparison_.at("total");
    const double loss = valueOf(t, "loss_value", "diff");
    const double jobs = valueOf(t, "jobs_at_risk", "diff");
    auto num = [&](double v) { return RiskTexts::number(std::abs(v), language_, 0); };
    QString text = loss <= 0 ? tr("Run B loses %1 EUR less production than run A").arg(num(loss))
                             : tr("Run B loses %1 EUR more production than run A").arg(num(loss));
    text += QStringLiteral("; ") + (jobs <= 0 ? tr("%1 fewer jobs at risk.").arg(num(jobs))
                                              : tr("%1 more jobs at risk.").arg(num(jobs)));
    if (!comparison_.value("same_network", true)) {
        text += QStringLiteral(" ") + tr("The two runs used different supply networks.");
    }
    summary_->setText(text);
}

void RunComparison::showMaps(const nlohmann::json& ra, const nlohmann::json& rb) {
    store::Project& project = document_.project();
    const ResultLayers layers = resultLayers(project);
    if (layers.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project has no municipality layers"),
                        {project.path()});
    }
    const auto& runA = catalog_.full(project, a_->currentData().toLongLong());
    const auto& runB = catalog_.full(project, b_->currentData().toLongLong());
    const std::vector<double> breaks = niceBreaks(maxMunicipalValue({&ra, &rb}, "jobs_at_risk"));
    auto note = [&](const store::ScenarioRun& run) {
        return catalog_.note(run, language_, *texts_).toStdString();
    };
    mapA_->setContent(contentOf(
        project, jobsAtRiskMap(ra, layers, breaks, catalog_.mapTitle(kJobsTitle, runA, *texts_),
                               RunCatalog::mapText(kJobsLegend, *texts_), "A: " + note(runA))));
    mapB_->setContent(contentOf(
        project, jobsAtRiskMap(rb, layers, breaks, catalog_.mapTitle(kJobsTitle, runB, *texts_),
                               RunCatalog::mapText(kJobsLegend, *texts_), "B: " + note(runB))));
    MapTitle title = catalog_.mapTitle(kDifferenceTitle, runB, *texts_);
    difference_->setContent(
        contentOf(project, jobsDifferenceMap(comparison_, layers, title,
                                             RunCatalog::mapText(kDifferenceLegend, *texts_),
                                             "A: " + note(runA) + " \u00b7 B: " + note(runB))));
}

void RunComparison::fillTable() {
    std::map<std::string, store::Region> regions;
    for (auto& r : store::regionsAt(document_.project(), "district")) {
        regions.emplace(r.code, std::move(r));
    }
    std::vector<std::pair<QString, const nlohmann::json*>> rows;
    rows.emplace_back(tr("Whole region"), &comparison_.at("total"));
    for (const auto& c : comparison_.at("countries")) {
        const std::string key = c.at("key").get<std::string>();
        rows.emplace_back(key == "DE"   ? tr("German side")
                          : key == "CZ" ? tr("Czech side")
                                        : QString::fromStdString(key),
                          &c);
    }
    for (const auto& r : comparison_.at("regions")) {
        const auto it = regions.find(r.at("key").get<std::string>());
        rows.emplace_back(it == regions.end()
                              ? QString::fromStdString(r.at("key").get<std::string>())
                              : RiskTexts::regionName(it->second, language_),
                          &r);
    }
    table_->setRowCount(static_cast<int>(rows.size()));
    const std::pair<const char*, int> columns[] = {
        {"loss_value", 0}, {"jobs_at_risk", 1}, {"tts_days", 0}, {"ttr_days", 0}};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = static_cast<int>(i);
        auto* name = new QTableWidgetItem(rows[i].first);
        if (i < 1 + comparison_.at("countries").size()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        table_->setItem(row, 0, name);
        int col = 1;
        for (const auto& [field, decimals] : columns) {
            const bool withDiff =
                std::string(field) == "loss_value" || std::string(field) == "jobs_at_risk";
            for (const char* which : {"a", "b", "diff"}) {
                if (!withDiff && std::string(which) == "diff") {
                    continue;
                }
                const double v = valueOf(*rows[i].second, field, which);
                auto* item = new QTableWidgetItem(RiskTexts::number(v, language_, decimals));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (std::string(which) == "diff" && std::isfinite(v) && std::abs(v) > 1e-9) {
                    item->setForeground(v < 0 ? QColor(33, 102, 172) : QColor(178, 24, 43));
                }
                table_->setItem(row, col++, item);
            }
        }
    }
}

void RunComparison::fillChart(const nlohmann::json& ra, const nlohmann::json& rb) {
    std::vector<ProductionChart::Series> series;
    series.push_back(
        {tr("Run A"), ProductionChart::productionPercent(ra), QColor(90, 90, 90), false});
    series.push_back(
        {tr("Run B"), ProductionChart::productionPercent(rb), QColor(215, 48, 31), true});
    const auto& runA = catalog_.full(document_.project(), a_->currentData().toLongLong());
    const auto& runB = catalog_.full(document_.project(), b_->currentData().toLongLong());
    chart_->setAxisTitles(tr("Day"), tr("Production (% of normal)"));
    chart_->setSeries(tr("Regional production, runs A and B"), std::move(series),
                      QStringLiteral("A: ") + catalog_.note(runA, language_, *texts_) +
                          QStringLiteral(" \u00b7 B: ") + catalog_.note(runB, language_, *texts_));
}

void RunComparison::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RunComparison::retranslate() {
    aLabel_->setText(tr("Run &A:"));
    bLabel_->setText(tr("Run &B:"));
    swap_->setText(tr("S&wap"));
    views_->setTabText(0, tr("Side by side"));
    views_->setTabText(1, tr("Difference B − A"));
    views_->setTabText(2, tr("Table"));
    views_->setTabText(3, tr("Production"));
    table_->setHorizontalHeaderLabels(
        {tr("Area"), tr("Loss A (EUR)"), tr("Loss B (EUR)"), tr("Loss B − A"), tr("Jobs at risk A"),
         tr("Jobs at risk B"), tr("Jobs B − A"), tr("Time to survive A (days)"),
         tr("Time to survive B (days)"), tr("Time to recover A (days)"),
         tr("Time to recover B (days)")});
    if (document_.isOpen()) {
        refresh();
    }
}

}  // namespace rrw::ui
