#pragma once

// Internal to the ODT writer: namespaced XML helpers and the documents besides content.xml.

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <utility>
#include <vector>

#include "report/report_model.h"

namespace rrw::report::odt {

/// Declares the OpenDocument namespaces on the next element written.
void namespaces(QXmlStreamWriter& w);
/// The namespace URI of `prefix` ("office", "text", "table", …).
QString ns(const char* prefix);
/// w.writeAttribute / writeStartElement in the namespace of `prefix`.
void attr(QXmlStreamWriter& w, const char* prefix, const char* name, const QString& value);
void start(QXmlStreamWriter& w, const char* prefix, const char* name);
/// "12.50mm".
QString mmText(double v);

struct Language {
    QString language, country;
};
Language languageOf(Lang lang);

/// An automatic paragraph style: `parent`, optional alignment, language, colour, page break.
void paragraphStyle(QXmlStreamWriter& w, const QString& name, const QString& parent,
                    const QString& align = {}, const Language* lang = nullptr,
                    const QString& color = {}, bool breakBefore = false);

/// styles.xml (named styles, A4 page, footer with page number and count), meta.xml and
/// META-INF/manifest.xml (with the pictures' paths).
QByteArray stylesXml(const Report& report);
QByteArray metaXml(const Report& report);
QByteArray manifestXml(const std::vector<std::pair<QString, QByteArray>>& pictures);

}  // namespace rrw::report::odt
