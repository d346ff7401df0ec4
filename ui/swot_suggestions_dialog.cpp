#include "swot_suggestions_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/swot_commands.h"
#include "core/error.h"
#include "map_document.h"
#include "planning_text.h"
#include "store/swot_proposals.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {
enum Column { Region, Category, Indicator, Value, TextDe, TextCs, Decide, ColumnCount };
}

SwotSuggestionsDialog::SwotSuggestionsDialog(MapDocument& document, const QString& languageCode,
                                             QWidget* parent)
    : QDialog(parent),
      document_(document),
      languageCode_(languageCode),
      thresholdLabel_(new QLabel(this)),
      threshold_(new QDoubleSpinBox(this)),
      authorLabel_(new QLabel(this)),
      author_(new QLineEdit(this)),
      status_(new QLabel(this)),
      table_(new QTableWidget(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    threshold_->setObjectName(QStringLiteral("threshold"));
    author_->setObjectName(QStringLiteral("decidedBy"));
    table_->setObjectName(QStringLiteral("proposals"));
    status_->setObjectName(QStringLiteral("status"));
    threshold_->setRange(0.1, 5.0);
    threshold_->setSingleStep(0.1);
    threshold_->setDecimals(1);
    threshold_->setValue(1.0);
    author_->setText(QSettings().value(QStringLiteral("planning/author")).toString());
    status_->setWordWrap(true);
    table_->setColumnCount(ColumnCount);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    // Short columns fit their contents; the indicator name and the two texts wrap.
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Indicator, QHeaderView::Interactive);
    header->resizeSection(Indicator, 190);
    header->setSectionResizeMode(Value, QHeaderView::Interactive);
    header->resizeSection(Value, 150);
    header->setSectionResizeMode(TextDe, QHeaderView::Stretch);
    header->setSectionResizeMode(TextCs, QHeaderView::Stretch);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    top->addWidget(thresholdLabel_);
    top->addWidget(threshold_);
    top->addSpacing(16);
    top->addWidget(authorLabel_);
    top->addWidget(author_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(threshold_, &QDoubleSpinBox::valueChanged, this, &SwotSuggestionsDialog::refresh);
    connect(author_, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("planning/author"), author_->text().trimmed());
    });
    connect(document_.undoStack(), &QUndoStack::indexChanged, this,
            &SwotSuggestionsDialog::refresh);
    connect(&document_, &MapDocument::opened, this, &SwotSuggestionsDialog::refresh);
    setModal(false);
    retranslate();
    refresh();
    resize(1280, 680);
}

SwotSuggestionsDialog::~SwotSuggestionsDialog() = default;

void SwotSuggestionsDialog::setLanguageCode(const QString& code) {
    languageCode_ = code;
    rebuildTable();
}

void SwotSuggestionsDialog::setThreshold(double threshold) {
    threshold_->setValue(threshold);
}

std::string SwotSuggestionsDialog::author() const {
    return author_->text().trimmed().toStdString();
}

void SwotSuggestionsDialog::refresh() {
    proposals_.clear();
    problem_.clear();
    if (document_.isOpen()) {
        const store::Project& project = document_.project();
        try {
            indicators_ = store::listIndicators(project);
            regionNames_ = regionNames(project);
            proposals_ = store::undecidedSwotSuggestions(
                project, store::projectSwotSuggestions(project, threshold_->value()));
        } catch (const Error& e) {
            problem_ = translatedError(e);
        }
    }
    rebuildTable();
}

bool SwotSuggestionsDialog::acceptProposal(int row) {
    return row >= 0 && row < static_cast<int>(proposals_.size()) &&
           decide(proposals_[static_cast<std::size_t>(row)], true);
}

bool SwotSuggestionsDialog::rejectProposal(int row) {
    return row >= 0 && row < static_cast<int>(proposals_.size()) &&
           decide(proposals_[static_cast<std::size_t>(row)], false);
}

bool SwotSuggestionsDialog::decide(const analysis::SwotSuggestion& suggestion, bool accept) {
    std::unique_ptr<RegisterCommand> command;
    if (accept) {
        command = std::make_unique<AcceptSwotSuggestion>(document_, suggestion, author());
    } else {
        command = std::make_unique<RejectSwotSuggestion>(document_, suggestion, author());
    }
    if (const auto error = runAndPush(document_, std::move(command))) {
        QMessageBox::warning(this, windowTitle(), *error);
        return false;
    }
    return true;
}

