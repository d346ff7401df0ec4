// The PDF writer: a small page layout of its own on QPainter/QPdfWriter (docs/REPORTS.md).
// It runs twice: first only measuring (which page each heading lands on, how many pages),
// then drawing with the table of contents and "page x of y" filled in.

#include <QImage>
#include <QPdfWriter>

#include <QRegularExpression>
#include <QTextLayout>
#include <cmath>
#include <functional>

#include <algorithm>
#include <cmath>

#include "core/atomic_file.h"
#include "core/error.h"
#include "report/report_graphics.h"
#include "report/report_writers.h"

namespace rrw::report {

namespace {

constexpr double kDpi = 300.0;
const QColor kCzechColor("#1f4e79");
const QColor kRuleColor("#9e9e9e");
const QColor kHeaderFill("#e8ecf0");

struct TocEntry {
    QString text;
    int level = 1;
    int page = 0;
};

class PdfLayout {
public:
    /// `nextPage` starts the next page on the painter's device; it returns false when no
    /// further page is wanted (the layout then goes on measuring only).
    PdfLayout(const Report& report, QPaintDevice& device, std::function<bool()> nextPage,
              QPainter* painter)
        : report_(report), device_(device), nextPage_(std::move(nextPage)), painter_(painter) {
        pageW_ = mm(210);
        pageH_ = mm(297);
        left_ = mm(20);
        right_ = pageW_ - mm(20);
        top_ = mm(20);
        bottom_ = pageH_ - mm(22);
    }

    /// Lays out the whole report. `toc` holds the entries with the pages of the previous pass.
    void run(std::vector<TocEntry>& toc, int totalPages) {
        totalPages_ = totalPages;
        toc_ = &toc;
        std::vector<TocEntry> found;
        found_ = &found;
        titlePage();
        tableOfContents();
        for (const Section& s : report_.sections) {
            section(s);
        }
        toc = std::move(found);
    }

    int pages() const { return page_; }
    WriteResult counts() const { return counts_; }

private:
    const Report& report_;
    QPaintDevice& device_;
    std::function<bool()> nextPage_;
    QPainter* painter_;  ///< nullptr while measuring
    double pageW_, pageH_, left_, right_, top_, bottom_;
    double y_ = 0;
    int page_ = 1;
    int totalPages_ = 0;
    std::vector<TocEntry>* toc_ = nullptr;
    std::vector<TocEntry>* found_ = nullptr;
    WriteResult counts_;
    double keepWithNext_ = 0;

    double mm(double v) const { return v * kDpi / 25.4; }
    double width() const { return right_ - left_; }

    void newPage() {
        if (painter_ != nullptr && !nextPage_()) {
            painter_ = nullptr;
        }
        ++page_;
        y_ = top_;
        footer();
    }

    /// Starts a new page unless `height` still fits (a block taller than a page starts at the top).
    void ensure(double height) {
        if (y_ + height > bottom_ && y_ > top_ + 1) {
            newPage();
        }
    }

    void footer() {
        if (painter_ == nullptr || page_ == 1) {
            return;
        }
        const QFont f = reportFont(7.5);
        painter_->setFont(f);
        painter_->setPen(QColor("#555555"));
        const double y = pageH_ - mm(15);
        painter_->setPen(QPen(kRuleColor, mm(0.15)));
        painter_->drawLine(QPointF(left_, y - mm(1.5)), QPointF(right_, y - mm(1.5)));
        painter_->setPen(QColor("#555555"));
        painter_->drawText(QRectF(left_, y, width() * 0.7, mm(5)), Qt::AlignLeft | Qt::AlignTop,
                           report_.shortTitle);
        QString pageText = report_.texts.pageOf;
        pageText.replace(QStringLiteral("{1}"), QString::number(page_));
        pageText.replace(QStringLiteral("{2}"), QString::number(totalPages_));
        painter_->drawText(QRectF(left_ + width() * 0.7, y, width() * 0.3, mm(5)),
                           Qt::AlignRight | Qt::AlignTop, pageText);
    }

