#include "slide_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/error.h"
#include "render/map_renderer.h"
#include "slide_legend.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr double kTitlePt = 18;           // one language
constexpr double kBilingualTitlePt = 15;  // German and Czech, one line each
constexpr double kNumberPt = 12;
constexpr double kNotesPt = 11;
constexpr double kMinNotesPt = 7;
constexpr double kTagPt = 8;
constexpr double kPaddingMm = 3;
constexpr double kMaxNotesShare = 0.22;  // of the page height
constexpr double kLegendPt = 8;
constexpr double kMinLegendPt = 6.5;
constexpr double kLegendShare = 0.27;           // of the page width
constexpr double kBilingualLegendShare = 0.33;  // longer titles
constexpr double kSourcesPt = 5.5;

const QColor kBand(29, 53, 87);
const QColor kTitleDe(255, 255, 255);
const QColor kTitleCs(168, 218, 220);  // the Czech line stands apart from the German one
const QColor kNotesBack(241, 243, 246);
const QColor kNotesText(25, 25, 25);

QFont font(double pt, double dpi, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(pt * dpi / 72.0 + 0.5)));
    f.setBold(bold);
    return f;
}

double mm(double millimetres, double dpi) {
    return millimetres * dpi / 25.4;
}

QString text(const std::string& s) {
    return QString::fromStdString(s).trimmed();
}

/// The title lines: one, or German and Czech.
QStringList titleLines(const store::Slide& slide, const render::MapLanguage& language) {
    const QString de = text(slide.titleDe);
    const QString cs = text(slide.titleCs);
    if (language.bilingual && !de.isEmpty() && !cs.isEmpty() && de != cs) {
        return {de, cs};
    }
    const bool czech = language.primary == Lang::Cs && !language.bilingual;
    const QString first = czech ? cs : de;
    return {first.isEmpty() ? (czech ? de : cs) : first};
}

/// The notes columns: one, or German and Czech; empty without notes.
QStringList notesColumns(const store::Slide& slide, const render::MapLanguage& language) {
    const QString de = text(slide.notesDe);
    const QString cs = text(slide.notesCs);
    if (language.bilingual && !de.isEmpty() && !cs.isEmpty()) {
        return {de, cs};
    }
    const bool czech = language.primary == Lang::Cs && !language.bilingual;
    const QString first = czech ? cs : de;
    const QString shown = first.isEmpty() ? (czech ? de : cs) : first;
    return shown.isEmpty() ? QStringList() : QStringList{shown};
}

double columnWidth(double width, int columns, double pad) {
    return (width - pad * (columns + 1)) / columns;
}

/// Height of the notes strip with its text at `pt`.
double notesHeight(const QStringList& columns, bool tagged, double width, double pt, double dpi) {
    const double pad = mm(kPaddingMm, dpi);
    const QFontMetricsF m(font(pt, dpi));
    const double tag = tagged ? QFontMetricsF(font(kTagPt, dpi, true)).height() : 0;
    const double w = columnWidth(width, static_cast<int>(columns.size()), pad);
    double h = 0;
    for (const QString& c : columns) {
        h = std::max(h, m.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, c).height());
    }
    return h + tag + 2 * pad;
}

QString numberText(std::size_t index, std::size_t count) {
    return QStringLiteral("%1 / %2").arg(index + 1).arg(count);
}

}  // namespace

SlideDeck::SlideDeck(store::Project& project) : SlideDeck(project, store::listSlides(project)) {}

SlideDeck::SlideDeck(store::Project& project, std::vector<store::Slide> slides)
    : slides_(std::move(slides)) {
    const render::MapContent* previous = nullptr;
    for (const store::Slide& s : slides_) {
        std::shared_ptr<const render::MapContent> content;
        QString error;
        try {
            nlohmann::json json;
            try {
                json = nlohmann::json::parse(s.styleJson);
            } catch (const nlohmann::json::exception& e) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not valid JSON ({2})"),
                                {"rrw_slide #" + std::to_string(s.id), e.what()});
            }
            render::MapStyle style =
                render::parseMapStyle(json, "rrw_slide #" + std::to_string(s.id));
            style.titleDe.clear();  // the slide title stands above the map
            style.titleCs.clear();
            style.titleEn.clear();
            style.legend = false;       // beside the map (SlideLegend)
            style.attribution = false;  // below the notes
            content =
                std::make_shared<const render::MapContent>(project, std::move(style), previous);
            previous = content.get();
        } catch (const Error& e) {
            error = translatedError(e);
        }
        contents_.push_back(std::move(content));
        errors_.push_back(error);
    }
}

