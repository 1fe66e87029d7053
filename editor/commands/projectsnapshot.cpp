// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/commands/projectsnapshot.h"

#include "editor/document/document.h"

namespace oi::editor {

ProjectSnapshotCommand::ProjectSnapshotCommand(
    Document *document, model::Project after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mOther(std::move(after))
{
}

void ProjectSnapshotCommand::swap()
{
    std::swap(mDocument->projectForEdit(), mOther);
    mDocument->emitChanged(ChangeEvent(ChangeEvent::DocumentReset));
}

} // namespace oi::editor
