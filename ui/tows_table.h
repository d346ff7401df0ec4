#pragma once

#include <QString>
#include <QWidget>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/measure_repository.h"
#include "store/swot_repository.h"
#include "store/tows_repository.h"

class QAction;
class QLabel;
class QListWidget;
class QToolBar;

namespace rrw::ui {

class MapDocument;
class RegisterCommand;

/// The TOWS matrix (Weihrich 1982): strengths and weaknesses as columns, opportunities and
/// threats as rows, and in the four cells the SO, WO, ST and WT strategies, each with the SWOT
/// items it builds on and the measures that carry it out (titles in the content language).
/// Add, edit (also double-click) and delete go through TowsDialog; every edit is one undo
/// step on the document's stack, and the table reloads after every change of that stack.
class TowsTable : public QWidget {
    Q_OBJECT

public:
    explicit TowsTable(MapDocument& document, QWidget* parent = nullptr);
    ~TowsTable() override;

    /// The content language ("de", "cs", "en", "de+cs").
    void setLanguageCode(const QString& code);
    QString languageCode() const { return languageCode_; }

    /// The list of the cell of `kind` (SO, ST, WO, WT).
    QListWidget* cell(const std::string& kind) const;
    std::int64_t selectedStrategyId() const;
    void selectStrategy(std::int64_t id);

    // The edits behind the toolbar (one undo step each; a refused edit is shown in a message
    // box and returns false).
    bool addStrategy(const store::TowsStrategy& strategy);
    bool editStrategy(const store::TowsStrategy& strategy);
    bool deleteStrategy(std::int64_t id);
    /// The dialog for a new strategy (of the selected cell's kind) or for strategy `id`.
    void addWithDialog();
    void editWithDialog(std::int64_t id);

    static constexpr int IdRole = Qt::UserRole + 1;

public slots:
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
    std::array<QLabel*, 4> axisLabels_{};  ///< S, W (columns), O, T (rows)
    std::array<QLabel*, 4> cellTitles_{};  ///< SO, WO, ST, WT
    std::array<QListWidget*, 4> cells_{};
    std::vector<store::TowsStrategy> strategies_;
    std::map<std::int64_t, store::SwotItem> items_;
    std::map<std::string, store::Measure> measures_;
    bool rebuilding_ = false;

    void retranslate();
    void rebuildCells();
    void updateActions();
    QString cardHtml(const store::TowsStrategy& strategy) const;
    bool push(std::unique_ptr<RegisterCommand> command);
};

}  // namespace rrw::ui
