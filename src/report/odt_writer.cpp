// The ODT writer: OpenDocument Text 1.2 written with QXmlStreamWriter and zipped with GDAL's
// zip writer (geo::writeZip). LibreOffice and Word open it; tables stay tables, maps and
// charts are PNG pictures (Word does not read SVG pictures from ODT).

#include <QXmlStreamWriter>

#include <cmath>

#include "core/error.h"
#include "geo/zip_writer.h"
#include "report/odt_xml.h"
#include "report/report_graphics.h"
#include "report/report_writers.h"

namespace rrw::report {

namespace {

using namespace odt;

constexpr double kPictureDpi = 200.0;
constexpr double kTextWidthMm = 170.0;

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
