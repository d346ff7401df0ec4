#pragma once

#include <QString>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/swot_repository.h"

class QAction;
class QComboBox;
class QLabel;
class QListWidgetItem;
class QToolBar;

namespace rrw::ui {

class MapDocument;
class RegisterCommand;
class SwotQuadrantList;
class SwotSuggestionsDialog;

/// The SWOT register as a 2×2 board: strengths top left, weaknesses top right, opportunities
/// bottom left, threats bottom right. Each card shows the item's text in the content language,
/// its importance (1–5 dots), its region, the number of evidence links and whether it came
/// from an accepted suggestion. A filter shows all items, those of the whole cross-border area
/// or those of one Kreis/okres. Add, edit (also double-click), delete, drag to another quadrant
/// or place, and the suggestions dialog; every edit is one undo step on the document's stack,
/// and the board reloads after every change of that stack (undo, redo included).
class SwotBoard : public QWidget {
    Q_OBJECT

public:
    explicit SwotBoard(MapDocument& document, QWidget* parent = nullptr);
    ~SwotBoard() override;

    /// The content language ("de", "cs", "en", "de+cs"): which texts the cards show.
    void setLanguageCode(const QString& code);
    QString languageCode() const { return languageCode_; }

    /// The region filter: nullopt = all items, "" = the whole cross-border area, else a code.
    void setRegionFilter(const std::optional<std::string>& region);
    std::optional<std::string> regionFilter() const;

    /// The list of category S, W, O or T.
    SwotQuadrantList* quadrant(char category) const;
    std::int64_t selectedItemId() const;
    void selectItem(std::int64_t id);

    // The edits behind the toolbar, the dialogs and drag and drop. Each pushes one undo step;
    // a refused edit is shown in a message box and returns false.
    bool addItem(const store::SwotItem& item);
    bool editItem(const store::SwotItem& edited);
    /// What a drop does: item `id` to `category`, before the card `beforeId` (0 = at the end).
    /// A drop back onto the same place changes nothing (and pushes nothing).
    bool moveItem(std::int64_t id, char category, std::int64_t beforeId);
    bool deleteItem(std::int64_t id);

    /// Opens the item dialog for a new item (in the selected quadrant and filtered region) or
    /// for the selected item; applies it when accepted.
    void addWithDialog();
    void editWithDialog(std::int64_t id);
    /// Shows the (non-modal) suggestions dialog.
    SwotSuggestionsDialog* showSuggestions();
    /// Opens the item dialog again with an autosaved draft (unsaved: the user decides): for
    /// its item when that still exists, else as a new item. Returns when the dialog closes;
    /// the translated reason when the draft cannot be read.
    std::optional<QString> restoreDraft(const nlohmann::json& draft);

public slots:
    /// Reloads the items from the project.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    QString languageCode_ = QStringLiteral("de");
    QToolBar* toolbar_;
    QAction* addAction_;
    QAction* editAction_;
    QAction* deleteAction_;
    QAction* suggestionsAction_;
    QLabel* filterLabel_;
    QComboBox* regionFilter_;
    std::array<QLabel*, 4> headers_{};
    std::array<SwotQuadrantList*, 4> lists_{};
    SwotSuggestionsDialog* suggestions_ = nullptr;
    std::map<std::string, QString> regionNames_;
    std::vector<store::SwotItem> items_;
    bool rebuilding_ = false;

    void retranslate();
    void reloadRegions();
    void rebuildFilter();
    void rebuildCards();
    void updateActions();
    QString cardHtml(const store::SwotItem& item) const;
    QString cardToolTip(const store::SwotItem& item) const;
    bool push(std::unique_ptr<RegisterCommand> command);
    void onSelectionChanged(SwotQuadrantList* list);
    /// The item dialog for a new item / for `stored` showing `shown`; `restored`: `shown` is
    /// a draft (unsaved from the start).
    void runAddDialog(const store::SwotItem& item, bool restored);
    void runEditDialog(const store::SwotItem& stored, const store::SwotItem& shown, bool restored);
};

}  // namespace rrw::ui
