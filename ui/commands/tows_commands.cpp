#include "commands/tows_commands.h"

#include <QCoreApplication>

namespace rrw::ui {

namespace {}  // namespace

AddTowsStrategy::AddTowsStrategy(MapDocument& document, store::TowsStrategy strategy)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::TowsCommands", "Add TOWS strategy")),
      stored_(std::move(strategy)) {}

void AddTowsStrategy::execute(store::Project& project) {
    stored_.id = 0;
    stored_ = store::addTowsStrategy(project, stored_);
}

void AddTowsStrategy::undoIn(store::Project& project) {
    stored_ = store::deleteTowsStrategy(project, stored_.id);
}

void AddTowsStrategy::redoIn(store::Project& project) {
    stored_ = store::addTowsStrategy(project, stored_);
}

EditTowsStrategy::EditTowsStrategy(MapDocument& document, store::TowsStrategy edited)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::TowsCommands", "Edit TOWS strategy")),
      after_(std::move(edited)) {}

void EditTowsStrategy::execute(store::Project& project) {
    before_ = store::updateTowsStrategy(project, after_);
}

void EditTowsStrategy::undoIn(store::Project& project) {
    store::updateTowsStrategy(project, before_);
}

void EditTowsStrategy::redoIn(store::Project& project) {
    store::updateTowsStrategy(project, after_);
}

DeleteTowsStrategy::DeleteTowsStrategy(MapDocument& document, std::int64_t id)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::TowsCommands", "Delete TOWS strategy")),
      id_(id) {}

void DeleteTowsStrategy::execute(store::Project& project) {
    deleted_ = store::deleteTowsStrategy(project, id_);
}

void DeleteTowsStrategy::undoIn(store::Project& project) {
    store::addTowsStrategy(project, deleted_);
}

void DeleteTowsStrategy::redoIn(store::Project& project) {
    deleted_ = store::deleteTowsStrategy(project, id_);
}

}  // namespace rrw::ui
