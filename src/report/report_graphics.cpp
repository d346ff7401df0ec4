#include "report/report_graphics.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "render/map_renderer.h"

namespace rrw::report {

namespace {

// Colours of the series (ColorBrewer Set2/Dark2, readable in grey print).
const char* const kSeriesColors[] = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a",
                                     "#66a61e", "#e6ab02", "#a6761d", "#666666"};

QColor seriesColor(std::size_t i) {
    return QColor(kSeriesColors[i % (sizeof kSeriesColors / sizeof kSeriesColors[0])]);
}

/// A "nice" step (1, 2, 2.5, 5 × 10^n) for about `ticks` intervals over `span`.
double niceStep(double span, int ticks) {
    const double raw = span / std::max(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= f * magnitude) {
            return f * magnitude;
        }
    }
    return 10.0 * magnitude;
}

QString tickLabel(const QLocale& locale, double value, double step) {
    const int decimals = step >= 1.0 ? 0 : static_cast<int>(std::ceil(-std::log10(step)));
    if (std::abs(value) >= 1e6 && step >= 1e5) {
        return locale.toString(value / 1e6, 'f', step >= 1e6 ? 0 : 1) + QStringLiteral(" M");
    }
    return locale.toString(value, 'f', std::min(decimals, 3));
}

QFont sizedFont(double pt, double dpi, bool bold = false) {
    QFont f = reportFont(pt, bold);
    // Fonts on an SVG/PNG device follow its logical dpi; give the pixel size explicitly so that
    // every device draws the chart alike.
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pt * dpi / 72.0))));
    return f;
}

