#include "risk_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

#include "analysis/risk/explain.h"
#include "core/error.h"
#include "language.h"
#include "map_document.h"
#include "rank_interval_chart.h"
#include "risk_texts.h"
#include "score_explanation_view.h"
#include "score_job.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

QString fill(QString text, const QString& arg) {
    return text.replace(QStringLiteral("{1}"), arg);
}

}  // namespace

RiskPanel::RiskPanel(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      language_(Language::systemMapLanguage()),
      texts_(std::make_unique<render::MapTexts>()) {
    buildUi();
    progressTimer_.setInterval(50);
    connect(&progressTimer_, &QTimer::timeout, this, [this] {
        if (job_) {
            progress_->setValue(static_cast<int>(std::lround(job_->progress() * 1000)));
        }
    });
    connect(&document_, &MapDocument::opened, this, &RiskPanel::reload);
    retranslate();
    reload();
}

RiskPanel::~RiskPanel() = default;

void RiskPanel::buildUi() {
    hazardLabel_ = new QLabel(this);
    hazard_ = new QComboBox(this);
    hazard_->setObjectName(QStringLiteral("hazard"));
    levelLabel_ = new QLabel(this);
    level_ = new QComboBox(this);
    level_->setObjectName(QStringLiteral("level"));
    level_->addItem(QString(), QStringLiteral("district"));
    level_->addItem(QString(), QStringLiteral("municipality"));
    samplesLabel_ = new QLabel(this);
    samples_ = new QSpinBox(this);
    samples_->setObjectName(QStringLiteral("samples"));
    samples_->setRange(0, 1000000);
    samples_->setSingleStep(500);
    samples_->setValue(1000);
    samples_->setGroupSeparatorShown(true);
    hazardLabel_->setBuddy(hazard_);
    levelLabel_->setBuddy(level_);
    samplesLabel_->setBuddy(samples_);
    run_ = new QPushButton(this);
    run_->setObjectName(QStringLiteral("run"));
    cancel_ = new QPushButton(this);
    cancel_->setObjectName(QStringLiteral("cancel"));
    connect(run_, &QPushButton::clicked, this, &RiskPanel::run);
    connect(cancel_, &QPushButton::clicked, this, &RiskPanel::cancel);

    auto* controls = new QGridLayout;
    controls->addWidget(hazardLabel_, 0, 0);
    controls->addWidget(hazard_, 0, 1, 1, 3);
    controls->addWidget(levelLabel_, 1, 0);
    controls->addWidget(level_, 1, 1);
    controls->addWidget(samplesLabel_, 1, 2);
    controls->addWidget(samples_, 1, 3);
    controls->setColumnStretch(1, 1);
    auto* buttons = new QHBoxLayout;
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    buttons->addWidget(progress_, 1);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    table_ = new QTableWidget(0, Data + 1, this);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(Region, QHeaderView::Stretch);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &RiskPanel::explainSelected);
    chart_ = new RankIntervalChart(this);
    auto* chartScroll = new QScrollArea(this);
    chartScroll->setWidget(chart_);
    chartScroll->setWidgetResizable(true);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(table_, QString());
    tabs_->addTab(chartScroll, QString());

    whyBox_ = new QGroupBox(this);
    why_ = new ScoreExplanationView(whyBox_);
    auto* whyLayout = new QVBoxLayout(whyBox_);
    whyLayout->addWidget(why_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tabs_);
    split->addWidget(whyBox_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    showOnMap_ = new QPushButton(this);
    showOnMap_->setObjectName(QStringLiteral("showOnMap"));
    connect(showOnMap_, &QPushButton::clicked, this, &RiskPanel::showOnMap);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(split, 1);
    layout->addWidget(showOnMap_, 0, Qt::AlignRight);
    updateButtons();
}

bool RiskPanel::isRunning() const {
    return job_ != nullptr;
}

bool RiskPanel::setHazard(const QString& id) {
    const int i = hazard_->findData(id);
    if (i >= 0) {
        hazard_->setCurrentIndex(i);
    }
    return i >= 0;
}

bool RiskPanel::setLevel(const QString& level) {
    const int i = level_->findData(level);
    if (i >= 0) {
        level_->setCurrentIndex(i);
    }
    return i >= 0;
}

void RiskPanel::setSamples(int samples) {
    samples_->setValue(samples);
}

void RiskPanel::reload() {
    if (job_) {
        job_.reset();  // cancels and waits
        progressTimer_.stop();
    }
    const QString current = hazard_->currentData().toString();
    hazard_->clear();
    catalog_.clear();
    statusKind_ = Status::None;
    if (document_.isOpen()) {
        try {
            for (const auto& id : store::indexModelIds(document_.project())) {
                hazard_->addItem(RiskTexts::hazardTitle(id), QString::fromStdString(id));
            }
            for (auto& indicator : store::listIndicators(document_.project())) {
                catalog_[indicator.id] = indicator;
            }
        } catch (const Error& e) {
            statusKind_ = Status::Failed;
            error_ = translatedError(e);
        }
    }
    if (!setHazard(current)) {
        setHazard(QStringLiteral("all_hazards"));
    }
    last_.reset();
    runId_ = -1;
    fillResults();
    updateStatus();
    updateButtons();
}

void RiskPanel::run() {
    if (job_ || !document_.isOpen() || hazard_->currentIndex() < 0) {
        return;
    }
    try {
        auto inputs =
            ScoreJob::read(document_.project(), hazard_->currentData().toString().toStdString(),
                           level_->currentData().toString().toStdString(), samples_->value());
        job_ = std::make_unique<ScoreJob>(std::move(inputs));
    } catch (const Error& e) {
        statusKind_ = Status::Failed;
        error_ = translatedError(e);
        updateStatus();
        emit runFailed(error_);
        return;
    }
    connect(job_.get(), &ScoreJob::finished, this, &RiskPanel::onJobFinished);
    statusKind_ = Status::Running;
    progress_->setValue(0);
    job_->start();
    progressTimer_.start();
    updateStatus();
    updateButtons();
}

void RiskPanel::cancel() {
    if (job_) {
        job_->cancel();
    }
}

void RiskPanel::onJobFinished() {
    progressTimer_.stop();
    std::unique_ptr<ScoreJob> job = std::move(job_);
    switch (job->state()) {
        case ScoreJob::State::Done:
            try {
                runId_ = job->record(document_.project());
                last_ = std::move(job);
                statusKind_ = Status::Done;
                progress_->setValue(progress_->maximum());
            } catch (const Error& e) {
                statusKind_ = Status::Failed;
                error_ = translatedError(e);
            }
            break;
        case ScoreJob::State::Canceled:
            statusKind_ = Status::Canceled;
            progress_->setValue(0);
            break;
        default:
            statusKind_ = Status::Failed;
            error_ = job->errorMessage();
            progress_->setValue(0);
            break;
    }
    if (job) {
        job.release()->deleteLater();  // it is still emitting finished()
    }
    fillResults();
    updateStatus();
    updateButtons();
    if (statusKind_ == Status::Done) {
        emit runFinished(runId_);
    } else if (statusKind_ == Status::Canceled) {
        emit runCanceled();
    } else {
        emit runFailed(error_);
    }
}

void RiskPanel::updateButtons() {
    const bool running = job_ != nullptr;
    run_->setEnabled(!running && document_.isOpen() && hazard_->count() > 0);
    cancel_->setEnabled(running);
    hazard_->setEnabled(!running);
    level_->setEnabled(!running);
    samples_->setEnabled(!running);
    showOnMap_->setEnabled(!running && last_ != nullptr);
}

void RiskPanel::updateStatus() {
    switch (statusKind_) {
        case Status::None:
            status_->setText(document_.isOpen() && hazard_->count() == 0
                                 ? tr("The project has no index models.")
                                 : QString());
            break;
        case Status::Running:
            status_->setText(tr("Running…"));
            break;
        case Status::Canceled:
            status_->setText(tr("Canceled; nothing was stored."));
            break;
        case Status::Failed:
            status_->setText(error_);
            break;
        case Status::Done: {
            const auto& in = last_->inputs();
            const QString level =
                in.level == "municipality" ? tr("Gemeinden and obce") : tr("Kreise and okresy");
            status_->setText(
                in.samples > 0
                    ? tr("Run %1 stored: %2, %3, %4 regions, %5 Monte Carlo samples (seed %6).")
                          .arg(runId_)
                          .arg(RiskTexts::hazardTitle(in.hazard), level)
                          .arg(last_->result().regions.size())
                          .arg(in.samples)
                          .arg(in.seed)
                    : tr("Run %1 stored: %2, %3, %4 regions, no Monte Carlo.")
                          .arg(runId_)
                          .arg(RiskTexts::hazardTitle(in.hazard), level)
                          .arg(last_->result().regions.size()));
            break;
        }
    }
    status_->setStyleSheet(statusKind_ == Status::Failed ? QStringLiteral("color: #b2182b;")
                                                         : QString());
}

QString RiskPanel::regionName(const std::string& code) const {
    if (last_) {
        for (const auto& r : last_->inputs().regions) {
            if (r.code == code) {
                return RiskTexts::regionName(r, language_);
            }
        }
    }
    return QString::fromStdString(code);
}

QStringList RiskPanel::syntheticInputs(const std::string& code) const {
    QStringList names;
    if (!last_) {
        return names;
    }
    const auto& in = last_->inputs();
    for (const auto& v : in.records) {
        if (v.regionCode != code || !v.synthetic) {
            continue;
        }
        const bool used = std::any_of(in.model.indicators.begin(), in.model.indicators.end(),
                                      [&](const auto& i) { return i.id == v.indicatorId; });
        if (used) {
            const auto it = catalog_.find(v.indicatorId);
            names << (it != catalog_.end() ? RiskTexts::indicatorName(it->second, language_)
                                           : QString::fromStdString(v.indicatorId));
        }
    }
    return names;
}

void RiskPanel::fillResults() {
    const QString selected =
        table_->currentRow() >= 0 && table_->item(table_->currentRow(), Region) != nullptr
            ? table_->item(table_->currentRow(), Region)->data(RegionCodeRole).toString()
            : QString();
    const QSignalBlocker blocker(table_);
    table_->setRowCount(0);
    std::vector<RankIntervalChart::Row> rows;
    if (!last_) {
        chart_->setRows({}, 1);
        why_->clear();
        return;
    }
    const auto& result = last_->result();
    table_->setRowCount(static_cast<int>(result.regions.size()));
    const QColor syntheticColor(0xb3, 0x58, 0x06);
    for (std::size_t i = 0; i < result.regions.size(); ++i) {
        const auto& r = result.regions[i];
        const int row = static_cast<int>(i);
        const QStringList synthetic = syntheticInputs(r.id);
        const QString dash = QStringLiteral("\u2013");
        auto* rank = new QTableWidgetItem(r.rank > 0 ? QString::number(r.rank) : dash);
        rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* name = new QTableWidgetItem(regionName(r.id));
        name->setData(RegionCodeRole, QString::fromStdString(r.id));
        name->setToolTip(QString::fromStdString(r.id));
        auto* score = new QTableWidgetItem(RiskTexts::number(r.score, language_, 2));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* interval = new QTableWidgetItem(
            r.rankLow > 0 ? QStringLiteral("%1\u2013%2").arg(r.rankLow).arg(r.rankHigh) : dash);
        interval->setTextAlignment(Qt::AlignCenter);
        auto* flag = new QTableWidgetItem(synthetic.isEmpty() ? QString() : RiskTexts::synthetic());
        if (!synthetic.isEmpty()) {
            flag->setForeground(syntheticColor);
            flag->setToolTip(tr("Synthetic values: %1").arg(synthetic.join(QStringLiteral(", "))));
            QFont bold = flag->font();
            bold.setBold(true);
            flag->setFont(bold);
        }
        table_->setItem(row, Rank, rank);
        table_->setItem(row, Region, name);
        table_->setItem(row, Score, score);
        table_->setItem(row, Interval, interval);
        table_->setItem(row, Data, flag);
        rows.push_back({name->text(), r.rank, r.rankLow, r.rankHigh, !synthetic.isEmpty()});
    }
    chart_->setRows(std::move(rows), static_cast<int>(result.regions.size()));
    chart_->setTexts(tr("Rank (1 = highest risk); bars: 5–95 % of the Monte Carlo ranks"),
                     tr("Open dots: synthetic input data"));
    selectRegion(selected.isEmpty() && table_->rowCount() > 0
                     ? table_->item(0, Region)->data(RegionCodeRole).toString()
                     : selected);
}

void RiskPanel::selectRegion(const QString& code) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, Region)->data(RegionCodeRole).toString() == code) {
            table_->selectRow(row);
            explainSelected();
            return;
        }
    }
}

