#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <nlohmann/json_fwd.hpp>

#include <vector>

class QChart;
class QChartView;
class QLabel;

namespace rrw::ui {

/// Regional production over the days of one or more scenario runs, as a share of normal
/// output (Qt Charts line series). The texts come from the caller, already translated.
class ProductionChart : public QWidget {
    Q_OBJECT

public:
    struct Series {
        QString label;
        std::vector<double> percent;  ///< days 1…N; NaN = no value
        QColor color;
        bool dashed = false;
    };

    explicit ProductionChart(QWidget* parent = nullptr);

    /// Shows `series`; `note` (source and year) goes under the chart.
    void setSeries(const QString& title, std::vector<Series> series, const QString& note);
    void setAxisTitles(const QString& x, const QString& y);
    const std::vector<Series>& series() const { return series_; }

    /// An aggregate's daily production (docs/SUPPLY.md, "Output") in per cent of normal: the
    /// total (`key` empty) or the row of `group` ("countries", "regions", …) with `key`.
    /// Empty when the result has no such row.
    static std::vector<double> productionPercent(const nlohmann::json& result,
                                                 const std::string& group = "",
                                                 const std::string& key = "");

private:
    QChartView* view_;
    QLabel* note_;
    std::vector<Series> series_;
    QString xTitle_, yTitle_;

    void rebuild(const QString& title);
};

}  // namespace rrw::ui
