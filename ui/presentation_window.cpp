#include "presentation_window.h"

#include <QCursor>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QRadialGradient>
#include <QScreen>
#include <QToolButton>

#include <algorithm>

namespace rrw::ui {

namespace {

constexpr double kReferenceDpi = 240;  // a 1920×1080 projector image drawn like a 8-inch page
constexpr double kButtonPt = 10;
constexpr double kPointerMm = 2.6;  // radius of the red dot; the glow is twice as wide

render::MapLanguage presentationLanguage(render::MapLanguage language) {
    if (language.primary == Lang::En) {
        return {Lang::De, true};
    }
    if (language.bilingual) {
        language.primary = Lang::De;
    }
    return language;
}

bool sameLanguage(const render::MapLanguage& a, const render::MapLanguage& b) {
    return a.bilingual == b.bilingual && (a.bilingual || a.primary == b.primary);
}

}  // namespace

PresentationWindow::PresentationWindow(std::shared_ptr<const SlideDeck> deck,
                                       render::MapLanguage language, std::size_t start,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint),
      deck_(std::move(deck)),
      texts_(std::make_unique<render::MapTexts>()),
      language_(presentationLanguage(language)),
      current_(deck_->size() == 0 ? 0 : std::min(start, deck_->size() - 1)) {
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    de_ = makeButton(QStringLiteral("DE"));
    cs_ = makeButton(QStringLiteral("CS"));
    both_ = makeButton(QStringLiteral("DE+CS"));
    close_ = makeButton(QStringLiteral("\u2715"));
    close_->setCheckable(false);
    connect(de_, &QToolButton::clicked, this, [this] { setLanguage({Lang::De, false}); });
    connect(cs_, &QToolButton::clicked, this, [this] { setLanguage({Lang::Cs, false}); });
    connect(both_, &QToolButton::clicked, this, [this] { setLanguage({Lang::De, true}); });
    connect(close_, &QToolButton::clicked, this, &QWidget::close);
    retranslate();
    updateButtons();
    resize(1280, 720);
}

PresentationWindow::~PresentationWindow() = default;

QToolButton* PresentationWindow::makeButton(const QString& text) {
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus);  // keys always reach the window (Space, arrows)
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

double PresentationWindow::projectorDpi(QSize size) {
    const double scale = std::min(size.width() / 1920.0, size.height() / 1080.0);
    return std::clamp(kReferenceDpi * scale, 48.0, 960.0);
}

void PresentationWindow::present(QWidget* near) {
    QScreen* screen = near != nullptr ? near->screen() : QGuiApplication::primaryScreen();
    if (screen != nullptr) {
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

QString PresentationWindow::currentTitle() const {
    return deck_->size() == 0 ? QString() : slideTitle(deck_->slide(current_), language_);
}

void PresentationWindow::showSlide(std::size_t index) {
    if (deck_->size() == 0) {
        return;
    }
    index = std::min(index, deck_->size() - 1);
    if (index == current_ && !dirty_) {
        return;
    }
    current_ = index;
    relayout();
    emit slideChanged(static_cast<int>(current_));
}

void PresentationWindow::next() {
    if (current_ + 1 < deck_->size()) {
        showSlide(current_ + 1);
    }
}

void PresentationWindow::previous() {
    if (current_ > 0) {
        showSlide(current_ - 1);
    }
}

void PresentationWindow::setLanguage(const render::MapLanguage& language) {
    const render::MapLanguage wanted = presentationLanguage(language);
    if (sameLanguage(wanted, language_)) {
        return;
    }
    language_ = wanted;
    updateButtons();
    relayout();
    emit languageChanged();
}

void PresentationWindow::updateButtons() {
    de_->setChecked(!language_.bilingual && language_.primary == Lang::De);
    cs_->setChecked(!language_.bilingual && language_.primary == Lang::Cs);
    both_->setChecked(language_.bilingual);
}

void PresentationWindow::retranslate() {
    de_->setToolTip(tr("German (D)"));
    cs_->setToolTip(tr("Czech (C)"));
    both_->setToolTip(tr("German and Czech (B)"));
    close_->setToolTip(tr("End the presentation (Esc)"));
    setWindowTitle(tr("Presentation"));
}

void PresentationWindow::relayout() {
    dpi_ = projectorDpi(size());
    const int fontPx = std::max(8, static_cast<int>(kButtonPt * dpi_ / 72.0 + 0.5));
    const int padPx = std::max(2, fontPx / 4);
    if (fontPx != buttonFontPx_) {  // restyling re-polishes the buttons: only on a new size
        buttonFontPx_ = fontPx;
        setStyleSheet(
            QStringLiteral("QToolButton { color: white; background: rgba(255,255,255,28);"
                           " border: 1px solid rgba(255,255,255,110); border-radius: %1px;"
                           " padding: %1px %2px; font-family: 'DejaVu Sans';"
                           " font-weight: bold; font-size: %3px; }"
                           "QToolButton:checked { background: #f1faee; color: #1d3557; }"
                           "QToolButton:hover { border-color: white; }")
                .arg(padPx)
                .arg(padPx * 2)
                .arg(fontPx));
    }
    const QList<QToolButton*> buttons = {de_, cs_, both_, close_};
    int width = 0;
    for (QToolButton* b : buttons) {
        b->adjustSize();
        width += b->width() + padPx;
    }
    if (deck_->size() > 0) {
        layout_ = layoutSlide(*deck_, current_, *texts_, language_, QRectF(rect()), dpi_, width);
        const QRectF area = layout_.controls;
        double x = area.left();
        for (QToolButton* b : buttons) {
            if (b == close_) {
                x += padPx;  // keep the close button apart
            }
            b->move(static_cast<int>(x), static_cast<int>(area.center().y() - b->height() / 2.0));
            x += b->width() + padPx;
        }
    }
    dirty_ = true;
    update();
}

void PresentationWindow::render() {
    const qreal ratio = devicePixelRatioF();
    image_ = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image_.setDevicePixelRatio(ratio);
    image_.fill(Qt::black);
    QPainter painter(&image_);
    if (deck_->size() == 0) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, tr("There are no slides."));
    } else {
        paintSlide(painter, *deck_, current_, *texts_, language_, layout_);
    }
    dirty_ = false;
    ++renders_;
}

QRect PresentationWindow::pointerRect(QPoint at) const {
    const int r = static_cast<int>(2 * kPointerMm * dpi_ / 25.4) + 3;
    return {at.x() - r, at.y() - r, 2 * r + 1, 2 * r + 1};
}

void PresentationWindow::paintEvent(QPaintEvent*) {
    if (dirty_ || image_.size() != size() * devicePixelRatioF()) {
        render();
    }
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), image_);
    if (pointerShown()) {
        const double r = kPointerMm * dpi_ / 25.4;
        painter.setRenderHint(QPainter::Antialiasing, true);
        QRadialGradient glow(pointer_, 2 * r);
        glow.setColorAt(0.0, QColor(255, 0, 0, 150));
        glow.setColorAt(0.5, QColor(255, 0, 0, 70));
        glow.setColorAt(1.0, QColor(255, 0, 0, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(QPointF(pointer_), 2 * r, 2 * r);
        painter.setBrush(QColor(230, 0, 0));
        painter.setPen(QPen(Qt::white, std::max(1.0, r / 6)));
        painter.drawEllipse(QPointF(pointer_), r, r);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
        case Qt::Key_PageDown:
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_N:
            next();
            break;
        case Qt::Key_Left:
        case Qt::Key_Up:
        case Qt::Key_PageUp:
        case Qt::Key_Backspace:
        case Qt::Key_P:
            previous();
            break;
        case Qt::Key_Home:
            showSlide(0);
            break;
        case Qt::Key_End:
            showSlide(deck_->size() == 0 ? 0 : deck_->size() - 1);
            break;
        case Qt::Key_D:
            setLanguage({Lang::De, false});
            break;
        case Qt::Key_C:
            setLanguage({Lang::Cs, false});
            break;
        case Qt::Key_B:
            setLanguage({Lang::De, true});
            break;
        case Qt::Key_L:
            laser_ = !laser_;
            setPointer(mapFromGlobal(QCursor::pos()));
            updateCursor();
            update();
            break;
        case Qt::Key_Escape:
            close();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent* event) {
    pressed_ = true;
    setPointer(event->position().toPoint());
    updateCursor();
    update(pointerRect(pointer_));
}

void PresentationWindow::mouseMoveEvent(QMouseEvent* event) {
    setPointer(event->position().toPoint());
}

void PresentationWindow::mouseReleaseEvent(QMouseEvent*) {
    pressed_ = false;
    updateCursor();
    update(pointerRect(pointer_));
}

void PresentationWindow::setPointer(QPoint position) {
    if (position == pointer_) {
        return;
    }
    const QRect before = pointerRect(pointer_);
    pointer_ = position;
    if (pointerShown()) {
        update(before.united(pointerRect(pointer_)));
    }
}

void PresentationWindow::updateCursor() {
    if (pointerShown()) {
        setCursor(Qt::BlankCursor);
    } else {
        unsetCursor();
    }
}

void PresentationWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace rrw::ui
