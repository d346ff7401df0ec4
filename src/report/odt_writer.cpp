// The ODT writer: OpenDocument Text 1.2 written with QXmlStreamWriter and zipped with GDAL's
// zip writer (geo::writeZip). LibreOffice and Word open it; tables stay tables, maps and
// charts are PNG pictures (Word does not read SVG pictures from ODT).

#include <QDateTime>
#include <QXmlStreamWriter>

#include <cmath>

#include "core/error.h"
#include "geo/zip_writer.h"
#include "report/report_graphics.h"
#include "report/report_writers.h"

namespace rrw::report {

namespace {

constexpr double kPictureDpi = 200.0;
constexpr double kTextWidthMm = 170.0;

const char* const kNs[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
};

void namespaces(QXmlStreamWriter& w) {
    for (const auto& ns : kNs) {
        w.writeNamespace(QString::fromLatin1(ns[1]), QString::fromLatin1(ns[0]));
    }
}

QString ns(const char* prefix) {
    for (const auto& n : kNs) {
        if (qstrcmp(n[0], prefix) == 0) {
            return QString::fromLatin1(n[1]);
        }
    }
    return {};
}

/// Shorthand: w.writeAttribute in namespace `prefix`.
void attr(QXmlStreamWriter& w, const char* prefix, const char* name, const QString& value) {
    w.writeAttribute(ns(prefix), QString::fromLatin1(name), value);
}

void start(QXmlStreamWriter& w, const char* prefix, const char* name) {
    w.writeStartElement(ns(prefix), QString::fromLatin1(name));
}

QString mmText(double v) {
    return QString::number(v, 'f', 2) + QStringLiteral("mm");
}

struct Language {
    QString language, country;
};

Language languageOf(Lang lang) {
    switch (lang) {
        case Lang::De:
            return {QStringLiteral("de"), QStringLiteral("DE")};
        case Lang::Cs:
            return {QStringLiteral("cs"), QStringLiteral("CZ")};
        case Lang::En:
            break;
    }
    return {QStringLiteral("en"), QStringLiteral("GB")};
}

/// A paragraph style: `parent`, optional alignment, language and colour.
void paragraphStyle(QXmlStreamWriter& w, const QString& name, const QString& parent,
                    const QString& align = {}, const Language* lang = nullptr,
                    const QString& color = {}, bool breakBefore = false) {
    start(w, "style", "style");
    attr(w, "style", "name", name);
    attr(w, "style", "family", QStringLiteral("paragraph"));
    if (!parent.isEmpty()) {
        attr(w, "style", "parent-style-name", parent);
    }
    if (!align.isEmpty() || breakBefore) {
        start(w, "style", "paragraph-properties");
        if (!align.isEmpty()) {
            attr(w, "fo", "text-align", align);
        }
        if (breakBefore) {
            attr(w, "fo", "break-before", QStringLiteral("page"));
        }
        w.writeEndElement();
    }
    if (lang != nullptr || !color.isEmpty()) {
        start(w, "style", "text-properties");
        if (lang != nullptr) {
            attr(w, "fo", "language", lang->language);
            attr(w, "fo", "country", lang->country);
        }
        if (!color.isEmpty()) {
            attr(w, "fo", "color", color);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

QByteArray stylesXml(const Report& report) {
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    namespaces(w);  // declared on the root element that follows
    start(w, "office", "document-styles");
    attr(w, "office", "version", QStringLiteral("1.2"));
    start(w, "office", "font-face-decls");
    w.writeStartElement(ns("style"), QStringLiteral("font-face"));
    attr(w, "style", "name", QStringLiteral("DejaVu Sans"));
    attr(w, "svg", "font-family", QStringLiteral("'DejaVu Sans'"));
    w.writeEndElement();
    w.writeEndElement();
    start(w, "office", "styles");
    const Language lang = languageOf(report.language.primary);
    start(w, "style", "default-style");
    attr(w, "style", "family", QStringLiteral("paragraph"));
    start(w, "style", "text-properties");
    attr(w, "style", "font-name", QStringLiteral("DejaVu Sans"));
    attr(w, "fo", "font-size", QStringLiteral("10pt"));
    attr(w, "fo", "language", lang.language);
    attr(w, "fo", "country", lang.country);
    w.writeEndElement();
    w.writeEndElement();
    const auto named = [&](const QString& name, const QString& display, const QString& size,
                           bool bold, const QString& color, double spaceAfterMm, int outline = 0) {
        start(w, "style", "style");
        attr(w, "style", "name", name);
        attr(w, "style", "display-name", display);
        attr(w, "style", "family", QStringLiteral("paragraph"));
        if (outline > 0) {
            attr(w, "style", "default-outline-level", QString::number(outline));
            attr(w, "style", "next-style-name", QStringLiteral("Text_20_body"));
        }
        start(w, "style", "paragraph-properties");
        attr(w, "fo", "margin-top", mmText(outline > 0 ? 4 : 0));
        attr(w, "fo", "margin-bottom", mmText(spaceAfterMm));
        if (outline > 0) {
            attr(w, "fo", "keep-with-next", QStringLiteral("always"));
        }
        w.writeEndElement();
        start(w, "style", "text-properties");
        attr(w, "fo", "font-size", size);
        if (bold) {
            attr(w, "fo", "font-weight", QStringLiteral("bold"));
        }
        if (!color.isEmpty()) {
            attr(w, "fo", "color", color);
        }
        w.writeEndElement();
        w.writeEndElement();
    };
    named(QStringLiteral("Standard"), QStringLiteral("Standard"), QStringLiteral("10pt"), false, {},
          0);
    named(QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("10pt"),
          false, {}, 2.5);
    named(QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("24pt"), true, {}, 6);
    named(QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("14pt"), false,
          QStringLiteral("#333333"), 12);
    named(QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"), QStringLiteral("16pt"), true,
          QStringLiteral("#1f4e79"), 3, 1);
    named(QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), QStringLiteral("12pt"), true,
          QStringLiteral("#1f4e79"), 2, 2);
    named(QStringLiteral("Caption"), QStringLiteral("Caption"), QStringLiteral("8pt"), false,
          QStringLiteral("#444444"), 4);
    named(QStringLiteral("Note"), QStringLiteral("Note"), QStringLiteral("8pt"), false,
          QStringLiteral("#444444"), 2);
    named(QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
          QStringLiteral("8pt"), false, {}, 0);
    named(QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
          QStringLiteral("8pt"), true, {}, 0);
    named(QStringLiteral("Contents_20_Heading"), QStringLiteral("Contents Heading"),
          QStringLiteral("16pt"), true, {}, 4);
    named(QStringLiteral("Contents_20_1"), QStringLiteral("Contents 1"), QStringLiteral("10pt"),
          true, {}, 1);
    named(QStringLiteral("Contents_20_2"), QStringLiteral("Contents 2"), QStringLiteral("9pt"),
          false, {}, 1);
    named(QStringLiteral("Footer"), QStringLiteral("Footer"), QStringLiteral("7.5pt"), false,
          QStringLiteral("#555555"), 0);
    w.writeEndElement();  // office:styles
    start(w, "office", "automatic-styles");
    start(w, "style", "page-layout");
    attr(w, "style", "name", QStringLiteral("pm1"));
    start(w, "style", "page-layout-properties");
    attr(w, "fo", "page-width", QStringLiteral("210mm"));
    attr(w, "fo", "page-height", QStringLiteral("297mm"));
    attr(w, "style", "print-orientation", QStringLiteral("portrait"));
    for (const char* side : {"margin-top", "margin-bottom", "margin-left", "margin-right"}) {
        attr(w, "fo", side, QStringLiteral("20mm"));
    }
    w.writeEndElement();
    start(w, "style", "footer-style");
    start(w, "style", "header-footer-properties");
    attr(w, "fo", "min-height", QStringLiteral("6mm"));
    attr(w, "fo", "margin-top", QStringLiteral("4mm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();  // page-layout
    w.writeEndElement();  // automatic-styles
    start(w, "office", "master-styles");
    start(w, "style", "master-page");
    attr(w, "style", "name", QStringLiteral("Standard"));
    attr(w, "style", "page-layout-name", QStringLiteral("pm1"));
    start(w, "style", "footer");
    start(w, "text", "p");
    attr(w, "text", "style-name", QStringLiteral("Footer"));
    // "Seite {1} von {2}" with the fields in place of the placeholders.
    const QString pageOf = report.shortTitle + QStringLiteral(" \u2013 ") + report.texts.pageOf;
    qsizetype pos = 0;
    while (pos < pageOf.size()) {
        const qsizetype next = pageOf.indexOf(QLatin1Char('{'), pos);
        if (next < 0 || next + 2 >= pageOf.size() || pageOf[next + 2] != QLatin1Char('}')) {
            w.writeCharacters(pageOf.mid(pos));
            break;
        }
        w.writeCharacters(pageOf.mid(pos, next - pos));
        const QChar which = pageOf[next + 1];
        start(w, "text", which == QLatin1Char('1') ? "page-number" : "page-count");
        if (which == QLatin1Char('1')) {
            attr(w, "text", "select-page", QStringLiteral("current"));
        }
        w.writeCharacters(QStringLiteral("1"));
        w.writeEndElement();
        pos = next + 3;
    }
    w.writeEndElement();  // text:p
    w.writeEndElement();  // footer
    w.writeEndElement();  // master-page
    w.writeEndElement();  // master-styles
    w.writeEndElement();  // document-styles
    w.writeEndDocument();
    return bytes;
}

class ContentBuilder {
public:
    explicit ContentBuilder(const Report& report) : report_(report) {}

    QByteArray build() {
        QXmlStreamWriter w(&bytes_);
        w_ = &w;
        w.writeStartDocument();
        namespaces(w);  // declared on the root element that follows
        start(w, "office", "document-content");
        attr(w, "office", "version", QStringLiteral("1.2"));
        automaticStyles();
        start(w, "office", "body");
        start(w, "office", "text");
        titlePage();
        contents();
        for (const Section& s : report_.sections) {
            section(s);
        }
        w.writeEndElement();  // office:text
        w.writeEndElement();  // office:body
        w.writeEndElement();  // document-content
        w.writeEndDocument();
        return bytes_;
    }

    /// The pictures to put into the archive ("Pictures/…", PNG bytes).
    const std::vector<std::pair<QString, QByteArray>>& pictures() const { return pictures_; }
    WriteResult counts() const { return counts_; }

private:
    const Report& report_;
    QByteArray bytes_;
    QXmlStreamWriter* w_ = nullptr;
    std::vector<std::pair<QString, QByteArray>> pictures_;
    WriteResult counts_;
    int tableNo_ = 0;
    std::vector<std::vector<double>> tableWidths_;

    void automaticStyles() {
        QXmlStreamWriter& w = *w_;
        start(w, "office", "automatic-styles");
        const Language de = languageOf(Lang::De);
        const Language cs = languageOf(Lang::Cs);
        paragraphStyle(w, QStringLiteral("P_de"), QStringLiteral("Text_20_body"), {}, &de);
        paragraphStyle(w, QStringLiteral("P_cs"), QStringLiteral("Text_20_body"), {}, &cs,
                       report_.language.bilingual ? QStringLiteral("#1f4e79") : QString());
        paragraphStyle(w, QStringLiteral("P_num"), QStringLiteral("Table_20_Contents"),
                       QStringLiteral("end"));
        paragraphStyle(w, QStringLiteral("P_num_head"), QStringLiteral("Table_20_Heading"),
                       QStringLiteral("end"));
        paragraphStyle(w, QStringLiteral("H1_break"), QStringLiteral("Heading_20_1"), {}, nullptr,
                       {}, true);
        paragraphStyle(w, QStringLiteral("P_break"), QStringLiteral("Standard"), {}, nullptr, {},
                       true);
        paragraphStyle(w, QStringLiteral("P_notice"), QStringLiteral("Text_20_body"), {}, nullptr,
                       QStringLiteral("#8a1c1c"));
        // Table cells: a rule below, some padding; the header with a fill.
        for (const bool header : {false, true}) {
            start(w, "style", "style");
            attr(w, "style", "name", header ? QStringLiteral("C_head") : QStringLiteral("C_body"));
            attr(w, "style", "family", QStringLiteral("table-cell"));
            start(w, "style", "table-cell-properties");
            attr(w, "fo", "padding", QStringLiteral("1mm"));
            attr(w, "fo", "border-bottom",
                 header ? QStringLiteral("0.5pt solid #9e9e9e")
                        : QStringLiteral("0.3pt solid #d0d0d0"));
            attr(w, "fo", "border-top", QStringLiteral("none"));
            attr(w, "fo", "border-left", QStringLiteral("none"));
            attr(w, "fo", "border-right", QStringLiteral("none"));
            if (header) {
                attr(w, "fo", "background-color", QStringLiteral("#e8ecf0"));
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        start(w, "style", "style");
        attr(w, "style", "name", QStringLiteral("fr1"));
        attr(w, "style", "family", QStringLiteral("graphic"));
        start(w, "style", "graphic-properties");
        attr(w, "style", "wrap", QStringLiteral("none"));
        attr(w, "style", "horizontal-pos", QStringLiteral("center"));
        attr(w, "style", "horizontal-rel", QStringLiteral("paragraph"));
        w.writeEndElement();
        w.writeEndElement();
        // Column widths of every table (relative widths from the model or equal).
        int no = 0;
        for (const Section& s : report_.sections) {
            for (const Block& b : s.blocks) {
                const auto* t = std::get_if<Table>(&b);
                if (t == nullptr) {
                    continue;
                }
                ++no;
                start(w, "style", "style");
                attr(w, "style", "name", QStringLiteral("T%1").arg(no));
                attr(w, "style", "family", QStringLiteral("table"));
                start(w, "style", "table-properties");
                attr(w, "style", "width", mmText(kTextWidthMm));
                attr(w, "table", "align", QStringLiteral("left"));
                w.writeEndElement();
                w.writeEndElement();
                std::vector<double> widths = t->widths.size() == t->header.size()
                                                 ? t->widths
                                                 : std::vector<double>(t->header.size(), 1.0);
                double sum = 0;
                for (const double v : widths) {
                    sum += v;
                }
                for (std::size_t c = 0; c < widths.size(); ++c) {
                    start(w, "style", "style");
                    attr(w, "style", "name", QStringLiteral("T%1.C%2").arg(no).arg(c + 1));
                    attr(w, "style", "family", QStringLiteral("table-column"));
                    start(w, "style", "table-column-properties");
                    attr(w, "style", "column-width", mmText(widths[c] / sum * kTextWidthMm));
                    w.writeEndElement();
                    w.writeEndElement();
                }
            }
        }
        w.writeEndElement();
    }

    void para(const QString& style, const QString& text) {
        start(*w_, "text", "p");
        attr(*w_, "text", "style-name", style);
        lines(text);
        w_->writeEndElement();
    }

    /// Text with its line breaks as text:line-break.
    void lines(const QString& text) {
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                start(*w_, "text", "line-break");
                w_->writeEndElement();
            }
            w_->writeCharacters(parts[i]);
        }
    }

    void heading(const QString& style, int level, const QString& text) {
        start(*w_, "text", "h");
        attr(*w_, "text", "style-name", style);
        attr(*w_, "text", "outline-level", QString::number(level));
        w_->writeCharacters(text);
        w_->writeEndElement();
    }

    void titlePage() {
        const TitlePage& t = report_.titlePage;
        para(QStringLiteral("Title"), t.title);
        if (!t.subtitle.isEmpty()) {
            para(QStringLiteral("Subtitle"), t.subtitle);
        }
        for (const QString& line : t.lines) {
            para(QStringLiteral("Text_20_body"), line);
        }
        if (!t.notice.isEmpty()) {
            para(QStringLiteral("P_notice"), t.notice);
        }
    }

    /// A table of contents the reader updates (LibreOffice: Tools ▸ Update ▸ Update All; Word:
    /// update field) to get page numbers; it is filled with the headings already.
    void contents() {
        QXmlStreamWriter& w = *w_;
        para(QStringLiteral("P_break"), QString());
        start(w, "text", "table-of-content");
        attr(w, "text", "name", QStringLiteral("Table of Contents1"));
        start(w, "text", "table-of-content-source");
        attr(w, "text", "outline-level", QStringLiteral("2"));
        start(w, "text", "index-title-template");
        attr(w, "text", "style-name", QStringLiteral("Contents_20_Heading"));
        w.writeCharacters(report_.texts.contents);
        w.writeEndElement();
        for (int level = 1; level <= 2; ++level) {
            start(w, "text", "table-of-content-entry-template");
            attr(w, "text", "outline-level", QString::number(level));
            attr(w, "text", "style-name", QStringLiteral("Contents_20_%1").arg(level));
            start(w, "text", "index-entry-text");
            w.writeEndElement();
            start(w, "text", "index-entry-tab-stop");
            attr(w, "style", "type", QStringLiteral("right"));
            attr(w, "style", "leader-char", QStringLiteral("."));
            w.writeEndElement();
            start(w, "text", "index-entry-page-number");
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();  // source
        start(w, "text", "index-body");
        start(w, "text", "index-title");
        attr(w, "text", "name", QStringLiteral("Table of Contents1_Head"));
        para(QStringLiteral("Contents_20_Heading"), report_.texts.contents);
        w.writeEndElement();
        for (const Section& s : report_.sections) {
            para(QStringLiteral("Contents_20_1"), s.heading);
            for (const Block& b : s.blocks) {
                if (const auto* h = std::get_if<Subheading>(&b)) {
                    para(QStringLiteral("Contents_20_2"), h->text);
                }
            }
        }
        w.writeEndElement();  // index-body
        w.writeEndElement();  // table-of-content
    }

    void section(const Section& s) {
        heading(QStringLiteral("H1_break"), 1, s.heading);
        for (const Block& b : s.blocks) {
            std::visit([this](const auto& block) { this->block(block); }, b);
        }
    }

    void block(const Paragraph& p) {
        QString style = p.note ? QStringLiteral("Note") : QStringLiteral("Text_20_body");
        if (p.lang && !p.note) {
            style = *p.lang == Lang::Cs ? QStringLiteral("P_cs") : QStringLiteral("P_de");
        }
        para(style, p.text);
    }

    void block(const Subheading& h) { heading(QStringLiteral("Heading_20_2"), 2, h.text); }

    void block(const PageBreak&) { para(QStringLiteral("P_break"), QString()); }

    void cell(const QString& text, bool header, bool numeric) {
        start(*w_, "table", "table-cell");
        attr(*w_, "table", "style-name",
             header ? QStringLiteral("C_head") : QStringLiteral("C_body"));
        attr(*w_, "office", "value-type", QStringLiteral("string"));
        para(numeric ? (header ? QStringLiteral("P_num_head") : QStringLiteral("P_num"))
                     : (header ? QStringLiteral("Table_20_Heading")
                               : QStringLiteral("Table_20_Contents")),
             text);
        w_->writeEndElement();
    }

    void block(const Table& t) {
        ++counts_.tables;
        ++tableNo_;
        QXmlStreamWriter& w = *w_;
        start(w, "table", "table");
        attr(w, "table", "name", QStringLiteral("Table%1").arg(tableNo_));
        attr(w, "table", "style-name", QStringLiteral("T%1").arg(tableNo_));
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            start(w, "table", "table-column");
            attr(w, "table", "style-name", QStringLiteral("T%1.C%2").arg(tableNo_).arg(c + 1));
            w.writeEndElement();
        }
        start(w, "table", "table-header-rows");
        start(w, "table", "table-row");
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            cell(t.header[c], true, t.isNumeric(c));
        }
        w.writeEndElement();
        w.writeEndElement();
        std::vector<std::vector<QString>> rows = t.rows;
        if (rows.empty()) {
            rows.push_back({report_.texts.noEntries});
        }
        for (const auto& row : rows) {
            start(w, "table", "table-row");
            for (std::size_t c = 0; c < t.header.size(); ++c) {
                cell(c < row.size() ? row[c] : QString(), false, t.isNumeric(c));
            }
            w.writeEndElement();
        }
        w.writeEndElement();  // table
        if (!t.caption.isEmpty()) {
            para(QStringLiteral("Caption"), t.caption);
        }
    }

    void picture(const QByteArray& png, double heightMm, const QString& caption) {
        const QString name = QStringLiteral("Pictures/figure%1.png").arg(pictures_.size() + 1);
        pictures_.emplace_back(name, png);
        QXmlStreamWriter& w = *w_;
        start(w, "text", "p");
        attr(w, "text", "style-name", QStringLiteral("Standard"));
        start(w, "draw", "frame");
        attr(w, "draw", "style-name", QStringLiteral("fr1"));
        attr(w, "draw", "name", QStringLiteral("Figure%1").arg(pictures_.size()));
        attr(w, "text", "anchor-type", QStringLiteral("as-char"));
        attr(w, "svg", "width", mmText(kTextWidthMm));
        attr(w, "svg", "height", mmText(heightMm));
        start(w, "draw", "image");
        attr(w, "xlink", "href", name);
        attr(w, "xlink", "type", QStringLiteral("simple"));
        attr(w, "xlink", "show", QStringLiteral("embed"));
        attr(w, "xlink", "actuate", QStringLiteral("onLoad"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        if (!caption.isEmpty()) {
            para(QStringLiteral("Caption"), caption);
        }
    }

    void block(const Chart& c) {
        ++counts_.charts;
        const double h = chartHeightMm(c);
        picture(chartPng(c, QSizeF(kTextWidthMm, h), kPictureDpi), h, c.caption);
    }

    void block(const MapFigure& m) {
        ++counts_.maps;
        const double h = std::min(kTextWidthMm * m.aspect, 220.0);
        const double wmm = h / m.aspect;
        QByteArray png =
            mapPng(m, *report_.mapTexts, report_.language, QSizeF(wmm, h), kPictureDpi);
        picture(png, h * kTextWidthMm / wmm, m.caption);
    }
};

QByteArray metaXml(const Report& report) {
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    namespaces(w);  // declared on the root element that follows
    start(w, "office", "document-meta");
    attr(w, "office", "version", QStringLiteral("1.2"));
    start(w, "office", "meta");
    w.writeTextElement(ns("meta"), QStringLiteral("generator"), QStringLiteral("rrw"));
    w.writeTextElement(ns("dc"), QStringLiteral("title"), report.titlePage.title);
    w.writeTextElement(ns("dc"), QStringLiteral("language"),
                       QString::fromLatin1(langCode(report.language.primary)));
    w.writeTextElement(ns("meta"), QStringLiteral("creation-date"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const std::vector<std::pair<QString, QByteArray>>& pictures) {
    const QString m = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeNamespace(m, QStringLiteral("manifest"));
    w.writeStartElement(m, QStringLiteral("manifest"));
    w.writeAttribute(m, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString& path, const QString& type) {
        w.writeStartElement(m, QStringLiteral("file-entry"));
        w.writeAttribute(m, QStringLiteral("full-path"), path);
        w.writeAttribute(m, QStringLiteral("media-type"), type);
        if (path == QStringLiteral("/")) {
            w.writeAttribute(m, QStringLiteral("version"), QStringLiteral("1.2"));
        }
        w.writeEndElement();
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const char* f : {"content.xml", "styles.xml", "meta.xml"}) {
        entry(QString::fromLatin1(f), QStringLiteral("text/xml"));
    }
    for (const auto& [name, png] : pictures) {
        entry(name, QStringLiteral("image/png"));
    }
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

std::string bytesOf(const QByteArray& a) {
    return std::string(a.constData(), a.size());
}

}  // namespace

WriteResult writeOdt(const Report& report, const std::string& path) {
    ContentBuilder content(report);
    const QByteArray contentXml = content.build();
    std::vector<geo::ZipMember> members;
    members.push_back({"mimetype", "application/vnd.oasis.opendocument.text", false});
    members.push_back({"content.xml", bytesOf(contentXml), true});
    members.push_back({"styles.xml", bytesOf(stylesXml(report)), true});
    members.push_back({"meta.xml", bytesOf(metaXml(report)), true});
    for (const auto& [name, png] : content.pictures()) {
        members.push_back({name.toStdString(), bytesOf(png), false});
    }
    members.push_back({"META-INF/manifest.xml", bytesOf(manifestXml(content.pictures())), true});
    geo::writeZip(path, members);
    return content.counts();
}

}  // namespace rrw::report
