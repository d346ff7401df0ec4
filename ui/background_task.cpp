#include "background_task.h"

#include <QElapsedTimer>
#include <QThread>

#include <optional>
#include <string>

#include "core/error.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

/// What the worker leaves for the UI thread (read only after the thread has finished).
struct Outcome {
    std::optional<Error> error;
    std::string otherError;
};

}  // namespace

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask() {
    if (thread_ != nullptr) {
        feedback_.cancel();
        thread_->wait();
        delete thread_;
    }
}

void BackgroundTask::start(std::function<void(Feedback&)> work) {
    if (state_ != State::Ready) {
        return;
    }
    state_ = State::Running;
    auto outcome = std::make_shared<Outcome>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    thread_ = QThread::create([this, outcome, work = std::move(work)] {
        try {
            work(feedback_);
        } catch (const Error& e) {
            outcome->error = e;
        } catch (const std::exception& e) {
            outcome->otherError = e.what();
        }
    });
    connect(thread_, &QThread::finished, this, [this, outcome, timer] {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
        durationMs_ = timer->elapsed();
        if (outcome->error && outcome->error->kind() == Error::Kind::Canceled) {
            state_ = State::Canceled;
        } else if (outcome->error) {
            state_ = State::Failed;
            error_ = translatedError(*outcome->error);
        } else if (!outcome->otherError.empty()) {
            state_ = State::Failed;
            error_ = QString::fromStdString(outcome->otherError);
        } else {
            state_ = State::Done;
        }
        emit finished();
    });
    thread_->start();
}

void BackgroundTask::cancel() {
    feedback_.cancel();
}

}  // namespace rrw::ui
