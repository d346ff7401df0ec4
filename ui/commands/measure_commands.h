#pragma once

#include <string>

#include "commands/register_command.h"
#include "store/measure_links.h"
#include "store/measure_repository.h"
#include "store/organisation_repository.h"

namespace rrw::ui {

// Undoable edits of the measures register (store/measure_repository, measure_links,
// organisation_repository). Undo and redo keep ids, creation times and links.

/// A measure with its SWOT-item and risk links, as the measure dialog edits it.
struct MeasureRecord {
    store::Measure measure;
    store::MeasureLinks links;
};

/// Adds a measure with its links (undo deletes it, redo puts it back with the same id).
class AddMeasure : public RegisterCommand {
public:
    AddMeasure(MapDocument& document, MeasureRecord record);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    MeasureRecord record_;
    store::DeletedMeasure deleted_;
};

/// Replaces the fields (titles, descriptions, owner, status, review date) and links of a
/// measure in one step.
class EditMeasure : public RegisterCommand {
public:
    EditMeasure(MapDocument& document, MeasureRecord edited);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    MeasureRecord before_;
    MeasureRecord after_;
};

/// Deletes a measure with its TOWS, SWOT-item and risk links (undo restores all of them).
class DeleteMeasure : public RegisterCommand {
public:
    DeleteMeasure(MapDocument& document, std::string id);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    std::string id_;
    store::DeletedMeasure deleted_;
};

/// Adds a partner organisation (undo deletes it).
class AddOrganisation : public RegisterCommand {
public:
    AddOrganisation(MapDocument& document, store::Organisation organisation);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::Organisation organisation_;
    store::DeletedOrganisation deleted_;
};

/// Replaces names, short name, country, kind and roles of an organisation.
class EditOrganisation : public RegisterCommand {
public:
    EditOrganisation(MapDocument& document, store::Organisation edited);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::Organisation before_;
    store::Organisation after_;
};

/// Deletes an organisation; its measures lose their owner (undo gives it back to them).
class DeleteOrganisation : public RegisterCommand {
public:
    DeleteOrganisation(MapDocument& document, std::string id);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    std::string id_;
    store::DeletedOrganisation deleted_;
};

}  // namespace rrw::ui