    std::unique_ptr<QTextLayout> layoutText(const QString& text, const QFont& font, double w,
                                            Qt::Alignment align = Qt::AlignLeft) const {
        // QTextLayout breaks lines at U+2028, not at '\n'.
        QString lines = text;
        lines.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        auto layout = std::make_unique<QTextLayout>(lines, font, &device_);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(align);
        layout->setTextOption(option);
        layout->beginLayout();
        double h = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid()) {
                break;
            }
            line.setLineWidth(w);
            line.setPosition(QPointF(0, h));
            h += line.height();
        }
        layout->endLayout();
        return layout;
    }

    double textHeight(const QString& text, const QFont& font, double w) const {
        return layoutText(text, font, w)->boundingRect().height();
    }

    /// Running text, broken between lines across pages.
    void text(const QString& s, const QFont& font, const QColor& color, double spaceAfter,
              double indent = 0) {
        const auto layout = layoutText(s, font, width() - indent);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            ensure(line.height());
            if (painter_ != nullptr) {
                painter_->setPen(color);
                line.draw(painter_, QPointF(left_ + indent, y_ - line.y()));
            }
            y_ += line.height();
        }
        y_ += spaceAfter;
    }

    /// Text in a box (table cells), no page break inside.
    void boxText(const QString& s, const QFont& font, const QRectF& box, Qt::Alignment align,
                 const QColor& color) {
        if (painter_ == nullptr) {
            return;
        }
        const auto layout = layoutText(s, font, box.width(), align);
        painter_->save();
        painter_->setClipRect(box.adjusted(-1, -1, 1, 1));
        painter_->setPen(color);
        layout->draw(painter_, box.topLeft());
        painter_->restore();
    }

    void titlePage() {
        const TitlePage& t = report_.titlePage;
        y_ = mm(70);
        if (painter_ != nullptr) {
            painter_->fillRect(QRectF(0, 0, pageW_, mm(12)), QColor("#1f4e79"));
        }
        text(t.title, reportFont(24, true), Qt::black, mm(6));
        if (!t.subtitle.isEmpty()) {
            text(t.subtitle, reportFont(14), QColor("#333333"), mm(14));
        }
        for (const QString& line : t.lines) {
            text(line, reportFont(11), QColor("#333333"), mm(2.5));
        }
        if (!t.notice.isEmpty()) {
            y_ = std::max(y_ + mm(10), mm(230));
            text(t.notice, reportFont(9), QColor("#8a1c1c"), 0);
        }
    }

    void tableOfContents() {
        newPage();
        text(report_.texts.contents, reportFont(16, true), Qt::black, mm(5));
        const QFont f1 = reportFont(10, true);
        const QFont f2 = reportFont(9);
        for (const TocEntry& e : *toc_) {
            const QFont& f = e.level == 1 ? f1 : f2;
            const double indent = e.level == 1 ? 0 : mm(6);
            const double h = QFontMetricsF(f, &device_).height() * 1.35;
            ensure(h);
            if (painter_ != nullptr) {
                const QString number = QString::number(e.page);
                const QFontMetricsF fm(f, &device_);
                const double numberW = mm(12);
                const QString label =
                    fm.elidedText(e.text, Qt::ElideRight, width() - indent - numberW - mm(4));
                painter_->setFont(f);
                painter_->setPen(Qt::black);
                painter_->drawText(QRectF(left_ + indent, y_, width() - indent, h),
                                   Qt::AlignLeft | Qt::AlignVCenter, label);
                // Dotted leader from the text to the page number.
                const double from = left_ + indent + fm.horizontalAdvance(label) + mm(2);
                const double to = right_ - numberW;
                painter_->setPen(QPen(kRuleColor, mm(0.3), Qt::DotLine));
                if (to > from) {
                    painter_->drawLine(QPointF(from, y_ + h * 0.7), QPointF(to, y_ + h * 0.7));
                }
                painter_->setPen(Qt::black);
                painter_->drawText(QRectF(right_ - numberW, y_, numberW, h),
                                   Qt::AlignRight | Qt::AlignVCenter, number);
            }
            y_ += h;
        }
    }

    void section(const Section& s) {
        newPage();
        found_->push_back({s.heading, 1, page_});
        text(s.heading, reportFont(16, true), QColor("#1f4e79"), mm(4));
        for (std::size_t i = 0; i < s.blocks.size(); ++i) {
            if (std::holds_alternative<Subheading>(s.blocks[i])) {
                // Keep a heading with (the start of) what follows it.
                const double next = i + 1 < s.blocks.size() ? startHeight(s.blocks[i + 1]) : 0.0;
                keepWithNext_ = std::min(next, bottom_ - top_ - mm(20));
            }
            std::visit([this](const auto& block) { this->block(block); }, s.blocks[i]);
        }
    }

    /// The height the start of `b` needs on the page of the heading before it.
    double startHeight(const Block& b) const {
        if (const auto* m = std::get_if<MapFigure>(&b)) {
            return width() * m->aspect + mm(8);
        }
        if (const auto* c = std::get_if<Chart>(&b)) {
            return mm(chartHeightMm(*c)) + mm(4);
        }
        if (const auto* t = std::get_if<Table>(&b)) {
            // A table that fits on a page moves whole (see block(Table)), so keep all of it.
            const QFont font = reportFont(8);
            const QFont bold = reportFont(8, true);
            const std::vector<double> w = columnWidths(*t, font, bold);
            const double first = rowHeight(t->header, w, bold) +
                                 (t->rows.empty() ? 0.0 : rowHeight(t->rows.front(), w, font));
            double total =
                rowHeight(t->header, w, bold) +
                (t->caption.isEmpty() ? 0.0 : textHeight(t->caption, reportFont(7.5), width()));
            for (const auto& row : t->rows) {
                total += rowHeight(row, w, font);
            }
            return total <= bottom_ - top_ ? total : first;
        }
        return mm(15);
    }

    void block(const Paragraph& p) {
        const QFont f = reportFont(p.note ? 8 : 10);
        const QColor c = p.lang == Lang::Cs && report_.language.bilingual ? kCzechColor
                         : p.note                                         ? QColor("#444444")
                                                                          : QColor(Qt::black);
        text(p.text, f, c, p.note ? mm(2) : mm(3));
    }

    void block(const Subheading& h) {
        const QFont f = reportFont(12, true);
        ensure(textHeight(h.text, f, width()) + mm(4) + keepWithNext_);
        y_ += mm(2);
        found_->push_back({h.text, 2, page_});
        text(h.text, f, QColor("#1f4e79"), mm(2));
    }

    void block(const PageBreak&) { newPage(); }

    std::vector<double> columnWidths(const Table& t, const QFont& font, const QFont& bold) const {
        const std::size_t n = t.header.size();
        std::vector<double> w(n, 1.0);
        if (t.widths.size() == n) {
            w = t.widths;
        } else {
            const QFontMetricsF fm(font, &device_);
            const QFontMetricsF fb(bold, &device_);
            for (std::size_t c = 0; c < n; ++c) {
                double natural = fb.horizontalAdvance(t.header[c]) * 0.6;
                for (const auto& row : t.rows) {
                    if (c < row.size()) {
                        natural = std::max(natural, fm.horizontalAdvance(row[c]));
                    }
                }
                w[c] = std::clamp(natural, mm(12), mm(90));
            }
        }
        double sum = 0;
        for (const double v : w) {
            sum += v;
        }
        for (double& v : w) {
            v = v / sum * width();
        }
        // No word broken inside: every column at least as wide as its longest word (up to 30 %
        // of the width), the room taken from the columns that have more than they need.
        const QFontMetricsF fm(font, &device_);
        const QFontMetricsF fb(bold, &device_);
        std::vector<double> least(n, 0.0);
        for (std::size_t c = 0; c < n; ++c) {
            const auto words = [&](const QString& text, const QFontMetricsF& m) {
                for (const QString& word : text.split(QRegularExpression(QStringLiteral("[\\s/]+")),
                                                      Qt::SkipEmptyParts)) {
                    least[c] = std::max(least[c], m.horizontalAdvance(word) + mm(3.2));
                }
            };
            words(t.header[c], fb);
            for (const auto& row : t.rows) {
                if (c < row.size()) {
                    words(row[c], fm);
                }
            }
            least[c] = std::min(least[c], width() * 0.3);
        }
        for (int pass = 0; pass < 3; ++pass) {
            double missing = 0.0;
            double spare = 0.0;
            for (std::size_t c = 0; c < n; ++c) {
                missing += std::max(0.0, least[c] - w[c]);
                spare += std::max(0.0, w[c] - least[c]);
            }
            if (missing <= 0.0 || spare <= 0.0) {
                break;
            }
            const double take = std::min(1.0, missing / spare);
            for (std::size_t c = 0; c < n; ++c) {
                w[c] = w[c] < least[c] ? least[c] : w[c] - (w[c] - least[c]) * take;
            }
        }
        return w;
    }

    double rowHeight(const std::vector<QString>& cells, const std::vector<double>& w,
                     const QFont& font) const {
        double h = 0;
        for (std::size_t c = 0; c < w.size(); ++c) {
            const QString& s = c < cells.size() ? cells[c] : QString();
            h = std::max(h, textHeight(s, font, w[c] - mm(3)));
        }
        return h + mm(2);
    }

    void drawRow(const std::vector<QString>& cells, const std::vector<double>& w, const QFont& font,
                 double h, const Table& t, bool header) {
        if (painter_ != nullptr) {
            if (header) {
                painter_->fillRect(QRectF(left_, y_, width(), h), kHeaderFill);
            }
            double x = left_;
            for (std::size_t c = 0; c < w.size(); ++c) {
                const QString& s = c < cells.size() ? cells[c] : QString();
                const Qt::Alignment align = t.isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft;
                boxText(s, font, QRectF(x + mm(1.5), y_ + mm(1), w[c] - mm(3), h - mm(2)), align,
                        Qt::black);
                x += w[c];
            }
            painter_->setPen(QPen(kRuleColor, mm(header ? 0.3 : 0.12)));
            painter_->drawLine(QPointF(left_, y_ + h), QPointF(right_, y_ + h));
        }
        y_ += h;
    }

    void block(const Table& t) {
        ++counts_.tables;
        const QFont font = reportFont(8);
        const QFont bold = reportFont(8, true);
        const std::vector<double> w = columnWidths(t, font, bold);
        const double headerH = rowHeight(t.header, w, bold);
        const double maxRow = bottom_ - top_ - headerH;
        const QFont captionFont = reportFont(7.5);
        const double captionH =
            t.caption.isEmpty() ? 0.0 : textHeight(t.caption, captionFont, width()) + mm(1.5);
        std::vector<double> heights;
        double total = headerH + captionH;
        for (const auto& row : t.rows) {
            heights.push_back(std::min(rowHeight(row, w, font), maxRow));
            total += heights.back();
        }
        // A table that fits on one page is not split (nor its caption cut off); a longer one
        // starts where it is and repeats its header on every page.
        if (total <= bottom_ - top_) {
            ensure(total);
        } else {
            ensure(headerH + (heights.empty() ? 0.0 : heights.front()));
        }
        if (painter_ != nullptr) {
            painter_->setPen(QPen(kRuleColor, mm(0.3)));
            painter_->drawLine(QPointF(left_, y_), QPointF(right_, y_));
        }
        drawRow(t.header, w, bold, headerH, t, true);
        if (t.rows.empty()) {
            text(report_.texts.noEntries, reportFont(8), QColor("#555555"), 0);
        }
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            if (y_ + heights[i] > bottom_) {
                newPage();
                drawRow(t.header, w, bold, headerH, t, true);
            }
            drawRow(t.rows[i], w, font, heights[i], t, false);
        }
        y_ += mm(1.5);
        if (!t.caption.isEmpty()) {
            text(t.caption, captionFont, QColor("#444444"), mm(4));
        } else {
            y_ += mm(3);
        }
    }

    void figure(double h, const QString& caption, const std::function<void(const QRectF&)>& draw) {
        const QFont capFont = reportFont(7.5);
        const double capH = caption.isEmpty() ? 0 : textHeight(caption, capFont, width());
        const double maxH = bottom_ - top_ - capH - mm(4);
        double w = width();
        if (h > maxH) {
            w *= maxH / h;
            h = maxH;
        }
        ensure(h + capH + mm(3));
        if (painter_ != nullptr) {
            draw(QRectF(left_, y_, w, h));
        }
        y_ += h + mm(1.5);
        if (!caption.isEmpty()) {
            text(caption, capFont, QColor("#444444"), mm(4));
        }
    }

    void block(const Chart& c) {
        ++counts_.charts;
        figure(mm(chartHeightMm(c)), c.caption,
               [&](const QRectF& r) { drawChart(*painter_, r, c, kDpi); });
    }

    void block(const MapFigure& m) {
        ++counts_.maps;
        figure(width() * m.aspect, m.caption, [&](const QRectF& r) {
            drawMap(*painter_, r, m, *report_.mapTexts, report_.language, kDpi);
        });
    }
};

}  // namespace

