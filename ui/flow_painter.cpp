#include "flow_painter.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "geo/wgs84.h"
#include "risk_texts.h"

namespace rrw::ui {

namespace {

const QColor kCrossBorder(215, 48, 31, 220);
const QColor kOther(74, 111, 165, 150);

const QColor kExternal(74, 111, 165, 70);

/// Where an external node's flows start: a point just outside `places` (the device box of the
/// region's places), kept inside the device.
QPointF externalAnchor(const std::string& id, const QRectF& places, QSizeF size) {
    const double gap = std::max(24.0, 0.08 * std::max(places.width(), places.height()));
    QPointF p;
    if (id == "rest_de") {
        p = {places.left() - gap, places.top() + 0.45 * places.height()};
    } else if (id == "rest_cz") {
        p = {places.right() + gap, places.top() + 0.65 * places.height()};
    } else if (id == "east_asia") {
        p = {places.right() + gap, places.top() + 0.15 * places.height()};
    } else {  // rest_eu and anything else
        p = {places.left() + 0.35 * places.width(), places.bottom() + gap};
    }
    return {std::clamp(p.x(), 12.0, size.width() - 12.0),
            std::clamp(p.y(), 12.0, size.height() - 12.0)};
}

const char* externalName(const std::string& id) {
    if (id == "rest_de") {
        return QT_TRANSLATE_NOOP("rrw", "rest of Germany");
    }
    if (id == "rest_cz") {
        return QT_TRANSLATE_NOOP("rrw", "rest of Czechia");
    }
    if (id == "east_asia") {
        return QT_TRANSLATE_NOOP("rrw", "East Asia");
    }
    return QT_TRANSLATE_NOOP("rrw", "rest of the EU");
}

QPen flowPen(const analysis::SupplyFlow& f, double widthPx) {
    const QColor color = f.crossBorder ? kCrossBorder : f.fromExternal ? kExternal : kOther;
    QPen pen(color, widthPx, Qt::SolidLine, Qt::FlatCap);
    if (f.broken) {
        // Dashes in pixels, not in multiples of a thick line's width.
        const double unit = std::max(widthPx, 0.5);
        pen.setDashPattern(
            {std::max(6.0, 4.0 * widthPx) / unit, std::max(3.0, 2.0 * widthPx) / unit});
    }
    return pen;
}

void drawArrow(QPainter& painter, QPointF from, QPointF to, QPointF control, const QPen& pen,
               double widthPx) {
    QPainterPath path(from);
    path.quadTo(control, to);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen);
    painter.drawPath(path);
    // Arrow head along the curve's last direction.
    const QPointF dir = to - control;
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1e-6) {
        return;
    }
    const QPointF u = dir / len;
    const QPointF n(-u.y(), u.x());
    const double size = std::max(4.0, 2.2 * widthPx);
    QPolygonF head;
    head << to << to - u * size + n * size * 0.5 << to - u * size - n * size * 0.5;
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.color());
    painter.drawPolygon(head);
}

void drawLegend(QPainter& painter, const render::MapView& view, double maxVolume, double maxWidthPx,
                std::size_t drawn, std::size_t total, const render::MapTexts& texts,
                const render::MapLanguage& lang) {
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(std::round(view.mmToPx(2.6))));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height() * 1.35;
    const double sample = view.mmToPx(10);
    const QString volume = RiskTexts::number(maxVolume, lang, 0);
    const std::vector<std::pair<QString, analysis::SupplyFlow>> rows = [&] {
        analysis::SupplyFlow cross, other, external, broken;
        cross.crossBorder = true;
        external.fromExternal = true;
        broken.crossBorder = true;
        broken.broken = true;
        return std::vector<std::pair<QString, analysis::SupplyFlow>>{
            {texts.text(lang, QT_TRANSLATE_NOOP("rrw", "cross-border DE–CZ")), cross},
            {texts.text(lang, QT_TRANSLATE_NOOP("rrw", "within the region, one country")), other},
            {texts.text(lang, QT_TRANSLATE_NOOP("rrw", "from outside the region")), external},
            {texts.text(lang, QT_TRANSLATE_NOOP("rrw", "cut by the scenario's hazards")), broken}};
    }();
    const QString title = texts.text(lang, QT_TRANSLATE_NOOP("rrw", "Supply flows"));
    const QString widthNote = texts.text(lang, QT_TRANSLATE_NOOP("rrw", "widest line: {1} EUR/day"))
                                  .replace(QStringLiteral("{1}"), volume);
    const QString countNote =
        texts.text(lang, QT_TRANSLATE_NOOP("rrw", "{1} largest of {2} flows between places"))
            .replace(QStringLiteral("{1}"), QString::number(drawn))
            .replace(QStringLiteral("{2}"), QString::number(total));
    double textWidth = std::max({fm.horizontalAdvance(title), fm.horizontalAdvance(widthNote),
                                 fm.horizontalAdvance(countNote)});
    for (const auto& r : rows) {
        textWidth = std::max(textWidth, sample + 8 + fm.horizontalAdvance(r.first));
    }
    const double pad = view.mmToPx(1.5);
    const QRectF box(pad, view.sizePx().height() - pad - (rows.size() + 3) * line - 2 * pad,
                     textWidth + 2 * pad, (rows.size() + 3) * line + 2 * pad);
    painter.setPen(QColor(120, 120, 120));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRect(box);
    double y = box.top() + pad + fm.ascent();
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(box.left() + pad, y), title);
    painter.setFont(font);
    for (const auto& [label, flow] : rows) {
        y += line;
        const double mid = y - fm.ascent() / 2 + 1;
        painter.setPen(flowPen(flow, std::min(maxWidthPx, view.mmToPx(1.2))));
        painter.drawLine(QPointF(box.left() + pad, mid), QPointF(box.left() + pad + sample, mid));
        painter.setPen(Qt::black);
        painter.drawText(QPointF(box.left() + pad + sample + 8, y), label);
    }
    painter.drawText(QPointF(box.left() + pad, y += line), widthNote);
    painter.drawText(QPointF(box.left() + pad, y += line), countNote);
}

}  // namespace

