#pragma once

#include <QByteArray>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QSizeF>

#include "report/report_model.h"

namespace rrw::report {

/// The report's base font ("DejaVu Sans" where installed: full Czech and German glyphs).
QFont reportFont(double pointSize, bool bold = false);

/// The height a chart needs at the report's text width: bar charts grow with their categories
/// (one horizontal bar per category, names on the left), line charts are fixed.
double chartHeightMm(const Chart& chart);

/// Draws `chart` into `rect` of any QPainter (vectors on PDF and SVG devices). `dpi` scales
/// line widths and fonts given in millimetres and points.
void drawChart(QPainter& painter, const QRectF& rect, const Chart& chart, double dpi);

/// Draws map `figure` into `rect` (the painter's device coordinates at `dpi`).
void drawMap(QPainter& painter, const QRectF& rect, const MapFigure& figure,
             const render::MapTexts& texts, const render::MapLanguage& language, double dpi);

/// The chart or map of physical size `mm` as an SVG document (for HTML and ODT) or as a PNG
/// at `dpi`.
QByteArray chartSvg(const Chart& chart, QSizeF mm);
QByteArray chartPng(const Chart& chart, QSizeF mm, double dpi);
QByteArray mapSvg(const MapFigure& figure, const render::MapTexts& texts,
                  const render::MapLanguage& language, QSizeF mm);
QByteArray mapPng(const MapFigure& figure, const render::MapTexts& texts,
                  const render::MapLanguage& language, QSizeF mm, double dpi);

}  // namespace rrw::report
