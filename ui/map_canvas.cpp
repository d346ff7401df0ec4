#include "map_canvas.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QThreadPool>
#include <QWheelEvent>

#include <cmath>

#include "map_document.h"
#include "render/map_renderer.h"

namespace rrw::ui {

MapCanvas::MapCanvas(MapDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), texts_(std::make_shared<const render::MapTexts>()) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    renderTimer_.setSingleShot(true);
    connect(&renderTimer_, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&document_, &MapDocument::opened, this, &MapCanvas::zoomToFull);
    connect(&document_, &MapDocument::styleChanged, this, [this] { scheduleRender(0); });
}

MapCanvas::~MapCanvas() {
    ++generation_;
    QThreadPool::globalInstance()->waitForDone();
}

void MapCanvas::setLanguage(const render::MapLanguage& language) {
    language_ = language;
    scheduleRender(0);
}

void MapCanvas::setView(const render::MapView& view) {
    view_ = view;
    update();
    emit viewChanged();
    scheduleRender();
}

void MapCanvas::zoomToFull() {
    if (auto content = document_.content()) {
        setView(render::MapView::fit(content->extent(), QSizeF(size()), logicalDpiX()));
    }
}

void MapCanvas::zoomToLayer(const std::string& layer) {
    if (auto content = document_.content()) {
        if (const auto* layerData = content->data(layer);
            layerData != nullptr && layerData->extent.valid) {
            setView(render::MapView::fit(layerData->extent, QSizeF(size()), logicalDpiX()));
        }
    }
}

void MapCanvas::zoomBy(double factor) {
    setView(view_.zoomed(factor, QPointF(width() / 2.0, height() / 2.0)));
}

void MapCanvas::highlight(const QString& layer, qint64 fid) {
    highlightLayer_ = layer;
    highlightFid_ = fid;
    update();
}

void MapCanvas::scheduleRender(int delayMs) {
    if (!document_.content()) {
        return;
    }
    renderTimer_.start(delayMs);
}

void MapCanvas::startRender() {
    auto content = document_.content();
    if (!content || width() <= 0 || height() <= 0) {
        return;
    }
    const int generation = ++generation_;
    ++pending_;
    const render::MapView view = view_;
    const render::RenderOptions options{language_, true, true};
    auto texts = texts_;
    QPointer<MapCanvas> self(this);
    QThreadPool::globalInstance()->start([self, content, texts, view, options, generation, this] {
        QElapsedTimer timer;
        timer.start();
        QImage image(view.sizePx().toSize(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            render::MapRenderer(*content, *texts).render(painter, view, options);
        }
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            qApp,
            [self, image, view, generation, ms, this] {
                if (!self) {
                    return;
                }
                --pending_;
                if (generation != generation_) {
                    return;  // a newer view was asked for meanwhile
                }
                image_ = image;
                imageView_ = view;
                update();
                emit renderFinished(ms);
            },
            Qt::QueuedConnection);
    });
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xf4, 0xf6, 0xf8));
    if (!image_.isNull()) {
        // Show the last image where its world now lies: moved and scaled, until the next one.
        const QPointF topLeft = view_.toDevice(imageView_.toWorld(QPointF(0, 0)).x(),
                                               imageView_.toWorld(QPointF(0, 0)).y());
        const double scale = imageView_.metresPerPixel() / view_.metresPerPixel();
        const QRectF target(topLeft, QSizeF(image_.size()) * scale);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-6);
        painter.drawImage(target, image_);
    }
    drawHighlight(painter);
    if (banding_) {
        painter.setPen(QPen(QColor(30, 90, 200), 1, Qt::DashLine));
        painter.setBrush(QColor(30, 90, 200, 40));
        painter.drawRect(QRect(pressPos_, lastPos_).normalized());
    }
}

void MapCanvas::drawHighlight(QPainter& painter) const {
    auto content = document_.content();
    if (highlightLayer_.isEmpty() || !content) {
        return;
    }
    const geo::LayerData* layerData = content->data(highlightLayer_.toStdString());
    if (layerData == nullptr) {
        return;
    }
    for (std::size_t f = 0; f < layerData->featureCount(); ++f) {
        if (layerData->fids[f] != highlightFid_) {
            continue;
        }
        QPainterPath path;
        for (std::uint32_t r = layerData->featureRuns[f]; r < layerData->featureRuns[f + 1]; ++r) {
            QPolygonF ring;
            for (std::uint32_t i = layerData->runStart[r]; i < layerData->runStart[r + 1]; ++i) {
                ring << view_.toDevice(layerData->xy[2 * i], layerData->xy[2 * i + 1]);
            }
            if (ring.size() == 1) {
                path.addEllipse(ring.front(), 6, 6);
            } else {
                path.addPolygon(ring);
            }
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(255, 200, 0), 3));
        painter.setBrush(QColor(255, 220, 0, 60));
        painter.drawPath(path);
    }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (view_.sizePx().isEmpty() || view_.sizePx() == QSizeF(1, 1)) {
        zoomToFull();
        return;
    }
    view_ = view_.resized(QSizeF(size()));
    scheduleRender();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    pressPos_ = lastPos_ = event->pos();
    banding_ = event->modifiers() & Qt::ShiftModifier;
    dragging_ = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    emit cursorMoved(view_.toWorld(event->position()));
    if (!(event->buttons() & Qt::LeftButton)) {
        return;
    }
    if ((event->pos() - pressPos_).manhattanLength() > 3) {
        dragging_ = true;
    }
    if (banding_) {
        lastPos_ = event->pos();
        update();
        return;
    }
    if (dragging_) {
        view_ = view_.panned(QPointF(event->pos() - lastPos_));
        lastPos_ = event->pos();
        update();
        emit viewChanged();
        scheduleRender(80);
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (banding_) {
        banding_ = false;
        const QRect band = QRect(pressPos_, event->pos()).normalized();
        if (band.width() > 4 && band.height() > 4) {
            geo::Envelope e;
            const QPointF a = view_.toWorld(band.topLeft());
            const QPointF b = view_.toWorld(band.bottomRight());
            e.merge(a.x(), a.y());
            e.merge(b.x(), b.y());
            setView(render::MapView::fit(e, QSizeF(size()), logicalDpiX(), 0));
        }
        update();
        return;
    }
    if (!dragging_) {
        emit featureClicked(view_.toWorld(event->position()), 4 * view_.metresPerPixel());
    }
    dragging_ = false;
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        setView(view_.zoomed(std::pow(1.25, steps), event->position()));
    }
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    switch (event->key()) {
        case Qt::Key_Left:
            setView(view_.panned(QPointF(stepX, 0)));
            break;
        case Qt::Key_Right:
            setView(view_.panned(QPointF(-stepX, 0)));
            break;
        case Qt::Key_Up:
            setView(view_.panned(QPointF(0, stepY)));
            break;
        case Qt::Key_Down:
            setView(view_.panned(QPointF(0, -stepY)));
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.5);
            break;
        case Qt::Key_Minus:
            zoomBy(1 / 1.5);
            break;
        case Qt::Key_Home:
            zoomToFull();
            break;
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace rrw::ui
