#include "slide_legend.h"

#include <QFontMetricsF>

#include <algorithm>

namespace rrw::ui {

namespace {

constexpr double kSwatchMm = 3.2;
constexpr double kGapMm = 1.6;  // between groups
constexpr double kRowGapMm = 0.4;

double mm(double millimetres, double dpi) {
    return millimetres * dpi / 25.4;
}

QFont font(double pt, double dpi, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(pt * dpi / 72.0 + 0.5)));
    f.setBold(bold);
    return f;
}

}  // namespace

SlideLegend::SlideLegend(const render::MapContent& content, const render::MapTexts& texts,
                         const render::MapLanguage& language) {
    const render::MapStyle& style = content.style();
    for (std::size_t i = style.layers.size(); i-- > 0;) {
        const render::LayerStyle& ls = style.layers[i];
        if (!ls.visible || !ls.inLegend) {
            continue;
        }
        QString title = render::MapTexts::pick(language, ls.titleDe, ls.titleCs, ls.titleEn);
        if (title.isEmpty()) {
            if (const auto* info = content.info(ls.layers.front())) {
                title =
                    render::MapTexts::pick(language, info->titleDe, info->titleCs, info->titleEn);
            }
        }
        if (title.isEmpty()) {
            title = QString::fromStdString(ls.layers.front());
        }
        const auto* data = content.data(ls.layers.front());
        groups_.push_back(content.symbology(i).legend(
            language, texts, title, data != nullptr ? data->kind : geo::GeometryKind::Polygons));
    }
}

double SlideLegend::fit(const QRectF& rect, double dpi, double preferredPt,
                        double minimumPt) const {
    double pt = preferredPt;
    while (pt > minimumPt && height(rect.width(), dpi, pt) > rect.height()) {
        pt -= 0.25;
    }
    return std::max(pt, minimumPt);
}

double SlideLegend::height(double width, double dpi, double pt) const {
    return run(nullptr, QRectF(0, 0, width, 1e7), dpi, pt);
}

void SlideLegend::draw(QPainter& painter, const QRectF& rect, double dpi, double pt) const {
    painter.save();
    painter.setClipRect(rect);
    run(&painter, rect, dpi, pt);
    painter.restore();
}

double SlideLegend::run(QPainter* painter, const QRectF& rect, double dpi, double pt) const {
    const QFont titleFont = font(pt + 0.5, dpi, true);
    const QFont itemFont = font(pt, dpi);
    const QFont noteFont = font(std::max(pt - 1.5, 5.0), dpi);
    const QFontMetricsF title(titleFont);
    const QFontMetricsF item(itemFont);
    const QFontMetricsF note(noteFont);
    const double swatch = mm(kSwatchMm, dpi) * pt / 8.0;
    const double labelX = swatch + mm(1.5, dpi);
    const double w = rect.width();
    double y = rect.top();
    for (const render::LegendGroup& g : groups_) {
        // A single symbol without a label is one row: the swatch beside the layer title.
        const bool compact = g.items.size() == 1 && g.items.front().label.isEmpty();
        if (!compact) {
            const QRectF t = title.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, g.title);
            if (painter != nullptr) {
                painter->setFont(titleFont);
                painter->setPen(QColor(20, 20, 20));
                painter->drawText(QRectF(rect.left(), y, w, t.height()),
                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, g.title);
            }
            y += t.height() + mm(kRowGapMm, dpi);
        }
        for (const render::LegendItem& it : g.items) {
            const QString& label = compact ? g.title : it.label;
            const QFontMetricsF& m = compact ? title : item;
            const QRectF l = m.boundingRect(QRectF(0, 0, w - labelX, 1e6), Qt::TextWordWrap, label);
            // The swatch beside the first line; long labels wrap below it.
            const double textTop = std::max(0.0, (swatch - m.height()) / 2);
            const double rowH = std::max(l.height() + textTop, swatch);
            if (painter != nullptr) {
                const double lineH = std::max(m.height(), swatch);
                const QRectF box(rect.left(), y + (lineH - swatch) / 2, swatch, swatch);
                const QColor stroke = it.stroke.isValid() ? it.stroke : QColor(90, 90, 90);
                painter->setPen(QPen(stroke, mm(0.25, dpi)));
                painter->setBrush(it.fill.isValid() ? QBrush(it.fill) : QBrush(Qt::NoBrush));
                if (it.shape == render::LegendItem::Shape::Line) {
                    painter->setPen(QPen(it.stroke, std::max(mm(it.sizeMm, dpi) * 1.5, 2.0)));
                    painter->drawLine(QPointF(box.left(), box.center().y()),
                                      QPointF(box.right(), box.center().y()));
                } else if (it.shape == render::LegendItem::Shape::Point) {
                    // Points as large as on the map, but at least readable as a colour.
                    const double r = std::clamp(mm(it.sizeMm, dpi) / 2, swatch / 4, swatch / 2);
                    painter->drawEllipse(box.center(), r, r);
                } else {
                    painter->drawRect(box);
                }
                painter->setFont(compact ? titleFont : itemFont);
                painter->setPen(compact ? QColor(20, 20, 20) : QColor(30, 30, 30));
                painter->drawText(QRectF(rect.left() + labelX, y + textTop, w - labelX, l.height()),
                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
            }
            y += rowH + mm(kRowGapMm, dpi);
        }
        if (!g.note.isEmpty()) {
            const QRectF n = note.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, g.note);
            if (painter != nullptr) {
                painter->setFont(noteFont);
                painter->setPen(QColor(90, 90, 90));
                painter->drawText(QRectF(rect.left(), y, w, n.height()),
                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, g.note);
            }
            y += n.height();
        }
        y += mm(kGapMm, dpi);
    }
    return y - rect.top() - mm(kGapMm, dpi);
}

}  // namespace rrw::ui
