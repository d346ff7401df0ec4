#include "deck_export.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "core/atomic_file.h"
#include "core/error.h"
#include "slide_painter.h"

namespace rrw::ui {

namespace {
constexpr int kResolution = 300;  // the PDF's coordinate grid; the maps stay vectors
}

int exportDeck(const SlideDeck& deck, const render::MapTexts& texts,
               const render::MapLanguage& language, const QString& path) {
    if (deck.size() == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project has no slides to export"),
                        {path.toStdString()});
    }
    for (std::size_t i = 0; i < deck.size(); ++i) {
        if (deck.content(i) == nullptr) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: slide {2} ({3}) cannot be drawn: {4}"),
                {path.toStdString(), std::to_string(i + 1),
                 slideTitle(deck.slide(i), language).toStdString(), deck.error(i).toStdString()});
        }
    }
    // Written beside the target and renamed into place when complete: a crash never leaves a
    // truncated deck under the final name, and an older deck stays until the new one is whole.
    AtomicFile out(path.toStdString());
    {
        QPdfWriter pdf(QString::fromStdString(out.path()));
        pdf.setResolution(kResolution);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        pdf.setCreator(QStringLiteral("rrw"));
        pdf.setTitle(slideTitle(deck.slide(0), language));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the slides"),
                            {path.toStdString()});
        }
        const QRectF page(0, 0, pdf.width(), pdf.height());
        for (std::size_t i = 0; i < deck.size(); ++i) {
            if (i > 0) {
                pdf.newPage();
            }
            const SlideLayout layout = layoutSlide(deck, i, texts, language, page, kResolution);
            paintSlide(painter, deck, i, texts, language, layout);
        }
        if (!painter.end()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the slides"),
                            {path.toStdString()});
        }
    }  // the writer closes the file here
    out.commit();
    return static_cast<int>(deck.size());
}

}  // namespace rrw::ui
