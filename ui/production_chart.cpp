#include "production_chart.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace rrw::ui {

ProductionChart::ProductionChart(QWidget* parent)
    : QWidget(parent), view_(new QChartView(this)), note_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumHeight(220);
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(view_, 1);
    layout->addWidget(note_);
}

void ProductionChart::setAxisTitles(const QString& x, const QString& y) {
    xTitle_ = x;
    yTitle_ = y;
}

void ProductionChart::setSeries(const QString& title, std::vector<Series> series,
                                const QString& note) {
    series_ = std::move(series);
    note_->setText(note);
    rebuild(title);
}

void ProductionChart::rebuild(const QString& title) {
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QValueAxis(chart);
    auto* y = new QValueAxis(chart);
    x->setTitleText(xTitle_);
    y->setTitleText(yTitle_);
    x->setLabelFormat(QStringLiteral("%d"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double low = 100.0;
    std::size_t days = 1;
    for (const Series& s : series_) {
        auto* line = new QLineSeries(chart);
        line->setName(s.label);
        for (std::size_t d = 0; d < s.percent.size(); ++d) {
            if (std::isfinite(s.percent[d])) {
                line->append(static_cast<double>(d + 1), s.percent[d]);
                low = std::min(low, s.percent[d]);
            }
        }
        days = std::max(days, s.percent.size());
        QPen pen(s.color, 2.0);
        if (s.dashed) {
            pen.setStyle(Qt::DashLine);
        }
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(1, static_cast<double>(days));
    x->setTickCount(static_cast<int>(std::min<std::size_t>(days, 10)) + 1);
    // From a round value under the lowest point to just above 100 %, ticks on round values.
    const double span = 100.0 - low;
    const double step = span <= 4.0 ? 1.0 : span <= 10.0 ? 2.0 : span <= 25.0 ? 5.0 : 10.0;
    const double bottom = std::max(0.0, std::floor((low - 0.5 * step) / step) * step);
    y->setRange(bottom, 100.0 + 0.25 * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(100.0);
    y->setTickInterval(step);
    QChart* old = view_->chart();
    view_->setChart(chart);
    delete old;
}

std::vector<double> ProductionChart::productionPercent(const nlohmann::json& result,
                                                       const std::string& group,
                                                       const std::string& key) {
    const nlohmann::json* row = nullptr;
    if (group.empty()) {
        row = result.contains("total") ? &result.at("total") : nullptr;
    } else if (result.contains(group)) {
        for (const auto& r : result.at(group)) {
            if (r.at("key") == key) {
                row = &r;
                break;
            }
        }
    }
    std::vector<double> out;
    if (row == nullptr || !row->contains("production")) {
        return out;
    }
    for (const auto& v : row->at("production")) {
        out.push_back(v.is_number() ? 100.0 * v.get<double>()
                                    : std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

}  // namespace rrw::ui
