#pragma once

#include <QImage>

#include <string>
#include <vector>

#include "report/report_model.h"

namespace rrw::report {

enum class Format { Pdf, Odt, Html };

/// Parses "pdf", "odt", "html"; false for anything else.
bool parseFormat(const std::string& text, Format& out);

struct WriteResult {
    int pages = 0;  ///< PDF pages (0 for ODT and HTML, which the reader lays out)
    int maps = 0;
    int charts = 0;
    int tables = 0;
};

/// A4 pages laid out with QPainter: title page, table of contents with page numbers, page
/// numbers in the footer; maps and charts as vectors. Throws rrw::Error naming `path`.
/// All three writers write beside `path` and rename the file into place when it is complete
/// (core/atomic_file.h): a file already at `path` stays intact until then.
WriteResult writePdf(const Report& report, const std::string& path);

/// One self-contained HTML file: inline CSS, maps and charts as inline SVG, no external
/// resources. Throws rrw::Error naming `path`.
WriteResult writeHtml(const Report& report, const std::string& path);

/// An OpenDocument Text file (a zip: "mimetype" first and stored, content.xml, styles.xml,
/// meta.xml, META-INF/manifest.xml, Pictures/*): real tables, maps and charts as PNG
/// pictures, page numbers in the footer, a table of contents the reader can update.
WriteResult writeOdt(const Report& report, const std::string& path);

/// The first `maxPages` pages of the PDF layout as images `widthPx` wide (a preview: the same
/// layout as writePdf, drawn on raster pages).
std::vector<QImage> renderPdfPages(const Report& report, int maxPages, int widthPx);

WriteResult writeReport(const Report& report, const std::string& path, Format format);

}  // namespace rrw::report
