#include "core/feedback.h"

#include "core/error.h"

namespace rrw {

void Feedback::setProgress(double progress) {
    progress_.store(progress);
    if (listener_) {
        listener_(progress, status());
    }
}

void Feedback::setStatus(const std::string& status) {
    {
        std::lock_guard lock(mutex_);
        status_ = status;
    }
    if (listener_) {
        listener_(progress_.load(), status);
    }
}

std::string Feedback::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

void Feedback::throwIfCanceled() const {
    if (isCanceled()) {
        throwCanceled();
    }
}

}  // namespace rrw
