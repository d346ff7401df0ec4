#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/measure_commands.h"
#include "governance_text.h"
#include "store/organisation_repository.h"

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QTableWidget;
class QToolBar;

namespace rrw::ui {

class MapDocument;
class RegisterCommand;

/// The measures register (resilience governance): a table of the measures with their title in
/// the content language, owner (short name), status, review date (past dates of unfinished
/// measures highlighted as overdue) and the number of linked SWOT items and risks, filtered by
/// status and owner; below it the partner organisations with their roles. Add, edit (also
/// double-click) and delete go through MeasureDialog and OrganisationDialog; every edit is one
/// undo step on the document's stack, and the page reloads after every change of that stack.
class MeasureRegister : public QWidget {
    Q_OBJECT

public:
    explicit MeasureRegister(MapDocument& document, QWidget* parent = nullptr);
    ~MeasureRegister() override;

    /// The content language ("de", "cs", "en", "de+cs").
    void setLanguageCode(const QString& code);
    QString languageCode() const { return languageCode_; }
    /// The day against which review dates are overdue (default: today).
    void setToday(const QDate& today);

    QTableWidget* measureTable() const { return measures_; }
    QTableWidget* organisationTable() const { return organisations_; }
    std::string selectedMeasureId() const;
    void selectMeasure(const std::string& id);
    std::string selectedOrganisationId() const;
    void selectOrganisation(const std::string& id);
    /// "" = every status.
    void setStatusFilter(const std::string& status);
    /// nullopt = every owner; "" = measures without owner.
    void setOwnerFilter(const std::optional<std::string>& owner);

    // The edits behind the toolbars (one undo step each; a refused edit is shown in a message
    // box and returns false).
    bool addMeasure(const MeasureRecord& record);
    bool editMeasure(const MeasureRecord& record);
    bool deleteMeasure(const std::string& id);
    bool addOrganisation(const store::Organisation& organisation);
    bool editOrganisation(const store::Organisation& organisation);
    bool deleteOrganisation(const std::string& id);
    void addMeasureWithDialog();
    void editMeasureWithDialog(const std::string& id);
    void addOrganisationWithDialog();
    void editOrganisationWithDialog(const std::string& id);

    static constexpr int IdRole = Qt::UserRole + 1;
    enum MeasureColumn {
        TitleColumn,
        OwnerColumn,
        StatusColumn,
        ReviewColumn,
        ItemsColumn,
        RisksColumn
    };

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    QString languageCode_ = QStringLiteral("de");
    QDate today_;
    QToolBar* toolbar_;
    QAction* addAction_;
    QAction* editAction_;
    QAction* deleteAction_;
    QLabel* statusLabel_;
    QComboBox* statusFilter_;
    QLabel* ownerLabel_;
    QComboBox* ownerFilter_;
    QTableWidget* measures_;
    QGroupBox* organisationBox_;
    QToolBar* organisationBar_;
    QAction* addOrganisationAction_;
    QAction* editOrganisationAction_;
    QAction* deleteOrganisationAction_;
    QTableWidget* organisations_;
    std::vector<store::Measure> measureList_;
    std::map<std::string, store::MeasureLinks> links_;
    std::vector<store::Organisation> organisationList_;
    bool rebuilding_ = false;

    void retranslate();
    void fillFilters();
    void rebuild();
    void updateActions();
    bool push(std::unique_ptr<RegisterCommand> command, const QString& title);
    const store::Organisation* organisation(const std::string& id) const;
};

}  // namespace rrw::ui
