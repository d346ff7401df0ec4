#include "commands/slide_commands.h"

#include <QCoreApplication>

namespace rrw::ui {

AddSlide::AddSlide(MapDocument& document, store::Slide slide, std::int64_t position)
    : RegisterCommand(document, QCoreApplication::translate("rrw::ui::SlideCommands", "Add slide")),
      stored_(std::move(slide)),
      position_(position) {}

void AddSlide::execute(store::Project& project) {
    stored_ = store::addSlide(project, stored_, position_);
}

void AddSlide::undoIn(store::Project& project) {
    stored_ = store::deleteSlide(project, stored_.id);
}

void AddSlide::redoIn(store::Project& project) {
    store::restoreSlide(project, stored_);
}

EditSlide::EditSlide(MapDocument& document, store::Slide edited)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SlideCommands", "Edit slide")),
      after_(std::move(edited)) {}

void EditSlide::execute(store::Project& project) {
    before_ = store::updateSlide(project, after_);
}

void EditSlide::undoIn(store::Project& project) {
    store::updateSlide(project, before_);
}

void EditSlide::redoIn(store::Project& project) {
    store::updateSlide(project, after_);
}

DeleteSlide::DeleteSlide(MapDocument& document, std::int64_t id)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SlideCommands", "Delete slide")),
      id_(id) {}

void DeleteSlide::execute(store::Project& project) {
    deleted_ = store::deleteSlide(project, id_);
}

void DeleteSlide::undoIn(store::Project& project) {
    store::restoreSlide(project, deleted_);
}

void DeleteSlide::redoIn(store::Project& project) {
    store::deleteSlide(project, id_);
}

MoveSlide::MoveSlide(MapDocument& document, std::int64_t id, std::int64_t position)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SlideCommands", "Move slide")),
      id_(id),
      to_(position) {}

void MoveSlide::execute(store::Project& project) {
    from_ = store::moveSlide(project, id_, to_);
}

void MoveSlide::undoIn(store::Project& project) {
    store::moveSlide(project, id_, from_);
}

void MoveSlide::redoIn(store::Project& project) {
    store::moveSlide(project, id_, to_);
}

}  // namespace rrw::ui
