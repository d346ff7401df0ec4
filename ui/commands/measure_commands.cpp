#include "commands/measure_commands.h"

#include <QCoreApplication>

namespace rrw::ui {

AddMeasure::AddMeasure(MapDocument& document, MeasureRecord record)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::MeasureCommands", "Add measure")),
      record_(std::move(record)) {}

void AddMeasure::execute(store::Project& project) {
    record_.measure.createdAt.clear();
    store::addMeasures(project, {record_.measure});
    store::setMeasureLinks(project, record_.measure.id, record_.links);
}

void AddMeasure::undoIn(store::Project& project) {
    deleted_ = store::deleteMeasure(project, record_.measure.id);
}

void AddMeasure::redoIn(store::Project& project) {
    store::restoreMeasure(project, deleted_);
}

EditMeasure::EditMeasure(MapDocument& document, MeasureRecord edited)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::MeasureCommands", "Edit measure")),
      after_(std::move(edited)) {}

void EditMeasure::execute(store::Project& project) {
    before_.measure = store::updateMeasure(project, after_.measure);
    before_.links = store::setMeasureLinks(project, after_.measure.id, after_.links);
}

void EditMeasure::undoIn(store::Project& project) {
    store::updateMeasure(project, before_.measure);
    store::setMeasureLinks(project, before_.measure.id, before_.links);
}

void EditMeasure::redoIn(store::Project& project) {
    store::updateMeasure(project, after_.measure);
    store::setMeasureLinks(project, after_.measure.id, after_.links);
}

DeleteMeasure::DeleteMeasure(MapDocument& document, std::string id)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::MeasureCommands", "Delete measure")),
      id_(std::move(id)) {}

void DeleteMeasure::execute(store::Project& project) {
    deleted_ = store::deleteMeasure(project, id_);
}

void DeleteMeasure::undoIn(store::Project& project) {
    store::restoreMeasure(project, deleted_);
}

void DeleteMeasure::redoIn(store::Project& project) {
    deleted_ = store::deleteMeasure(project, id_);
}

AddOrganisation::AddOrganisation(MapDocument& document, store::Organisation organisation)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::MeasureCommands", "Add organisation")),
      organisation_(std::move(organisation)) {}

void AddOrganisation::execute(store::Project& project) {
    organisation_.createdAt.clear();
    store::addOrganisations(project, {organisation_});
}

void AddOrganisation::undoIn(store::Project& project) {
    deleted_ = store::deleteOrganisation(project, organisation_.id);
}

void AddOrganisation::redoIn(store::Project& project) {
    store::restoreOrganisation(project, deleted_);
}

EditOrganisation::EditOrganisation(MapDocument& document, store::Organisation edited)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::MeasureCommands", "Edit organisation")),
      after_(std::move(edited)) {}

void EditOrganisation::execute(store::Project& project) {
    before_ = store::updateOrganisation(project, after_);
}

void EditOrganisation::undoIn(store::Project& project) {
    store::updateOrganisation(project, before_);
}

void EditOrganisation::redoIn(store::Project& project) {
    store::updateOrganisation(project, after_);
}

DeleteOrganisation::DeleteOrganisation(MapDocument& document, std::string id)
    : RegisterCommand(
          document, QCoreApplication::translate("rrw::ui::MeasureCommands", "Delete organisation")),
      id_(std::move(id)) {}

void DeleteOrganisation::execute(store::Project& project) {
    deleted_ = store::deleteOrganisation(project, id_);
}

void DeleteOrganisation::undoIn(store::Project& project) {
    store::restoreOrganisation(project, deleted_);
}

void DeleteOrganisation::redoIn(store::Project& project) {
    deleted_ = store::deleteOrganisation(project, id_);
}

}  // namespace rrw::ui
