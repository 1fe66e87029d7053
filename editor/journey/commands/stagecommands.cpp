// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/stagecommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::editor {

AddRemoveStage::AddRemoveStage(Document *document, const QString &journey, const model::Stage &stage, int index,
    bool add, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mJourney(journey)
    , mStage(stage)
    , mIndex(index)
    , mAdd(add)
{
}

void AddRemoveStage::undo()
{
    mAdd ? removeStage() : addStage();
}
void AddRemoveStage::redo()
{
    mAdd ? addStage() : removeStage();
}

void AddRemoveStage::addStage()
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return;
    const int size = int(journey->stages.size());
    const int index = mIndex < 0 || mIndex > size ? size : mIndex;
    journey->stages.insert(journey->stages.begin() + index, mStage);
    mDocument->emitChanged(StageChangeEvent(ChangeEvent::StagesAdded, mJourney, { mStage.id }));
}

void AddRemoveStage::removeStage()
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return;
    auto it = std::find_if(
        journey->stages.begin(), journey->stages.end(), [this](const model::Stage &s) { return s.id == mStage.id; });
    if (it == journey->stages.end())
        return;
    mDocument->emitChanged(StageChangeEvent(ChangeEvent::StagesAboutToBeRemoved, mJourney, { mStage.id }));
    mIndex = int(it - journey->stages.begin());
    mStage = *it;
    journey->stages.erase(it);
    mDocument->emitChanged(StageChangeEvent(ChangeEvent::StagesRemoved, mJourney, { mStage.id }));
}

AddStage::AddStage(
    Document *document, const QString &journey, const model::Stage &stage, int index, QUndoCommand *parent)
    : AddRemoveStage(
        document, journey, stage, index, true, QCoreApplication::translate("UndoCommands", "Add Stage"), parent)
{
}

namespace {
int stageIndex(const Document *document, const QString &journey, const QString &stageId)
{
    const model::Journey *j = document->project().journey(journey);
    if (!j)
        return -1;
    for (size_t i = 0; i < j->stages.size(); ++i) {
        if (j->stages[i].id == stageId)
            return int(i);
    }
    return -1;
}
} // namespace

RemoveStage::RemoveStage(Document *document, const QString &journey, const QString &stageId, QUndoCommand *parent)
    : AddRemoveStage(document, journey, model::Stage { stageId, {} }, stageIndex(document, journey, stageId), false,
        QCoreApplication::translate("UndoCommands", "Delete Stage"), parent)
{
    setObsolete(stageIndex(document, journey, stageId) < 0);
}

RenameStage::RenameStage(
    Document *document, const QString &journey, const QString &stageId, const QString &name, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Rename Stage"), parent)
    , mDocument(document)
    , mJourney(journey)
    , mStage(stageId)
    , mName(name)
{
    setObsolete(!stage() || stage()->name == name);
}

model::Stage *RenameStage::stage()
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return nullptr;
    auto it = std::find_if(
        journey->stages.begin(), journey->stages.end(), [this](const model::Stage &s) { return s.id == mStage; });
    return it == journey->stages.end() ? nullptr : &*it;
}

bool RenameStage::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RenameStage *>(other);
    if (o->mDocument != mDocument || o->mJourney != mJourney || o->mStage != mStage)
        return false;
    setObsolete(!stage() || stage()->name == mName);
    return true;
}

void RenameStage::swap()
{
    if (model::Stage *s = stage())
        std::swap(s->name, mName);
    mDocument->emitChanged(StageChangeEvent(ChangeEvent::StagesChanged, mJourney, { mStage }));
}

MoveStage::MoveStage(Document *document, const QString &journey, int from, int to, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Move Stage"), parent)
    , mDocument(document)
    , mJourney(journey)
    , mFrom(from)
    , mTo(to)
{
    const model::Journey *j = document->project().journey(journey);
    const int size = j ? int(j->stages.size()) : 0;
    setObsolete(from == to || from < 0 || to < 0 || from >= size || to >= size);
}

void MoveStage::move(int from, int to)
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return;
    auto &stages = journey->stages;
    model::Stage stage = std::move(stages[size_t(from)]);
    stages.erase(stages.begin() + from);
    stages.insert(stages.begin() + to, std::move(stage));
    mDocument->emitChanged(StageChangeEvent(ChangeEvent::StagesReordered, mJourney, { stages[size_t(to)].id }));
}

} // namespace oi::editor
