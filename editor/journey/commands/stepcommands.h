// SPDX-License-Identifier: GPL-3.0-or-later
// Structural commands on a journey's steps: add/remove (paste, duplicate, delete) and move.
#pragma once

#include "editor/document/document.h"

#include <QUndoCommand>

#include <vector>

namespace oi::editor {

/**
 * Index into `journey.steps` at which a step becomes the `position`-th step of `stage`
 * (position < 0 or past the end: after the stage's last step). Keeps steps grouped by stage,
 * in stage order, when the journey already is.
 */
int stepInsertionIndex(const model::Journey &journey, const QString &stage, int position);

/** A step and its index in `Journey::steps`. */
struct PlacedStep
{
    model::Step step;
    int index = 0;
    bool operator==(const PlacedStep &) const = default;
};

/**
 * Adds or removes steps of one journey. The entries are kept sorted by index: adding inserts in
 * ascending order (so indices are final positions), removing erases in descending order. Detached
 * steps live in the command. Emits StepsAdded, or StepsAboutToBeRemoved then StepsRemoved.
 */
class AddRemoveSteps : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    AddRemoveSteps(Document *document, const QString &journey, std::vector<PlacedStep> steps, bool add,
        const QString &text, QUndoCommand *parent);

private:
    void addSteps();
    void removeSteps();
    QStringList ids() const;

    Document *mDocument;
    QString mJourney;
    std::vector<PlacedStep> mSteps;
    bool mAdd;
};

/** Inserts the given steps (ids must already be unique in the project) at their indices. */
class AddSteps : public AddRemoveSteps
{
public:
    AddSteps(Document *document, const QString &journey, std::vector<PlacedStep> steps, QUndoCommand *parent = nullptr);
};

/** Removes the steps with these ids from `journey` (unknown ids are ignored). */
class RemoveSteps : public AddRemoveSteps
{
public:
    RemoveSteps(Document *document, const QString &journey, const QStringList &stepIds, QUndoCommand *parent = nullptr);
};

/**
 * Moves steps (within a journey) to `stage` so that they become its steps number `position`,
 * `position + 1`, ... counted among the stage's remaining steps (-1: at the end). They keep their
 * relative order. Obsolete when nothing would move. Emits StepsMoved.
 */
class MoveSteps : public QUndoCommand
{
public:
    MoveSteps(Document *document, const QString &journey, const QStringList &stepIds, const QString &stage,
        int position, QUndoCommand *parent = nullptr);
    void undo() override { apply(mOldOrder); }
    void redo() override { apply(mNewOrder); }

private:
    using Order = std::vector<std::pair<QString, QString>>; // (step id, stage id)
    void apply(const Order &order);

    Document *mDocument;
    QString mJourney;
    QStringList mMoved;
    Order mOldOrder;
    Order mNewOrder;
};

} // namespace oi::editor
