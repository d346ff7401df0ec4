#include "slide_panel.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "commands/slide_commands.h"
#include "core/error.h"
#include "deck_export.h"
#include "draft_store.h"
#include "language.h"
#include "map_canvas.h"
#include "map_document.h"
#include "presentation_window.h"
#include "slide_dialog.h"
#include "slide_painter.h"
#include "ui_text.h"

namespace rrw::ui {

SlidePanel::SlidePanel(MapDocument& document, MapCanvas& canvas, QWidget* parent)
    : QWidget(parent),
      document_(document),
      canvas_(canvas),
      language_(Language::systemMapLanguage()),
      list_(new QListWidget(this)),
      add_(new QAction(this)),
      edit_(new QAction(this)),
      up_(new QAction(this)),
      down_(new QAction(this)),
      delete_(new QAction(this)),
      present_(new QAction(this)),
      export_(new QAction(this)) {
    setObjectName(QStringLiteral("slidePanel"));
    list_->setObjectName(QStringLiteral("slideList"));
    list_->setWordWrap(true);
    present_->setShortcut(QKeySequence(Qt::Key_F5));
    present_->setShortcutContext(Qt::WindowShortcut);
    // Three short rows, so that the dock stays narrow in every language.
    auto* adding = new QHBoxLayout;
    adding->addWidget(button(add_));
    adding->addStretch();
    auto* edits = new QHBoxLayout;
    for (QAction* a : {edit_, up_, down_, delete_}) {
        edits->addWidget(button(a));
    }
    edits->addStretch();
    auto* show = new QHBoxLayout;
    show->addWidget(button(present_));
    show->addWidget(button(export_));
    show->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_);
    layout->addLayout(adding);
    layout->addLayout(edits);
    layout->addLayout(show);

    connect(add_, &QAction::triggered, this, &SlidePanel::openAddDialog);
    connect(edit_, &QAction::triggered, this, &SlidePanel::openEditDialog);
    connect(up_, &QAction::triggered, this, [this] { report(moveSelected(-1)); });
    connect(down_, &QAction::triggered, this, [this] { report(moveSelected(1)); });
    connect(delete_, &QAction::triggered, this, [this] { report(deleteSelected()); });
    connect(present_, &QAction::triggered, this, [this] { present(); });
    connect(export_, &QAction::triggered, this, &SlidePanel::chooseAndExport);
    connect(list_, &QListWidget::currentRowChanged, this, &SlidePanel::updateActions);
    connect(list_, &QListWidget::itemDoubleClicked, this, &SlidePanel::openEditDialog);
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &SlidePanel::reload);
    connect(&document_, &MapDocument::opened, this, &SlidePanel::reload);
    connect(&document_, &MapDocument::reloaded, this, &SlidePanel::reload);
    retranslate();
    reload();
}

SlidePanel::~SlidePanel() = default;

QToolButton* SlidePanel::button(QAction* action) {
    auto* b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

void SlidePanel::setLanguage(const render::MapLanguage& language) {
    language_ = language;
    reload();
}

int SlidePanel::selectedRow() const {
    return list_->currentRow();
}

void SlidePanel::selectRow(int row) {
    list_->setCurrentRow(row);
}

void SlidePanel::reload() {
    const int row = list_->currentRow();
    const std::int64_t selected =
        row >= 0 && row < static_cast<int>(slides_.size()) ? slides_[row].id : 0;
    slides_ =
        document_.isOpen() ? store::listSlides(document_.project()) : std::vector<store::Slide>{};
    list_->clear();
    int keep = -1;
    for (std::size_t i = 0; i < slides_.size(); ++i) {
        list_->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(slideTitle(slides_[i], language_)));
        if (slides_[i].id == selected) {
            keep = static_cast<int>(i);
        }
    }
    list_->setCurrentRow(keep);
    updateActions();
}

void SlidePanel::updateActions() {
    const int row = list_->currentRow();
    const int n = static_cast<int>(slides_.size());
    add_->setEnabled(document_.isOpen());
    edit_->setEnabled(row >= 0);
    up_->setEnabled(row > 0);
    down_->setEnabled(row >= 0 && row + 1 < n);
    delete_->setEnabled(row >= 0);
    present_->setEnabled(n > 0);
    export_->setEnabled(n > 0);
}

