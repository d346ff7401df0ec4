#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

#include "render/map_language.h"
#include "render/map_view.h"

namespace rrw::ui {

class MapDocument;

/// The map on screen. Drawing happens on a worker thread into an image; while the next image
/// renders, the last one is shown moved and scaled to the current view, so panning and
/// zooming never wait for the renderer. Pan: drag or arrow keys; zoom: wheel, +/- or a
/// Shift+drag rectangle; Home: the whole map. A click without drag identifies.
class MapCanvas : public QWidget {
    Q_OBJECT

public:
    explicit MapCanvas(MapDocument& document, QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setLanguage(const render::MapLanguage& language);
    const render::MapLanguage& language() const { return language_; }
    const render::MapView& view() const { return view_; }
    void setView(const render::MapView& view);
    void zoomToFull();
    void zoomToLayer(const std::string& layer);
    void zoomBy(double factor);
    /// Marks one feature (from the attribute table); empty layer clears.
    void highlight(const QString& layer, qint64 fid);
    /// The last finished rendering and the view it shows (for export and tests).
    QImage renderedImage() const { return image_; }
    bool isRendering() const { return pending_ > 0; }

signals:
    void cursorMoved(QPointF world);
    void viewChanged();
    void featureClicked(QPointF world, double toleranceMetres);
    void renderFinished(double milliseconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    MapDocument& document_;
    render::MapLanguage language_;
    std::shared_ptr<const render::MapTexts> texts_;
    render::MapView view_;
    QImage image_;
    render::MapView imageView_;
    std::atomic<int> generation_{0};
    int pending_ = 0;
    QTimer renderTimer_;
    QPoint pressPos_;
    QPoint lastPos_;
    bool dragging_ = false;
    bool banding_ = false;
    QString highlightLayer_;
    qint64 highlightFid_ = -1;

    void scheduleRender(int delayMs = 30);
    void startRender();
    void drawHighlight(QPainter& painter) const;
};

}  // namespace rrw::ui
