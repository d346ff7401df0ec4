#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace rrw::ui {

/// Horizontal bars painted with QPainter, one row per item: a label column, a zero line, the
/// bars (hatched where `marked`, e.g. values from synthetic data) and each value as text.
/// Negative values grow to the left of the zero line. The texts come from the caller, already
/// translated and formatted, so the chart follows the language by being given new bars.
class BarChart : public QWidget {
    Q_OBJECT

public:
    struct Bar {
        QString label;
        double value = 0.0;  ///< NaN = no value (no bar)
        QString valueText;
        bool marked = false;
        bool strong = false;  ///< bold label (a group above its members)
        int indent = 0;       ///< label indent in steps (members under their group)
        QColor color;         ///< invalid = the default bar colour
        QString toolTip;
    };

    explicit BarChart(QWidget* parent = nullptr);

    void setBars(std::vector<Bar> bars);
    const std::vector<Bar>& bars() const { return bars_; }
    /// A line under the bars, e.g. what the hatching means; empty = none.
    void setNote(const QString& note);
    QString note() const { return note_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    std::vector<Bar> bars_;
    QString note_;

    int rowHeight() const;
    int labelWidth() const;
    /// Row under `y` (widget coordinates), or -1.
    int rowAt(int y) const;
};

}  // namespace rrw::ui
