#include "commands/register_command.h"

#include <QCoreApplication>

#include "core/error.h"
#include "map_document.h"
#include "store/project.h"
#include "ui_text.h"

namespace rrw::ui {

RegisterCommand::RegisterCommand(MapDocument& document, const QString& text)
    : QUndoCommand(text), document_(document) {}

void RegisterCommand::step(void (RegisterCommand::*work)(store::Project&)) {
    store::Project& project = document_.project();
    try {
        project.write([&] { (this->*work)(project); });
    } catch (const Error& e) {
        // The transaction rolled back: the register is as before this step, which no longer
        // matches the stack's idea of it. Drop the command and tell the user.
        setObsolete(true);
        emit document_.failed(translatedError(e));
    }
}

void RegisterCommand::undo() {
    step(&RegisterCommand::undoIn);
}

void RegisterCommand::redo() {
    if (skipRedo_) {  // QUndoStack::push calls redo(); runAndPush has already run the edit
        skipRedo_ = false;
        return;
    }
    step(&RegisterCommand::redoIn);
}

std::optional<QString> runAndPush(MapDocument& document, std::unique_ptr<RegisterCommand> command) {
    if (!document.isOpen()) {
        return QCoreApplication::translate("rrw::ui::RegisterCommand", "No project is open.");
    }
    store::Project& project = document.project();
    try {
        project.write([&] { command->execute(project); });
    } catch (const Error& e) {
        return translatedError(e);
    }
    command->skipRedo_ = true;
    document.undoStack()->push(command.release());
    return std::nullopt;
}

}  // namespace rrw::ui
