#pragma once

#include <QDialog>

#include "store/organisation_repository.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rrw::ui {

class MapDocument;

/// Edits one partner organisation: id (new ones only), names in German, Czech and English (a
/// German or Czech one required), short name, country, kind and its role in the programme in
/// the three languages. The caller turns organisation() into an undoable edit after accept().
class OrganisationDialog : public QDialog {
    Q_OBJECT

public:
    OrganisationDialog(MapDocument& document, const store::Organisation& organisation, bool isNew,
                       QWidget* parent = nullptr);

    store::Organisation organisation() const;
    QString problem() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    store::Organisation original_;
    bool isNew_;
    QFormLayout* form_;
    QLineEdit* id_;
    QLineEdit* nameDe_;
    QLineEdit* nameCs_;
    QLineEdit* nameEn_;
    QLineEdit* shortName_;
    QComboBox* country_;
    QComboBox* kind_;
    QLineEdit* roleDe_;
    QLineEdit* roleCs_;
    QLineEdit* roleEn_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;

    void retranslate();
    void showProblem(const QString& text);
};

}  // namespace rrw::ui
