#include "organisation_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "governance_text.h"
#include "map_document.h"
#include "store/record_checks.h"

namespace rrw::ui {

namespace {

constexpr const char* kCountries[] = {"DE", "CZ", "DE-CZ"};
constexpr const char* kKinds[] = {"district",    "region",     "city",
                                  "association", "university", "planning_association",
                                  "agency",      "chamber"};

QLineEdit* lineEdit(QWidget* parent, const char* name, const std::string& text) {
    auto* edit = new QLineEdit(QString::fromStdString(text), parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

void select(QComboBox* box, const std::string& value) {
    const int index = box->findData(QString::fromStdString(value));
    box->setCurrentIndex(index < 0 ? 0 : index);
}

}  // namespace

OrganisationDialog::OrganisationDialog(MapDocument& document,
                                       const store::Organisation& organisation, bool isNew,
                                       QWidget* parent)
    : QDialog(parent),
      document_(document),
      original_(organisation),
      isNew_(isNew),
      form_(new QFormLayout),
      id_(lineEdit(this, "id", organisation.id)),
      nameDe_(lineEdit(this, "nameDe", organisation.nameDe)),
      nameCs_(lineEdit(this, "nameCs", organisation.nameCs)),
      nameEn_(lineEdit(this, "nameEn", organisation.nameEn)),
      shortName_(lineEdit(this, "shortName", organisation.shortName)),
      country_(new QComboBox(this)),
      kind_(new QComboBox(this)),
      roleDe_(lineEdit(this, "roleDe", organisation.roleDe)),
      roleCs_(lineEdit(this, "roleCs", organisation.roleCs)),
      roleEn_(lineEdit(this, "roleEn", organisation.roleEn)),
      problem_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    id_->setReadOnly(!isNew_);
    country_->setObjectName(QStringLiteral("country"));
    kind_->setObjectName(QStringLiteral("kind"));
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    problem_->hide();
    for (QWidget* field :
         std::initializer_list<QWidget*>{id_, nameDe_, nameCs_, nameEn_, shortName_, country_,
                                         kind_, roleDe_, roleCs_, roleEn_}) {
        form_->addRow(QString(), field);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    layout->addWidget(problem_);
    layout->addStretch(1);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    select(country_, organisation.country);
    select(kind_, organisation.kind);
    resize(640, 420);
}

store::Organisation OrganisationDialog::organisation() const {
    store::Organisation o = original_;
    const auto text = [](const QLineEdit* edit) { return edit->text().trimmed().toStdString(); };
    o.id = text(id_);
    o.nameDe = text(nameDe_);
    o.nameCs = text(nameCs_);
    o.nameEn = text(nameEn_);
    o.shortName = text(shortName_);
    o.country = country_->currentData().toString().toStdString();
    o.kind = kind_->currentData().toString().toStdString();
    o.roleDe = text(roleDe_);
    o.roleCs = text(roleCs_);
    o.roleEn = text(roleEn_);
    return o;
}

QString OrganisationDialog::problem() const {
    return problem_->isHidden() ? QString() : problem_->text();
}

void OrganisationDialog::showProblem(const QString& text) {
    problem_->setText(text);
    problem_->show();
}

void OrganisationDialog::accept() {
    const store::Organisation o = organisation();
    if (!store::isPlainId(o.id)) {
        showProblem(tr("The id needs 1 to 64 characters of A–Z, a–z, 0–9, '_', '-' and '.'."));
        return;
    }
    if (isNew_ && document_.isOpen() && store::getOrganisation(document_.project(), o.id)) {
        showProblem(tr("An organisation with the id '%1' exists already.")
                        .arg(QString::fromStdString(o.id)));
        return;
    }
    if (o.nameDe.empty() && o.nameCs.empty()) {
        showProblem(tr("Give the organisation a German or a Czech name."));
        return;
    }
    QDialog::accept();
}

void OrganisationDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void OrganisationDialog::retranslate() {
    setWindowTitle(isNew_ ? tr("New organisation") : tr("Edit organisation"));
    const QString labels[] = {
        tr("Id:"),           tr("Name (German):"), tr("Name (Czech):"), tr("Name (English):"),
        tr("Short name:"),   tr("Country:"),       tr("Kind:"),         tr("Role (German):"),
        tr("Role (Czech):"), tr("Role (English):")};
    for (int row = 0; row < form_->rowCount(); ++row) {
        if (auto* item = form_->itemAt(row, QFormLayout::LabelRole)) {
            if (auto* label = qobject_cast<QLabel*>(item->widget())) {
                label->setText(labels[row]);
            }
        }
    }
    const std::string country = country_->count() > 0
                                    ? country_->currentData().toString().toStdString()
                                    : original_.country;
    country_->clear();
    for (const char* c : kCountries) {
        country_->addItem(GovernanceText::countryName(c), QString::fromLatin1(c));
    }
    select(country_, country);
    const std::string kind =
        kind_->count() > 0 ? kind_->currentData().toString().toStdString() : original_.kind;
    kind_->clear();
    for (const char* k : kKinds) {
        kind_->addItem(GovernanceText::kindName(k), QString::fromLatin1(k));
    }
    select(kind_, kind);
}

}  // namespace rrw::ui
