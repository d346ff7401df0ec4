#include "render/label_placer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainterPath>
#include <QStaticText>

#include <algorithm>
#include <map>

namespace rrw::render {

bool LabelPlacer::isFree(const QRectF& rect) const {
    if (!bounds_.contains(rect)) {
        return false;
    }
    return std::none_of(placed_.begin(), placed_.end(),
                        [&](const QRectF& other) { return other.intersects(rect); });
}

int LabelPlacer::draw(QPainter& painter, const QFont& baseFont, double dpi) {
    std::stable_sort(
        candidates_.begin(), candidates_.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    int drawn = 0;
    const bool raster =
        painter.device() != nullptr && painter.device()->devType() == QInternal::Image;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // One font and metrics per pixel size (building them per label costs more than drawing).
    std::map<int, std::pair<QFont, QFontMetricsF>> fonts;
    for (const auto& c : candidates_) {
        const int pixelSize = std::max(1, static_cast<int>(c.sizePt * dpi / 72.0 + 0.5));
        auto it = fonts.find(pixelSize);
        if (it == fonts.end()) {
            QFont f = baseFont;
            f.setPixelSize(pixelSize);
            it = fonts.emplace(pixelSize, std::make_pair(f, QFontMetricsF(f))).first;
        }
        const QFont& font = it->second.first;
        const QFontMetricsF& metrics = it->second.second;
        const double w = metrics.horizontalAdvance(c.text);
        const double h = metrics.height();
        const double gap = c.offsetPx;
        std::vector<QPointF> topLefts;
        if (gap <= 0) {
            topLefts = {{c.anchor.x() - w / 2, c.anchor.y() - h / 2}};
        } else {
            topLefts = {{c.anchor.x() + gap, c.anchor.y() - h / 2},
                        {c.anchor.x() - gap - w, c.anchor.y() - h / 2},
                        {c.anchor.x() - w / 2, c.anchor.y() - gap - h},
                        {c.anchor.x() - w / 2, c.anchor.y() + gap}};
        }
        for (const QPointF& tl : topLefts) {
            const QRectF rect(tl, QSizeF(w, h));
            const QRectF padded = rect.adjusted(-2, -1, 2, 1);
            if (!isFree(padded)) {
                continue;
            }
            placed_.push_back(padded);
            const QPointF baseline(tl.x(), tl.y() + metrics.ascent());
            const double haloWidth = std::max(1.5, font.pixelSize() * 0.22);
            if (raster) {
                // On images, the halo is the text drawn around itself from a prepared layout:
                // glyph-cache blits, many times faster than stroking outlines.
                QStaticText text(c.text);
                text.setTextFormat(Qt::PlainText);
                text.prepare(QTransform(), font);
                painter.setFont(font);
                painter.setPen(c.halo);
                const double r = haloWidth / 2;
                for (const QPointF& o :
                     {QPointF(-r, -r), QPointF(0, -r), QPointF(r, -r), QPointF(-r, 0),
                      QPointF(r, 0), QPointF(-r, r), QPointF(0, r), QPointF(r, r)}) {
                    painter.drawStaticText(tl + o, text);
                }
                painter.setPen(c.color);
                painter.drawStaticText(tl, text);
            } else {
                QPainterPath path;
                path.addText(baseline, font, c.text);
                painter.setPen(QPen(c.halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(path);
                painter.setPen(Qt::NoPen);
                painter.setBrush(c.color);
                painter.drawPath(path);
            }
            ++drawn;
            break;
        }
    }
    painter.restore();
    return drawn;
}

}  // namespace rrw::render
