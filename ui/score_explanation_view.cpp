#include "score_explanation_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#include "bar_chart.h"
#include "language.h"
#include "risk_texts.h"

namespace rrw::ui {

namespace {
const QColor kSyntheticColor(0xb3, 0x58, 0x06);
}

ScoreExplanationView::ScoreExplanationView(QWidget* parent)
    : QWidget(parent), language_(Language::systemMapLanguage()) {
    heading_ = new QLabel(this);
    heading_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(Flag + 1);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(false);
    chart_ = new BarChart(this);
    sum_ = new QLabel(this);
    sum_->setObjectName(QStringLiteral("sumCheck"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tree_);
    split->addWidget(chart_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addWidget(split, 1);
    layout->addWidget(sum_);
    retranslate();
}

ScoreExplanationView::~ScoreExplanationView() = default;

void ScoreExplanationView::showExplanation(analysis::Explanation explanation, const QString& region,
                                           std::map<std::string, store::Indicator> catalog,
                                           std::map<std::string, store::IndicatorValue> values) {
    explanation_ = std::move(explanation);
    region_ = region;
    catalog_ = std::move(catalog);
    values_ = std::move(values);
    rebuild();
}

void ScoreExplanationView::clear() {
    explanation_.reset();
    region_.clear();
    rebuild();
}

void ScoreExplanationView::setRegionName(const QString& region) {
    region_ = region;
    rebuild();
}

void ScoreExplanationView::languageChanged(const render::MapLanguage& language) {
    language_ = language;
    rebuild();
}

void ScoreExplanationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScoreExplanationView::retranslate() {
    tree_->setHeaderLabels({tr("Part"), tr("Contribution"), tr("Weight"), tr("Normalised"),
                            tr("Value"), tr("Unit"), tr("Source"), tr("Year"), tr("Data")});
    rebuild();
}

void ScoreExplanationView::rebuild() {
    tree_->clear();
    if (!explanation_) {
        heading_->setText(tr("Select a region to see why it scores as it does."));
        chart_->setBars({});
        chart_->setNote(QString());
        sum_->clear();
        return;
    }
    const auto num = [&](double v, int decimals = 2) {
        return RiskTexts::number(v, language_, decimals);
    };
    const auto percent = [&](double w) { return num(w * 100.0, 0) + QStringLiteral(" %"); };
    const analysis::Explanation& e = *explanation_;
    heading_->setText(tr("Why %1 has the score %2: the contributions of the groups and "
                         "indicators add up to it.")
                          .arg(region_, num(e.score)));
    std::vector<BarChart::Bar> bars;
    bool anySynthetic = false;
    double sum = 0.0;
    QFont bold = tree_->font();
    bold.setBold(true);
    for (const auto& g : e.groups) {
        auto* top = new QTreeWidgetItem(tree_);
        top->setText(Part, RiskTexts::dimension(g.group.id));
        top->setText(Contribution, num(g.group.contribution));
        top->setText(Weight, percent(g.group.weight));
        top->setText(Normalised, num(g.group.value));
        top->setData(Part, ContributionRole, g.group.contribution);
        top->setData(Part, IdRole, QString::fromStdString(g.group.id));
        for (int c = 0; c <= Flag; ++c) {
            top->setFont(c, bold);
        }
        sum += g.group.contribution;
        bars.push_back({top->text(Part), g.group.contribution, top->text(Contribution), false, true,
                        0, QColor(0x2c, 0x5f, 0x8a), QString()});
        for (const auto& part : g.indicators) {
            auto* item = new QTreeWidgetItem(top);
            const auto meta = catalog_.find(part.id);
            const auto value = values_.find(part.id);
            const bool known = meta != catalog_.end();
            const bool hasValue = value != values_.end();
            const bool synthetic = hasValue && value->second.synthetic;
            anySynthetic = anySynthetic || synthetic;
            item->setText(Part, known ? RiskTexts::indicatorName(meta->second, language_)
                                      : QString::fromStdString(part.id));
            item->setToolTip(Part, QString::fromStdString(part.id));
            item->setText(Contribution, num(part.contribution));
            item->setText(Weight, percent(part.weight));
            item->setText(Normalised, num(part.value));
            item->setData(Part, ContributionRole, part.contribution);
            item->setData(Part, IdRole, QString::fromStdString(part.id));
            if (known) {
                item->setText(Unit, RiskTexts::unit(meta->second.unit));
            }
            if (hasValue) {
                const double raw = value->second.value;
                item->setText(Value, num(raw, std::fabs(raw) >= 1000 ? 0 : 2));
                item->setText(Source, QString::fromStdString(value->second.source));
                item->setToolTip(Source, item->text(Source));
                item->setText(Year, QString::fromStdString(value->second.year));
                if (!value->second.note.empty()) {
                    item->setToolTip(Value, QString::fromStdString(value->second.note));
                }
            }
            if (synthetic) {
                item->setText(Flag, RiskTexts::synthetic());
                item->setForeground(Flag, kSyntheticColor);
                item->setFont(Flag, bold);
            } else if (std::isnan(part.value)) {
                item->setText(Flag, tr("missing"));
            }
            bars.push_back({item->text(Part), part.contribution, item->text(Contribution),
                            synthetic, false, 1, QColor(), item->text(Source)});
        }
        top->setExpanded(true);
    }
    chart_->setBars(std::move(bars));
    chart_->setNote(anySynthetic ? tr("Hatched: from synthetic data") : QString());
    const bool adds = std::fabs(sum - e.score) <= 1e-9 * std::max(1.0, std::fabs(e.score));
    sum_->setText(
        adds ? tr("Sum of the contributions %1 = score %2").arg(num(sum, 4), num(e.score, 4))
             : tr("Sum of the contributions %1 \u2260 score %2").arg(num(sum, 4), num(e.score, 4)));
    sum_->setStyleSheet(adds ? QString() : QStringLiteral("color: #b2182b;"));
}

}  // namespace rrw::ui
