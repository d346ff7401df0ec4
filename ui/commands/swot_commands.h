#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/swot/suggestions.h"
#include "commands/register_command.h"
#include "store/swot_repository.h"

namespace rrw::ui {

// Undoable edits of the SWOT register (store/swot_repository, swot_suggestion_repository).
// Each puts the register back exactly: the same ids, positions, times, evidence ids, TOWS links
// and suggestion decisions as before (undo) or after the first run (redo).

/// Adds a new item with its evidence (undo deletes it, redo restores it under the same id).
class AddSwotItem : public RegisterCommand {
public:
    AddSwotItem(MapDocument& document, store::SwotItem item);
    /// The stored item (valid after the first run).
    const store::SwotItem& stored() const { return stored_; }

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::SwotItem stored_;
    store::DeletedSwotItem deleted_;
};

/// Deletes an item with its evidence, TOWS links and decision link (undo restores all of it).
class DeleteSwotItem : public RegisterCommand {
public:
    DeleteSwotItem(MapDocument& document, std::int64_t id);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    std::int64_t id_;
    store::DeletedSwotItem deleted_;
};

/// An edit of existing items: remembers every item the edit may touch as it was before and
/// after the first run, and undo/redo write those snapshots back whole (a plain update would
/// stamp a new time of change and could not give back the positions of items a move pushed
/// down).
class SwotSnapshotCommand : public RegisterCommand {
protected:
    SwotSnapshotCommand(MapDocument& document, const QString& text);
    void execute(store::Project& project) final;
    void undoIn(store::Project& project) final;
    void redoIn(store::Project& project) final;
    /// The ids of the items change() may touch, read before it runs.
    virtual std::vector<std::int64_t> affected(const store::Project& project) const = 0;
    virtual void change(store::Project& project) = 0;

private:
    std::vector<store::SwotItem> before_;
    std::vector<store::SwotItem> after_;
};

/// Replaces region, category, texts, importance and author of item `edited.id` and brings its
/// evidence to `edited.evidence` (entries with id 0 are added, missing ones removed).
class EditSwotItem : public SwotSnapshotCommand {
public:
    EditSwotItem(MapDocument& document, store::SwotItem edited);

protected:
    std::vector<std::int64_t> affected(const store::Project& project) const override;
    void change(store::Project& project) override;

private:
    store::SwotItem edited_;
};

/// Moves an item to `category` (its region stays) before the item `beforeId` of the same
/// region, or to the end of that quadrant when `beforeId` is 0 or of another region.
class MoveSwotItem : public SwotSnapshotCommand {
public:
    MoveSwotItem(MapDocument& document, std::int64_t id, char category, std::int64_t beforeId);

protected:
    std::vector<std::int64_t> affected(const store::Project& project) const override;
    void change(store::Project& project) override;

private:
    std::int64_t id_;
    char category_;
    std::int64_t beforeId_;
};

/// Accepts a proposal of the suggestion engine: a new item with the indicator as evidence.
/// Undo deletes the item and forgets the decision (the proposal comes back); redo brings back
/// the same item.
class AcceptSwotSuggestion : public RegisterCommand {
public:
    AcceptSwotSuggestion(MapDocument& document, analysis::SwotSuggestion suggestion,
                         std::string author);
    const store::SwotItem& stored() const { return stored_; }

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    analysis::SwotSuggestion suggestion_;
    std::string author_;
    store::SwotItem stored_;
    store::DeletedSwotItem deleted_;
};

/// Rejects a proposal (it is not proposed again); undo forgets the decision.
class RejectSwotSuggestion : public RegisterCommand {
public:
    RejectSwotSuggestion(MapDocument& document, analysis::SwotSuggestion suggestion,
                         std::string author);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    analysis::SwotSuggestion suggestion_;
    std::string author_;
};

/// True when MoveSwotItem(id, category, beforeId) would change the register; false for a drop
/// back onto the same place (or an item that does not exist).
bool swotMoveChangesOrder(const store::Project& project, std::int64_t id, char category,
                          std::int64_t beforeId);

}  // namespace rrw::ui
