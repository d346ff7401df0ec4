#pragma once

#include <QDialog>
#include <QString>

#include <memory>

#include "store/swot_repository.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rrw::ui {

class MapDocument;
struct EvidenceCatalog;

/// Edits one SWOT item: category, region (the whole cross-border area or a Kreis/okres),
/// German and Czech text (at least one), importance 1–5, author and the evidence list (add
/// through SwotEvidenceDialog, remove). The dialog does not write: the caller turns item()
/// into an undoable edit after accept().
class SwotItemDialog : public QDialog {
    Q_OBJECT

public:
    SwotItemDialog(MapDocument& document, const QString& languageCode, const store::SwotItem& item,
                   QWidget* parent = nullptr);
    ~SwotItemDialog() override;

    /// The item as the controls describe it (id, origin and times of the original; kept
    /// evidence with its id, new evidence with id 0).
    store::SwotItem item() const;
    /// Appends evidence to the list; false (with the reason shown) when it is listed already.
    bool addEvidence(const store::SwotEvidence& evidence);
    /// Opens the evidence dialog and adds what it returns.
    void addEvidenceWithDialog();
    /// The message shown under the fields ("" when the input is fine).
    QString problem() const;
    /// Refuses to close without a German or Czech text.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    QString languageCode_;
    store::SwotItem original_;
    std::vector<store::SwotEvidence> evidence_;
    std::unique_ptr<EvidenceCatalog> catalog_;
    QLabel* categoryLabel_;
    QComboBox* category_;
    QLabel* regionLabel_;
    QComboBox* region_;
    QLabel* textDeLabel_;
    QPlainTextEdit* textDe_;
    QLabel* textCsLabel_;
    QPlainTextEdit* textCs_;
    QLabel* importanceLabel_;
    QSpinBox* importance_;
    QLabel* authorLabel_;
    QLineEdit* author_;
    QLabel* evidenceLabel_;
    QListWidget* evidenceList_;
    QPushButton* addEvidence_;
    QPushButton* removeEvidence_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;

    void retranslate();
    void rebuildEvidence();
    void fillRegions();
};

}  // namespace rrw::ui
