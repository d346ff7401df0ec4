#include "timing_probe.h"

#include <QApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "main_window.h"
#include "map_canvas.h"

namespace rrw::ui {

TimingProbe::TimingProbe(MainWindow& window, QElapsedTimer sinceStart, QObject* parent)
    : QObject(parent), window_(window), sinceStart_(sinceStart) {
    window_.resize(1400, 900);  // a typical laptop window, whatever was saved
    connect(&window_.canvas(), &MapCanvas::renderFinished, this, &TimingProbe::onRenderFinished);
}

void TimingProbe::onRenderFinished(double ms) {
    if (firstMapMs_ < 0) {
        firstMapMs_ = static_cast<double>(sinceStart_.nsecsElapsed()) / 1e6;
    } else {
        zoomRenderMs_.push_back(ms);
    }
    if (zoomRenderMs_.size() >= 5) {
        QTimer::singleShot(0, this, &TimingProbe::measurePanAndQuit);
        return;
    }
    // Zoom in and out around the centre: each re-render is timed in the worker.
    QTimer::singleShot(0, this, [this] {
        window_.canvas().zoomBy(zoomRenderMs_.size() % 2 == 0 ? 1.5 : 1 / 1.5);
    });
}

void TimingProbe::measurePanAndQuit() {
    MapCanvas& canvas = window_.canvas();
    // Panning shows the cached image moved: time the repaints of 60 small drags.
    QElapsedTimer timer;
    timer.start();
    const int frames = 60;
    for (int i = 0; i < frames; ++i) {
        canvas.setView(canvas.view().panned(QPointF(i % 2 == 0 ? 7 : -7, 3)));
        canvas.repaint();
    }
    const double frameMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / frames;
    std::vector<double> sorted = zoomRenderMs_;
    std::sort(sorted.begin(), sorted.end());
    const nlohmann::json out{{"first_map_ms", firstMapMs_},
                             {"zoom_render_ms", zoomRenderMs_},
                             {"zoom_render_median_ms", sorted[sorted.size() / 2]},
                             {"pan_frame_ms", frameMs},
                             {"pan_fps", 1000.0 / frameMs},
                             {"canvas", {canvas.width(), canvas.height()}}};
    std::printf("%s\n", out.dump(2).c_str());
    std::fflush(stdout);
    QApplication::exit(0);
}

}  // namespace rrw::ui
