#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace rrw::ui {

/// Autosave of the edits that live only in an editor until the user saves them (the scenario
/// editor's form, an open slide, style or SWOT item dialog): each open editor is tracked with
/// a provider that returns its unsaved state (or nothing). A few seconds after a change
/// (touch()) and on a fixed interval the store asks every provider and writes the drafts into
/// the session's recovery file (recovery_file.h) through QSaveFile; with no drafts left the
/// file is removed. stop() (a normal end, a project closed) removes it too, so only a crash
/// leaves one behind. One per MapDocument; inactive until start().
class DraftStore : public QObject {
    Q_OBJECT

public:
    using Provider = std::function<std::optional<nlohmann::json>()>;

    static constexpr int kDebounceMs = 2000;
    static constexpr int kIntervalMs = 30000;

    explicit DraftStore(QObject* parent = nullptr);
    ~DraftStore() override;

    /// Starts a session for the project (ends an earlier one, removing its file).
    void start(const QString& projectPath);
    /// Ends the session normally: the recovery file is removed.
    void stop();
    bool isActive() const { return !file_.isEmpty(); }
    /// The session's recovery file (it exists only while there are drafts).
    QString filePath() const { return file_; }

    /// Tracks an open editor under `key` (one draft per key); untracked when `owner` is
    /// destroyed or by untrack(). `kind` tells the recovery which editor restores it.
    void track(const QString& key, const QString& kind, QObject* owner, Provider provider);
    /// The edit was saved or canceled: its draft goes from the file now.
    void untrack(const QString& key);
    /// An editor changed: write after the debounce delay.
    void touch();
    /// Asks every provider and writes (or removes) the file now. Errors go to failed().
    void writeNow();
    /// Delays for tests (milliseconds).
    void setDelays(int debounceMs, int intervalMs);
    /// Number of drafts in the file as last written.
    int draftCount() const { return written_; }

signals:
    /// The file was written (`drafts` > 0) or removed (0).
    void saved(int drafts);
    /// The recovery file could not be written; the message is translated.
    void failed(const QString& message);

private:
    struct Entry {
        QString key;
        QString kind;
        QPointer<QObject> owner;
        bool owned = false;  ///< `owner` was given (skip the entry once it is gone)
        Provider provider;
    };
    void untrackQuietly(const QString& key);
    std::vector<Entry> entries_;
    QString project_;
    QString file_;
    QTimer debounce_;
    QTimer interval_;
    std::string lastDrafts_;  ///< the drafts as last written (no rewrite when unchanged)
    int written_ = 0;
};

/// Tracks a modal dialog for the length of a scope (an exec()): its state is a draft once it
/// differs from the state it opened with (or from the start, for a dialog that shows restored
/// edits), every edit of its input widgets touches the store, and the draft goes when the
/// scope ends (saved or canceled).
class DraftScope {
public:
    DraftScope(DraftStore& store, const QString& key, const QString& kind, QWidget* dialog,
               std::function<nlohmann::json()> state, bool startsModified = false);
    ~DraftScope();
    DraftScope(const DraftScope&) = delete;
    DraftScope& operator=(const DraftScope&) = delete;

private:
    DraftStore& store_;
    QString key_;
};

/// Calls `onEdit` after every edit of the input widgets under `root` (line and text edits,
/// spin boxes, combo boxes, buttons, sliders, item views), as they exist now.
void connectEdits(QWidget* root, QObject* context, const std::function<void()>& onEdit);

}  // namespace rrw::ui
