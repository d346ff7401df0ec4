#include "swot_item_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

#include "core/error.h"
#include "map_document.h"
#include "planning_text.h"
#include "swot_evidence_dialog.h"

namespace rrw::ui {

namespace {

constexpr char kCategories[] = {'S', 'W', 'O', 'T'};

QPlainTextEdit* textEdit(QWidget* parent, const char* name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    edit->setMaximumHeight(90);
    return edit;
}

}  // namespace

SwotItemDialog::SwotItemDialog(MapDocument& document, const QString& languageCode,
                               const store::SwotItem& item, QWidget* parent)
    : QDialog(parent),
      document_(document),
      languageCode_(languageCode),
      original_(item),
      evidence_(item.evidence),
      catalog_(std::make_unique<EvidenceCatalog>()),
      categoryLabel_(new QLabel(this)),
      category_(new QComboBox(this)),
      regionLabel_(new QLabel(this)),
      region_(new QComboBox(this)),
      textDeLabel_(new QLabel(this)),
      textDe_(textEdit(this, "textDe")),
      textCsLabel_(new QLabel(this)),
      textCs_(textEdit(this, "textCs")),
      importanceLabel_(new QLabel(this)),
      importance_(new QSpinBox(this)),
      authorLabel_(new QLabel(this)),
      author_(new QLineEdit(this)),
      evidenceLabel_(new QLabel(this)),
      evidenceList_(new QListWidget(this)),
      addEvidence_(new QPushButton(this)),
      removeEvidence_(new QPushButton(this)),
      problem_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    category_->setObjectName(QStringLiteral("category"));
    region_->setObjectName(QStringLiteral("region"));
    importance_->setObjectName(QStringLiteral("importance"));
    author_->setObjectName(QStringLiteral("author"));
    evidenceList_->setObjectName(QStringLiteral("evidence"));
    addEvidence_->setObjectName(QStringLiteral("addEvidence"));
    removeEvidence_->setObjectName(QStringLiteral("removeEvidence"));
    problem_->setObjectName(QStringLiteral("problem"));
    if (document_.isOpen()) {
        try {
            *catalog_ = EvidenceCatalog::load(document_.project());
        } catch (const Error&) {
            // An older project without indicators: evidence is named by its reference only.
        }
    }
    for (const char c : kCategories) {
        category_->addItem(QString(), QString(QLatin1Char(c)));
    }
    category_->setCurrentIndex(
        std::max(0, category_->findData(QString(QLatin1Char(item.category)))));
    fillRegions();
    textDe_->setPlainText(QString::fromStdString(item.textDe));
    textCs_->setPlainText(QString::fromStdString(item.textCs));
    importance_->setRange(1, 5);
    importance_->setValue(std::clamp(item.importance, 1, 5));
    author_->setText(QString::fromStdString(item.author));
    evidenceList_->setMinimumHeight(80);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    problem_->hide();

    auto* form = new QFormLayout;
    form->addRow(categoryLabel_, category_);
    form->addRow(regionLabel_, region_);
    form->addRow(textDeLabel_, textDe_);
    form->addRow(textCsLabel_, textCs_);
    form->addRow(importanceLabel_, importance_);
    form->addRow(authorLabel_, author_);
    auto* evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(addEvidence_);
    evidenceButtons->addWidget(removeEvidence_);
    evidenceButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(evidenceLabel_);
    layout->addWidget(evidenceList_, 1);
    layout->addLayout(evidenceButtons);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &SwotItemDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addEvidence_, &QPushButton::clicked, this, &SwotItemDialog::addEvidenceWithDialog);
    connect(removeEvidence_, &QPushButton::clicked, this, [this] {
        const int row = evidenceList_->currentRow();
        if (row >= 0 && row < static_cast<int>(evidence_.size())) {
            evidence_.erase(evidence_.begin() + row);
            rebuildEvidence();
        }
    });
    connect(evidenceList_, &QListWidget::currentRowChanged, this,
            [this](int row) { removeEvidence_->setEnabled(row >= 0); });
    const auto clearProblem = [this] { problem_->hide(); };
    connect(textDe_, &QPlainTextEdit::textChanged, this, clearProblem);
    connect(textCs_, &QPlainTextEdit::textChanged, this, clearProblem);
    retranslate();
    removeEvidence_->setEnabled(false);
    resize(620, 600);
}

SwotItemDialog::~SwotItemDialog() = default;

