#pragma once

#include <cstdint>

#include "commands/register_command.h"
#include "store/slide_repository.h"

namespace rrw::ui {

// Undoable edits of the presentation slides (store/slide_repository). Undo and redo keep the
// slide's id, position and creation time.

/// Adds a slide at `position` (0 = at the end); undo deletes it, redo puts it back.
class AddSlide : public RegisterCommand {
public:
    AddSlide(MapDocument& document, store::Slide slide, std::int64_t position = 0);
    const store::Slide& stored() const { return stored_; }

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::Slide stored_;
    std::int64_t position_;
};

/// Replaces titles, notes, style and extent of slide `edited.id`.
class EditSlide : public RegisterCommand {
public:
    EditSlide(MapDocument& document, store::Slide edited);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    store::Slide before_;
    store::Slide after_;
};

/// Deletes a slide; undo restores it at its place.
class DeleteSlide : public RegisterCommand {
public:
    DeleteSlide(MapDocument& document, std::int64_t id);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    std::int64_t id_;
    store::Slide deleted_;
};

/// Moves a slide to `position` (1…n).
class MoveSlide : public RegisterCommand {
public:
    MoveSlide(MapDocument& document, std::int64_t id, std::int64_t position);

protected:
    void execute(store::Project& project) override;
    void undoIn(store::Project& project) override;
    void redoIn(store::Project& project) override;

private:
    std::int64_t id_;
    std::int64_t to_;
    std::int64_t from_ = 0;
};

}  // namespace rrw::ui
