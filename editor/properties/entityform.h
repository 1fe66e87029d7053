// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"
#include "editor/document/entitykind.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>
#include <QWidget>

namespace oi::editor {

class ChangeEvent;

/** Whether `event` may change the names (or the set) of entities of `kind` that a form lists. */
bool changesNamesOf(const ChangeEvent &event, EntityKind kind);

/**
 * What every entity property form shares: the document and the entity it edits, the guard that
 * keeps its own refreshes from pushing commands, and gestures (typing in one field until it loses
 * focus merges into one undo step). Refreshes only for its own entity's events, and for those that
 * rename what its choices list.
 */
class EntityForm : public QWidget
{
    Q_OBJECT
public:
    explicit EntityForm(EntityKind kind, QWidget *parent = nullptr);

    EntityKind kind() const { return mKind; }
    void setDocument(Document *document);
    Document *document() const { return mDocument; }
    /** Shows entity `id` of this form's kind (empty: none, and the form follows nothing). */
    void setEntity(const QString &id);
    QString entity() const { return mId; }

signals:
    /** A link on the form was followed: the window shows that entity in its editor. */
    void openRequested(const oi::editor::EntityRef &ref);

protected:
    /** Shows the entity's fields; called with updating() set. False when the project has no such entity. */
    virtual bool fill(const model::Project &project) = 0;
    /** Whether `event` changes what the form's choices list (other roles, processes...). */
    virtual bool changesChoices(const ChangeEvent &event) const;

    bool updating() const { return mUpdating; }
    /** Whether an edit may push a command now: an entity is shown and the form is not refreshing. */
    bool editable() const { return !mUpdating && mDocument && !mId.isEmpty(); }
    /** The ids a command edits: this form's entity. */
    QStringList ids() const { return { mId }; }
    /** Pushes `command` onto the undo stack, or deletes it when not editable(). */
    void push(QUndoCommand *command);
    /**
     * Sets this entity's field through `Command` (a ChangeValue) to `value`. Edits made in `editor`
     * until it loses focus are one gesture, so typing there is one undo step; null: a step of its own.
     */
    template<typename Command, typename Value> void edit(const Value &value, QObject *editor = nullptr)
    {
        if (!editable())
            return;
        auto *command = new Command(mDocument, ids(), value);
        if (editor)
            command->setGesture(gestureFor(editor));
        push(command);
    }
    /** Ends the gesture of `editor` when it loses focus, so typing there again is a new undo step. */
    void watchFocus(QWidget *editor);
    void refresh();

    bool eventFilter(QObject *watched, QEvent *event) override;

    /** The gesture edits made in `editor` belong to (a new one once it lost focus). */
    quint64 gestureFor(QObject *editor);

private:
    void documentChanged(const ChangeEvent &event);

    const EntityKind mKind;
    QPointer<Document> mDocument;
    QString mId;
    bool mUpdating = false;
    QObject *mGestureEditor = nullptr;
    quint64 mGesture = 0;
};

} // namespace oi::editor
