// The HTML writer: one self-contained file (inline CSS, inline SVG for maps and charts), so a
// report can be mailed or archived as it is.

#include <QFile>

#include "core/atomic_file.h"
#include "core/error.h"
#include "report/report_graphics.h"
#include "report/report_writers.h"

namespace rrw::report {

namespace {

const char* const kCss = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
       color: #1a1a1a; max-width: 190mm; margin: 0 auto; padding: 12mm; line-height: 1.4; }
header.title { border-top: 10px solid #1f4e79; padding-top: 30mm; min-height: 120mm; }
header.title h1 { font-size: 26pt; margin: 0 0 4mm 0; }
header.title .subtitle { font-size: 15pt; color: #333; margin-bottom: 12mm; }
header.title p { margin: 1mm 0; font-size: 11pt; }
.notice { color: #8a1c1c; font-size: 9pt; margin-top: 10mm; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 6mm; font-size: 9.5pt; }
nav.toc a { color: #1a1a1a; text-decoration: none; }
h2 { color: #1f4e79; font-size: 16pt; border-bottom: 1px solid #9e9e9e; margin-top: 14mm; }
h3 { color: #1f4e79; font-size: 12pt; margin-top: 7mm; }
p.note { font-size: 8.5pt; color: #444; }
p[lang="cs"].bilingual { color: #1f4e79; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0; }
th { background: #e8ecf0; text-align: left; border-bottom: 2px solid #9e9e9e; padding: 1mm 1.5mm; }
td { border-bottom: 1px solid #d0d0d0; padding: 1mm 1.5mm; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
td { white-space: pre-line; }
figure { margin: 3mm 0 5mm 0; }
figure svg { width: 100%; height: auto; border: 1px solid #c0c0c0; }
figcaption, caption { font-size: 8pt; color: #444; text-align: left; caption-side: bottom;
                      padding-top: 1mm; }
@media print { h2 { page-break-before: always; } figure, tr { page-break-inside: avoid; } }
)";

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

/// An SVG document without its XML declaration, ready to sit inside HTML.
QString inlineSvg(const QByteArray& svg) {
    QString s = QString::fromUtf8(svg);
    const qsizetype start = s.indexOf(QStringLiteral("<svg"));
    return start >= 0 ? s.mid(start) : s;
}

class HtmlBuilder {
public:
    explicit HtmlBuilder(const Report& report) : report_(report) {}

    QString build() {
        const QString lang = QString::fromLatin1(langCode(report_.language.primary));
        out_ += QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .arg(lang);
        out_ += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                    .arg(esc(report_.titlePage.title), QString::fromLatin1(kCss));
        titlePage();
        contents();
        for (std::size_t i = 0; i < report_.sections.size(); ++i) {
            section(i);
        }
        out_ += QStringLiteral("</body>\n</html>\n");
        return out_;
    }

    WriteResult counts() const { return counts_; }

private:
    const Report& report_;
    QString out_;
    WriteResult counts_;
    int sub_ = 0;

    void titlePage() {
        const TitlePage& t = report_.titlePage;
        out_ += QStringLiteral("<header class=\"title\">\n<h1>%1</h1>\n").arg(esc(t.title));
        if (!t.subtitle.isEmpty()) {
            out_ += QStringLiteral("<div class=\"subtitle\">%1</div>\n").arg(esc(t.subtitle));
        }
        for (const QString& line : t.lines) {
            out_ += QStringLiteral("<p>%1</p>\n").arg(esc(line));
        }
        if (!t.notice.isEmpty()) {
            out_ += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(esc(t.notice));
        }
        out_ += QStringLiteral("</header>\n");
    }

    void contents() {
        out_ += QStringLiteral("<nav class=\"toc\">\n<h2>%1</h2>\n<ol>\n")
                    .arg(esc(report_.texts.contents));
        int sub = 0;
        for (std::size_t i = 0; i < report_.sections.size(); ++i) {
            const Section& s = report_.sections[i];
            out_ += QStringLiteral("<li><a href=\"#s%1\">%2</a>").arg(i + 1).arg(esc(s.heading));
            QString inner;
            for (const Block& b : s.blocks) {
                if (const auto* h = std::get_if<Subheading>(&b)) {
                    ++sub;
                    inner += QStringLiteral("<li><a href=\"#h%1\">%2</a></li>\n")
                                 .arg(sub)
                                 .arg(esc(h->text));
                }
            }
            if (!inner.isEmpty()) {
                out_ += QStringLiteral("\n<ol>\n") + inner + QStringLiteral("</ol>\n");
            }
            out_ += QStringLiteral("</li>\n");
        }
        out_ += QStringLiteral("</ol>\n</nav>\n");
    }

    void section(std::size_t i) {
        const Section& s = report_.sections[i];
        out_ +=
            QStringLiteral("<section>\n<h2 id=\"s%1\">%2</h2>\n").arg(i + 1).arg(esc(s.heading));
        for (const Block& b : s.blocks) {
            std::visit([this](const auto& block) { this->block(block); }, b);
        }
        out_ += QStringLiteral("</section>\n");
    }

    void block(const Paragraph& p) {
        QString attrs;
        if (p.lang) {
            attrs += QStringLiteral(" lang=\"%1\"").arg(QString::fromLatin1(langCode(*p.lang)));
        }
        QString cls;
        if (p.note) {
            cls += QStringLiteral("note");
        }
        if (p.lang && report_.language.bilingual) {
            cls += cls.isEmpty() ? QStringLiteral("bilingual") : QStringLiteral(" bilingual");
        }
        if (!cls.isEmpty()) {
            attrs += QStringLiteral(" class=\"%1\"").arg(cls);
        }
        out_ += QStringLiteral("<p%1>%2</p>\n").arg(attrs, esc(p.text));
    }

    void block(const Subheading& h) {
        ++sub_;
        out_ += QStringLiteral("<h3 id=\"h%1\">%2</h3>\n").arg(sub_).arg(esc(h.text));
    }

    void block(const PageBreak&) {}

    void block(const Table& t) {
        ++counts_.tables;
        out_ += QStringLiteral("<table>\n");
        if (!t.caption.isEmpty()) {
            out_ += QStringLiteral("<caption>%1</caption>\n").arg(esc(t.caption));
        }
        out_ += QStringLiteral("<thead><tr>");
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            out_ += QStringLiteral("<th%1>%2</th>")
                        .arg(t.isNumeric(c) ? QStringLiteral(" class=\"num\"") : QString(),
                             esc(t.header[c]));
        }
        out_ += QStringLiteral("</tr></thead>\n<tbody>\n");
        if (t.rows.empty()) {
            out_ += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n")
                        .arg(t.header.size())
                        .arg(esc(report_.texts.noEntries));
        }
        for (const auto& row : t.rows) {
            out_ += QStringLiteral("<tr>");
            for (std::size_t c = 0; c < t.header.size(); ++c) {
                out_ += QStringLiteral("<td%1>%2</td>")
                            .arg(t.isNumeric(c) ? QStringLiteral(" class=\"num\"") : QString(),
                                 esc(c < row.size() ? row[c] : QString()));
            }
            out_ += QStringLiteral("</tr>\n");
        }
        out_ += QStringLiteral("</tbody>\n</table>\n");
    }

    void figure(const QString& svg, const QString& caption) {
        out_ += QStringLiteral("<figure>\n") + svg;
        if (!caption.isEmpty()) {
            out_ += QStringLiteral("<figcaption>%1</figcaption>\n").arg(esc(caption));
        }
        out_ += QStringLiteral("</figure>\n");
    }

    void block(const Chart& c) {
        ++counts_.charts;
        figure(inlineSvg(chartSvg(c, QSizeF(170, chartHeightMm(c)))), c.caption);
    }

    void block(const MapFigure& m) {
        ++counts_.maps;
        figure(
            inlineSvg(mapSvg(m, *report_.mapTexts, report_.language, QSizeF(170, 170 * m.aspect))),
            m.caption);
    }
};

}  // namespace

WriteResult writeHtml(const Report& report, const std::string& path) {
    HtmlBuilder builder(report);
    const QByteArray bytes = builder.build().toUtf8();
    AtomicFile out(path);  // renamed into place when complete
    {
        QFile file(QString::fromStdString(out.path()));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size() || !file.flush()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the report"), {path});
        }
    }
    out.commit();
    return builder.counts();
}

}  // namespace rrw::report
