#include "project_watcher.h"

#include <QFileInfo>

#include "core/error.h"
#include "map_document.h"

namespace rrw::ui {

ProjectWatcher::ProjectWatcher(MapDocument& document, QObject* parent)
    : QObject(parent), document_(document) {
    poll_.setInterval(kPollMs);
    soon_.setSingleShot(true);
    soon_.setInterval(100);
    connect(&poll_, &QTimer::timeout, this, &ProjectWatcher::check);
    connect(&soon_, &QTimer::timeout, this, &ProjectWatcher::check);
    connect(&files_, &QFileSystemWatcher::fileChanged, this, [this] {
        watchFiles();  // a replaced file drops out of the watch list
        soon_.start();
    });
    connect(&files_, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles();  // the -wal may have appeared
        soon_.start();
    });
    connect(&document_, &MapDocument::opened, this, &ProjectWatcher::rebase);
    connect(&document_, &MapDocument::reloaded, this, &ProjectWatcher::rebase);
    if (document_.isOpen()) {
        rebase();
    }
}

void ProjectWatcher::rebase() {
    connection_ = nullptr;
    version_ = 0;
    if (!files_.files().isEmpty()) {
        files_.removePaths(files_.files());
    }
    if (!files_.directories().isEmpty()) {
        files_.removePaths(files_.directories());
    }
    if (!document_.isOpen()) {
        poll_.stop();
        return;
    }
    try {
        connection_ = document_.project().db();
        version_ = document_.project().dataVersion();
    } catch (const Error&) {
        connection_ = nullptr;  // checked again at the next poll
    }
    watchFiles();
    poll_.start();
}

void ProjectWatcher::watchFiles() {
    if (!document_.isOpen()) {
        return;
    }
    const QString path = document_.path();
    QStringList wanted = {path, path + QStringLiteral("-wal"), QFileInfo(path).absolutePath()};
    for (const QString& p : wanted) {
        if (QFileInfo::exists(p) && !files_.files().contains(p) &&
            !files_.directories().contains(p)) {
            files_.addPath(p);
        }
    }
}

bool ProjectWatcher::check() {
    if (checking_ || !document_.isOpen() || document_.isBusy() ||
        document_.project().geoPackage().inTransaction()) {
        return false;
    }
    checking_ = true;
    ++checks_;
    bool changed = false;
    try {
        store::Project& project = document_.project();
        if (project.db() != connection_) {
            // A new connection (after a rollback re-opened the file): a new base.
            connection_ = project.db();
            version_ = project.dataVersion();
        } else {
            const int version = project.dataVersion();
            changed = version != version_;
            version_ = version;
        }
    } catch (const Error&) {
        // The file is busy or gone for a moment: the next poll tries again.
    }
    checking_ = false;
    if (changed) {
        emit changedExternally();
    }
    return changed;
}

}  // namespace rrw::ui