namespace {

/// Lays out and draws the report into `file`; errors name `path` (the final name).
WriteResult drawPdf(const Report& report, const QString& file, const std::string& path) {
    QPdfWriter pdf(file);
    pdf.setResolution(static_cast<int>(kDpi));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setCreator(QStringLiteral("rrw"));
    pdf.setTitle(report.titlePage.title);
    // Pass 1 measures: where each heading lands and how many pages there are. The table of
    // contents has as many entries in both passes, so it takes the same room.
    std::vector<TocEntry> toc;
    int pages = 0;
    {
        PdfLayout measure(report, pdf, {}, nullptr);
        std::vector<TocEntry> entries;
        measure.run(entries, 0);  // collects the entries (pages unknown)
        PdfLayout again(report, pdf, {}, nullptr);
        again.run(entries, 0);  // now with the real number of entries
        toc = entries;
        pages = again.pages();
    }
    QPainter painter;
    if (!painter.begin(&pdf)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the report"), {path});
    }
    PdfLayout draw(
        report, pdf, [&pdf] { return pdf.newPage(); }, &painter);
    draw.run(toc, pages);
    const bool ok = painter.end();
    if (!ok) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the report"), {path});
    }
    WriteResult result = draw.counts();
    result.pages = draw.pages();
    return result;
}

}  // namespace

