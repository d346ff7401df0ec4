#include "recovery_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "core/error.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr const char* kFormat = "rrw-recovery";
constexpr int kVersion = 1;

QString bootId() {
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(file.readAll()).trimmed();
}

std::string text(const nlohmann::json& json, const char* key) {
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
}

[[noreturn]] void badFile(const QString& path, const std::string& reason) {
    throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not a readable recovery file ({2})"),
                    {path.toStdString(), reason});
}

}  // namespace

QString recoveryDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString canonicalProjectPath(const QString& projectPath) {
    const QString canonical = QFileInfo(projectPath).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(projectPath).absoluteFilePath() : canonical;
}

QString recoveryStem(const QString& projectPath) {
    const QByteArray hash = QCryptographicHash::hash(canonicalProjectPath(projectPath).toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString recoveryFilePath(const QString& projectPath, qint64 pid) {
    return recoveryDirectory() + QLatin1Char('/') + recoveryStem(projectPath) + QLatin1Char('-') +
           QString::number(pid) + QStringLiteral(".json");
}

RecoveryFile currentOwner(const QString& projectPath) {
    RecoveryFile file;
    file.project = canonicalProjectPath(projectPath);
    file.pid = static_cast<qint64>(getpid());
    file.host = QSysInfo::machineHostName();
    file.bootId = bootId();
    return file;
}

void writeRecoveryFile(const RecoveryFile& file, const QString& path) {
    nlohmann::json drafts = nlohmann::json::array();
    for (const auto& d : file.drafts) {
        drafts.push_back(
            {{"key", d.key.toStdString()}, {"kind", d.kind.toStdString()}, {"data", d.data}});
    }
    const nlohmann::json json = {
        {"format", kFormat},
        {"version", kVersion},
        {"project", file.project.toStdString()},
        {"pid", file.pid},
        {"host", file.host.toStdString()},
        {"boot_id", file.bootId.toStdString()},
        {"saved_at", file.savedAt.toUTC().toString(Qt::ISODate).toStdString()},
        {"drafts", drafts}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    const QByteArray bytes = QByteArray::fromStdString(json.dump(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the recovery file ({2})"),
                        {path.toStdString(), out.errorString().toStdString()});
    }
}

RecoveryFile readRecoveryFile(const QString& path) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        badFile(path, in.errorString().toStdString());
    }
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in.readAll().toStdString());
    } catch (const nlohmann::json::exception& e) {
        badFile(path, e.what());
    }
    if (!json.is_object() || text(json, "format") != kFormat) {
        badFile(path, "no \"format\": \"rrw-recovery\"");
    }
    if (!json.contains("version") || !json["version"].is_number_integer() ||
        json["version"].get<int>() != kVersion) {
        badFile(path, "unknown version");
    }
    if (!json.contains("pid") || !json["pid"].is_number_integer() || !json.contains("drafts") ||
        !json["drafts"].is_array()) {
        badFile(path, "\"pid\" or \"drafts\" missing");
    }
    RecoveryFile file;
    file.path = path;
    file.project = QString::fromStdString(text(json, "project"));
    file.pid = json["pid"].get<qint64>();
    file.host = QString::fromStdString(text(json, "host"));
    file.bootId = QString::fromStdString(text(json, "boot_id"));
    file.savedAt =
        QDateTime::fromString(QString::fromStdString(text(json, "saved_at")), Qt::ISODate);
    int index = 0;
    for (const auto& d : json["drafts"]) {
        ++index;
        if (!d.is_object() || text(d, "kind").empty() || !d.contains("data")) {
            badFile(path, "draft " + std::to_string(index) + " has no \"kind\" or \"data\"");
        }
        file.drafts.push_back({QString::fromStdString(text(d, "key")),
                               QString::fromStdString(text(d, "kind")), d["data"]});
    }
    return file;
}

bool ownerAlive(const RecoveryFile& file) {
    if (file.host != QSysInfo::machineHostName()) {
        return true;
    }
    const QString boot = bootId();
    if (!boot.isEmpty() && !file.bootId.isEmpty() && boot != file.bootId) {
        return false;  // written before a reboot
    }
    if (file.pid <= 0) {
        return false;
    }
    return kill(static_cast<pid_t>(file.pid), 0) == 0 || errno == EPERM;
}

std::vector<RecoveryFile> leftoverRecoveryFiles(
    const QString& projectPath, std::vector<std::pair<QString, QString>>* unreadable) {
    std::vector<RecoveryFile> files;
    const QDir dir(recoveryDirectory());
    const QString own = recoveryFilePath(projectPath, static_cast<qint64>(getpid()));
    const QStringList names =
        dir.entryList({recoveryStem(projectPath) + QStringLiteral("-*.json")}, QDir::Files);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        if (path == own) {
            continue;
        }
        try {
            RecoveryFile file = readRecoveryFile(path);
            if (!ownerAlive(file)) {
                files.push_back(std::move(file));
            }
        } catch (const Error& e) {
            if (unreadable != nullptr) {
                unreadable->emplace_back(path, translatedError(e));
            }
        }
    }
    std::sort(files.begin(), files.end(),
              [](const RecoveryFile& a, const RecoveryFile& b) { return a.savedAt < b.savedAt; });
    return files;
}

}  // namespace rrw::ui
