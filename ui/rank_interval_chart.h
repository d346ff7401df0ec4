#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace rrw::ui {

/// Ranks with their Monte Carlo intervals, painted with QPainter: one row per region (in the
/// order given, usually by rank), rank 1 on the left; a dot at the rank and a bar from the
/// 5th to the 95th percentile rank. Rows with synthetic inputs get an open dot.
class RankIntervalChart : public QWidget {
    Q_OBJECT

public:
    struct Row {
        QString label;
        int rank = 0;  ///< 0 = not ranked (no dot)
        int low = 0;   ///< 0 = no interval
        int high = 0;
        bool marked = false;
    };

    explicit RankIntervalChart(QWidget* parent = nullptr);

    /// `ranks` = the largest rank on the axis (the number of regions).
    void setRows(std::vector<Row> rows, int ranks);
    const std::vector<Row>& rows() const { return rows_; }
    void setTexts(const QString& axisTitle, const QString& note);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Row> rows_;
    int ranks_ = 1;
    QString axisTitle_;
    QString note_;

    int rowHeight() const;
};

}  // namespace rrw::ui
