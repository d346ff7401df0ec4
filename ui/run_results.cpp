#include "run_results.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

#include "analysis/scenario/conditions.h"
#include "analysis/scenario/measures.h"
#include "analysis/scenario/scenario.h"
#include "core/error.h"
#include "flow_painter.h"
#include "map_document.h"
#include "measure_ranking.h"
#include "production_chart.h"
#include "render/map_content.h"
#include "result_map.h"
#include "risk_texts.h"
#include "run_catalog.h"
#include "scenario_maps.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr const char* kJobsTitle = QT_TRANSLATE_NOOP("rrw", "Jobs at risk: {1}");
constexpr const char* kJobsLegend = QT_TRANSLATE_NOOP("rrw", "Jobs at risk (persons)");
constexpr const char* kMainMapField = "rrw_jobs_at_risk";

double number(const nlohmann::json& row, const char* key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_number() ? it->get<double>()
                                              : std::numeric_limits<double>::quiet_NaN();
}

const nlohmann::json* countryRow(const nlohmann::json& result, const char* country) {
    for (const auto& c : result.at("countries")) {
        if (c.at("key") == country) {
            return &c;
        }
    }
    return nullptr;
}

}  // namespace

RunResults::RunResults(MapDocument& document, RunCatalog& catalog,
                       std::shared_ptr<const render::MapTexts> texts, QWidget* parent)
    : QWidget(parent),
      document_(document),
      catalog_(catalog),
      texts_(std::move(texts)),
      flows_(std::make_shared<analysis::SupplyFlowSummary>()),
      summary_(new QLabel(this)),
      views_(new QTabWidget(this)),
      jobsMap_(new ResultMap(texts_, this)),
      showOnMap_(new QPushButton(this)),
      production_(new ProductionChart(this)),
      flowMap_(new ResultMap(texts_, this)),
      flowNote_(new QLabel(this)),
      measures_(new MeasureRanking(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary_);
    layout->addWidget(views_, 1);

    auto* jobs = new QWidget(this);
    auto* jobsLayout = new QVBoxLayout(jobs);
    jobsLayout->addWidget(jobsMap_, 1);
    jobsLayout->addWidget(showOnMap_, 0, Qt::AlignRight);
    views_->addTab(jobs, QString());
    views_->addTab(production_, QString());
    auto* flows = new QWidget(this);
    auto* flowsLayout = new QVBoxLayout(flows);
    flowNote_->setWordWrap(true);
    flowsLayout->addWidget(flowMap_, 1);
    flowsLayout->addWidget(flowNote_);
    views_->addTab(flows, QString());
    views_->addTab(measures_, QString());
    showOnMap_->setEnabled(false);
    connect(showOnMap_, &QPushButton::clicked, this, &RunResults::showJobsOnMainMap);
    retranslate();
}

void RunResults::clear(const QString& message) {
    run_ = 0;
    *flows_ = {};
    summary_->setText(message);
    jobsMap_->clear(message);
    flowMap_->clear(message);
    flowNote_->clear();
    production_->setSeries(QString(), {}, QString());
    measures_->clear();
    showOnMap_->setEnabled(false);
}

void RunResults::show(std::int64_t id) {
    store::Project& project = document_.project();
    const store::ScenarioRun& run = catalog_.full(project, id);
    const nlohmann::json& result = catalog_.result(project, id);
    run_ = id;
    fillSummary(result);
    showJobs(run, result);
    showProduction(run, result);
    showFlows(run);
    measures_->setResult(result, catalog_.note(run, language_, *texts_));
    showOnMap_->setEnabled(true);
}

void RunResults::fillSummary(const nlohmann::json& result) {
    const auto& t = result.at("total");
    auto num = [&](double v, int decimals) { return RiskTexts::number(v, language_, decimals); };
    const nlohmann::json* de = countryRow(result, "DE");
    const nlohmann::json* cz = countryRow(result, "CZ");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QString text =
        tr("Production loss %1 EUR (%2 % of normal output), %3 person-days, %4 jobs at risk "
           "(German side %5, Czech side %6).")
            .arg(num(number(t, "loss_value"), 0), num(100.0 * number(t, "loss_share"), 2),
                 num(number(t, "person_days"), 0), num(number(t, "jobs_at_risk"), 0),
                 num(de != nullptr ? number(*de, "jobs_at_risk") : nan, 0),
                 num(cz != nullptr ? number(*cz, "jobs_at_risk") : nan, 0));
    const double tts = number(t, "tts_days");
    const double ttr = number(t, "ttr_days");
    text += QStringLiteral(" ") +
            tr("%1 firms fall below 95 % of their output; the first after %2 days (time to "
               "survive), the last recovers %3 days after the hazards end (time to recover).")
                .arg(num(number(t, "firms_disrupted"), 0), num(tts, 0), num(ttr, 0));
    summary_->setText(text);
}

void RunResults::showJobs(const store::ScenarioRun& run, const nlohmann::json& result) {
    store::Project& project = document_.project();
    const ResultLayers layers = resultLayers(project);
    if (layers.empty()) {
        jobsMap_->clear(tr("The project has no municipality layers."));
        return;
    }
    const ResultMapSpec spec = jobsAtRiskMap(
        result, layers, niceBreaks(maxMunicipalValue({&result}, "jobs_at_risk")),
        catalog_.mapTitle(kJobsTitle, run, *texts_), RunCatalog::mapText(kJobsLegend, *texts_),
        catalog_.note(run, language_, *texts_).toStdString());
    jobsMap_->setContent(
        std::make_shared<const render::MapContent>(project, spec.style, nullptr, spec.joins));
}

