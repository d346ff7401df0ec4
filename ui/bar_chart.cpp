#include "bar_chart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rrw::ui {

namespace {
constexpr int kMargin = 6;
constexpr int kIndentStep = 14;
constexpr int kGap = 8;
}  // namespace

BarChart::BarChart(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setBars(std::vector<Bar> bars) {
    bars_ = std::move(bars);
    updateGeometry();
    update();
}

void BarChart::setNote(const QString& note) {
    note_ = note;
    updateGeometry();
    update();
}

int BarChart::rowHeight() const {
    return fontMetrics().height() + 6;
}

int BarChart::labelWidth() const {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics normal(font());
    const QFontMetrics strong(bold);
    int widest = 0;
    for (const Bar& bar : bars_) {
        const QFontMetrics& fm = bar.strong ? strong : normal;
        widest = std::max(widest, fm.horizontalAdvance(bar.label) + bar.indent * kIndentStep);
    }
    // At most 45 % of the width: long names are elided (the tooltip has them in full).
    return std::min(widest, static_cast<int>(width() * 0.45));
}

QSize BarChart::sizeHint() const {
    const int noteHeight = note_.isEmpty() ? 0 : rowHeight();
    return {420, 2 * kMargin + static_cast<int>(bars_.size()) * rowHeight() + noteHeight};
}

QSize BarChart::minimumSizeHint() const {
    return {200, sizeHint().height()};
}

int BarChart::rowAt(int y) const {
    const int row = (y - kMargin) / rowHeight();
    return y >= kMargin && row < static_cast<int>(bars_.size()) ? row : -1;
}

bool BarChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0) {
            const Bar& bar = bars_[static_cast<std::size_t>(row)];
            QString text = bar.label + QStringLiteral(": ") + bar.valueText;
            if (!bar.toolTip.isEmpty()) {
                text += QStringLiteral("\n") + bar.toolTip;
            }
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void BarChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().base());
    if (bars_.empty()) {
        return;
    }
    const int rowH = rowHeight();
    const int labelW = labelWidth();
    QFont bold = font();
    bold.setBold(true);
    // Value texts go right of the bars; reserve the widest.
    int valueW = 0;
    double minValue = 0.0;
    double maxValue = 0.0;
    for (const Bar& bar : bars_) {
        valueW = std::max(valueW, fontMetrics().horizontalAdvance(bar.valueText));
        if (std::isfinite(bar.value)) {
            minValue = std::min(minValue, bar.value);
            maxValue = std::max(maxValue, bar.value);
        }
    }
    const int plotLeft = kMargin + labelW + kGap;
    const int plotRight = width() - kMargin - valueW - kGap;
    const double span = maxValue - minValue > 0 ? maxValue - minValue : 1.0;
    const auto xOf = [&](double v) {
        return plotLeft + (v - minValue) / span * std::max(1, plotRight - plotLeft);
    };
    const int zeroX = static_cast<int>(std::lround(xOf(0.0)));
    const QColor defaultColor(0x4a, 0x7e, 0xbb);
    for (std::size_t i = 0; i < bars_.size(); ++i) {
        const Bar& bar = bars_[i];
        const int top = kMargin + static_cast<int>(i) * rowH;
        p.setFont(bar.strong ? bold : font());
        p.setPen(palette().color(QPalette::Text));
        const int indent = bar.indent * kIndentStep;
        const QRect labelRect(kMargin + indent, top, labelW - indent, rowH);
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(bar.label, Qt::ElideRight, labelRect.width()));
        p.setFont(font());
        if (std::isfinite(bar.value)) {
            const int x = static_cast<int>(std::lround(xOf(bar.value)));
            const QRect barRect(std::min(x, zeroX), top + 3, std::max(1, std::abs(x - zeroX)),
                                rowH - 6);
            const QColor color = bar.color.isValid() ? bar.color : defaultColor;
            p.fillRect(barRect, bar.marked ? color.lighter(150) : color);
            if (bar.marked) {
                p.fillRect(barRect, QBrush(color.darker(130), Qt::BDiagPattern));
            }
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(plotRight + kGap, top, valueW, rowH), Qt::AlignVCenter | Qt::AlignRight,
                   bar.valueText);
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(zeroX, kMargin, zeroX, kMargin + static_cast<int>(bars_.size()) * rowH);
    if (!note_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(kMargin, kMargin + static_cast<int>(bars_.size()) * rowH,
                         width() - 2 * kMargin, rowH),
                   Qt::AlignVCenter | Qt::AlignLeft, note_);
    }
}

}  // namespace rrw::ui