bool SlidePanel::overlayShown() const {
    for (std::size_t i = 0; i < document_.style().layers.size(); ++i) {
        if (document_.isOverlay(i)) {
            return true;
        }
    }
    return false;
}

store::Slide SlidePanel::currentView(store::Slide slide) const {
    slide.styleJson = render::toJson(document_.styleToSave()).dump();
    const geo::Envelope extent = canvas_.view().visibleExtent();
    slide.minX = extent.minX;
    slide.minY = extent.minY;
    slide.maxX = extent.maxX;
    slide.maxY = extent.maxY;
    return slide;
}

std::optional<QString> SlidePanel::addCurrentView(const store::Slide& texts) {
    if (!document_.isOpen()) {
        return tr("No project is open.");
    }
    const int row = list_->currentRow();
    const std::int64_t position = row >= 0 ? row + 2 : 0;  // after the selected slide
    auto command = std::make_unique<AddSlide>(document_, currentView(texts), position);
    const AddSlide* added = command.get();
    auto error = runAndPush(document_, std::move(command));
    if (!error) {
        reload();
        const std::int64_t id = added->stored().id;
        for (std::size_t i = 0; i < slides_.size(); ++i) {
            if (slides_[i].id == id) {
                list_->setCurrentRow(static_cast<int>(i));
            }
        }
    }
    return error;
}

std::optional<QString> SlidePanel::editSelected(const store::Slide& edited, bool replaceView) {
    const store::Slide slide = replaceView ? currentView(edited) : edited;
    return runAndPush(document_, std::make_unique<EditSlide>(document_, slide));
}

std::optional<QString> SlidePanel::moveSelected(int delta) {
    const int row = list_->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= static_cast<int>(slides_.size())) {
        return std::nullopt;
    }
    const std::int64_t id = slides_[static_cast<std::size_t>(row)].id;
    auto error = runAndPush(document_, std::make_unique<MoveSlide>(document_, id, target + 1));
    if (!error) {
        list_->setCurrentRow(target);
    }
    return error;
}

std::optional<QString> SlidePanel::deleteSelected() {
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(slides_.size())) {
        return std::nullopt;
    }
    return runAndPush(document_, std::make_unique<DeleteSlide>(
                                     document_, slides_[static_cast<std::size_t>(row)].id));
}

PresentationWindow* SlidePanel::presentation() const {
    return presentation_.data();
}

PresentationWindow* SlidePanel::present() {
    if (!document_.isOpen() || slides_.empty()) {
        return nullptr;
    }
    if (presentation_) {
        presentation_->close();
    }
    auto deck = std::make_shared<const SlideDeck>(document_.project(), slides_);
    const int row = std::max(0, list_->currentRow());
    presentation_ =
        new PresentationWindow(deck, language_, static_cast<std::size_t>(row), window());
    presentation_->setAttribute(Qt::WA_DeleteOnClose);
    connect(presentation_, &PresentationWindow::slideChanged, this,
            [this](int index) { list_->setCurrentRow(index); });
    presentation_->present(window());
    return presentation_;
}

std::optional<QString> SlidePanel::exportDeckTo(const QString& path,
                                                const render::MapLanguage& language) {
    if (!document_.isOpen()) {
        return tr("No project is open.");
    }
    try {
        const SlideDeck deck(document_.project(), slides_);
        render::MapTexts texts;
        const int pages = exportDeck(deck, texts, language, path);
        emit statusMessage(tr("%n slide(s) exported to %1", nullptr, pages).arg(path));
    } catch (const Error& e) {
        return translatedError(e);
    }
    return std::nullopt;
}