void RiskPanel::explainSelected() {
    const int row = table_->currentRow();
    if (!last_ || row < 0 || table_->item(row, Region) == nullptr) {
        why_->clear();
        return;
    }
    const std::string code =
        table_->item(row, Region)->data(RegionCodeRole).toString().toStdString();
    const auto& in = last_->inputs();
    try {
        analysis::Explanation e = analysis::explainScore(in.model, in.values, code);
        std::map<std::string, store::IndicatorValue> values;
        for (const auto& v : in.records) {
            if (v.regionCode == code) {
                values[v.indicatorId] = v;
            }
        }
        why_->showExplanation(std::move(e), regionName(code), catalog_, std::move(values));
    } catch (const Error& e) {
        why_->clear();
        status_->setText(translatedError(e));
    }
}

void RiskPanel::showOnMap() {
    if (!last_ || !document_.isOpen()) {
        return;
    }
    const auto& in = last_->inputs();
    std::map<std::string, double> scores;
    for (const auto& r : last_->result().regions) {
        if (std::isfinite(r.score)) {
            scores[r.id] = r.score;
        }
    }
    // The layers holding the regions' geometry, German first (as on the default map).
    std::vector<std::string> layers;
    for (const char* country : {"DE", "CZ"}) {
        for (const auto& r : in.regions) {
            if (r.country == country && !r.layer.empty() &&
                std::find(layers.begin(), layers.end(), r.layer) == layers.end()) {
                layers.push_back(r.layer);
            }
        }
    }
    if (layers.empty()) {
        statusKind_ = Status::Failed;
        error_ = tr("The regions of this level have no map layer.");
        updateStatus();
        return;
    }
    std::vector<render::ValueJoin> joins;
    for (const auto& layer : layers) {
        joins.push_back({layer, "code", scoreField, scores});
    }
    render::LayerStyle s;
    s.layers = layers;
    s.type = render::SymbolType::Graduated;
    s.field = scoreField;
    // Fixed classes over the model's scale, so that maps of different runs compare.
    s.method = render::ClassMethod::Manual;
    s.classes = 5;
    for (int k = 0; k <= 5; ++k) {
        s.breaks.push_back(in.model.scaleLow + (in.model.scaleHigh - in.model.scaleLow) * k / 5.0);
    }
    s.ramp = "YlOrRd";
    s.stroke = "#4d4d4d";
    s.strokeWidthMm = 0.35;
    const char* title = QT_TRANSLATE_NOOP("rrw", "Risk score: {1}");
    s.titleDe =
        fill(texts_->text(Lang::De, title), RiskTexts::hazardTitle(in.hazard, Lang::De, *texts_))
            .toStdString();
    s.titleCs =
        fill(texts_->text(Lang::Cs, title), RiskTexts::hazardTitle(in.hazard, Lang::Cs, *texts_))
            .toStdString();
    s.titleEn =
        fill(texts_->text(Lang::En, title), RiskTexts::hazardTitle(in.hazard, Lang::En, *texts_))
            .toStdString();
    QString note = fill(texts_->text(language_, QT_TRANSLATE_NOOP("rrw", "rrw index run {1}")),
                        QString::number(runId_));
    const bool synthetic = std::any_of(in.records.begin(), in.records.end(),
                                       [](const auto& v) { return v.synthetic; });
    if (synthetic) {
        note += QStringLiteral(" \u00b7 ") + RiskTexts::synthetic(language_, *texts_);
    }
    s.sourceNote = note.toStdString();
    document_.showJoinedValues(s, std::move(joins), tr("Show risk scores on the map"));
    emit shownOnMap();
}