void SwotItemDialog::fillRegions() {
    region_->addItem(QString(), QString());  // the whole cross-border area (retranslate)
    std::vector<DistrictChoice> districts;
    if (document_.isOpen()) {
        try {
            districts = districtChoices(document_.project(), catalog_->regionNames);
        } catch (const Error&) {
        }
    }
    bool found = original_.regionCode.empty();
    for (const auto& d : districts) {
        region_->addItem(d.name, QString::fromStdString(d.code));
        found = found || d.code == original_.regionCode;
    }
    if (!found) {  // an item of a Gemeinde, obec or kraj (rrw-cli swot add): keep it selectable
        region_->addItem(regionLabel(original_.regionCode, catalog_->regionNames),
                         QString::fromStdString(original_.regionCode));
    }
    region_->setCurrentIndex(
        std::max(0, region_->findData(QString::fromStdString(original_.regionCode))));
}

store::SwotItem SwotItemDialog::item() const {
    store::SwotItem item = original_;
    item.category = category_->currentData().toString().at(0).toLatin1();
    item.regionCode = region_->currentData().toString().toStdString();
    item.textDe = textDe_->toPlainText().trimmed().toStdString();
    item.textCs = textCs_->toPlainText().trimmed().toStdString();
    item.importance = importance_->value();
    item.author = author_->text().trimmed().toStdString();
    item.evidence = evidence_;
    return item;
}

bool SwotItemDialog::addEvidence(const store::SwotEvidence& evidence) {
    const bool listed = std::any_of(evidence_.begin(), evidence_.end(), [&](const auto& e) {
        return e.kind == evidence.kind && e.ref == evidence.ref;
    });
    if (listed) {
        problem_->setText(tr("This evidence is listed already: %1")
                              .arg(catalog_->describe(evidence, languageCode_)));
        problem_->show();
        return false;
    }
    store::SwotEvidence fresh = evidence;
    fresh.id = 0;
    evidence_.push_back(fresh);
    rebuildEvidence();
    evidenceList_->setCurrentRow(evidenceList_->count() - 1);
    return true;
}

void SwotItemDialog::addEvidenceWithDialog() {
    SwotEvidenceDialog dialog(*catalog_, region_->currentData().toString().toStdString(),
                              languageCode_, this);
    if (dialog.exec() == QDialog::Accepted) {
        addEvidence(dialog.evidence());
    }
}

QString SwotItemDialog::problem() const {
    return problem_->isHidden() ? QString() : problem_->text();
}

void SwotItemDialog::accept() {
    if (textDe_->toPlainText().trimmed().isEmpty() && textCs_->toPlainText().trimmed().isEmpty()) {
        problem_->setText(
            tr("Enter the item's text in German or in Czech (or both): an item without text "
               "cannot be saved."));
        problem_->show();
        textDe_->setFocus();
        return;
    }
    QDialog::accept();
}

void SwotItemDialog::rebuildEvidence() {
    evidenceList_->clear();
    for (const auto& e : evidence_) {
        auto* row = new QListWidgetItem(catalog_->describe(e, languageCode_), evidenceList_);
        row->setToolTip(QStringLiteral("%1:%2").arg(QString::fromStdString(e.kind),
                                                    QString::fromStdString(e.ref)));
    }
}

void SwotItemDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SwotItemDialog::retranslate() {
    setWindowTitle(original_.id > 0 ? tr("SWOT item #%1").arg(original_.id) : tr("New SWOT item"));
    categoryLabel_->setText(tr("Category:"));
    for (int i = 0; i < category_->count(); ++i) {
        const char c = category_->itemData(i).toString().at(0).toLatin1();
        category_->setItemText(i, PlanningText::categoryItemName(c));
    }
    regionLabel_->setText(tr("Region:"));
    region_->setItemText(0, PlanningText::wholeArea());
    textDeLabel_->setText(tr("Text (German):"));
    textCsLabel_->setText(tr("Text (Czech):"));
    importanceLabel_->setText(tr("Importance:"));
    importance_->setToolTip(tr("1 = minor … 5 = decisive"));
    importance_->setSuffix(tr(" of 5"));
    authorLabel_->setText(tr("Author:"));
    evidenceLabel_->setText(tr("Evidence:"));
    addEvidence_->setText(tr("Add evidence…"));
    removeEvidence_->setText(tr("Remove"));
    rebuildEvidence();
}

}  // namespace rrw::ui
