#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace rrw::ui {

class MainWindow;

/// `rrw --probe-timings PROJECT.gpkg`: measures what a user feels and prints it as JSON, then
/// quits (used by bench/workbench_timings.sh): time from start to the first map on screen, the
/// re-render after a zoom, and the frame time of panning from the cached image.
class TimingProbe : public QObject {
    Q_OBJECT

public:
    TimingProbe(MainWindow& window, QElapsedTimer sinceStart, QObject* parent = nullptr);

private:
    MainWindow& window_;
    QElapsedTimer sinceStart_;
    double firstMapMs_ = -1;
    int zoomRenders_ = 0;
    std::vector<double> zoomRenderMs_;

    void onRenderFinished(double ms);
    void measurePanAndQuit();
};

}  // namespace rrw::ui
