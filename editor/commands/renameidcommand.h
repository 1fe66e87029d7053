// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "model/renameid.h"

#include <QUndoCommand>

#include <optional>

namespace oi::editor {

class Document;

/**
 * Renames an id and every reference to it (model::renameId) as one undo step. Undo restores the
 * project exactly as it was, dangling references included. Views hear DocumentReset, since
 * references of every family may have changed; the selection follows the new id.
 */
class RenameIdCommand : public QUndoCommand
{
public:
    /** Check model::checkRename() first: a refused rename makes the command obsolete. */
    RenameIdCommand(
        Document *document, model::IdKind kind, const QString &from, const QString &to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    /** References changed by the rename (the entity's own id not counted); -1 when refused. */
    int references() const { return mReferences; }

private:
    void swapIn(model::Project &replacement);
    void followSelection(const QString &from, const QString &to);

    Document *mDocument;
    model::IdKind mKind;
    QString mFrom;
    QString mTo;
    QString mFullTo; // "process/node" for nodes, as the selection names them
    std::optional<model::Project> mOther; // the project on the other side of this command
    int mReferences = -1;
};

} // namespace oi::editor
