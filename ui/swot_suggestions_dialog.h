#pragma once

#include <QDialog>
#include <QString>

#include <map>
#include <string>
#include <vector>

#include "analysis/swot/suggestions.h"
#include "store/indicator_repository.h"

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rrw::ui {

class MapDocument;

/// The open proposals of the suggestion engine (docs/methods/swot_suggestions.md): per row the
/// region, strength or weakness, the indicator, the region's value against the cross-border
/// mean and the German and Czech text, with Accept and Reject. Each decision is one undo step
/// on the document's stack; the list follows every change of the stack and of the threshold
/// (standard deviations from the mean). Not modal, so the main window's undo stays at hand.
class SwotSuggestionsDialog : public QDialog {
    Q_OBJECT

public:
    SwotSuggestionsDialog(MapDocument& document, const QString& languageCode,
                          QWidget* parent = nullptr);
    ~SwotSuggestionsDialog() override;

    void setLanguageCode(const QString& code);
    void setThreshold(double threshold);
    /// The proposals listed, in the order of the rows.
    const std::vector<analysis::SwotSuggestion>& proposals() const { return proposals_; }
    QTableWidget* table() const { return table_; }
    /// Accepts or rejects the proposal of `row` (one undo step each); false with a message
    /// box when the store refuses.
    bool acceptProposal(int row);
    bool rejectProposal(int row);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    QString languageCode_;
    QLabel* thresholdLabel_;
    QDoubleSpinBox* threshold_;
    QLabel* authorLabel_;
    QLineEdit* author_;
    QLabel* status_;
    QTableWidget* table_;
    QDialogButtonBox* buttons_;
    std::vector<analysis::SwotSuggestion> proposals_;
    std::vector<store::Indicator> indicators_;
    std::map<std::string, QString> regionNames_;
    QString problem_;  ///< why there are no proposals (translated), "" when listed

    void retranslate();
    void rebuildTable();
    std::string author() const;
    bool decide(const analysis::SwotSuggestion& suggestion, bool accept);
};

}  // namespace rrw::ui
