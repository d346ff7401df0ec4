#include "recovery.h"

#include <QFile>
#include <QMessageBox>
#include <QWidget>

#include <vector>

#include "map_document.h"
#include "recovery_dialog.h"
#include "recovery_file.h"

namespace rrw::ui {

Recovery::Recovery(MapDocument& document, QWidget* window)
    : QObject(window), document_(document), window_(window) {}

void Recovery::addHandler(const QString& kind, bool modal, Handler handler) {
    handlers_[kind] = {modal, std::move(handler)};
}

Recovery::Answer Recovery::presetAnswer() const {
    if (answer_ != Answer::Ask) {
        return answer_;
    }
    const QString env = qEnvironmentVariable("RRW_RECOVERY").trimmed().toLower();
    if (env == QLatin1String("restore")) {
        return Answer::Restore;
    }
    if (env == QLatin1String("discard")) {
        return Answer::Discard;
    }
    if (env == QLatin1String("later")) {
        return Answer::Later;
    }
    return Answer::Ask;
}

Recovery::Answer Recovery::offer() {
    errors_.clear();
    restored_ = 0;
    if (!document_.isOpen()) {
        emit finished(Answer::Later);
        return Answer::Later;
    }
    std::vector<std::pair<QString, QString>> unreadable;
    const std::vector<RecoveryFile> files = leftoverRecoveryFiles(document_.path(), &unreadable);
    for (const auto& [path, reason] : unreadable) {
        errors_ << reason;
        QFile::rename(path, path + QStringLiteral(".unreadable"));  // not offered again
    }
    // One draft per editor: a newer file's draft replaces an older one's.
    std::vector<RecoveryDraft> drafts;
    QDateTime savedAt;
    for (const RecoveryFile& file : files) {
        for (const RecoveryDraft& d : file.drafts) {
            std::erase_if(drafts, [&](const RecoveryDraft& o) { return o.key == d.key; });
            drafts.push_back(d);
        }
        savedAt = std::max(savedAt, file.savedAt);
    }
    Answer answer = drafts.empty() ? Answer::Discard : presetAnswer();
    if (answer == Answer::Ask) {
        RecoveryDialog dialog(drafts, savedAt, locale_, window_);
        const int result = dialog.exec();
        answer = result == QDialog::Accepted             ? Answer::Restore
                 : result == RecoveryDialog::DiscardCode ? Answer::Discard
                                                         : Answer::Later;
    }
    if (answer == Answer::Restore) {
        // Editors in the window first (their drafts are written again at once), then the
        // dialogs, one after the other.
        for (const bool modal : {false, true}) {
            for (const RecoveryDraft& d : drafts) {
                const auto it = handlers_.find(d.kind);
                if (it == handlers_.end()) {
                    if (modal) {
                        errors_ << RecoveryDialog::describe(d);
                    }
                    continue;
                }
                if (it->second.modal != modal) {
                    continue;
                }
                if (const auto error = it->second.handler(d.data)) {
                    errors_ << *error;
                } else {
                    ++restored_;
                }
            }
            if (!modal) {
                document_.drafts().writeNow();
            }
        }
    }
    if (answer != Answer::Later) {
        for (const RecoveryFile& file : files) {
            QFile::remove(file.path);
        }
    }
    if (!errors_.isEmpty() && answer_ == Answer::Ask && presetAnswer() == Answer::Ask) {
        QMessageBox::warning(window_, tr("Unsaved edits"),
                             tr("Some edits could not be restored:") + QStringLiteral("\n\n") +
                                 errors_.join(QLatin1Char('\n')));
    }
    emit finished(answer);
    return answer;
}

}  // namespace rrw::ui