void SwotSuggestionsDialog::rebuildTable() {
    table_->clearContents();
    table_->setRowCount(static_cast<int>(proposals_.size()));
    std::map<std::string, const store::Indicator*> byId;
    for (const auto& i : indicators_) {
        byId[i.id] = &i;
    }
    const auto cell = [this](int row, int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        table_->setItem(row, column, item);
        return item;
    };
    for (int row = 0; row < static_cast<int>(proposals_.size()); ++row) {
        const auto& s = proposals_[static_cast<std::size_t>(row)];
        const auto it = byId.find(s.indicator);
        const store::Indicator* ind = it != byId.end() ? it->second : nullptr;
        const QString unit = ind != nullptr ? QString::fromStdString(ind->unit) : QString();
        const auto withUnit = [&](double v) {
            const QString n = PlanningText::number(v, languageCode_);
            return unit.isEmpty() ? n : n + QLatin1Char(' ') + unit;
        };
        cell(row, Region, regionLabel(s.region, regionNames_))
            ->setToolTip(QString::fromStdString(s.region));
        auto* category = cell(row, Category, PlanningText::categoryItemName(s.category));
        category->setForeground(QColor(QLatin1String(PlanningText::categoryColor(s.category))));
        cell(row, Indicator,
             ind != nullptr
                 ? PlanningText::pick(ind->nameDe, ind->nameCs, ind->nameEn, languageCode_)
                 : QString::fromStdString(s.indicator))
            ->setToolTip(QString::fromStdString(s.indicator));
        //: A region's value against the mean of all Kreise and okresy, e.g. "5,6 % (Ø 4,3 %)"
        cell(row, Value, tr("%1 (Ø %2)").arg(withUnit(s.value), withUnit(s.reference)))
            ->setToolTip(tr("z = %1 standard deviations from the cross-border mean")
                             .arg(PlanningText::number(s.zScore, languageCode_)));
        cell(row, TextDe, QString::fromStdString(s.textDe));
        cell(row, TextCs, QString::fromStdString(s.textCs));
        auto* buttons = new QWidget(table_);
        auto* box = new QHBoxLayout(buttons);
        box->setContentsMargins(2, 2, 2, 2);
        auto* accept = new QPushButton(tr("Accept"), buttons);
        auto* reject = new QPushButton(tr("Reject"), buttons);
        accept->setObjectName(QStringLiteral("accept"));
        reject->setObjectName(QStringLiteral("reject"));
        box->addWidget(accept);
        box->addWidget(reject);
        // Queued: a decision rebuilds the table, buttons included, which must not happen
        // while a button is still emitting its signal.
        connect(
            accept, &QPushButton::clicked, this, [this, s] { decide(s, true); },
            Qt::QueuedConnection);
        connect(
            reject, &QPushButton::clicked, this, [this, s] { decide(s, false); },
            Qt::QueuedConnection);
        table_->setCellWidget(row, Decide, buttons);
    }
    if (!problem_.isEmpty()) {
        status_->setText(problem_);
    } else if (proposals_.empty()) {
        status_->setText(
            tr("No open proposals at this threshold: every proposal is decided, "
               "or no district differs that much from the cross-border mean."));
    } else {
        status_->setText(
            tr("%n open proposal(s). A proposal is not a finding: accept only what "
               "the region's experts confirm. Decided proposals are not shown "
               "again; Undo takes a decision back.",
               nullptr, static_cast<int>(proposals_.size())));
    }
}

void SwotSuggestionsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SwotSuggestionsDialog::retranslate() {
    setWindowTitle(tr("SWOT suggestions from indicators"));
    thresholdLabel_->setText(tr("Threshold:"));
    threshold_->setSuffix(tr(" SD"));
    threshold_->setToolTip(
        tr("How many standard deviations better or worse than the cross-border mean of all "
           "Kreise and okresy a value must be"));
    authorLabel_->setText(tr("Decided by:"));
    table_->setHorizontalHeaderLabels({tr("Region"), tr("Proposal"), tr("Indicator"),
                                       tr("Value (Ø mean)"), tr("Text (German)"),
                                       tr("Text (Czech)"), QString()});
    rebuildTable();
}

}  // namespace rrw::ui