WriteResult writePdf(const Report& report, const std::string& path) {
    // Written beside the target and renamed into place when complete: an interrupted run never
    // leaves half a PDF under the final name, and a report already there stays until then.
    AtomicFile out(path);
    const WriteResult result = drawPdf(report, QString::fromStdString(out.path()), path);
    out.commit();
    return result;
}

std::vector<QImage> renderPdfPages(const Report& report, int maxPages, int widthPx) {
    std::vector<QImage> pages;
    if (maxPages <= 0) {
        return pages;
    }
    // A4 at the writer's resolution, so that the layout is the PDF's; scaled down per page.
    QImage page(static_cast<int>(std::lround(210.0 / 25.4 * kDpi)),
                static_cast<int>(std::lround(297.0 / 25.4 * kDpi)), QImage::Format_RGB32);
    const int dpm = static_cast<int>(std::lround(kDpi / 0.0254));
    page.setDotsPerMeterX(dpm);
    page.setDotsPerMeterY(dpm);
    std::vector<TocEntry> toc;
    int total = 0;
    {
        PdfLayout measure(report, page, {}, nullptr);
        std::vector<TocEntry> entries;
        measure.run(entries, 0);
        PdfLayout again(report, page, {}, nullptr);
        again.run(entries, 0);
        toc = entries;
        total = again.pages();
    }
    QPainter painter;
    auto start = [&] {
        page.fill(Qt::white);
        painter.begin(&page);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    };
    auto finish = [&] {
        painter.end();
        pages.push_back(page.scaledToWidth(widthPx, Qt::SmoothTransformation));
    };
    start();
    PdfLayout draw(
        report, page,
        [&] {
            finish();
            if (static_cast<int>(pages.size()) >= maxPages) {
                return false;
            }
            start();
            return true;
        },
        &painter);
    draw.run(toc, total);
    if (painter.isActive()) {
        finish();
    }
    return pages;
}

}  // namespace rrw::report
