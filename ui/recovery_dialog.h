#pragma once

#include <QDateTime>
#include <QDialog>
#include <QLocale>

#include <vector>

#include "recovery_file.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace rrw::ui {

/// Asks whether to restore the unsaved edits a crashed session left: "Restore unsaved edits
/// from <time>?", the list of what would come back, Restore and Discard. Closing the dialog
/// decides nothing (the edits are offered again next time). exec() returns Accepted for
/// Restore, `DiscardCode` for Discard, Rejected for closed.
class RecoveryDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int DiscardCode = 2;

    RecoveryDialog(const std::vector<RecoveryDraft>& drafts, const QDateTime& savedAt,
                   const QLocale& locale, QWidget* parent = nullptr);

    /// What the list says about a draft, in the UI language.
    static QString describe(const RecoveryDraft& draft);
    QListWidget* list() const { return list_; }
    QPushButton* restoreButton() const { return restore_; }
    QPushButton* discardButton() const { return discard_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    std::vector<RecoveryDraft> drafts_;
    QDateTime savedAt_;
    QLocale locale_;
    QLabel* question_;
    QLabel* explanation_;
    QListWidget* list_;
    QPushButton* restore_;
    QPushButton* discard_;

    void retranslate();
};

}  // namespace rrw::ui
