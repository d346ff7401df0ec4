#include "rank_interval_chart.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rrw::ui {

namespace {
constexpr int kMargin = 8;
constexpr int kGap = 10;
}  // namespace

RankIntervalChart::RankIntervalChart(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RankIntervalChart::setRows(std::vector<Row> rows, int ranks) {
    rows_ = std::move(rows);
    ranks_ = std::max(1, ranks);
    updateGeometry();
    update();
}

void RankIntervalChart::setTexts(const QString& axisTitle, const QString& note) {
    axisTitle_ = axisTitle;
    note_ = note;
    update();
}

int RankIntervalChart::rowHeight() const {
    return fontMetrics().height() + 6;
}

QSize RankIntervalChart::sizeHint() const {
    // Rows, the tick labels, the axis title and the note.
    return {460, 2 * kMargin + (static_cast<int>(rows_.size()) + 3) * rowHeight()};
}

QSize RankIntervalChart::minimumSizeHint() const {
    return {240, sizeHint().height()};
}

void RankIntervalChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (rows_.empty()) {
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    const int rowH = rowHeight();
    int labelW = 0;
    for (const Row& row : rows_) {
        labelW = std::max(labelW, fontMetrics().horizontalAdvance(row.label));
    }
    labelW = std::min(labelW, static_cast<int>(width() * 0.4));
    const int plotLeft = kMargin + labelW + kGap;
    const int plotRight = width() - kMargin - fontMetrics().horizontalAdvance(QStringLiteral("00"));
    const int plotTop = kMargin;
    const int plotBottom = plotTop + static_cast<int>(rows_.size()) * rowH;
    const auto xOf = [&](double rank) {
        const double t = ranks_ > 1 ? (rank - 1.0) / (ranks_ - 1.0) : 0.5;
        return plotLeft + t * (plotRight - plotLeft);
    };
    // Grid: a line per rank (every rank when they fit, else every 5th / 10th).
    const int step = ranks_ <= 20 ? 1 : ranks_ <= 100 ? 5 : 10;
    const QColor grid = palette().color(QPalette::Midlight);
    for (int r = 1; r <= ranks_; ++r) {
        if (r != 1 && r % step != 0) {
            continue;
        }
        const double x = xOf(r);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x - 20, plotBottom + 2, 40, rowH), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(r));
    }
    const QColor accent(0xc0, 0x39, 0x2b);
    const QColor interval(0x7f, 0x8c, 0x8d);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const Row& row = rows_[i];
        const double cy = plotTop + (static_cast<double>(i) + 0.5) * rowH;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kMargin, static_cast<int>(cy - rowH / 2.0), labelW, rowH),
                   Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(row.label, Qt::ElideRight, labelW));
        if (row.low > 0 && row.high >= row.low) {
            const double x0 = xOf(row.low);
            const double x1 = xOf(row.high);
            p.setPen(QPen(interval, 3, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(x0, cy), QPointF(x1, cy));
            p.setPen(QPen(interval, 1.5));
            p.drawLine(QPointF(x0, cy - 5), QPointF(x0, cy + 5));
            p.drawLine(QPointF(x1, cy - 5), QPointF(x1, cy + 5));
        }
        if (row.rank > 0) {
            p.setPen(QPen(accent, 2));
            p.setBrush(row.marked ? QBrush(palette().color(QPalette::Base)) : QBrush(accent));
            p.drawEllipse(QPointF(xOf(row.rank), cy), 4.5, 4.5);
            p.setBrush(Qt::NoBrush);
        }
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(plotLeft, plotBottom + rowH, plotRight - plotLeft, rowH),
               Qt::AlignHCenter | Qt::AlignVCenter, axisTitle_);
    if (!note_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(kMargin, plotBottom + 2 * rowH, width() - 2 * kMargin, rowH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(note_, Qt::ElideRight, width() - 2 * kMargin));
    }
}

}  // namespace rrw::ui
