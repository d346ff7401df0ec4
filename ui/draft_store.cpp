#include "draft_store.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

#include <algorithm>

#include "core/error.h"
#include "recovery_file.h"
#include "ui_text.h"

namespace rrw::ui {

DraftStore::DraftStore(QObject* parent) : QObject(parent) {
    debounce_.setSingleShot(true);
    debounce_.setInterval(kDebounceMs);
    interval_.setInterval(kIntervalMs);
    connect(&debounce_, &QTimer::timeout, this, &DraftStore::writeNow);
    connect(&interval_, &QTimer::timeout, this, &DraftStore::writeNow);
}

DraftStore::~DraftStore() {
    stop();
}

void DraftStore::start(const QString& projectPath) {
    stop();
    project_ = canonicalProjectPath(projectPath);
    file_ = recoveryFilePath(project_, currentOwner(project_).pid);
    interval_.start();
    if (!entries_.empty()) {
        touch();
    }
}

void DraftStore::stop() {
    debounce_.stop();
    interval_.stop();
    if (!file_.isEmpty()) {
        QFile::remove(file_);
    }
    file_.clear();
    project_.clear();
    lastDrafts_.clear();
    written_ = 0;
}

void DraftStore::track(const QString& key, const QString& kind, QObject* owner, Provider provider) {
    untrackQuietly(key);
    entries_.push_back({key, kind, owner, owner != nullptr, std::move(provider)});
    if (owner != nullptr) {
        connect(owner, &QObject::destroyed, this, [this, key] { untrack(key); });
    }
}

void DraftStore::untrackQuietly(const QString& key) {
    std::erase_if(entries_, [&](const Entry& e) { return e.key == key; });
}

void DraftStore::untrack(const QString& key) {
    const auto before = entries_.size();
    untrackQuietly(key);
    if (entries_.size() != before) {
        writeNow();
    }
}

void DraftStore::touch() {
    if (isActive()) {
        debounce_.start();
    }
}

void DraftStore::setDelays(int debounceMs, int intervalMs) {
    debounce_.setInterval(debounceMs);
    interval_.setInterval(intervalMs);
    if (interval_.isActive()) {
        interval_.start();
    }
}

void DraftStore::writeNow() {
    debounce_.stop();
    if (!isActive()) {
        return;
    }
    RecoveryFile file = currentOwner(project_);
    nlohmann::json all = nlohmann::json::array();
    for (const Entry& e : entries_) {
        if (e.owned && e.owner.isNull()) {
            continue;
        }
        if (auto data = e.provider()) {
            file.drafts.push_back({e.key, e.kind, std::move(*data)});
            all.push_back({e.key.toStdString(), file.drafts.back().data});
        }
    }
    const std::string dump = all.dump();
    if (dump == lastDrafts_) {
        return;
    }
    try {
        if (file.drafts.empty()) {
            QFile::remove(file_);
        } else {
            file.savedAt = QDateTime::currentDateTimeUtc();
            writeRecoveryFile(file, file_);
        }
    } catch (const Error& e) {
        emit failed(translatedError(e));
        return;
    }
    lastDrafts_ = dump;
    written_ = static_cast<int>(file.drafts.size());
    emit saved(written_);
}

DraftScope::DraftScope(DraftStore& store, const QString& key, const QString& kind, QWidget* dialog,
                       std::function<nlohmann::json()> state, bool startsModified)
    : store_(store), key_(key) {
    const std::string initial = startsModified ? std::string() : state().dump();
    store_.track(key, kind, dialog,
                 [state = std::move(state), initial]() -> std::optional<nlohmann::json> {
                     nlohmann::json now = state();
                     if (now.dump() == initial) {
                         return std::nullopt;
                     }
                     return now;
                 });
    connectEdits(dialog, dialog, [&store] { store.touch(); });
    if (startsModified) {
        store_.touch();
    }
}

DraftScope::~DraftScope() {
    store_.untrack(key_);
}

void connectEdits(QWidget* root, QObject* context, const std::function<void()>& onEdit) {
    for (auto* w : root->findChildren<QLineEdit*>()) {
        QObject::connect(w, &QLineEdit::textChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QPlainTextEdit*>()) {
        QObject::connect(w, &QPlainTextEdit::textChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QTextEdit*>()) {
        QObject::connect(w, &QTextEdit::textChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QSpinBox*>()) {
        QObject::connect(w, &QSpinBox::valueChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QDoubleSpinBox*>()) {
        QObject::connect(w, &QDoubleSpinBox::valueChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QComboBox*>()) {
        QObject::connect(w, &QComboBox::currentIndexChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QAbstractButton*>()) {
        QObject::connect(w, &QAbstractButton::toggled, context, onEdit);
        QObject::connect(w, &QAbstractButton::clicked, context, onEdit);
    }
    for (auto* w : root->findChildren<QAbstractSlider*>()) {
        QObject::connect(w, &QAbstractSlider::valueChanged, context, onEdit);
    }
    for (auto* w : root->findChildren<QAbstractItemView*>()) {
        if (QAbstractItemModel* model = w->model()) {
            QObject::connect(model, &QAbstractItemModel::dataChanged, context, onEdit);
            QObject::connect(model, &QAbstractItemModel::rowsInserted, context, onEdit);
            QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, onEdit);
        }
    }
}

}  // namespace rrw::ui
