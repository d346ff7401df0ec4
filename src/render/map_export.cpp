#include "render/map_export.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <filesystem>

#include "core/atomic_file.h"
#include "core/error.h"

namespace rrw::render {

namespace {

std::string extensionOf(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext;
}

}  // namespace

ExportResult exportMap(const MapContent& content, const MapTexts& texts,
                       const ExportRequest& request) {
    const std::string ext = extensionOf(request.path);
    if (ext != ".png" && ext != ".svg" && ext != ".pdf") {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: unknown map format (use .png, .svg or .pdf)"),
            {request.path});
    }
    if (request.sizePx.width() < 16 || request.sizePx.height() < 16 ||
        request.sizePx.width() > 20000 || request.sizePx.height() > 20000 || request.dpi < 24 ||
        request.dpi > 1200) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: map size {2}×{3} px at {4} dpi is out of range"),
            {request.path, std::to_string(request.sizePx.width()),
             std::to_string(request.sizePx.height()),
             std::to_string(static_cast<int>(request.dpi))});
    }
    const geo::Envelope extent = request.extent.valid ? request.extent : content.extent();
    const double margin = request.extent.valid ? 0.0 : 0.03;
    const MapView view = MapView::fit(extent, QSizeF(request.sizePx), request.dpi, margin);
    const MapRenderer renderer(content, texts);
    ExportResult result;
    QElapsedTimer timer;
    // Written beside the target and renamed into place when complete: an interrupted export
    // never leaves a truncated map under the final name. Each writer below is closed at the end
    // of its branch, before the rename.
    AtomicFile out(request.path);
    const QString path = QString::fromStdString(out.path());
    bool ok = true;
    if (ext == ".png") {
        QImage image(request.sizePx, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMetre = static_cast<int>(request.dpi / 0.0254 + 0.5);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        timer.start();
        {
            QPainter painter(&image);
            result.stats = renderer.render(painter, view, request.options);
        }
        result.renderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        ok = image.save(path, "PNG");
    } else if (ext == ".svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(request.sizePx);
        svg.setViewBox(QRect(QPoint(0, 0), request.sizePx));
        svg.setResolution(static_cast<int>(request.dpi));
        svg.setTitle(QStringLiteral("rrw map"));
        timer.start();
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            result.stats = renderer.render(painter, view, request.options);
            ok = painter.end();
        }
        result.renderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    } else {
        QPdfWriter pdf(path);
        pdf.setResolution(static_cast<int>(request.dpi));
        const QSizeF mm(request.sizePx.width() * 25.4 / request.dpi,
                        request.sizePx.height() * 25.4 / request.dpi);
        pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("rrw"));
        timer.start();
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            // The page may round to whole points: draw into its real pixel size.
            const MapView pageView =
                MapView::fit(extent, QSizeF(pdf.width(), pdf.height()), request.dpi, margin);
            result.stats = renderer.render(painter, pageView, request.options);
            ok = painter.end();
        }
        result.renderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    if (!ok) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the map"), {request.path});
    }
    out.commit();
    return result;
}

}  // namespace rrw::render
