#include "indicator_explorer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

#include "bar_chart.h"
#include "core/error.h"
#include "language.h"
#include "map_document.h"
#include "risk_texts.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

const QColor kSyntheticColor(0xb3, 0x58, 0x06);

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget* makeTable(int columns, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

}  // namespace

IndicatorExplorer::IndicatorExplorer(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      language_(Language::systemMapLanguage()),
      texts_(std::make_unique<render::MapTexts>()) {
    buildUi();
    connect(&document_, &MapDocument::opened, this, &IndicatorExplorer::reload);
    retranslate();
    reload();
}

IndicatorExplorer::~IndicatorExplorer() = default;

void IndicatorExplorer::buildUi() {
    levelLabel_ = new QLabel(this);
    level_ = new QComboBox(this);
    level_->setObjectName(QStringLiteral("level"));
    level_->addItem(QString(), QStringLiteral("district"));
    level_->addItem(QString(), QStringLiteral("municipality"));
    levelLabel_->setBuddy(level_);
    connect(level_, &QComboBox::currentIndexChanged, this, [this] {
        readLevel();
        fillValues();
    });
    indicators_ = makeTable(Year + 1, this);
    indicators_->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    connect(indicators_, &QTableWidget::itemSelectionChanged, this, &IndicatorExplorer::fillValues);
    valuesHeading_ = new QLabel(this);
    valuesHeading_->setWordWrap(true);
    values_ = makeTable(Data + 1, this);
    values_->horizontalHeader()->setSectionResizeMode(ValueSource, QHeaderView::Stretch);
    chart_ = new BarChart(this);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setStyleSheet(QStringLiteral("color: #b2182b;"));
    showOnMap_ = new QPushButton(this);
    showOnMap_->setObjectName(QStringLiteral("showOnMap"));
    connect(showOnMap_, &QPushButton::clicked, this, &IndicatorExplorer::showOnMap);

    auto* top = new QHBoxLayout;
    top->addWidget(levelLabel_);
    top->addWidget(level_, 1);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(values_);
    lower->addWidget(chart_);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* lowerBox = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lowerBox);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(valuesHeading_);
    lowerLayout->addWidget(lower, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(indicators_);
    split->addWidget(lowerBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(status_);
    layout->addWidget(showOnMap_, 0, Qt::AlignRight);
}

void IndicatorExplorer::reload() {
    const QString current = currentIndicator();
    catalog_.clear();
    error_.clear();
    if (document_.isOpen()) {
        try {
            catalog_ = store::listIndicators(document_.project());
        } catch (const Error& e) {
            error_ = translatedError(e);
        }
    }
    readLevel();
    fillIndicators();
    if (!selectIndicator(current) && indicators_->rowCount() > 0) {
        indicators_->selectRow(0);
    }
    fillValues();
}

void IndicatorExplorer::readLevel() {
    records_.clear();
    regions_.clear();
    if (!document_.isOpen()) {
        return;
    }
    try {
        const std::string level = level_->currentData().toString().toStdString();
        records_ = store::latestValueRecords(document_.project(), level);
        for (auto& r : store::regionsAt(document_.project(), level)) {
            regions_[r.code] = r;
        }
    } catch (const Error& e) {
        error_ = translatedError(e);
    }
}

bool IndicatorExplorer::selectIndicator(const QString& id) {
    for (int row = 0; row < indicators_->rowCount(); ++row) {
        if (indicators_->item(row, Name)->data(IdRole).toString() == id) {
            indicators_->selectRow(row);
            return true;
        }
    }
    return false;
}

QString IndicatorExplorer::currentIndicator() const {
    const int row = indicators_->currentRow();
    return row >= 0 && indicators_->item(row, Name) != nullptr
               ? indicators_->item(row, Name)->data(IdRole).toString()
               : QString();
}

bool IndicatorExplorer::setLevel(const QString& level) {
    const int i = level_->findData(level);
    if (i >= 0) {
        level_->setCurrentIndex(i);
    }
    return i >= 0;
}

const store::Indicator* IndicatorExplorer::indicator(const std::string& id) const {
    for (const auto& i : catalog_) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

void IndicatorExplorer::fillIndicators() {
    const QString current = currentIndicator();
    const QSignalBlocker blocker(indicators_);
    indicators_->setRowCount(static_cast<int>(catalog_.size()));
    for (std::size_t i = 0; i < catalog_.size(); ++i) {
        const auto& ind = catalog_[i];
        const int row = static_cast<int>(i);
        auto* name = readOnly(RiskTexts::indicatorName(ind, language_));
        name->setData(IdRole, QString::fromStdString(ind.id));
        name->setToolTip(render::MapTexts::pick(language_, ind.descriptionDe, ind.descriptionCs,
                                                ind.descriptionEn));
        indicators_->setItem(row, Name, name);
        indicators_->setItem(row, Dimension, readOnly(RiskTexts::dimension(ind.dimension)));
        indicators_->setItem(row, Direction, readOnly(RiskTexts::direction(ind.direction)));
        indicators_->setItem(row, Unit, readOnly(RiskTexts::unit(ind.unit)));
        auto* source = readOnly(QString::fromStdString(ind.source));
        source->setToolTip(source->text());
        indicators_->setItem(row, Source, source);
        indicators_->setItem(row, Year, readOnly(QString::fromStdString(ind.year)));
    }
    selectIndicator(current);
}

std::vector<const store::IndicatorValue*> IndicatorExplorer::currentValues() const {
    const std::string id = currentIndicator().toStdString();
    std::vector<const store::IndicatorValue*> out;
    for (const auto& v : records_) {
        if (v.indicatorId == id) {
            out.push_back(&v);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto* a, const auto* b) { return a->value > b->value; });
    return out;
}

void IndicatorExplorer::fillValues() {
    values_->setRowCount(0);
    const store::Indicator* ind = indicator(currentIndicator().toStdString());
    const auto values = currentValues();
    status_->setText(error_);
    if (ind == nullptr) {
        valuesHeading_->clear();
        chart_->setBars({});
        chart_->setNote(QString());
        showOnMap_->setEnabled(false);
        return;
    }
    const QString unit = RiskTexts::unit(ind->unit);
    valuesHeading_->setText(
        values.empty()
            ? tr("%1: no values at this level.").arg(RiskTexts::indicatorName(*ind, language_))
            : tr("%1 (%2), latest value per region")
                  .arg(RiskTexts::indicatorName(*ind, language_), unit));
    values_->setRowCount(static_cast<int>(values.size()));
    std::vector<BarChart::Bar> bars;
    bool anySynthetic = false;
    QFont bold = values_->font();
    bold.setBold(true);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto& v = *values[i];
        const int row = static_cast<int>(i);
        const auto region = regions_.find(v.regionCode);
        const QString name = region != regions_.end()
                                 ? RiskTexts::regionName(region->second, language_)
                                 : QString::fromStdString(v.regionCode);
        auto* regionItem = readOnly(name);
        regionItem->setData(IdRole, QString::fromStdString(v.regionCode));
        regionItem->setToolTip(QString::fromStdString(v.regionCode));
        const QString valueText =
            RiskTexts::number(v.value, language_, std::fabs(v.value) >= 1000 ? 0 : 2);
        auto* value = readOnly(valueText);
        value->setData(NumberRole, v.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!v.note.empty()) {
            value->setToolTip(QString::fromStdString(v.note));
        }
        auto* source = readOnly(QString::fromStdString(v.source));
        source->setToolTip(source->text());
        auto* flag = readOnly(v.synthetic ? RiskTexts::synthetic() : QString());
        if (v.synthetic) {
            anySynthetic = true;
            flag->setForeground(kSyntheticColor);
            flag->setFont(bold);
        }
        values_->setItem(row, Region, regionItem);
        values_->setItem(row, Value, value);
        values_->setItem(row, ValueYear, readOnly(QString::fromStdString(v.year)));
        values_->setItem(row, ValueSource, source);
        values_->setItem(row, Data, flag);
        bars.push_back({name, v.value, valueText, v.synthetic, false, 0, QColor(),
                        QString::fromStdString(v.source + " " + v.year)});
    }
    chart_->setBars(std::move(bars));
    chart_->setNote(anySynthetic ? tr("Hatched: synthetic values") : QString());
    showOnMap_->setEnabled(!values.empty());
}

void IndicatorExplorer::showOnMap() {
    const store::Indicator* ind = indicator(currentIndicator().toStdString());
    const auto values = currentValues();
    if (ind == nullptr || values.empty() || !document_.isOpen()) {
        return;
    }
    std::map<std::string, double> byCode;
    std::set<std::string> years;
    bool synthetic = false;
    for (const auto* v : values) {
        byCode[v->regionCode] = v->value;
        if (!v->year.empty()) {
            years.insert(v->year);
        }
        synthetic = synthetic || v->synthetic;
    }
    std::vector<std::string> layers;
    for (const char* country : {"DE", "CZ"}) {
        for (const auto& [code, r] : regions_) {
            if (r.country == country && byCode.count(code) > 0 && !r.layer.empty() &&
                std::find(layers.begin(), layers.end(), r.layer) == layers.end()) {
                layers.push_back(r.layer);
            }
        }
    }
    if (layers.empty()) {
        status_->setText(tr("The regions with values have no map layer."));
        return;
    }
    std::vector<render::ValueJoin> joins;
    for (const auto& layer : layers) {
        joins.push_back({layer, "code", valueField, byCode});
    }
    render::LayerStyle s;
    s.layers = layers;
    s.type = render::SymbolType::Graduated;
    s.field = valueField;
    s.method = render::ClassMethod::Quantiles;
    s.classes = 5;
    s.ramp = ind->direction == "higher_is_better" ? "YlGnBu" : "YlOrRd";
    s.reverseRamp = ind->direction == "higher_is_better";
    s.stroke = "#4d4d4d";
    s.strokeWidthMm = 0.35;
    s.titleDe = ind->nameDe;
    s.titleCs = ind->nameCs;
    s.titleEn = ind->nameEn;
    s.unitDe = RiskTexts::unit(ind->unit, Lang::De, *texts_).toStdString();
    s.unitCs = RiskTexts::unit(ind->unit, Lang::Cs, *texts_).toStdString();
    s.unitEn = RiskTexts::unit(ind->unit, Lang::En, *texts_).toStdString();
    std::string yearText;
    for (const auto& y : years) {
        yearText += (yearText.empty() ? "" : ", ") + y;
    }
    if (yearText.empty()) {
        yearText = ind->year;
    }
    QString note = QString::fromStdString(ind->source);
    if (!yearText.empty()) {
        note += QStringLiteral(" (") + QString::fromStdString(yearText) + QStringLiteral(")");
    }
    if (synthetic) {
        note += QStringLiteral(" \u00b7 ") + RiskTexts::synthetic(language_, *texts_);
    }
    s.sourceNote = note.toStdString();
    document_.showJoinedValues(s, std::move(joins), tr("Show indicator on the map"));
    emit shownOnMap();
}

void IndicatorExplorer::languageChanged(rrw::render::MapLanguage language) {
    language_ = language;
    fillIndicators();
    fillValues();
}

void IndicatorExplorer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IndicatorExplorer::retranslate() {
    levelLabel_->setText(tr("&Level:"));
    level_->setItemText(0, tr("Kreise and okresy"));
    level_->setItemText(1, tr("Gemeinden and obce"));
    indicators_->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Dimension"), tr("Direction"), tr("Unit"), tr("Source"), tr("Year")});
    values_->setHorizontalHeaderLabels(
        {tr("Region"), tr("Value"), tr("Year"), tr("Source"), tr("Data")});
    showOnMap_->setText(tr("Show on &map"));
    fillIndicators();
    fillValues();
}

}  // namespace rrw::ui
