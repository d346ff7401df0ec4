#include "recovery_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace rrw::ui {

namespace {

QString field(const nlohmann::json& data, const char* key) {
    const auto it = data.find(key);
    return it != data.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

bool isNew(const nlohmann::json& data) {
    const auto it = data.find("id");
    return it == data.end() || !it->is_number_integer() || it->get<std::int64_t>() == 0;
}

/// The label shortened to one line of about 60 characters.
QString shortLabel(const nlohmann::json& data) {
    QString label = field(data, "label").simplified();
    if (label.size() > 60) {
        label = label.left(59) + QChar(0x2026);
    }
    return label;
}

}  // namespace

RecoveryDialog::RecoveryDialog(const std::vector<RecoveryDraft>& drafts, const QDateTime& savedAt,
                               const QLocale& locale, QWidget* parent)
    : QDialog(parent),
      drafts_(drafts),
      savedAt_(savedAt),
      locale_(locale),
      question_(new QLabel(this)),
      explanation_(new QLabel(this)),
      list_(new QListWidget(this)),
      restore_(new QPushButton(this)),
      discard_(new QPushButton(this)) {
    setObjectName(QStringLiteral("recoveryDialog"));
    list_->setObjectName(QStringLiteral("recoveredEdits"));
    question_->setObjectName(QStringLiteral("question"));
    QFont bold = question_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    question_->setFont(bold);
    question_->setWordWrap(true);
    explanation_->setWordWrap(true);
    list_->setSelectionMode(QAbstractItemView::NoSelection);
    list_->setFocusPolicy(Qt::NoFocus);
    list_->setTextElideMode(Qt::ElideRight);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    restore_->setObjectName(QStringLiteral("restore"));
    discard_->setObjectName(QStringLiteral("discard"));
    restore_->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(restore_, QDialogButtonBox::AcceptRole);
    buttons->addButton(discard_, QDialogButtonBox::DestructiveRole);
    connect(restore_, &QPushButton::clicked, this, &QDialog::accept);
    connect(discard_, &QPushButton::clicked, this, [this] { done(DiscardCode); });

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(question_);
    texts->addWidget(explanation_);
    texts->addWidget(list_);
    texts->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    retranslate();
    // As high as its rows (up to eight; more scroll).
    const int rows = std::clamp(static_cast<int>(drafts_.size()), 1, 8);
    list_->setFixedHeight(list_->sizeHintForRow(0) * rows + 2 * list_->frameWidth() + 4);
    // Wrapped texts: as high as they need at this width.
    constexpr int kWidth = 620;
    resize(kWidth,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(kWidth) : sizeHint().height());
}

QString RecoveryDialog::describe(const RecoveryDraft& draft) {
    const QString label = shortLabel(draft.data);
    if (draft.kind == QLatin1String("scenario")) {
        return label.isEmpty() ? tr("Scenario editor: a scenario without a name")
                               : tr("Scenario editor: scenario “%1”").arg(label);
    }
    if (draft.kind == QLatin1String("slide")) {
        return isNew(draft.data) ? tr("New slide “%1”").arg(label)
                                 : tr("Slide “%1”: titles and notes").arg(label);
    }
    if (draft.kind == QLatin1String("style")) {
        return tr("Style of the map layer “%1”").arg(label);
    }
    if (draft.kind == QLatin1String("swot_item")) {
        return isNew(draft.data) ? tr("New SWOT item “%1”").arg(label)
                                 : tr("SWOT item “%1”").arg(label);
    }
    return tr("An edit this version cannot restore (%1)").arg(draft.kind);
}

void RecoveryDialog::retranslate() {
    setWindowTitle(tr("Unsaved edits found"));
    question_->setText(tr("Restore unsaved edits from %1?")
                           .arg(locale_.toString(savedAt_.toLocalTime(), QLocale::ShortFormat)));
    explanation_->setText(
        tr("The workbench was not closed normally while these edits were open. Restored edits "
           "come back into their editors unsaved: check them, then save."));
    list_->clear();
    for (const auto& draft : drafts_) {
        list_->addItem(describe(draft));
    }
    restore_->setText(tr("&Restore"));
    discard_->setText(tr("&Discard"));
}

void RecoveryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace rrw::ui
