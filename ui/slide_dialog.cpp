#include "slide_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rrw::ui {

SlideDialog::SlideDialog(const store::Slide& slide, bool overlayShown, QWidget* parent)
    : QDialog(parent),
      original_(slide),
      titleDeLabel_(new QLabel(this)),
      titleDe_(new QLineEdit(QString::fromStdString(slide.titleDe), this)),
      titleCsLabel_(new QLabel(this)),
      titleCs_(new QLineEdit(QString::fromStdString(slide.titleCs), this)),
      notesDeLabel_(new QLabel(this)),
      notesDe_(new QPlainTextEdit(QString::fromStdString(slide.notesDe), this)),
      notesCsLabel_(new QLabel(this)),
      notesCs_(new QPlainTextEdit(QString::fromStdString(slide.notesCs), this)),
      replaceView_(new QCheckBox(this)),
      overlayNote_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("slideDialog"));
    titleDe_->setObjectName(QStringLiteral("titleDe"));
    titleCs_->setObjectName(QStringLiteral("titleCs"));
    notesDe_->setObjectName(QStringLiteral("notesDe"));
    notesCs_->setObjectName(QStringLiteral("notesCs"));
    for (QPlainTextEdit* notes : {notesDe_, notesCs_}) {
        notes->setTabChangesFocus(true);
        notes->setMinimumHeight(notes->fontMetrics().height() * 4);
    }
    auto* form = new QFormLayout;
    form->addRow(titleDeLabel_, titleDe_);
    form->addRow(titleCsLabel_, titleCs_);
    form->addRow(notesDeLabel_, notesDe_);
    form->addRow(notesCsLabel_, notesCs_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(replaceView_);
    replaceView_->setVisible(slide.id != 0);
    overlayNote_->setWordWrap(true);
    overlayNote_->setVisible(overlayShown);
    layout->addWidget(overlayNote_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(titleDe_, &QLineEdit::textChanged, this, &SlideDialog::updateOk);
    connect(titleCs_, &QLineEdit::textChanged, this, &SlideDialog::updateOk);
    retranslate();
    updateOk();
    resize(620, sizeHint().height());
}

store::Slide SlideDialog::slide() const {
    store::Slide s = original_;
    s.titleDe = titleDe_->text().trimmed().toStdString();
    s.titleCs = titleCs_->text().trimmed().toStdString();
    s.notesDe = notesDe_->toPlainText().trimmed().toStdString();
    s.notesCs = notesCs_->toPlainText().trimmed().toStdString();
    return s;
}

bool SlideDialog::replaceView() const {
    return original_.id != 0 && replaceView_->isChecked();
}

void SlideDialog::setReplaceView(bool replace) {
    replaceView_->setChecked(replace && original_.id != 0);
}

void SlideDialog::setTexts(const QString& titleDe, const QString& titleCs, const QString& notesDe,
                           const QString& notesCs) {
    titleDe_->setText(titleDe);
    titleCs_->setText(titleCs);
    notesDe_->setPlainText(notesDe);
    notesCs_->setPlainText(notesCs);
}

void SlideDialog::updateOk() {
    const bool titled =
        !titleDe_->text().trimmed().isEmpty() || !titleCs_->text().trimmed().isEmpty();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(titled);
}

void SlideDialog::retranslate() {
    setWindowTitle(original_.id == 0 ? tr("New slide") : tr("Edit slide"));
    titleDeLabel_->setText(tr("Title (German):"));
    titleCsLabel_->setText(tr("Title (Czech):"));
    notesDeLabel_->setText(tr("Notes (German):"));
    notesCsLabel_->setText(tr("Notes (Czech):"));
    titleDe_->setPlaceholderText(tr("German or Czech title required"));
    titleCs_->setPlaceholderText(tr("German or Czech title required"));
    replaceView_->setText(tr("Show the current map view instead (layers, style and extent)"));
    overlayNote_->setText(
        tr("Values shown over the map (index scores, indicators) are computed in this session "
           "and are not stored with the slide; the slide keeps the map as saved in the "
           "project."));
}

void SlideDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace rrw::ui