QByteArray toSvg(QSizeF mm, const QString& title,
                 const std::function<void(QPainter&, const QRectF&, double)>& draw) {
    const double dpi = 96.0;
    const QSize px(static_cast<int>(std::lround(mm.width() / 25.4 * dpi)),
                   static_cast<int>(std::lround(mm.height() / 25.4 * dpi)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(px);
    svg.setViewBox(QRect(QPoint(0, 0), px));
    svg.setResolution(static_cast<int>(dpi));
    svg.setTitle(title);  // the SVG's <title>: what a screen reader or a tooltip names
    svg.setDescription(QStringLiteral("rrw"));
    QPainter painter;
    if (painter.begin(&svg)) {
        draw(painter, QRectF(QPointF(0, 0), QSizeF(px)), dpi);
        painter.end();
    }
    return bytes;
}

QByteArray toPng(QSizeF mm, double dpi,
                 const std::function<void(QPainter&, const QRectF&, double)>& draw) {
    const QSize px(static_cast<int>(std::lround(mm.width() / 25.4 * dpi)),
                   static_cast<int>(std::lround(mm.height() / 25.4 * dpi)));
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMetre = static_cast<int>(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        draw(painter, QRectF(QPointF(0, 0), QSizeF(px)), dpi);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// One row of colour swatches with the series names at the bottom of `rect`.
void drawLegend(QPainter& painter, const QRectF& rect, const Chart& chart, double dpi) {
    if (chart.series.size() < 2) {
        return;
    }
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const QFont font = sizedFont(7.5, dpi);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    double x = rect.left() + mm(12);
    const double y = rect.bottom() - mm(6);
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        painter.fillRect(QRectF(x, y + mm(1.5), mm(3), mm(3)), seriesColor(s));
        const double w = fm.horizontalAdvance(chart.series[s].name) + mm(1);
        painter.setPen(QColor("#333333"));
        painter.drawText(QRectF(x + mm(4), y, w, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                         chart.series[s].name);
        x += w + mm(8);
    }
}

/// Horizontal bars: category names on the left, one bar per series, values at the bar ends.
void drawBars(QPainter& painter, const QRectF& rect, const Chart& chart, double dpi, double top) {
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const QFont font = sizedFont(7.5, dpi);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    double high = 0.0;
    double low = 0.0;
    for (const auto& s : chart.series) {
        for (const double v : s.values) {
            if (std::isfinite(v)) {
                high = std::max(high, v);
                low = std::min(low, v);
            }
        }
    }
    if (high <= low) {
        high = low + 1.0;
    }
    const double step = niceStep(high - low, 5);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    double nameW = 0.0;
    for (const QString& c : chart.categories) {
        nameW = std::max(nameW, fm.horizontalAdvance(c));
    }
    nameW = std::min(nameW + mm(2), rect.width() * 0.42);
    const double legendH = chart.series.size() > 1 ? mm(6) : 0.0;
    const QRectF plot(rect.left() + nameW, top + mm(5), rect.width() - nameW - mm(14),
                      rect.bottom() - top - mm(5) - mm(6) - legendH);
    const auto xOf = [&](double v) {
        return plot.left() + (v - low) / (high - low) * plot.width();
    };
    painter.setPen(QColor("#333333"));
    for (double v = low; v <= high + step / 2; v += step) {
        const double x = xOf(v);
        painter.setPen(QPen(QColor("#d9d9d9"), mm(0.15)));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QColor("#333333"));
        painter.drawText(QRectF(x - mm(10), plot.bottom() + mm(0.5), mm(20), mm(4.5)),
                         Qt::AlignHCenter | Qt::AlignTop, tickLabel(chart.locale, v, step));
    }
    if (!chart.valueLabel.isEmpty()) {
        painter.drawText(QRectF(plot.left(), plot.top() - mm(5), plot.width(), mm(4.5)),
                         Qt::AlignRight | Qt::AlignVCenter, chart.valueLabel);
    }
    const std::size_t n = chart.categories.size();
    const double slot = n > 0 ? plot.height() / static_cast<double>(n) : 0.0;
    const double barH =
        slot * 0.7 / static_cast<double>(std::max<std::size_t>(1, chart.series.size()));
    for (std::size_t c = 0; c < n; ++c) {
        const double y = plot.top() + slot * static_cast<double>(c);
        painter.setPen(QColor("#1a1a1a"));
        painter.drawText(QRectF(rect.left(), y, nameW - mm(2), slot),
                         Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(chart.categories[c], Qt::ElideRight, nameW - mm(2)));
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const double v =
                c < chart.series[s].values.size() ? chart.series[s].values[c] : std::nan("");
            if (!std::isfinite(v)) {
                continue;
            }
            const double x0 = xOf(std::max(low, 0.0));
            const double x1 = xOf(v);
            const QRectF bar(std::min(x0, x1), y + slot * 0.15 + barH * static_cast<double>(s),
                             std::abs(x1 - x0), barH * 0.92);
            painter.fillRect(bar, seriesColor(s));
            painter.setPen(QColor("#333333"));
            painter.drawText(QRectF(bar.right() + mm(1), bar.top(), mm(14), bar.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             chart.locale.toString(v, 'f', step >= 1.0 ? 1 : 2));
        }
    }
    painter.setPen(QPen(QColor("#666666"), mm(0.2)));
    painter.drawLine(QPointF(xOf(std::max(low, 0.0)), plot.top()),
                     QPointF(xOf(std::max(low, 0.0)), plot.bottom()));
}

/// Per category a bar from series 0 to series 1 and a dot at series 2, categories as rows.
void drawIntervals(QPainter& painter, const QRectF& rect, const Chart& chart, double dpi,
                   double top) {
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const QFont font = sizedFont(7.5, dpi);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const auto value = [&](std::size_t s, std::size_t c) {
        return s < chart.series.size() && c < chart.series[s].values.size()
                   ? chart.series[s].values[c]
                   : std::nan("");
    };
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto& s : chart.series) {
        for (const double v : s.values) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    if (!std::isfinite(low) || high <= low) {
        low = 0.0;
        high = std::isfinite(high) ? high + 1.0 : 1.0;
    }
    const double step = std::max(1.0, niceStep(high - low, 6));
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    double nameW = 0.0;
    for (const QString& c : chart.categories) {
        nameW = std::max(nameW, fm.horizontalAdvance(c));
    }
    nameW = std::min(nameW + mm(2), rect.width() * 0.42);
    const QRectF plot(rect.left() + nameW, top + mm(5), rect.width() - nameW - mm(6),
                      rect.bottom() - top - mm(5) - mm(6));
    const auto xOf = [&](double v) {
        return plot.left() + (v - low) / (high - low) * plot.width();
    };
    for (double v = low; v <= high + step / 2; v += step) {
        const double x = xOf(v);
        painter.setPen(QPen(QColor("#d9d9d9"), mm(0.15)));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QColor("#333333"));
        painter.drawText(QRectF(x - mm(10), plot.bottom() + mm(0.5), mm(20), mm(4.5)),
                         Qt::AlignHCenter | Qt::AlignTop, tickLabel(chart.locale, v, step));
    }
    if (!chart.valueLabel.isEmpty()) {
        painter.drawText(QRectF(plot.left(), plot.top() - mm(5), plot.width(), mm(4.5)),
                         Qt::AlignRight | Qt::AlignVCenter, chart.valueLabel);
    }
    const std::size_t n = chart.categories.size();
    const double slot = n > 0 ? plot.height() / static_cast<double>(n) : 0.0;
    for (std::size_t c = 0; c < n; ++c) {
        const double y = plot.top() + slot * (static_cast<double>(c) + 0.5);
        painter.setPen(QColor("#1a1a1a"));
        painter.drawText(QRectF(rect.left(), y - slot / 2, nameW - mm(2), slot),
                         Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(chart.categories[c], Qt::ElideRight, nameW - mm(2)));
        const double a = value(0, c);
        const double b = value(1, c);
        if (std::isfinite(a) && std::isfinite(b)) {
            painter.fillRect(QRectF(xOf(std::min(a, b)) - mm(0.8), y - slot * 0.25,
                                    std::abs(xOf(b) - xOf(a)) + mm(1.6), slot * 0.5),
                             QColor("#9ecae1"));
        }
        const double p = value(2, c);
        if (std::isfinite(p)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor("#1a1a1a"));
            painter.drawEllipse(QPointF(xOf(p), y), mm(0.9), mm(0.9));
            painter.setBrush(Qt::NoBrush);
        }
    }
}

}  // namespace

