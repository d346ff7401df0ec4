#pragma once

#include <QDialog>
#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/measure_repository.h"
#include "store/swot_repository.h"
#include "store/tows_repository.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rrw::ui {

class MapDocument;

/// Edits one TOWS strategy: its kind (SO, ST, WO, WT), German and Czech title (at least one)
/// and text, the SWOT items it builds on — only those whose category the kind pairs are
/// offered — and the measures of the catalog that carry it out. The caller turns strategy()
/// into an undoable edit after accept().
class TowsDialog : public QDialog {
    Q_OBJECT

public:
    TowsDialog(MapDocument& document, const QString& languageCode,
               const store::TowsStrategy& strategy, QWidget* parent = nullptr);

    /// The strategy as the controls describe it (id and creation time of the original).
    store::TowsStrategy strategy() const;
    void setKind(const std::string& kind);
    /// Ticks the SWOT item or measure when it is offered; false when it is not.
    bool checkItem(std::int64_t id);
    bool checkMeasure(const std::string& id);
    /// The ids of the SWOT items offered for the current kind.
    std::vector<std::int64_t> offeredItems() const;
    QString problem() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    QString languageCode_;
    store::TowsStrategy original_;
    std::vector<store::SwotItem> items_;
    std::vector<store::Measure> measures_;
    std::map<std::string, QString> regionNames_;
    std::vector<std::int64_t> checkedItems_;  ///< kept across kind changes
    QLabel* kindLabel_;
    QComboBox* kind_;
    QLabel* titleDeLabel_;
    QLineEdit* titleDe_;
    QLabel* titleCsLabel_;
    QLineEdit* titleCs_;
    QLabel* textDeLabel_;
    QPlainTextEdit* textDe_;
    QLabel* textCsLabel_;
    QPlainTextEdit* textCs_;
    QLabel* itemsLabel_;
    QListWidget* itemList_;
    QLabel* measuresLabel_;
    QListWidget* measureList_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;

    void retranslate();
    void fillItems();
    void rememberChecks();
};

}  // namespace rrw::ui
