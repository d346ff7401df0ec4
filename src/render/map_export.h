#pragma once

#include <QSize>

#include <string>

#include "render/map_renderer.h"

namespace rrw::render {

struct ExportRequest {
    std::string path;          ///< .png, .svg or .pdf (decides the format)
    QSize sizePx{1600, 1000};  ///< the map's size in pixels at `dpi`
    double dpi = 96;
    RenderOptions options;
    geo::Envelope extent;  ///< the part of the world to show; invalid = the whole map
};

struct ExportResult {
    RenderStats stats;
    double renderMs = 0;  ///< drawing time (without reading the project)
};

/// Draws the whole extent of `content` into a PNG (raster, `dpi` stored in the file), an SVG or
/// a PDF (vectors; page = the map's physical size at `dpi`). The file is written beside the
/// target and renamed into place when complete. Throws rrw::Error naming the file when it
/// cannot be written.
ExportResult exportMap(const MapContent& content, const MapTexts& texts,
                       const ExportRequest& request);

}  // namespace rrw::render
