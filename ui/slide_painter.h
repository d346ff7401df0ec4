#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

#include "render/map_content.h"
#include "render/map_language.h"
#include "store/slide_repository.h"

namespace rrw::ui {

// Qt Gui only (no widgets): shared by the presentation window and the PDF deck export.

/// The slides of a project ready to draw: each slide's stored style parsed and its map content
/// read (layers read once and shared between slides). The map's own title is left out (the
/// slide title replaces it), and legend and sources are drawn beside and below the map, not
/// over it (SlideLegend). A slide whose style no longer fits the project (a removed layer or
/// field) keeps its translated error, drawn in place of its map.
class SlideDeck {
public:
    explicit SlideDeck(store::Project& project);
    SlideDeck(store::Project& project, std::vector<store::Slide> slides);

    std::size_t size() const { return slides_.size(); }
    const store::Slide& slide(std::size_t i) const { return slides_.at(i); }
    /// Null when the slide's map cannot be drawn; error() says why.
    const render::MapContent* content(std::size_t i) const { return contents_.at(i).get(); }
    const QString& error(std::size_t i) const { return errors_.at(i); }

private:
    std::vector<store::Slide> slides_;
    std::vector<std::shared_ptr<const render::MapContent>> contents_;
    std::vector<QString> errors_;
};

/// The slide title and notes in a presentation language: de and cs pick one (the other when it
/// is empty); de+cs gives both, German first.
QString slideTitle(const store::Slide& slide, const render::MapLanguage& language);

/// Where the parts of a slide go on a page of `page` at `dpi`. Sizes are in points and
/// millimetres, so a projector (high dpi for the screen) and paper get the same slide.
struct SlideLayout {
    QRectF title;     ///< the title band (full width, top)
    QRectF number;    ///< "3 / 8" at the right end of the title band
    QRectF controls;  ///< free space in the title band left of the number (the window's buttons)
    QRectF map;
    QRectF legend;  ///< the legend panel right of the map (its text area); empty without legend
    double legendPt = 0;  ///< legend entries' size: smaller than usual only for long legends
    QRectF notes;         ///< the notes strip; empty when the slide has no notes
    double notesPt = 0;   ///< the notes' font size, smaller than usual only for long notes
    QRectF sources;       ///< the sources line at the bottom (the layers' attributions)
    QString sourcesText;
    double dpi = 96;
};

/// Lays out slide `index` of `deck`; `controlsWidth` (px) is kept free in the title band.
SlideLayout layoutSlide(const SlideDeck& deck, std::size_t index, const render::MapTexts& texts,
                        const render::MapLanguage& language, const QRectF& page, double dpi,
                        double controlsWidth = 0);

/// Draws slide `index`: title band with the slide number, map (vectors on a vector device)
/// with scale bar and north arrow, legend beside it, notes, sources.
void paintSlide(QPainter& painter, const SlideDeck& deck, std::size_t index,
                const render::MapTexts& texts, const render::MapLanguage& language,
                const SlideLayout& layout);

}  // namespace rrw::ui
