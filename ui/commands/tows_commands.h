#pragma once

#include <cstdint>

#include "commands/register_command.h"
#include "store/tows_repository.h"

namespace rrw::ui {

// Undoable edits of the TOWS strategies (store/tows_repository). Undo and redo keep the
// strategy's id, creation time and links; the time of the last change is the store's.

/// Adds a strategy with its SWOT item and measure links (undo deletes it, redo puts it back
/// under the same id). The store refuses items whose category the kind does not pair.
class AddTowsStrategy : public RegisterCommand {
public:
    AddTowsStrategy(MapDocument& document, store::TowsStrategy strategy);
    const store::TowsStrategy& stored() const { return stored_; }

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::TowsStrategy stored_;
};

/// Replaces kind, titles, texts and links of strategy `edited.id`.
class EditTowsStrategy : public RegisterCommand {
public:
    EditTowsStrategy(MapDocument& document, store::TowsStrategy edited);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::TowsStrategy before_;
    store::TowsStrategy after_;
};

/// Deletes a strategy with its links (undo restores it under the same id).
class DeleteTowsStrategy : public RegisterCommand {
public:
    DeleteTowsStrategy(MapDocument& document, std::int64_t id);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    std::int64_t id_;
    store::TowsStrategy deleted_;
};

}  // namespace rrw::ui
