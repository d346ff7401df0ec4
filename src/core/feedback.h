#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>

namespace rrw {

/// Progress and cancellation for long operations (import, scoring, reports), passed down by
/// reference. Thread-safe: a worker reports, the UI thread reads and cancels.
class Feedback {
public:
    using Listener = std::function<void(double progress, const std::string& status)>;

    Feedback() = default;
    explicit Feedback(Listener listener) : listener_(std::move(listener)) {}

    /// progress in 0..1; negative means "unknown" (busy indicator).
    void setProgress(double progress);
    void setStatus(const std::string& status);
    double progress() const { return progress_.load(); }
    std::string status() const;

    void cancel() { canceled_.store(true); }
    bool isCanceled() const { return canceled_.load(); }
    /// Throws rrw::Error{Canceled} when cancel() was called; call at safe points.
    void throwIfCanceled() const;

private:
    std::atomic<double> progress_{0.0};
    std::atomic<bool> canceled_{false};
    mutable std::mutex mutex_;
    std::string status_;
    Listener listener_;
};

}  // namespace rrw
