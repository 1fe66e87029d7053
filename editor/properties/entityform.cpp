// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/entityform.h"

#include "editor/commands/changevalue.h"
#include "editor/document/changeevents.h"

#include <QEvent>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace oi::editor {

namespace {

quint32 nameProperty(EntityKind kind)
{
    using namespace EntityProperty;
    switch (kind) {
    case EntityKind::Strategy: return StrategyTitle;
    case EntityKind::Persona: return PersonaName;
    case EntityKind::Role: return RoleName;
    case EntityKind::Process: return ProcessName;
    case EntityKind::Node: return NodeName;
    case EntityKind::Requirement: return RequirementText;
    case EntityKind::Scenario: return ScenarioName;
    case EntityKind::Responsibility: return ResponsibilityText;
    default: return All;
    }
}

bool isEntityEvent(ChangeEvent::Type type)
{
    return type == ChangeEvent::EntitiesAdded || type == ChangeEvent::EntitiesAboutToBeRemoved
        || type == ChangeEvent::EntitiesRemoved || type == ChangeEvent::EntitiesChanged
        || type == ChangeEvent::EntitiesReordered;
}

} // namespace

bool changesNamesOf(const ChangeEvent &event, EntityKind kind)
{
    switch (event.type) {
    case ChangeEvent::DocumentReset: return true;
    case ChangeEvent::EntitiesAdded:
    case ChangeEvent::EntitiesRemoved:
    case ChangeEvent::EntitiesReordered:
    case ChangeEvent::EntitiesChanged: {
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        const bool structural = event.type != ChangeEvent::EntitiesChanged;
        if (kind == EntityKind::Node && e.kind == EntityKind::Process) // "Process › Task" names both
            return structural || e.touches(EntityProperty::ProcessName | EntityProperty::ProcessNodes);
        return e.kind == kind && (structural || e.touches(nameProperty(kind)));
    }
    case ChangeEvent::JourneyAdded:
    case ChangeEvent::JourneyRemoved:
    case ChangeEvent::StepsAdded:
    case ChangeEvent::StepsRemoved:
    case ChangeEvent::StepsMoved: return kind == EntityKind::Step;
    case ChangeEvent::StepsChanged:
        return kind == EntityKind::Step
            && static_cast<const StepChangeEvent &>(event).properties.testFlag(StepChangeEvent::TitleProperty);
    default: return false;
    }
}

EntityForm::EntityForm(EntityKind kind, QWidget *parent)
    : QWidget(parent)
    , mKind(kind)
{
    setEnabled(false);
}

void EntityForm::setDocument(Document *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mId.clear();
    mGestureEditor = nullptr;
    if (document)
        connect(document, &Document::changed, this, &EntityForm::documentChanged);
    refresh();
}

void EntityForm::setEntity(const QString &id)
{
    mGestureEditor = nullptr; // typing for another entity is another undo step
    mId = id;
    refresh();
}

bool EntityForm::changesChoices(const ChangeEvent &) const
{
    return false;
}

void EntityForm::push(QUndoCommand *command)
{
    if (editable())
        mDocument->undoStack()->push(command);
    else
        delete command;
}

void EntityForm::watchFocus(QWidget *editor)
{
    editor->installEventFilter(this);
}

quint64 EntityForm::gestureFor(QObject *editor)
{
    if (editor != mGestureEditor) {
        mGestureEditor = editor;
        mGesture = newGestureId();
    }
    return mGesture;
}

bool EntityForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == mGestureEditor)
        mGestureEditor = nullptr; // the next edit there is a new gesture
    return QWidget::eventFilter(watched, event);
}

void EntityForm::refresh()
{
    bool shown = false;
    {
        const QScopedValueRollback<bool> guard(mUpdating, true);
        shown = mDocument && !mId.isEmpty() && fill(mDocument->project());
    }
    setEnabled(shown);
}

void EntityForm::documentChanged(const ChangeEvent &event)
{
    if (mId.isEmpty() || event.type == ChangeEvent::EntitiesAboutToBeRemoved)
        return;
    bool mine = event.type == ChangeEvent::DocumentReset;
    if (!mine && isEntityEvent(event.type)) {
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        mine = e.kind == mKind && e.ids.contains(mId);
    }
    if (mine || changesChoices(event))
        refresh();
}

} // namespace oi::editor