void RiskPanel::languageChanged(rrw::render::MapLanguage language) {
    language_ = language;
    why_->languageChanged(language);
    fillResults();
}

void RiskPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RiskPanel::retranslate() {
    hazardLabel_->setText(tr("&Hazard model:"));
    levelLabel_->setText(tr("&Level:"));
    samplesLabel_->setText(tr("Monte Carlo &samples:"));
    samples_->setSpecialValueText(tr("none"));
    samples_->setToolTip(tr("Samples for the 5–95 % rank intervals (0 = ranks only)"));
    level_->setItemText(0, tr("Kreise and okresy"));
    level_->setItemText(1, tr("Gemeinden and obce"));
    for (int i = 0; i < hazard_->count(); ++i) {
        hazard_->setItemText(i,
                             RiskTexts::hazardTitle(hazard_->itemData(i).toString().toStdString()));
    }
    run_->setText(tr("&Run"));
    cancel_->setText(tr("&Cancel"));
    showOnMap_->setText(tr("Show on &map"));
    table_->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Region"), tr("Score"), tr("Rank 5–95 %"), tr("Data")});
    tabs_->setTabText(0, tr("Ranking"));
    tabs_->setTabText(1, tr("Rank intervals"));
    whyBox_->setTitle(tr("Why?"));
    updateStatus();
    fillResults();
}

}  // namespace rrw::ui