std::size_t paintFlows(QPainter& painter, const render::MapView& view,
                       const analysis::SupplyFlowSummary& summary, const FlowPaintOptions& options,
                       const render::MapTexts& texts, const render::MapLanguage& language) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const geo::Wgs84Converter converter;
    std::map<std::string, QPointF> places;
    QRectF box;  // of the places drawn, for the external nodes' anchors
    auto place = [&](const std::string& id, bool external, double lon, double lat, QPointF& out) {
        if (external) {
            out = externalAnchor(id, box, view.sizePx());
            return true;
        }
        const auto it = places.find(id);
        if (it != places.end()) {
            out = it->second;
            return true;
        }
        if (!std::isfinite(lon) || !std::isfinite(lat)) {
            return false;
        }
        const auto [x, y] = converter.toStorage(lon, lat);
        if (!std::isfinite(x)) {
            return false;
        }
        out = places[id] = view.toDevice(x, y);
        return true;
    };

    const std::size_t count = std::min(options.maxFlows, summary.flows.size());
    for (std::size_t i = 0; i < count; ++i) {
        const analysis::SupplyFlow& f = summary.flows[i];
        QPointF p;
        if (!f.fromExternal && place(f.from, false, f.fromLon, f.fromLat, p)) {
            box = box.isNull() ? QRectF(p, QSizeF(1, 1)) : box.united(QRectF(p, QSizeF(1, 1)));
        }
        if (place(f.to, false, f.toLon, f.toLat, p)) {
            box = box.isNull() ? QRectF(p, QSizeF(1, 1)) : box.united(QRectF(p, QSizeF(1, 1)));
        }
    }
    if (!options.regionWorld.isEmpty()) {
        const QRectF& w = options.regionWorld;
        box = QRectF(view.toDevice(w.left(), w.bottom()), view.toDevice(w.right(), w.top()))
                  .normalized();
    }
    if (box.isNull()) {
        box = QRectF(QPointF(0, 0), view.sizePx());
    }
    const double maxVolume = count > 0 ? summary.flows.front().volume : 0.0;
    const double maxW = view.mmToPx(options.maxWidthMm);
    const double minW = view.mmToPx(options.minWidthMm);
    // Draw order: imports and flows from the rest of the countries, then the region's own,
    // then the cross-border ones; thin over thick within each.
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) {
        order[i] = count - 1 - i;
    }
    auto rank = [&](std::size_t i) {
        const auto& f = summary.flows[i];
        return f.crossBorder ? 2 : f.fromExternal ? 0 : 1;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    std::size_t drawn = 0;
    std::map<std::string, bool> externalsUsed;
    for (std::size_t i : order) {
        const analysis::SupplyFlow& f = summary.flows[i];
        QPointF a, b;
        if (!place(f.from, f.fromExternal, f.fromLon, f.fromLat, a) ||
            !place(f.to, false, f.toLon, f.toLat, b)) {
            continue;
        }
        double width = minW + (maxW - minW) * std::sqrt(maxVolume > 0 ? f.volume / maxVolume : 0.0);
        if (f.fromExternal && !f.crossBorder) {
            width = std::max(minW, 0.6 * width);  // context, not the subject of the map
        }
        const QPointF d = b - a;
        const QPointF control = (a + b) / 2 + QPointF(-d.y(), d.x()) * 0.12;
        drawArrow(painter, a, b, control, flowPen(f, width), width);
        if (f.fromExternal) {
            externalsUsed[f.from] = true;
        }
        ++drawn;
    }
    // The external nodes' names at their anchors.
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(std::round(view.mmToPx(2.8))));
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    for (const auto& [id, used] : externalsUsed) {
        const QPointF at = externalAnchor(id, box, view.sizePx());
        const QString name = texts.text(language, externalName(id));
        const double w = fm.horizontalAdvance(name);
        double x = std::clamp(at.x() - w / 2, 2.0, view.sizePx().width() - w - 2.0);
        const double y =
            std::clamp(at.y() - fm.height() * 0.6, fm.ascent() + 2.0, view.sizePx().height() - 4.0);
        QPainterPath text;
        text.addText(QPointF(x, y), font, name);
        painter.setPen(QPen(QColor(255, 255, 255, 230), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(text);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(40, 40, 40));
        painter.drawPath(text);
    }
    drawLegend(painter, view, maxVolume, maxW, drawn, summary.flows.size(), texts, language);
    painter.restore();
    return drawn;
}

}  // namespace rrw::ui
