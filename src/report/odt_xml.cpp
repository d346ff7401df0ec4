// The XML of an OpenDocument besides content.xml: styles (named, so that the document stays
// editable in LibreOffice and Word), metadata and the manifest; and the namespaced helpers.

#include "report/odt_xml.h"

#include <QDateTime>

namespace rrw::report::odt {

namespace {

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

}  // namespace

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

void attr(QXmlStreamWriter& w, const char* prefix, const char* name, const QString& value) {
    w.writeAttribute(ns(prefix), QString::fromLatin1(name), value);
}

void start(QXmlStreamWriter& w, const char* prefix, const char* name) {
    w.writeStartElement(ns(prefix), QString::fromLatin1(name));
}

QString mmText(double v) {
    return QString::number(v, 'f', 2) + QStringLiteral("mm");
}

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

void paragraphStyle(QXmlStreamWriter& w, const QString& name, const QString& parent,
                    const QString& align, const Language* lang, const QString& color,
                    bool breakBefore) {
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

}  // namespace rrw::report::odt
