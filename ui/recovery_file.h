#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace rrw::ui {

/// One unsaved edit kept for recovery: `kind` says which editor it belongs to (scenario,
/// slide, style, swot_item), `data` is what that editor needs to show it again.
struct RecoveryDraft {
    QString key;
    QString kind;
    nlohmann::json data;
};

/// A recovery file (docs/RELIABILITY.md, "Autosave and recovery"): the unsaved edits of one
/// workbench session on one project, kept outside the project in
/// QStandardPaths::AppDataLocation/recovery/, named "<hash of the project's canonical
/// path>-<pid>.json". It records who wrote it (process id, host, boot id) so that a later
/// session can tell a crashed owner from one that is still running.
struct RecoveryFile {
    QString path;     ///< where it was read from (empty for one not yet written)
    QString project;  ///< the project's canonical path
    qint64 pid = 0;
    QString host;
    QString bootId;     ///< Linux boot id; empty where unknown
    QDateTime savedAt;  ///< UTC
    std::vector<RecoveryDraft> drafts;
};

/// The folder of recovery files (created on demand by writeRecoveryFile()).
QString recoveryDirectory();
/// "<16 hex digits of SHA-256 of the canonical path>": the common start of the project's files.
QString recoveryStem(const QString& projectPath);
/// The project's canonical path (the path itself when it cannot be resolved).
QString canonicalProjectPath(const QString& projectPath);
/// The file of process `pid` for the project.
QString recoveryFilePath(const QString& projectPath, qint64 pid);

/// This process as an owner: pid, host and boot id filled in.
RecoveryFile currentOwner(const QString& projectPath);

/// Writes `file` to `path` through QSaveFile: a crash while writing leaves the previous version
/// whole. Throws rrw::Error naming the file when it cannot be written.
void writeRecoveryFile(const RecoveryFile& file, const QString& path);
/// Reads and checks a recovery file. Throws rrw::Error (Input) naming the file when it is not
/// one (not JSON, wrong format, missing fields).
RecoveryFile readRecoveryFile(const QString& path);

/// True when the process that wrote `file` may still be running: same host and boot, and a
/// process with its id exists. Files of another host count as alive (cannot be checked).
bool ownerAlive(const RecoveryFile& file);

/// The recovery files of `projectPath` whose owners are gone (crashed), oldest first.
/// Unreadable files are listed in `unreadable` (path and translated reason) instead.
std::vector<RecoveryFile> leftoverRecoveryFiles(
    const QString& projectPath, std::vector<std::pair<QString, QString>>* unreadable = nullptr);

}  // namespace rrw::ui
