#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace rrw::ui {

class MapDocument;

/// Notices commits to the open project by other programs (rrw-cli, another workbench, QGIS).
/// The reliable signal is SQLite's PRAGMA data_version on the document's connection, which
/// changes only for other connections' commits: it is polled about once a second, and a file
/// system watcher on the project file, its -wal and their folder asks for a check at once.
/// Nothing is checked while the document lends its connection to a worker (an import).
class ProjectWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kPollMs = 1000;

    explicit ProjectWatcher(MapDocument& document, QObject* parent = nullptr);

    /// Compares data_version with the last check; emits changedExternally() and returns true
    /// when another connection committed since.
    bool check();
    void setPollInterval(int ms) { poll_.setInterval(ms); }
    /// Number of checks made (for tests: proof that polling runs).
    int checks() const { return checks_; }

signals:
    void changedExternally();

private:
    MapDocument& document_;
    QFileSystemWatcher files_;
    QTimer poll_;
    QTimer soon_;
    const void* connection_ = nullptr;
    int version_ = 0;
    int checks_ = 0;
    bool checking_ = false;

    /// Takes the current connection and its data_version as the base (after open and reload).
    void rebase();
    void watchFiles();
};

}  // namespace rrw::ui
