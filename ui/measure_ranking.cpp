#include "measure_ranking.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "bar_chart.h"
#include "risk_texts.h"
#include "scenario_texts.h"

namespace rrw::ui {

namespace {

double numberOr(const nlohmann::json& j, const char* key, double fallback) {
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

QTableWidgetItem* numberItem(double value, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

MeasureRanking::MeasureRanking(QWidget* parent)
    : QWidget(parent),
      table_(new QTableWidget(0, 7, this)),
      chart_(new BarChart(this)),
      summary_(new QLabel(this)),
      note_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    summary_->setWordWrap(true);
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(chart_);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
    layout->addWidget(note_);
    retranslate();
}

void MeasureRanking::setResult(const nlohmann::json& result, const QString& note) {
    result_ = result;
    noteText_ = note;
    fill();
}

void MeasureRanking::clear() {
    result_ = nlohmann::json();
    noteText_.clear();
    fill();
}

void MeasureRanking::languageChanged(const render::MapLanguage& language) {
    language_ = language;
    fill();
}

void MeasureRanking::fill() {
    table_->setRowCount(0);
    std::vector<BarChart::Bar> bars;
    const nlohmann::json* measures =
        result_.is_object() && result_.contains("measures") ? &result_.at("measures") : nullptr;
    const bool any = measures != nullptr && !measures->at("items").empty();
    if (!any) {
        summary_->setText(result_.is_object() ? tr("This scenario has no measures.")
                                              : tr("Run a scenario to rank its measures."));
        chart_->setBars({});
        note_->setText(noteText_);
        return;
    }
    std::vector<const nlohmann::json*> items;
    for (const auto& m : measures->at("items")) {
        items.push_back(&m);
    }
    const double none = -std::numeric_limits<double>::infinity();
    std::stable_sort(items.begin(), items.end(), [&](const auto* a, const auto* b) {
        return numberOr(*a, "benefit_cost_ratio", none) > numberOr(*b, "benefit_cost_ratio", none);
    });
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto num = [&](double v, int decimals) { return RiskTexts::number(v, language_, decimals); };
    table_->setRowCount(static_cast<int>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& m = *items[i];
        const int row = static_cast<int>(i);
        const double ratio = numberOr(m, "benefit_cost_ratio", nan);
        const double cost = numberOr(m, "cost", nan);
        const double avoided = numberOr(m, "avoided_loss", nan);
        const double personDays = numberOr(m, "avoided_person_days", nan);
        const QString name = QString::fromStdString(m.at("name").get<std::string>());
        const QString type = ScenarioTexts::measureType(m.at("type").get<std::string>());
        table_->setItem(row, 0, numberItem(row + 1, QString::number(row + 1)));
        table_->setItem(row, 1, new QTableWidgetItem(name));
        table_->setItem(row, 2, new QTableWidgetItem(type));
        table_->setItem(row, 3, numberItem(cost, num(cost, 0)));
        table_->setItem(row, 4, numberItem(avoided, num(avoided, 0)));
        table_->setItem(row, 5, numberItem(personDays, num(personDays, 0)));
        table_->setItem(row, 6,
                        numberItem(ratio, std::isnan(ratio) ? tr("no cost") : num(ratio, 2)));
        BarChart::Bar bar;
        bar.label = type;
        bar.value = ratio;
        bar.valueText = std::isnan(ratio) ? tr("no cost") : num(ratio, 2);
        bar.color =
            std::isfinite(ratio) && ratio >= 1.0 ? QColor(44, 127, 184) : QColor(189, 189, 189);
        bar.toolTip = name;
        bars.push_back(bar);
    }
    chart_->setBars(std::move(bars));
    chart_->setNote(tr("Blue: the measure avoids more loss than it costs (ratio ≥ 1)."));
    summary_->setText(
        tr("All measures together avoid %1 EUR of production loss for %2 EUR (loss %3 EUR "
           "without measures, %4 EUR with them).")
            .arg(num(numberOr(*measures, "avoided_loss", nan), 0),
                 num(numberOr(*measures, "total_cost", nan), 0),
                 num(numberOr(*measures, "loss_without_measures", nan), 0),
                 num(numberOr(*measures, "loss_with_measures", nan), 0)));
    note_->setText(
        tr("Benefit/cost = the loss the measure avoids (the scenario with all its measures "
           "against the scenario without this one) divided by its cost.") +
        (noteText_.isEmpty() ? QString() : QStringLiteral(" ") + noteText_));
}

void MeasureRanking::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MeasureRanking::retranslate() {
    table_->setHorizontalHeaderLabels({tr("Rank"), tr("Measure"), tr("Type"), tr("Cost (EUR)"),
                                       tr("Avoided loss (EUR)"), tr("Avoided person-days"),
                                       tr("Benefit/cost")});
    fill();
}

}  // namespace rrw::ui