QString slideTitle(const store::Slide& slide, const render::MapLanguage& language) {
    return titleLines(slide, language).join(QStringLiteral(" / "));
}

SlideLayout layoutSlide(const SlideDeck& deck, std::size_t index, const render::MapTexts& texts,
                        const render::MapLanguage& language, const QRectF& page, double dpi,
                        double controlsWidth) {
    SlideLayout out;
    out.dpi = dpi;
    const store::Slide& slide = deck.slide(index);
    const double pad = mm(kPaddingMm, dpi);
    // Title band: the lines wrap before the controls and the slide number.
    const QString number = numberText(index, deck.size());
    const double numberW = QFontMetricsF(font(kNumberPt, dpi)).horizontalAdvance(number) + 2 * pad;
    const QStringList lines = titleLines(slide, language);
    const double pt = lines.size() > 1 ? kBilingualTitlePt : kTitlePt;
    const QFontMetricsF title(font(pt, dpi, true));
    const double textW =
        std::max(page.width() * 0.3, page.width() - numberW - controlsWidth - 3 * pad);
    double h = 0;
    for (const QString& line : lines) {
        h += title.boundingRect(QRectF(0, 0, textW, 1e6), Qt::TextWordWrap, line).height();
    }
    const double bandH = std::max(h, title.height()) + 2 * pad;
    out.title = QRectF(page.left(), page.top(), page.width(), bandH);
    out.number = QRectF(page.right() - numberW, page.top(), numberW, bandH);
    out.controls =
        QRectF(out.number.left() - controlsWidth - pad, page.top(), controlsWidth, bandH);
    // Sources: one small line (or two) along the bottom edge.
    double bottom = page.bottom();
    const render::MapContent* content = deck.content(index);
    if (content != nullptr && !content->attributions().empty()) {
        QStringList parts;
        for (const std::string& a : content->attributions()) {
            parts << QString::fromStdString(a);
        }
        out.sourcesText = texts.text(language, QT_TRANSLATE_NOOP("rrw", "Sources:")) +
                          QLatin1Char(' ') + parts.join(QStringLiteral("; "));
        const QFontMetricsF m(font(kSourcesPt, dpi));
        const double textH = m.boundingRect(QRectF(0, 0, page.width() - 2 * pad, 1e6),
                                            Qt::TextWordWrap, out.sourcesText)
                                 .height();
        out.sources = QRectF(page.left(), bottom - textH - pad, page.width(), textH + pad);
        bottom = out.sources.top();
    }
    // The legend panel at the right, from the title band down to the sources; map and notes
    // share the rest.
    double width = page.width();
    std::optional<SlideLegend> legend;
    if (content != nullptr) {
        legend.emplace(*content, texts, language);
        if (!legend->empty()) {
            const double w =
                page.width() * (language.bilingual ? kBilingualLegendShare : kLegendShare);
            width -= w;
            out.legend = QRectF(page.right() - w + pad, out.title.bottom() + pad, w - 2 * pad,
                                bottom - out.title.bottom() - 2 * pad);
            out.legendPt = legend->fit(out.legend, dpi, kLegendPt, kMinLegendPt);
        }
    }
    // Notes strip: shrinks its font for long notes rather than eat the map.
    const QStringList columns = notesColumns(slide, language);
    if (!columns.isEmpty()) {
        const bool tagged = columns.size() > 1;
        out.notesPt = kNotesPt;
        double notesH = notesHeight(columns, tagged, width, out.notesPt, dpi);
        while (notesH > page.height() * kMaxNotesShare && out.notesPt > kMinNotesPt) {
            out.notesPt -= 0.5;
            notesH = notesHeight(columns, tagged, width, out.notesPt, dpi);
        }
        notesH = std::min(notesH, page.height() * kMaxNotesShare);
        out.notes = QRectF(page.left(), bottom - notesH, width, notesH);
        bottom = out.notes.top();
    }
    out.map = QRectF(page.left(), out.title.bottom(), width, bottom - out.title.bottom());
    return out;
}

