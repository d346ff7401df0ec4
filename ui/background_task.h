#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "core/feedback.h"

class QThread;

namespace rrw::ui {

/// Runs one piece of plain C++ work on a worker thread with progress and cancel (core
/// Feedback), and tells the UI thread when it ended and how: done, failed (an rrw::Error, the
/// message in the UI language) or canceled. The work must not touch widgets or the project's
/// SQLite connection (it lives in the UI thread). Declare a task as the last member of its
/// owner: its destructor cancels and waits for the worker before the owner's other members
/// (which the work may use) are destroyed.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    enum class State { Ready, Running, Done, Failed, Canceled };

    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    /// Starts `work` (once; later calls are ignored).
    void start(std::function<void(Feedback&)> work);
    void cancel();
    State state() const { return state_; }
    bool isRunning() const { return state_ == State::Running; }
    /// 0..1 while running.
    double progress() const { return feedback_.progress(); }
    /// In state Failed: the message in the UI language.
    const QString& errorMessage() const { return error_; }
    /// Wall-clock milliseconds from start() to the end of the work.
    qint64 durationMs() const { return durationMs_; }

signals:
    /// The work ended: state() is Done, Failed or Canceled.
    void finished();

private:
    Feedback feedback_;
    QThread* thread_ = nullptr;
    State state_ = State::Ready;
    QString error_;
    qint64 durationMs_ = 0;
};

}  // namespace rrw::ui
