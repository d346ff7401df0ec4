#pragma once

// The report as plain data (docs/REPORTS.md): a title page and sections of blocks (paragraphs,
// subheadings, tables, charts, maps, page breaks). Templates fill it from a project; the PDF,
// HTML and ODT writers lay it out. All text is already in the report's language(s).

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "core/text.h"
#include "geo/layer_reader.h"
#include "render/map_content.h"
#include "render/map_language.h"

namespace rrw::report {

/// Running text. `lang` marks the language of one half of a bilingual report (the writers set
/// the language attribute and show Czech text in a second colour), none = the report's.
struct Paragraph {
    QString text;
    std::optional<Lang> lang;
    bool note = false;  ///< a remark in smaller type (sources, confidentiality)
};

/// A heading inside a section (listed in the table of contents as a second level).
struct Subheading {
    QString text;
};

/// A table: header and rows of text; numeric columns are right-aligned. `widths` are relative
/// column widths (empty = from the content). `caption` names source and year.
struct Table {
    std::vector<QString> header;
    std::vector<std::vector<QString>> rows;
    std::vector<bool> numeric;  ///< per column; missing = text
    std::vector<double> widths;
    QString caption;

    bool isNumeric(std::size_t column) const { return column < numeric.size() && numeric[column]; }
};

/// A bar chart (one bar per category and series), a line chart (one line per series over the
/// categories) or an interval chart (per category a range from series 0 to series 1 and a
/// point at series 2, e.g. rank intervals), drawn as vectors.
struct Chart {
    enum class Kind { Bar, Line, Interval };
    struct Series {
        QString name;
        std::vector<double> values;  ///< one per category; NaN = no value
    };
    Kind kind = Kind::Bar;
    QString title;
    QString valueLabel;  ///< the value axis ("EUR", "% of normal output")
    std::vector<QString> categories;
    std::vector<Series> series;
    QString caption;
    QLocale locale{QLocale::English};  ///< how the axis writes numbers
};

/// A map drawn by render::MapRenderer: the content (style, joined values) and the part of the
/// world to show. The content is shared: several maps may use one.
struct MapFigure {
    std::shared_ptr<const render::MapContent> content;
    geo::Envelope extent;  ///< invalid = the content's extent
    double aspect = 0.75;  ///< height / width
    QString caption;
};

struct PageBreak {};

using Block = std::variant<Paragraph, Subheading, Table, Chart, MapFigure, PageBreak>;

struct Section {
    QString heading;
    std::vector<Block> blocks;
};

struct TitlePage {
    QString title;
    QString subtitle;
    std::vector<QString> lines;  ///< project, region, date, organisations
    QString notice;              ///< e.g. "contains synthetic demo data"
};

/// Fixed texts the writers need, in the report's language(s).
struct WriterTexts {
    QString contents;   ///< "Inhalt"
    QString pageOf;     ///< "Seite {1} von {2}"
    QString noEntries;  ///< shown for a table without rows
};

struct Report {
    TitlePage titlePage;
    std::vector<Section> sections;
    WriterTexts texts;
    render::MapLanguage language;
    QString shortTitle;  ///< the page footer
    /// Map texts (legend headings etc.) for the map figures; shared with the template.
    std::shared_ptr<const render::MapTexts> mapTexts;
};

}  // namespace rrw::report