void RunResults::showProduction(const store::ScenarioRun& run, const nlohmann::json& result) {
    std::vector<ProductionChart::Series> series;
    series.push_back({tr("Whole region"), ProductionChart::productionPercent(result),
                      QColor(40, 40, 40), false});
    series.push_back({tr("German side"),
                      ProductionChart::productionPercent(result, "countries", "DE"),
                      QColor(44, 127, 184), false});
    series.push_back({tr("Czech side"),
                      ProductionChart::productionPercent(result, "countries", "CZ"),
                      QColor(215, 48, 31), false});
    production_->setAxisTitles(tr("Day"), tr("Production (% of normal)"));
    production_->setSeries(tr("Regional production: %1")
                               .arg(QString::fromStdString(catalog_.title(run, language_.primary))),
                           std::move(series), catalog_.note(run, language_, *texts_));
}

void RunResults::showFlows(const store::ScenarioRun& run) {
    store::Project& project = document_.project();
    const ResultLayers layers = resultLayers(project);
    const analysis::SupplyNetwork* network = catalog_.network();
    if (network == nullptr) {
        *flows_ = {};
        flowMap_->clear(tr("The project has no supply network."));
        flowNote_->clear();
        return;
    }
    try {
        const std::string what = "run " + std::to_string(run.id);
        const analysis::Scenario scenario =
            analysis::parseScenario(nlohmann::json::parse(run.scenarioJson), what);
        const analysis::MeasuredNetwork measured =
            analysis::applyMeasures(*network, scenario.measures, what);
        const analysis::DailyConditions conditions = analysis::buildDailyConditions(
            scenario.hazards, measured.network, scenario.days, measured.commutersExempt, what);
        *flows_ = analysis::aggregateFlows(measured.network, conditions);
    } catch (const Error& e) {
        *flows_ = {};
        flowMap_->clear(translatedError(e));
        flowNote_->clear();
        return;
    }
    const ResultMapSpec base = flowBaseMap(layers);
    auto content =
        std::make_shared<const render::MapContent>(project, base.style, nullptr, base.joins);
    flowMap_->setContent(content, false);
    FlowPaintOptions options;
    const geo::Envelope e = content->extent();
    options.regionWorld = QRectF(QPointF(e.minX, e.minY), QPointF(e.maxX, e.maxY));
    auto flows = flows_;
    auto texts = texts_;
    const render::MapLanguage language = language_;
    flowMap_->setOverlay(
        [flows, texts, language, options](QPainter& painter, const render::MapView& view) {
            paintFlows(painter, view, *flows, options, *texts, language);
        });
    const auto& f = *flows_;
    auto num = [&](double v, int decimals) { return RiskTexts::number(v, language_, decimals); };
    QString note =
        tr("%1 supply links as %2 flows between municipalities and external suppliers (%3 links "
           "within one municipality are not drawn). The hazards cut %4 links carrying %5 % of "
           "the volume (dashed). Volume = input share × the customer's daily output (EUR/day).")
            .arg(num(static_cast<double>(f.links), 0), num(static_cast<double>(f.flows.size()), 0),
                 num(static_cast<double>(f.localLinks), 0),
                 num(static_cast<double>(f.brokenLinks), 0),
                 num(f.volume > 0 ? 100.0 * f.brokenVolume / f.volume : 0.0, 1));
    note += QStringLiteral(" ") + catalog_.note(run, language_, *texts_);
    if (!catalog_.onCurrentNetwork(run)) {
        note += QStringLiteral(" ") +
                tr("The project's network has changed since this run; the flows show the "
                   "current network.");
    }
    flowNote_->setText(note);
}

void RunResults::showJobsOnMainMap() {
    if (run_ == 0 || !document_.isOpen()) {
        return;
    }
    store::Project& project = document_.project();
    const store::ScenarioRun& run = catalog_.full(project, run_);
    const nlohmann::json& result = catalog_.result(project, run_);
    ResultMapSpec spec = jobsAtRiskMap(
        result, resultLayers(project), niceBreaks(maxMunicipalValue({&result}, "jobs_at_risk")),
        catalog_.mapTitle(kJobsTitle, run, *texts_), RunCatalog::mapText(kJobsLegend, *texts_),
        catalog_.note(run, language_, *texts_).toStdString());
    render::LayerStyle overlay = spec.style.layers.front();
    overlay.field = kMainMapField;
    for (auto& join : spec.joins) {
        join.field = kMainMapField;
    }
    document_.showJoinedValues(overlay, std::move(spec.joins), tr("Show jobs at risk on the map"));
    emit shownOnMap();
}

void RunResults::languageChanged(const render::MapLanguage& language) {
    language_ = language;
    jobsMap_->setLanguage(language);
    flowMap_->setLanguage(language);
    measures_->languageChanged(language);
    if (run_ != 0) {
        try {
            show(run_);
        } catch (const Error& e) {
            clear(translatedError(e));
        }
    }
}

void RunResults::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RunResults::retranslate() {
    views_->setTabText(0, tr("Jobs at risk"));
    views_->setTabText(1, tr("Production"));
    views_->setTabText(2, tr("Supply flows"));
    views_->setTabText(3, tr("Measures"));
    showOnMap_->setText(tr("Show on &main map"));
    if (run_ != 0) {
        try {
            show(run_);
        } catch (const Error& e) {
            clear(translatedError(e));
        }
    }
}

}  // namespace rrw::ui
