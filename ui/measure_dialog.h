#pragma once

#include <QDialog>
#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "commands/measure_commands.h"
#include "governance_text.h"
#include "store/organisation_repository.h"
#include "store/swot_repository.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rrw::ui {

class MapDocument;

/// Edits one measure of the register: its id (new measures only), German and Czech title (at
/// least one) and description, the owner organisation, the status, the review date (or none)
/// and, as checkable lists, the SWOT items it answers and the risks it addresses. The caller
/// turns record() into an undoable edit after accept().
class MeasureDialog : public QDialog {
    Q_OBJECT

public:
    /// `isNew`: the id can be typed and must not exist yet.
    MeasureDialog(MapDocument& document, const QString& languageCode, const MeasureRecord& record,
                  bool isNew, QWidget* parent = nullptr);

    /// The measure and its links as the controls describe them.
    MeasureRecord record() const;

    // For scripted use (tests): false when the value is not offered.
    bool setOwner(const std::string& organisationId);
    bool setStatus(const std::string& status);
    /// An invalid date means "no review date".
    void setReviewDate(const QDate& date);
    bool checkSwotItem(std::int64_t id, bool checked = true);
    bool checkRisk(const store::MeasureRisk& risk, bool checked = true);

    QString problem() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    QString languageCode_;
    MeasureRecord original_;
    bool isNew_;
    std::vector<store::Organisation> organisations_;
    std::vector<store::SwotItem> items_;
    std::vector<RiskChoice> risks_;
    QLabel* idLabel_;
    QLineEdit* id_;
    QLabel* titleDeLabel_;
    QLineEdit* titleDe_;
    QLabel* titleCsLabel_;
    QLineEdit* titleCs_;
    QLabel* descriptionDeLabel_;
    QPlainTextEdit* descriptionDe_;
    QLabel* descriptionCsLabel_;
    QPlainTextEdit* descriptionCs_;
    QLabel* ownerLabel_;
    QComboBox* owner_;
    QLabel* statusLabel_;
    QComboBox* status_;
    QLabel* reviewLabel_;
    QDateEdit* review_;
    QLabel* itemsLabel_;
    QListWidget* itemList_;
    QLabel* risksLabel_;
    QListWidget* riskList_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;

    void retranslate();
    void fillLists();
    void showProblem(const QString& text);
};

}  // namespace rrw::ui
