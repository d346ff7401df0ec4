#include "render/map_renderer.h"

#include <QHash>
#include <QImage>
#include <QPaintDevice>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "render/furniture.h"
#include "render/label_placer.h"

namespace rrw::render {

namespace {

/// Device points of run `r`, dropping vertices closer than `tolerance` pixels to the previous
/// kept one (what the eye cannot see costs raster time).
void runToDevice(const geo::LayerData& data, std::uint32_t r, const MapView& view, double tolerance,
                 std::vector<QPointF>& out) {
    out.clear();
    const std::uint32_t begin = data.runStart[r];
    const std::uint32_t end = data.runStart[r + 1];
    const double t2 = tolerance * tolerance;
    for (std::uint32_t i = begin; i < end; ++i) {
        const QPointF p = view.toDevice(data.xy[2 * i], data.xy[2 * i + 1]);
        if (!out.empty() && i + 1 < end) {
            const double dx = p.x() - out.back().x();
            const double dy = p.y() - out.back().y();
            if (dx * dx + dy * dy < t2) {
                continue;
            }
        }
        out.push_back(p);
    }
}

/// Raster targets get each point symbol pre-drawn once per (colour, size, shape) and blitted;
/// vector targets (PDF, SVG) get real vector symbols.
class PointSprites {
public:
    explicit PointSprites(bool raster) : raster_(raster) {}
    void draw(QPainter& painter, QPointF at, double sizePx, const std::string& shape);

private:
    bool raster_;
    QHash<QString, QImage> cache_;
};

void drawPointSymbol(QPainter& painter, QPointF at, double sizePx, const std::string& shape);

void PointSprites::draw(QPainter& painter, QPointF at, double sizePx, const std::string& shape) {
    if (!raster_ || sizePx > 64) {
        drawPointSymbol(painter, at, sizePx, shape);
        return;
    }
    const QString key =
        QStringLiteral("%1/%2/%3/%4/%5")
            .arg(painter.brush().color().rgba())
            .arg(painter.pen().style() == Qt::NoPen ? 0u : painter.pen().color().rgba())
            .arg(painter.pen().widthF())
            .arg(sizePx)
            .arg(QString::fromStdString(shape));
    auto it = cache_.find(key);
    if (it == cache_.end()) {
        const int extent = static_cast<int>(std::ceil(sizePx + painter.pen().widthF() + 2));
        QImage sprite(extent, extent, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(painter.pen());
        p.setBrush(painter.brush());
        drawPointSymbol(p, QPointF(extent / 2.0, extent / 2.0), sizePx, shape);
        p.end();
        it = cache_.insert(key, sprite);
    }
    painter.drawImage(QPointF(at.x() - it->width() / 2.0, at.y() - it->height() / 2.0), *it);
}

void drawPointSymbol(QPainter& painter, QPointF at, double sizePx, const std::string& shape) {
    const double r = sizePx / 2;
    if (shape == "square") {
        painter.drawRect(QRectF(at.x() - r, at.y() - r, sizePx, sizePx));
    } else if (shape == "triangle") {
        const QPointF pts[3] = {
            {at.x(), at.y() - r}, {at.x() + r, at.y() + r}, {at.x() - r, at.y() + r}};
        painter.drawPolygon(pts, 3);
    } else if (shape == "diamond") {
        const QPointF pts[4] = {
            {at.x(), at.y() - r}, {at.x() + r, at.y()}, {at.x(), at.y() + r}, {at.x() - r, at.y()}};
        painter.drawPolygon(pts, 4);
    } else {
        painter.drawEllipse(at, r, r);
    }
}

QPointF anchorOf(const geo::LayerData& data, std::size_t f, const MapView& view) {
    const geo::Envelope& e = data.envelopes[f];
    if (static_cast<geo::GeometryKind>(data.featureKind[f]) == geo::GeometryKind::Points) {
        const std::uint32_t first = data.runStart[data.featureRuns[f]];
        return view.toDevice(data.xy[2 * first], data.xy[2 * first + 1]);
    }
    return view.toDevice((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2);
}

}  // namespace

QString labelText(const geo::LayerData& data, std::size_t f, const LabelStyle& style,
                  const MapLanguage& lang) {
    const auto text = [&](const std::string& field) -> std::string {
        const auto* c = data.column(field);
        return c != nullptr ? c->texts[f] : std::string();
    };
    const std::string local = text(style.fieldLocal);
    const std::string de = text(style.fieldDe).empty() ? local : text(style.fieldDe);
    const std::string cs = text(style.fieldCs).empty() ? local : text(style.fieldCs);
    if (!lang.bilingual) {
        return QString::fromStdString(lang.primary == Lang::Cs   ? cs
                                      : lang.primary == Lang::De ? de
                                                                 : local);
    }
    // Official name first; then the name in the other language where it differs.
    const std::string& first = local.empty() ? de : local;
    const std::string& other = first == de ? cs : de;
    return QString::fromStdString(other.empty() || other == first ? first : first + " / " + other);
}

std::size_t MapRenderer::drawLayer(QPainter& painter, const MapView& view, std::size_t i) const {
    const LayerStyle& style = content_.style().layers[i];
    const Symbology& symbology = content_.symbology(i);
    const auto data = content_.dataOf(i);
    const geo::Envelope visible = view.visibleExtent();
    const double strokePx = view.mmToPx(style.strokeWidthMm);
    QPen pen(symbology.stroke(), std::max(strokePx, 0.0));
    // Bevel joins and flat caps: round ones cost a trigonometric arc per vertex and look the
    // same at map line widths.
    pen.setJoinStyle(Qt::BevelJoin);
    pen.setCapStyle(Qt::FlatCap);
    if (!style.dash.empty()) {
        pen.setDashPattern(QVector<qreal>(style.dash.begin(), style.dash.end()));
    }
    const bool raster =
        painter.device() != nullptr && painter.device()->devType() == QInternal::Image;
    if (raster && strokePx <= 1.5 && style.dash.empty()) {
        // Hairlines on images: a 1-pixel cosmetic pen (the rasterizer's fast path, no stroker)
        // whose opacity stands in for the thinner width.
        QColor c = pen.color();
        c.setAlphaF(c.alphaF() * static_cast<float>(std::clamp(strokePx, 0.3, 1.0)));
        pen = QPen(c, 0);
        pen.setCosmetic(true);
    }
    const QPen noStroke = style.strokeWidthMm <= 0 ? QPen(Qt::NoPen) : pen;
    const QColor noData(200, 200, 200, static_cast<int>(255 * style.opacity));
    std::vector<QPointF> points;
    QPainterPath path;
    std::size_t drawn = 0;
    PointSprites sprites(painter.device() != nullptr &&
                         painter.device()->devType() == QInternal::Image);
    for (std::size_t l = 0; l < data.size(); ++l) {
        const geo::LayerData& d = *data[l];
        for (std::size_t f = 0; f < d.featureCount(); ++f) {
            if (!d.envelopes[f].intersects(visible)) {
                continue;
            }
            const auto kind = static_cast<geo::GeometryKind>(d.featureKind[f]);
            const std::uint32_t r0 = d.featureRuns[f];
            const std::uint32_t r1 = d.featureRuns[f + 1];
            ++drawn;
            if (kind == geo::GeometryKind::Polygons) {
                const QColor fill = symbology.fillOf(l, f);
                painter.setBrush(style.fill == "none" && style.type == SymbolType::Single
                                     ? QBrush(Qt::NoBrush)
                                     : QBrush(fill.isValid() ? fill : noData));
                painter.setPen(noStroke);
                if (r1 - r0 == 1) {
                    runToDevice(d, r0, view, 0.5, points);
                    painter.drawPolygon(points.data(), static_cast<int>(points.size()),
                                        Qt::OddEvenFill);
                } else {
                    path.clear();
                    path.setFillRule(Qt::OddEvenFill);
                    for (std::uint32_t r = r0; r < r1; ++r) {
                        runToDevice(d, r, view, 0.5, points);
                        path.addPolygon(QPolygonF(QList<QPointF>(points.begin(), points.end())));
                        path.closeSubpath();
                    }
                    painter.drawPath(path);
                }
            } else if (kind == geo::GeometryKind::Lines) {
                QPen linePen = pen;
                if (style.type != SymbolType::Single) {
                    const QColor lineColor = symbology.fillOf(l, f);
                    linePen.setColor(lineColor.isValid() ? lineColor : noData);
                }
                if (!style.widthField.empty()) {
                    linePen.setCosmetic(false);
                    linePen.setWidthF(view.mmToPx(symbology.sizeMmOf(l, f)));
                }
                painter.setPen(linePen);
                painter.setBrush(Qt::NoBrush);
                // A thick line hides detail finer than a fraction of its width.
                const double tolerance = std::max(0.5, linePen.widthF() * 0.4);
                for (std::uint32_t r = r0; r < r1; ++r) {
                    runToDevice(d, r, view, tolerance, points);
                    painter.drawPolyline(points.data(), static_cast<int>(points.size()));
                }
            } else if (kind == geo::GeometryKind::Points) {
                const QColor fill = symbology.fillOf(l, f);
                painter.setBrush(fill.isValid() ? fill : noData);
                painter.setPen(noStroke);
                const double size = view.mmToPx(symbology.sizeMmOf(l, f));
                for (std::uint32_t r = r0; r < r1; ++r) {
                    const std::uint32_t p = d.runStart[r];
                    sprites.draw(painter, view.toDevice(d.xy[2 * p], d.xy[2 * p + 1]), size,
                                 style.pointShape);
                }
            }
        }
    }
    return drawn;
}

void MapRenderer::collectLabels(LabelPlacer& placer, const MapView& view, std::size_t i,
                                const MapLanguage& lang) const {
    const LayerStyle& style = content_.style().layers[i];
    if (!style.label) {
        return;
    }
    const LabelStyle& ls = *style.label;
    const Symbology& symbology = content_.symbology(i);
    const geo::Envelope visible = view.visibleExtent();
    const auto data = content_.dataOf(i);
    for (std::size_t l = 0; l < data.size(); ++l) {
        const geo::LayerData& d = *data[l];
        const geo::AttributeColumn* priority =
            ls.priorityField.empty() ? nullptr : d.column(ls.priorityField);
        for (std::size_t f = 0; f < d.featureCount(); ++f) {
            if (!d.envelopes[f].intersects(visible)) {
                continue;
            }
            double p = priority != nullptr && std::isfinite(priority->numbers[f])
                           ? priority->numbers[f]
                           : 0;
            if (ls.invertPriority) {
                if (ls.maxRank > 0 && p > ls.maxRank) {
                    continue;
                }
                p = -p;
            }
            const QString text = labelText(d, f, ls, lang);
            if (text.isEmpty()) {
                continue;
            }
            const bool isPoint =
                static_cast<geo::GeometryKind>(d.featureKind[f]) == geo::GeometryKind::Points;
            placer.add(
                {text, anchorOf(d, f, view), p,
                 isPoint ? view.mmToPx(symbology.sizeMmOf(l, f)) / 2 + view.mmToPx(0.8) : 0.0,
                 Symbology::color(ls.color), Symbology::color(ls.halo), ls.sizePt});
        }
    }
}

RenderStats MapRenderer::render(QPainter& painter, const MapView& view,
                                const RenderOptions& options) const {
    RenderStats stats;
    const QRectF bounds(QPointF(0, 0), view.sizePx());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(bounds, Symbology::color(content_.style().background));
    painter.setClipRect(bounds);
    for (std::size_t i = 0; i < content_.style().layers.size(); ++i) {
        if (content_.style().layers[i].visible) {
            stats.featuresDrawn += drawLayer(painter, view, i);
        }
    }
    Furniture furniture(content_, texts_, options.language, view);
    LabelPlacer placer(bounds);
    if (options.furniture) {
        for (const QRectF& r : furniture.reservedAreas()) {
            placer.block(r);
        }
    }
    if (options.labels) {
        for (std::size_t i = 0; i < content_.style().layers.size(); ++i) {
            if (content_.style().layers[i].visible) {
                collectLabels(placer, view, i, options.language);
            }
        }
        stats.labelsDrawn = placer.draw(painter, furniture.font(), view.dpi());
    }
    if (options.furniture) {
        furniture.draw(painter);
    }
    painter.restore();
    return stats;
}

}  // namespace rrw::render
