#include "render/furniture.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>

#include <cmath>

namespace rrw::render {

namespace {
constexpr double kTitlePt = 13;
constexpr double kLegendTitlePt = 8;
constexpr double kLegendPt = 7.5;
constexpr double kSmallPt = 6.5;
constexpr double kPaddingMm = 2;
constexpr double kSwatchMm = 4;
}  // namespace

Furniture::Furniture(const MapContent& content, const MapTexts& texts, const MapLanguage& lang,
                     const MapView& view)
    : content_(content), lang_(lang), view_(view) {
    font_ = QFont(QStringLiteral("DejaVu Sans"));
    const MapStyle& style = content.style();
    title_ = MapTexts::pick(lang, style.titleDe, style.titleCs, style.titleEn);
    for (std::size_t i = style.layers.size(); i-- > 0;) {
        const LayerStyle& ls = style.layers[i];
        if (!ls.visible || !ls.inLegend || !style.legend) {
            continue;
        }
        QString layerTitle = MapTexts::pick(lang, ls.titleDe, ls.titleCs, ls.titleEn);
        if (layerTitle.isEmpty()) {
            if (const auto* info = content.info(ls.layers.front())) {
                layerTitle = MapTexts::pick(lang, info->titleDe, info->titleCs, info->titleEn);
            }
        }
        if (layerTitle.isEmpty()) {
            layerTitle = QString::fromStdString(ls.layers.front());
        }
        const auto* data = content.data(ls.layers.front());
        legend_.push_back(content.symbology(i).legend(
            lang, texts, layerTitle, data != nullptr ? data->kind : geo::GeometryKind::Polygons));
    }
    QStringList parts;
    for (const auto& a : content.attributions()) {
        parts << QString::fromStdString(a);
    }
    if (!parts.isEmpty()) {
        attribution_ = texts.text(lang, QT_TRANSLATE_NOOP("rrw", "Sources:")) + QLatin1Char(' ') +
                       parts.join(QStringLiteral("; "));
    }
    layout();
}

QFont Furniture::sized(double pt, bool bold) const {
    QFont f = font_;
    f.setPixelSize(std::max(1, static_cast<int>(pt * view_.dpi() / 72.0 + 0.5)));
    f.setBold(bold);
    return f;
}

void Furniture::layout() {
    const QSizeF size = view_.sizePx();
    const double pad = px(kPaddingMm);
    if (content_.style().northArrow) {
        northRect_ = QRectF(size.width() - pad - px(8), pad, px(8), px(12));
    }
    if (!title_.isEmpty()) {
        // Long (bilingual) titles wrap rather than run under the north arrow.
        const QFontMetricsF m(sized(kTitlePt, true));
        const double maxWidth =
            size.width() - 4 * pad - (northRect_.isNull() ? 0 : northRect_.width() + pad);
        const QRectF text =
            m.boundingRect(QRectF(0, 0, maxWidth, size.height()), Qt::TextWordWrap, title_);
        titleRect_ = QRectF(pad, pad, text.width() + 2 * pad, text.height() + pad);
    }
    if (content_.style().attribution && !attribution_.isEmpty()) {
        const QFontMetricsF m(sized(kSmallPt));
        const QRectF text = m.boundingRect(QRectF(0, 0, size.width() - 2 * pad, size.height()),
                                           Qt::TextWordWrap, attribution_);
        attributionRect_ =
            QRectF(pad, size.height() - pad - text.height(), size.width() - 2 * pad, text.height());
    }
    const double bottom =
        attributionRect_.isNull() ? size.height() - pad : attributionRect_.top() - pad / 2;
    if (content_.style().scaleBar) {
        scaleRect_ = QRectF(pad, bottom - px(9), size.width() * 0.25 + px(10), px(9));
    }
    if (!legend_.empty()) {
        const QFontMetricsF title(sized(kLegendTitlePt, true));
        const QFontMetricsF item(sized(kLegendPt));
        const QFontMetricsF note(sized(kSmallPt));
        double w = 0;
        double h = pad;
        for (const auto& g : legend_) {
            w = std::max(w, title.horizontalAdvance(g.title));
            h += title.height() + px(0.5);
            for (const auto& it : g.items) {
                w = std::max(w, px(kSwatchMm) + px(1.5) + item.horizontalAdvance(it.label));
                h += std::max(item.height(), px(kSwatchMm)) + px(0.8);
            }
            if (!g.note.isEmpty()) {
                w = std::max(w, note.horizontalAdvance(g.note));
                h += note.height();
            }
            h += px(1.5);
        }
        w = std::min(w + 2 * pad, size.width() * 0.45);
        legendRect_ = QRectF(size.width() - pad - w, bottom - h, w, h);
    }
}

std::vector<QRectF> Furniture::reservedAreas() const {
    std::vector<QRectF> out;
    for (const QRectF& r : {titleRect_, legendRect_, scaleRect_, northRect_, attributionRect_}) {
        if (!r.isNull()) {
            out.push_back(r);
        }
    }
    return out;
}

void Furniture::draw(QPainter& painter) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QColor panel(255, 255, 255, 225);
    if (!titleRect_.isNull()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(panel);
        painter.drawRect(titleRect_);
        painter.setFont(sized(kTitlePt, true));
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(titleRect_.adjusted(px(kPaddingMm), 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title_);
    }
    if (!attributionRect_.isNull()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(panel);
        painter.drawRect(attributionRect_.adjusted(-px(1), 0, px(1), 0));
        painter.setFont(sized(kSmallPt));
        painter.setPen(QColor(60, 60, 60));
        painter.drawText(attributionRect_, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                         attribution_);
    }
    if (!legendRect_.isNull()) {
        drawLegend(painter);
    }
    if (!scaleRect_.isNull()) {
        drawScaleBar(painter);
    }
    if (!northRect_.isNull()) {
        drawNorthArrow(painter);
    }
    painter.restore();
}

void Furniture::drawLegend(QPainter& painter) const {
    painter.setPen(QPen(QColor(160, 160, 160), px(0.2)));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(legendRect_);
    const QFont titleFont = sized(kLegendTitlePt, true);
    const QFont itemFont = sized(kLegendPt);
    const QFont noteFont = sized(kSmallPt);
    const QFontMetricsF title(titleFont);
    const QFontMetricsF item(itemFont);
    const QFontMetricsF note(noteFont);
    const double x = legendRect_.left() + px(kPaddingMm);
    double y = legendRect_.top() + px(kPaddingMm);
    const double textW = legendRect_.width() - 2 * px(kPaddingMm);
    for (const auto& g : legend_) {
        painter.setFont(titleFont);
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(QRectF(x, y, textW, title.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         title.elidedText(g.title, Qt::ElideRight, textW));
        y += title.height() + px(0.5);
        for (const auto& it : g.items) {
            const double rowH = std::max(item.height(), px(kSwatchMm));
            const QRectF swatch(x, y + (rowH - px(kSwatchMm)) / 2, px(kSwatchMm), px(kSwatchMm));
            painter.setPen(QPen(it.stroke.isValid() ? it.stroke : QColor(90, 90, 90), px(0.2)));
            painter.setBrush(it.fill.isValid() ? QBrush(it.fill) : QBrush(QColor(200, 200, 200)));
            if (it.shape == LegendItem::Shape::Line) {
                painter.setPen(QPen(it.stroke, std::max(px(it.sizeMm), 1.0)));
                painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                                 QPointF(swatch.right(), swatch.center().y()));
            } else if (it.shape == LegendItem::Shape::Point) {
                const double r = std::min(px(it.sizeMm), px(kSwatchMm)) / 2;
                painter.drawEllipse(swatch.center(), r, r);
            } else {
                painter.drawRect(swatch);
            }
            painter.setFont(itemFont);
            painter.setPen(QColor(30, 30, 30));
            painter.drawText(
                QRectF(swatch.right() + px(1.5), y, textW - px(kSwatchMm) - px(1.5), rowH),
                Qt::AlignLeft | Qt::AlignVCenter, it.label);
            y += rowH + px(0.8);
        }
        if (!g.note.isEmpty()) {
            painter.setFont(noteFont);
            painter.setPen(QColor(90, 90, 90));
            painter.drawText(QRectF(x, y, textW, note.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             note.elidedText(g.note, Qt::ElideRight, textW));
            y += note.height();
        }
        y += px(1.5);
    }
}

void Furniture::drawScaleBar(QPainter& painter) const {
    // A round length near a quarter of the map width: 1, 2 or 5 × 10^k metres.
    const double target = view_.sizePx().width() * 0.2 * view_.metresPerPixel();
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(target, 1.0))));
    double length = magnitude;
    for (double step : {2.0, 5.0, 10.0}) {
        if (magnitude * step <= target) {
            length = magnitude * step;
        }
    }
    const double barPx = length / view_.metresPerPixel();
    const double x0 = scaleRect_.left() + px(1);
    const double y0 = scaleRect_.bottom() - px(2.5);
    const double h = px(1.2);
    painter.setPen(QPen(QColor(30, 30, 30), px(0.2)));
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(i % 2 == 0 ? QColor(30, 30, 30) : QColor(255, 255, 255));
        painter.drawRect(QRectF(x0 + barPx * i / 4, y0, barPx / 4, h));
    }
    const QLocale locale(lang_.primary == Lang::Cs   ? QLocale::Czech
                         : lang_.primary == Lang::De ? QLocale::German
                                                     : QLocale::English);
    const bool km = length >= 1000;
    const auto label = [&](double metres) {
        return locale.toString(km ? metres / 1000 : metres, 'g', 6);
    };
    painter.setFont(sized(kSmallPt));
    const QFontMetricsF m(painter.font());
    for (double f : {0.0, 0.5, 1.0}) {
        const QString t =
            label(length * f) +
            (f == 1.0 ? (km ? QStringLiteral(" km") : QStringLiteral(" m")) : QString());
        const double tx =
            x0 + barPx * f -
            (f == 1.0 ? m.horizontalAdvance(label(length)) / 2 : m.horizontalAdvance(t) / 2);
        painter.drawText(QPointF(tx, y0 - px(0.8)), t);
    }
    const QString scale =
        QStringLiteral("1 : ") +
        locale.toString(std::round(view_.scaleDenominator() / 1000) * 1000, 'f', 0);
    painter.drawText(QPointF(x0, y0 + h + m.ascent() + px(0.3)), scale);
}

void Furniture::drawNorthArrow(QPainter& painter) const {
    // EPSG:3035 grid north; in this region it is within about 1.5° of true north.
    const QRectF r = northRect_;
    const QPointF top(r.center().x(), r.top() + px(3.5));
    const QPointF bottom(r.center().x(), r.bottom());
    QPainterPath left;
    left.moveTo(top);
    left.lineTo(r.left() + px(1), bottom.y());
    left.lineTo(r.center().x(), bottom.y() - px(2.5));
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(top);
    right.lineTo(r.right() - px(1), bottom.y());
    right.lineTo(r.center().x(), bottom.y() - px(2.5));
    right.closeSubpath();
    painter.setPen(QPen(QColor(30, 30, 30), px(0.25)));
    painter.setBrush(QColor(30, 30, 30));
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(sized(kLegendTitlePt, true));
    painter.setPen(QColor(30, 30, 30));
    const QString n =
        lang_.primary == Lang::Cs && !lang_.bilingual ? QStringLiteral("S") : QStringLiteral("N");
    painter.drawText(QRectF(r.left(), r.top(), r.width(), px(3.5)), Qt::AlignCenter, n);
}

}  // namespace rrw::render
