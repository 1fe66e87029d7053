// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/commands/renameidcommand.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"

#include <QCoreApplication>

namespace oi::editor {

namespace {
EntityKind entityKind(model::IdKind kind)
{
    switch (kind) {
    case model::IdKind::Strategy: return EntityKind::Strategy;
    case model::IdKind::Persona: return EntityKind::Persona;
    case model::IdKind::Journey: return EntityKind::Journey;
    case model::IdKind::Stage: return EntityKind::Stage;
    case model::IdKind::Step: return EntityKind::Step;
    case model::IdKind::Role: return EntityKind::Role;
    case model::IdKind::Process: return EntityKind::Process;
    case model::IdKind::Node: return EntityKind::Node;
    case model::IdKind::Requirement: return EntityKind::Requirement;
    case model::IdKind::Scenario: return EntityKind::Scenario;
    }
    return EntityKind::Project;
}
} // namespace

RenameIdCommand::RenameIdCommand(
    Document *document, model::IdKind kind, const QString &from, const QString &to, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Rename Id %1 to %2").arg(from, to), parent)
    , mDocument(document)
    , mKind(kind)
    , mFrom(from)
    , mTo(to)
{
    // Nested ids (nodes, stages) keep their parent: "support/triage" -> "support/<to>".
    const bool nested = kind == model::IdKind::Node || kind == model::IdKind::Stage;
    mFullTo = nested && !to.contains(u'/') ? from.section(u'/', 0, 0) + u'/' + to : to;
    setObsolete(!model::checkRename(document->project(), kind, from, to).isEmpty());
}

void RenameIdCommand::redo()
{
    if (!mOther) {
        model::Project renamed = mDocument->project();
        QString error;
        mReferences = model::renameId(renamed, mKind, mFrom, mTo, &error);
        if (mReferences < 0) {
            setObsolete(true);
            return;
        }
        mOther = std::move(renamed);
    }
    swapIn(*mOther);
    followSelection(mFrom, mFullTo);
}

void RenameIdCommand::undo()
{
    if (!mOther)
        return;
    swapIn(*mOther);
    followSelection(mFullTo, mFrom);
}

void RenameIdCommand::swapIn(model::Project &replacement)
{
    std::swap(mDocument->projectForEdit(), replacement);
    mDocument->emitChanged(ChangeEvent(ChangeEvent::DocumentReset));
}

void RenameIdCommand::followSelection(const QString &from, const QString &to)
{
    const EntityKind kind = entityKind(mKind);
    EntityRefs refs = mDocument->selection()->entities();
    for (EntityRef &ref : refs)
        if (ref.kind == kind && ref.id == from)
            ref.id = to;
    mDocument->selection()->set(refs);
}

} // namespace oi::editor
