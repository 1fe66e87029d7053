// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace oi::editor {

class Document;

/**
 * Puts a whole new project in place of the document's (an import that adds processes and roles at
 * once), as one undo step; views hear DocumentReset both ways.
 */
class ProjectSnapshotCommand : public QUndoCommand
{
public:
    ProjectSnapshotCommand(
        Document *document, model::Project after, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    Document *mDocument;
    model::Project mOther;
};

} // namespace oi::editor