double chartHeightMm(const Chart& chart) {
    if (chart.kind == Chart::Kind::Line) {
        return 75.0;
    }
    const double perCategory = chart.kind == Chart::Kind::Interval
                                   ? 5.0
                                   : 4.0 + 2.5 * static_cast<double>(chart.series.size());
    return std::clamp(22.0 + perCategory * static_cast<double>(chart.categories.size()), 40.0,
                      200.0);
}

QFont reportFont(double pointSize, bool bold) {
    static const bool hasDejaVu = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"));
    QFont f(hasDejaVu ? QStringLiteral("DejaVu Sans")
                      : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No shaping (our scripts need none): no "fi" ligature, so the PDF's text can be searched
    // and copied ("Profile", not "Pro\ufb01le").
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void drawChart(QPainter& painter, const QRectF& rect, const Chart& chart, double dpi) {
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(rect, Qt::white);
    const QFont titleFont = sizedFont(9, dpi, true);
    const QFont font = sizedFont(7.5, dpi);
    double top = rect.top() + mm(1);
    if (!chart.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        const QRectF titleRect(rect.left(), top, rect.width(), mm(6));
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, chart.title);
        top += mm(7);
    }
    if (chart.kind == Chart::Kind::Bar) {
        drawBars(painter, rect, chart, dpi, top);
        drawLegend(painter, rect, chart, dpi);
        painter.restore();
        return;
    }
    if (chart.kind == Chart::Kind::Interval) {
        drawIntervals(painter, rect, chart, dpi, top);
        painter.restore();
        return;
    }
    // A line chart. Value range over all series.
    double low = 0.0;
    double high = 0.0;
    bool any = false;
    for (const auto& s : chart.series) {
        for (const double v : s.values) {
            if (std::isfinite(v)) {
                low = any ? std::min(low, v) : std::min(0.0, v);
                high = any ? std::max(high, v) : std::max(0.0, v);
                any = true;
            }
        }
    }
    if (any) {
        // Lines of shares (production) read better from their own range.
        double lo = high;
        for (const auto& s : chart.series) {
            for (const double v : s.values) {
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                }
            }
        }
        low = std::max(0.0, lo - (high - lo) * 0.1);
        // Never magnify a change below one unit (a percentage point) into the whole height.
        low = std::max(0.0, std::min(low, high - 1.0));
    }
    if (!any || high <= low) {
        high = low + 1.0;
    }
    const double step = niceStep(high - low, 5);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    // Legend (one row of swatches) at the bottom.
    const double legendH = chart.series.size() > 1 ? mm(6) : 0.0;
    const double categoryH = mm(6);
    double labelW = 0.0;
    for (double v = low; v <= high + step / 2; v += step) {
        labelW = std::max(labelW, fm.horizontalAdvance(tickLabel(chart.locale, v, step)));
    }
    const QRectF plot(rect.left() + labelW + mm(3), top + mm(2), rect.width() - labelW - mm(5),
                      rect.bottom() - top - categoryH - legendH - mm(4));
    const auto yOf = [&](double v) {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    };
    // Grid and value labels.
    painter.setPen(QPen(QColor("#d0d0d0"), mm(0.15)));
    for (double v = low; v <= high + step / 2; v += step) {
        const double y = yOf(v);
        painter.setPen(QPen(QColor("#d9d9d9"), mm(0.15)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor("#333333"));
        painter.drawText(QRectF(rect.left(), y - mm(3), labelW + mm(1), mm(6)),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabel(chart.locale, v, step));
    }
    if (!chart.valueLabel.isEmpty()) {
        painter.drawText(QRectF(plot.left() + mm(1), plot.top() - mm(4.5), plot.width(), mm(4)),
                         Qt::AlignLeft | Qt::AlignVCenter, chart.valueLabel);
    }
    const std::size_t n = chart.categories.size();
    if (n > 0) {
        const double slot = plot.width() / static_cast<double>(n);
        const int every = std::max(1, static_cast<int>(std::ceil(mm(12) / slot)));
        for (std::size_t c = 0; c < n; ++c) {
            const double x = plot.left() + slot * (static_cast<double>(c) + 0.5);
            if (static_cast<int>(c) % every == 0) {
                painter.setPen(QColor("#333333"));
                painter.drawText(
                    QRectF(x - slot * every / 2, plot.bottom() + mm(0.5), slot * every, mm(4.5)),
                    Qt::AlignHCenter | Qt::AlignTop, chart.categories[c]);
            }
        }
        {
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                QPainterPath path;
                bool started = false;
                for (std::size_t c = 0; c < n && c < chart.series[s].values.size(); ++c) {
                    const double v = chart.series[s].values[c];
                    if (!std::isfinite(v)) {
                        started = false;
                        continue;
                    }
                    const QPointF p(plot.left() + slot * (static_cast<double>(c) + 0.5), yOf(v));
                    if (started) {
                        path.lineTo(p);
                    } else {
                        path.moveTo(p);
                        started = true;
                    }
                }
                painter.setPen(QPen(seriesColor(s), mm(0.5)));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(path);
            }
        }
    }
    painter.setPen(QPen(QColor("#666666"), mm(0.2)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    drawLegend(painter, rect, chart, dpi);
    painter.restore();
}

void drawMap(QPainter& painter, const QRectF& rect, const MapFigure& figure,
             const render::MapTexts& texts, const render::MapLanguage& language, double dpi) {
    if (!figure.content) {
        return;
    }
    const geo::Envelope extent = figure.extent.valid ? figure.extent : figure.content->extent();
    const double margin = figure.extent.valid ? 0.0 : 0.03;
    const render::MapView view = render::MapView::fit(extent, rect.size(), dpi, margin);
    painter.save();
    painter.translate(rect.topLeft());
    render::RenderOptions options;
    options.language = language;
    render::MapRenderer(*figure.content, texts).render(painter, view, options);
    painter.restore();
    painter.save();
    painter.setPen(QPen(QColor("#808080"), dpi / 25.4 * 0.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

QByteArray chartSvg(const Chart& chart, QSizeF mm) {
    return toSvg(mm, chart.title,
                 [&](QPainter& p, const QRectF& r, double dpi) { drawChart(p, r, chart, dpi); });
}

QByteArray chartPng(const Chart& chart, QSizeF mm, double dpi) {
    return toPng(mm, dpi,
                 [&](QPainter& p, const QRectF& r, double d) { drawChart(p, r, chart, d); });
}

QByteArray mapSvg(const MapFigure& figure, const render::MapTexts& texts,
                  const render::MapLanguage& language, QSizeF mm) {
    return toSvg(mm, figure.caption, [&](QPainter& p, const QRectF& r, double dpi) {
        drawMap(p, r, figure, texts, language, dpi);
    });
}

QByteArray mapPng(const MapFigure& figure, const render::MapTexts& texts,
                  const render::MapLanguage& language, QSizeF mm, double dpi) {
    return toPng(mm, dpi, [&](QPainter& p, const QRectF& r, double d) {
        drawMap(p, r, figure, texts, language, d);
    });
}

}  // namespace rrw::report
