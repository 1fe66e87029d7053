// SPDX-License-Identifier: GPL-3.0-or-later
// The project tree's entity actions: new, delete (unlinking references when asked) and rename id,
// from its context menu and the Delete key; the Edit menu calls the same functions.
#include "app/gui/docks/projecttree.h"

#include "editor/commands/entitylifecycle.h"
#include "editor/commands/entitylistcommands.h"
#include "editor/commands/renameidcommand.h"
#include "editor/document/selection.h"

#include "model/deleteentity.h"
#include "model/renameid.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace oi::app {

using editor::EntityKind;
using editor::EntityRef;

namespace {

QString newText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Strategy: return ProjectTree::tr("New Strategy");
    case EntityKind::Persona: return ProjectTree::tr("New Persona");
    case EntityKind::Journey: return ProjectTree::tr("New Journey");
    case EntityKind::Role: return ProjectTree::tr("New Role");
    case EntityKind::Responsibility: return ProjectTree::tr("New Responsibility");
    case EntityKind::Process: return ProjectTree::tr("New Process");
    case EntityKind::Requirement: return ProjectTree::tr("New Requirement");
    case EntityKind::Scenario: return ProjectTree::tr("New Scenario");
    default: break;
    }
    return {};
}
} // namespace

EntityRef ProjectTree::currentEntity() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || item->data(0, IdRole).toString().isEmpty())
        return {};
    return { EntityKind(item->data(0, KindRole).toInt()), item->data(0, IdRole).toString() };
}

void ProjectTree::newEntity(EntityKind kind)
{
    if (!mDocument)
        return;
    QString id;
    QUndoCommand *command = editor::newEntityCommand(mDocument, kind, &id);
    if (!command)
        return;
    mDocument->undoStack()->push(command);
    mDocument->selection()->select(kind, id);
}

bool ProjectTree::deleteEntity(const EntityRef &ref)
{
    if (!mDocument || !ref.isValid())
        return false;
    QUndoCommand *command = nullptr;
    if (ref.kind == EntityKind::Responsibility) {
        command
            = new editor::RemoveEntity<editor::ResponsibilityTraits>(mDocument, ref.id, tr("Delete Responsibility"));
    } else {
        auto *plain = new editor::DeleteEntityCommand(mDocument, ref.kind, ref.id, false);
        if (plain->isObsolete()) {
            const QString why = plain->refusal();
            delete plain;
            const std::optional<model::IdKind> kind = editor::wholeEntityKind(ref.kind);
            const model::References refs
                = kind ? model::referencesTo(mDocument->project(), *kind, ref.id) : model::References {};
            if (refs.count == 0) {
                if (mNotice)
                    mNotice(why);
                else
                    QMessageBox::information(this, tr("Delete"), why);
                return false;
            }
            const QString question
                = tr("%1\n\nDelete it and unlink it from %2?").arg(why, refs.referrers.join(QStringLiteral(", ")));
            const bool unlink = mQuestion ? mQuestion(tr("Delete"), question)
                                          : QMessageBox::question(this, tr("Delete"), question,
                                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                    == QMessageBox::Yes;
            if (!unlink)
                return false;
            command = new editor::DeleteEntityCommand(mDocument, ref.kind, ref.id, true);
        } else {
            command = plain;
        }
    }
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    mDocument->undoStack()->push(command);
    return true;
}

bool ProjectTree::renameEntity(const EntityRef &ref, const QString &to)
{
    const std::optional<model::IdKind> kind = editor::wholeEntityKind(ref.kind);
    if (!mDocument || !kind)
        return false;
    QString target = to;
    if (target.isEmpty()) {
        bool ok = false;
        target = QInputDialog::getText(this, tr("Rename Id"),
            tr("New id for \u201c%1\u201d (every reference follows):").arg(ref.id), QLineEdit::Normal, ref.id, &ok);
        if (!ok || target == ref.id)
            return false;
    }
    const QString refused = model::checkRename(mDocument->project(), *kind, ref.id, target);
    if (!refused.isEmpty()) {
        if (mNotice)
            mNotice(refused);
        else
            QMessageBox::information(this, tr("Rename Id"), refused);
        return false;
    }
    mDocument->undoStack()->push(new editor::RenameIdCommand(mDocument, *kind, ref.id, target));
    return true;
}

namespace {
template<typename Traits> QUndoCommand *moveCommand(editor::Document *d, const QString &id, int delta)
{
    const auto &list = Traits::list(*d);
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto &e) { return e.id == id; });
    if (it == list.end())
        return nullptr;
    return new editor::MoveEntity<Traits>(
        d, id, (it - list.begin()) + delta, delta < 0 ? ProjectTree::tr("Move Up") : ProjectTree::tr("Move Down"));
}
} // namespace

bool ProjectTree::moveEntity(const EntityRef &ref, int delta)
{
    if (!mDocument)
        return false;
    QUndoCommand *command = nullptr;
    switch (ref.kind) {
    case EntityKind::Strategy: command = moveCommand<editor::StrategyTraits>(mDocument, ref.id, delta); break;
    case EntityKind::Persona: command = moveCommand<editor::PersonaTraits>(mDocument, ref.id, delta); break;
    case EntityKind::Role: command = moveCommand<editor::RoleTraits>(mDocument, ref.id, delta); break;
    case EntityKind::Responsibility:
        command = moveCommand<editor::ResponsibilityTraits>(mDocument, ref.id, delta);
        break;
    case EntityKind::Process: command = moveCommand<editor::ProcessTraits>(mDocument, ref.id, delta); break;
    case EntityKind::Requirement: command = moveCommand<editor::RequirementTraits>(mDocument, ref.id, delta); break;
    case EntityKind::Scenario: command = moveCommand<editor::ScenarioTraits>(mDocument, ref.id, delta); break;
    default: break;
    }
    if (!command || command->isObsolete()) {
        delete command;
        return false;
    }
    mDocument->undoStack()->push(command);
    selectEntity(entityKindName(ref.kind), ref.id);
    return true;
}

void ProjectTree::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    if (!item || !mDocument)
        return;
    setCurrentItem(item);
    const EntityKind kind = EntityKind(item->data(0, KindRole).toInt());
    const EntityRef ref = currentEntity();
    QMenu menu(this);
    if (ref.isValid()) {
        connect(menu.addAction(tr("Open")), &QAction::triggered, this, [this, ref] { emit entityActivated(ref); });
        if (editor::wholeEntityKind(kind))
            connect(
                menu.addAction(tr("Rename Id\u2026")), &QAction::triggered, this, [this, ref] { renameEntity(ref); });
        connect(menu.addAction(tr("Delete")), &QAction::triggered, this, [this, ref] { deleteEntity(ref); });
        if (kind != EntityKind::Journey) {
            connect(menu.addAction(tr("Move Up")), &QAction::triggered, this, [this, ref] { moveEntity(ref, -1); });
            connect(menu.addAction(tr("Move Down")), &QAction::triggered, this, [this, ref] { moveEntity(ref, +1); });
        }
        menu.addSeparator();
    }
    if (!newText(kind).isEmpty())
        connect(menu.addAction(newText(kind)), &QAction::triggered, this, [this, kind] { newEntity(kind); });
    menu.exec(event->globalPos());
}

void ProjectTree::keyPressEvent(QKeyEvent *event)
{
    if ((event->modifiers() & Qt::AltModifier) && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        && currentEntity().isValid()) {
        moveEntity(currentEntity(), event->key() == Qt::Key_Up ? -1 : +1);
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Delete) && currentEntity().isValid()) {
        deleteEntity(currentEntity());
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace oi::app
