#pragma once

#include <QString>
#include <QUndoCommand>

#include <memory>
#include <optional>

namespace rrw::store {
class Project;
}

namespace rrw::ui {

class MapDocument;

/// An undoable edit of the project's planning register (SWOT items, suggestion decisions, TOWS
/// strategies) on the document's shared undo stack. Every step runs inside one
/// Project::write transaction, so a failing step leaves the file as it was.
///
/// The first run happens before the command enters the stack (runAndPush): a refused edit
/// (rrw::Error) never becomes an undo step, and the caller shows its message. A later undo or
/// redo that fails (the file changed behind the workbench, disk full) reports through
/// MapDocument::failed and drops the command from the stack.
class RegisterCommand : public QUndoCommand {
public:
    void undo() final;
    void redo() final;

protected:
    RegisterCommand(MapDocument& document, const QString& text);
    /// The edit itself, the first time. Throws rrw::Error when the store refuses it.
    virtual void execute(store::Project& project) = 0;
    /// Inverts execute() (or the last redoIn()).
    virtual void undoIn(store::Project& project) = 0;
    /// Repeats the edit after an undo, with the same ids as the first time.
    virtual void redoIn(store::Project& project) = 0;

private:
    friend std::optional<QString> runAndPush(MapDocument& document,
                                             std::unique_ptr<RegisterCommand> command);
    MapDocument& document_;
    bool skipRedo_ = false;

    void step(void (RegisterCommand::*work)(store::Project&));
};

/// Runs `command` once and puts it on the document's undo stack. Returns the translated
/// message (and drops the command) when the store refuses the edit; nothing is changed then.
std::optional<QString> runAndPush(MapDocument& document, std::unique_ptr<RegisterCommand> command);

}  // namespace rrw::ui