namespace {

const QString kDraftKey = QStringLiteral("slide");

/// The dialog's texts as a draft (store::Slide fields; "label": a title for the recovery list).
nlohmann::json slideDraft(const SlideDialog& dialog) {
    const store::Slide s = dialog.slide();
    return {{"id", s.id},
            {"titleDe", s.titleDe},
            {"titleCs", s.titleCs},
            {"notesDe", s.notesDe},
            {"notesCs", s.notesCs},
            {"replaceView", dialog.replaceView()},
            {"label", s.titleDe.empty() ? s.titleCs : s.titleDe}};
}

std::string draftText(const nlohmann::json& draft, const char* key) {
    const auto it = draft.find(key);
    return it != draft.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

void SlidePanel::openAddDialog() {
    store::Slide texts;
    const render::MapStyle saved = document_.styleToSave();
    texts.titleDe = saved.titleDe;
    texts.titleCs = saved.titleCs;
    runAddDialog(texts, false);
}

void SlidePanel::runAddDialog(const store::Slide& texts, bool restored) {
    SlideDialog dialog(texts, overlayShown(), this);
    const DraftScope draft(
        document_.drafts(), kDraftKey, QStringLiteral("slide"), &dialog,
        [&dialog] { return slideDraft(dialog); }, restored);
    if (dialog.exec() == QDialog::Accepted) {
        report(addCurrentView(dialog.slide()));
    }
}

void SlidePanel::openEditDialog() {
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(slides_.size())) {
        return;
    }
    runEditDialog(slides_[static_cast<std::size_t>(row)], false, false);
}

void SlidePanel::runEditDialog(const store::Slide& slide, bool replaceView, bool restored) {
    SlideDialog dialog(slide, overlayShown(), this);
    dialog.setReplaceView(replaceView);
    const DraftScope draft(
        document_.drafts(), kDraftKey, QStringLiteral("slide"), &dialog,
        [&dialog] { return slideDraft(dialog); }, restored);
    if (dialog.exec() == QDialog::Accepted) {
        report(editSelected(dialog.slide(), dialog.replaceView()));
    }
}

std::optional<QString> SlidePanel::restoreDraft(const nlohmann::json& draft) {
    if (!document_.isOpen() || !draft.is_object()) {
        return tr("The slide draft cannot be read.");
    }
    store::Slide texts;
    texts.titleDe = draftText(draft, "titleDe");
    texts.titleCs = draftText(draft, "titleCs");
    texts.notesDe = draftText(draft, "notesDe");
    texts.notesCs = draftText(draft, "notesCs");
    const auto id = draft.find("id");
    const auto replace = draft.find("replaceView");
    const std::int64_t slideId =
        id != draft.end() && id->is_number_integer() ? id->get<std::int64_t>() : 0;
    for (std::size_t i = 0; slideId != 0 && i < slides_.size(); ++i) {
        if (slides_[i].id == slideId) {
            list_->setCurrentRow(static_cast<int>(i));
            store::Slide slide = slides_[i];
            slide.titleDe = texts.titleDe;
            slide.titleCs = texts.titleCs;
            slide.notesDe = texts.notesDe;
            slide.notesCs = texts.notesCs;
            runEditDialog(slide,
                          replace != draft.end() && replace->is_boolean() && replace->get<bool>(),
                          true);
            return std::nullopt;
        }
    }
    // A new slide, or one deleted since: offered as a new slide of the current view.
    runAddDialog(texts, true);
    return std::nullopt;
}

void SlidePanel::chooseAndExport() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export deck to PDF"), QString(),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    const QStringList names = {QStringLiteral("Deutsch"), QStringLiteral("Čeština"),
                               QStringLiteral("Deutsch + Čeština")};
    const int current = language_.bilingual ? 2 : (language_.primary == Lang::Cs ? 1 : 0);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Export deck to PDF"),
                                                 tr("Language of titles, notes and maps:"), names,
                                                 current, false, &ok);
    if (!ok) {
        return;
    }
    const int index = static_cast<int>(names.indexOf(choice));
    const render::MapLanguage language{index == 1 ? Lang::Cs : Lang::De, index == 2};
    report(exportDeckTo(path, language));
}

void SlidePanel::report(const std::optional<QString>& error) {
    if (error) {
        QMessageBox::warning(this, tr("Slides"), *error);
    }
}

void SlidePanel::retranslate() {
    add_->setText(tr("Add current view as slide…"));
    add_->setToolTip(tr("Adds the map as shown (layers, style, extent) as a new slide"));
    edit_->setText(tr("Edit…"));
    up_->setText(tr("Up"));
    down_->setText(tr("Down"));
    delete_->setText(tr("Delete"));
    present_->setText(tr("Present"));
    present_->setToolTip(tr("Full screen from the selected slide (F5)"));
    export_->setText(tr("Export deck to PDF…"));
}

void SlidePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace rrw::ui