void paintSlide(QPainter& painter, const SlideDeck& deck, std::size_t index,
                const render::MapTexts& texts, const render::MapLanguage& language,
                const SlideLayout& layout) {
    const store::Slide& slide = deck.slide(index);
    const double dpi = layout.dpi;
    const double pad = mm(kPaddingMm, dpi);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // The map first: its legend and scale bar stay inside the map area.
    if (const render::MapContent* content = deck.content(index)) {
        geo::Envelope extent;
        extent.merge(slide.minX, slide.minY);
        extent.merge(slide.maxX, slide.maxY);
        const render::MapView view = render::MapView::fit(extent, layout.map.size(), dpi, 0.0);
        render::RenderOptions options;
        options.language = language;
        painter.save();
        painter.translate(layout.map.topLeft());
        render::MapRenderer(*content, texts).render(painter, view, options);
        painter.restore();
    } else {
        painter.fillRect(layout.map, QColor(235, 235, 235));
        painter.setPen(QColor(150, 20, 20));
        painter.setFont(font(kNotesPt, dpi));
        painter.drawText(layout.map.adjusted(4 * pad, 4 * pad, -4 * pad, -4 * pad),
                         Qt::AlignCenter | Qt::TextWordWrap, deck.error(index));
    }

    // Legend panel.
    if (!layout.legend.isEmpty() && deck.content(index) != nullptr) {
        const QRectF panel = layout.legend.adjusted(-pad, -pad, pad, pad);
        painter.fillRect(panel, Qt::white);
        painter.setPen(QPen(QColor(200, 204, 210), mm(0.3, dpi)));
        painter.drawLine(panel.topLeft(), panel.bottomLeft());
        SlideLegend(*deck.content(index), texts, language)
            .draw(painter, layout.legend, dpi, layout.legendPt);
    }
    if (!layout.sources.isEmpty()) {
        painter.fillRect(layout.sources, Qt::white);
        painter.setFont(font(kSourcesPt, dpi));
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(layout.sources.adjusted(pad, pad / 2, -pad, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.sourcesText);
    }

    // Title band.
    painter.fillRect(layout.title, kBand);
    const QStringList lines = titleLines(slide, language);
    const bool two = lines.size() > 1;
    const QFont titleFont = font(two ? kBilingualTitlePt : kTitlePt, dpi, true);
    painter.setFont(titleFont);
    const QFontMetricsF tm(titleFont);
    const double textW = layout.controls.left() - layout.title.left() - 2 * pad;
    double y = layout.title.top() + pad;
    for (int i = 0; i < lines.size(); ++i) {
        const QRectF r = tm.boundingRect(QRectF(0, 0, textW, 1e6), Qt::TextWordWrap, lines[i]);
        painter.setPen(i == 0 ? kTitleDe : kTitleCs);
        painter.drawText(QRectF(layout.title.left() + pad, y, textW, r.height()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines[i]);
        y += r.height();
    }
    painter.setFont(font(kNumberPt, dpi));
    painter.setPen(kTitleDe);
    painter.drawText(layout.number.adjusted(0, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter,
                     numberText(index, deck.size()));

    // Notes strip.
    const QStringList columns = notesColumns(slide, language);
    if (!columns.isEmpty() && !layout.notes.isEmpty()) {
        painter.fillRect(layout.notes, kNotesBack);
        painter.setPen(QPen(QColor(200, 204, 210), mm(0.3, dpi)));
        painter.drawLine(layout.notes.topLeft(), layout.notes.topRight());
        const int n = static_cast<int>(columns.size());
        const double w = columnWidth(layout.notes.width(), n, pad);
        const QFont tagFont = font(kTagPt, dpi, true);
        const double tagH = n > 1 ? QFontMetricsF(tagFont).height() : 0;
        painter.save();
        painter.setClipRect(layout.notes);
        for (int i = 0; i < n; ++i) {
            const double x = layout.notes.left() + pad + i * (w + pad);
            if (n > 1) {
                painter.setFont(tagFont);
                painter.setPen(kBand);
                painter.drawText(QRectF(x, layout.notes.top() + pad, w, tagH),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 i == 0 ? QStringLiteral("DE") : QStringLiteral("CS"));
            }
            painter.setFont(font(layout.notesPt, dpi));
            painter.setPen(kNotesText);
            painter.drawText(QRectF(x, layout.notes.top() + pad + tagH, w,
                                    layout.notes.height() - 2 * pad - tagH),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, columns[i]);
        }
        painter.restore();
    }
    painter.restore();
}

}  // namespace rrw::ui
