// SPDX-License-Identifier: GPL-3.0-or-later
// Creating and deleting whole entities from anywhere in the studio (project tree, Edit menu):
// a new strategy, persona, journey, role, process, requirement or scenario with a fresh id, and a
// delete that is refused while something refers to the entity unless it unlinks those references.
#pragma once

#include "editor/document/entitykind.h"

#include "model/project.h"
#include "model/renameid.h"

#include <QUndoCommand>

#include <optional>

namespace oi::editor {

class Document;

/** The id kind of an entity kind, for the kinds that can be created and deleted as wholes. */
std::optional<model::IdKind> wholeEntityKind(EntityKind kind);

/** An unused id made of `stem` ("role", "role-2", ...). */
QString unusedId(const model::Project &project, EntityKind kind, const QString &stem);

/** A command that adds a new entity of `kind` with a fresh id and a placeholder name; null for other kinds. */
QUndoCommand *newEntityCommand(Document *document, EntityKind kind, QString *newId);

/**
 * Deletes an entity as one undo step; with `unlink`, every reference to it goes too. Obsolete
 * (check isObsolete() before pushing) when refused: `refusal()` then says why, naming the referrers.
 */
class DeleteEntityCommand : public QUndoCommand
{
public:
    DeleteEntityCommand(
        Document *document, EntityKind kind, const QString &id, bool unlink, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const QString &refusal() const { return mRefusal; }

private:
    void swapIn();

    Document *mDocument;
    EntityRef mRef;
    std::optional<model::Project> mOther;
    QString mRefusal;
};

} // namespace oi::editor
