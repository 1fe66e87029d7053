// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/stepcommands.h"

#include "editor/commands/undotext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace oi::editor {

int stepInsertionIndex(const model::Journey &journey, const QString &stage, int position)
{
    int seen = 0;
    int afterLast = -1;
    for (size_t i = 0; i < journey.steps.size(); ++i) {
        if (journey.steps[i].stage != stage)
            continue;
        if (seen == position)
            return int(i);
        ++seen;
        afterLast = int(i) + 1;
    }
    if (afterLast >= 0)
        return afterLast;
    // An empty stage: after the steps of the stages before it.
    int index = 0;
    for (const model::Stage &s : journey.stages) {
        if (s.id == stage)
            break;
        for (size_t i = 0; i < journey.steps.size(); ++i) {
            if (journey.steps[i].stage == s.id)
                index = std::max(index, int(i) + 1);
        }
    }
    return index;
}

AddRemoveSteps::AddRemoveSteps(Document *document, const QString &journey, std::vector<PlacedStep> steps, bool add,
    const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mJourney(journey)
    , mSteps(std::move(steps))
    , mAdd(add)
{
    std::sort(mSteps.begin(), mSteps.end(), [](const PlacedStep &a, const PlacedStep &b) { return a.index < b.index; });
    setObsolete(mSteps.empty());
}

void AddRemoveSteps::undo()
{
    mAdd ? removeSteps() : addSteps();
}
void AddRemoveSteps::redo()
{
    mAdd ? addSteps() : removeSteps();
}

QStringList AddRemoveSteps::ids() const
{
    QStringList result;
    for (const PlacedStep &p : mSteps)
        result.append(p.step.id);
    return result;
}

void AddRemoveSteps::addSteps()
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return;
    for (const PlacedStep &p : mSteps) {
        const int index = std::clamp(p.index, 0, int(journey->steps.size()));
        journey->steps.insert(journey->steps.begin() + index, p.step);
    }
    mDocument->emitChanged(StepChangeEvent(ChangeEvent::StepsAdded, mJourney, ids()));
}

void AddRemoveSteps::removeSteps()
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return;
    const QStringList removed = ids();
    mDocument->emitChanged(StepChangeEvent(ChangeEvent::StepsAboutToBeRemoved, mJourney, removed));
    for (auto p = mSteps.rbegin(); p != mSteps.rend(); ++p) {
        auto it = std::find_if(
            journey->steps.begin(), journey->steps.end(), [&](const model::Step &s) { return s.id == p->step.id; });
        if (it == journey->steps.end())
            continue;
        p->index = int(it - journey->steps.begin());
        p->step = std::move(*it);
        journey->steps.erase(it);
    }
    mDocument->emitChanged(StepChangeEvent(ChangeEvent::StepsRemoved, mJourney, removed));
}

AddSteps::AddSteps(Document *document, const QString &journey, std::vector<PlacedStep> steps, QUndoCommand *parent)
    : AddRemoveSteps(document, journey, steps, true,
        countedText("UndoCommands", QT_TRANSLATE_NOOP("UndoCommands", "Add Step"),
            QT_TRANSLATE_N_NOOP("UndoCommands", "Add %n Steps"), steps.size()),
        parent)
{
}

namespace {
std::vector<PlacedStep> placedSteps(const Document *document, const QString &journey, const QStringList &ids)
{
    std::vector<PlacedStep> result;
    if (const model::Journey *j = document->project().journey(journey)) {
        for (size_t i = 0; i < j->steps.size(); ++i) {
            if (ids.contains(j->steps[i].id))
                result.push_back({ j->steps[i], int(i) });
        }
    }
    return result;
}
} // namespace

RemoveSteps::RemoveSteps(Document *document, const QString &journey, const QStringList &stepIds, QUndoCommand *parent)
    : AddRemoveSteps(document, journey, placedSteps(document, journey, stepIds), false,
        countedText("UndoCommands", QT_TRANSLATE_NOOP("UndoCommands", "Delete Step"),
            QT_TRANSLATE_N_NOOP("UndoCommands", "Delete %n Steps"), placedSteps(document, journey, stepIds).size()),
        parent)
{
}

MoveSteps::MoveSteps(Document *document, const QString &journey, const QStringList &stepIds, const QString &stage,
    int position, QUndoCommand *parent)
    : QUndoCommand(countedText("UndoCommands", QT_TRANSLATE_NOOP("UndoCommands", "Move Step"),
                       QT_TRANSLATE_N_NOOP("UndoCommands", "Move %n Steps"), stepIds.size()),
        parent)
    , mDocument(document)
    , mJourney(journey)
    , mMoved(stepIds)
{
    const model::Journey *j = document->project().journey(journey);
    if (!j) {
        setObsolete(true);
        return;
    }
    // A step or stage this journey does not have is refused, never guessed at.
    const bool stageExists
        = std::any_of(j->stages.begin(), j->stages.end(), [&stage](const model::Stage &s) { return s.id == stage; });
    const bool stepsExist = std::all_of(stepIds.begin(), stepIds.end(), [j](const QString &id) {
        return std::any_of(j->steps.begin(), j->steps.end(), [&id](const model::Step &s) { return s.id == id; });
    });
    if (!stageExists || !stepsExist || stepIds.isEmpty()) {
        setObsolete(true);
        return;
    }
    model::Journey rest = *j;
    std::vector<model::Step> moved;
    QSet<QString> seen;
    for (const model::Step &s : j->steps) {
        // Reordering by id needs unique ids; a file with duplicates (the validator reports them)
        // is left alone rather than losing a step.
        if (seen.contains(s.id)) {
            setObsolete(true);
            return;
        }
        seen.insert(s.id);
        mOldOrder.emplace_back(s.id, s.stage);
        if (stepIds.contains(s.id))
            moved.push_back(s);
    }
    std::erase_if(rest.steps, [&](const model::Step &s) { return stepIds.contains(s.id); });
    const int at = stepInsertionIndex(rest, stage, position);
    for (size_t i = 0; i < moved.size(); ++i) {
        moved[i].stage = stage;
        rest.steps.insert(rest.steps.begin() + at + int(i), moved[i]);
    }
    for (const model::Step &s : rest.steps)
        mNewOrder.emplace_back(s.id, s.stage);
    setObsolete(moved.empty() || mNewOrder == mOldOrder);
}

void MoveSteps::apply(const Order &order)
{
    model::Journey *journey = mDocument->journeyForEdit(mJourney);
    if (!journey)
        return;
    QHash<QString, size_t> at;
    for (size_t i = 0; i < journey->steps.size(); ++i)
        at.insert(journey->steps[i].id, i);
    // The journey must hold exactly the steps of `order`; anything else would lose or double a step.
    if (order.size() != journey->steps.size()
        || !std::all_of(order.begin(), order.end(), [&at](const auto &entry) { return at.contains(entry.first); }))
        return;
    std::vector<model::Step> steps;
    steps.reserve(order.size());
    for (const auto &[id, stage] : order) {
        steps.push_back(std::move(journey->steps[at.value(id)]));
        steps.back().stage = stage;
    }
    journey->steps = std::move(steps);
    mDocument->emitChanged(StepChangeEvent(ChangeEvent::StepsMoved, mJourney, mMoved));
}

} // namespace oi::editor
