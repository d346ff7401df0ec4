#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

#include "render/map_language.h"
#include "slide_painter.h"

class QToolButton;

namespace rrw::ui {

/// The workshop presentation: a frameless full-screen window that shows one slide at a time
/// (title, map with legend, notes, "3 / 8"), drawn for a projector: the screen counts as a
/// high-dpi device so that type and symbols read from the back of a room. Keys (and presenter
/// clickers, which send PageUp/PageDown or arrows): Right, Down, PageDown, Space, Return next;
/// Left, Up, PageUp, Backspace previous; Home, End first and last; D, C, B German, Czech,
/// both (also the buttons in the corner: title, notes, map labels and legend change live);
/// L or a held mouse button shows a red pointer that follows the mouse; Esc closes.
class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    /// `language`: de, cs or de+cs (English starts bilingual: the audience is German and Czech).
    PresentationWindow(std::shared_ptr<const SlideDeck> deck, render::MapLanguage language,
                       std::size_t start = 0, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    /// Full screen on the screen of `near` (the main window), or the primary screen.
    void present(QWidget* near = nullptr);

    std::size_t current() const { return current_; }
    std::size_t count() const { return deck_->size(); }
    const render::MapLanguage& language() const { return language_; }
    /// The title shown now (both languages joined with " / " for de+cs).
    QString currentTitle() const;
    bool pointerShown() const { return laser_ || pressed_; }
    /// Device pixels per inch the slide is drawn at (the projector scale).
    double slideDpi() const { return dpi_; }
    /// Renderings so far (a language switch or another slide draws again; the pointer not).
    int renderCount() const { return renders_; }
    /// The slide as last drawn, without the pointer (tests, screenshots).
    QImage slideImage() const { return image_; }
    const SlideLayout& layout() const { return layout_; }

    void showSlide(std::size_t index);
    void next();
    void previous();
    void setLanguage(const render::MapLanguage& language);

    /// The dpi that makes a window of `size` show a slide as 1920×1080 at 240 dpi would:
    /// legend text about 25 px, the title about 67 px high on a full-HD projector.
    static double projectorDpi(QSize size);

signals:
    void slideChanged(int index);
    void languageChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::shared_ptr<const SlideDeck> deck_;
    std::unique_ptr<render::MapTexts> texts_;
    render::MapLanguage language_;
    std::size_t current_ = 0;
    double dpi_ = 96;
    SlideLayout layout_;
    QImage image_;
    bool dirty_ = true;
    int renders_ = 0;
    int buttonFontPx_ = 0;
    bool laser_ = false;
    bool pressed_ = false;
    QPoint pointer_;
    QToolButton* de_;
    QToolButton* cs_;
    QToolButton* both_;
    QToolButton* close_;

    QToolButton* makeButton(const QString& text);
    void relayout();
    void render();
    void retranslate();
    void updateButtons();
    void setPointer(QPoint position);
    QRect pointerRect(QPoint at) const;
    void updateCursor();
};

}  // namespace rrw::ui
