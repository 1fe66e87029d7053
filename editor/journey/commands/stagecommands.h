// SPDX-License-Identifier: GPL-3.0-or-later
// Structural commands on a journey's stages (columns).
#pragma once

#include "editor/commands/commandids.h"
#include "editor/document/document.h"

#include <QUndoCommand>

#include <optional>

namespace oi::editor {

/**
 * Adds or removes one stage. Only the stage itself: removing a stage with steps is done by
 * `JourneyOperations::removeStages`, which first removes the steps in the same macro. While the
 * stage is detached the command holds it.
 */
class AddRemoveStage : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    AddRemoveStage(Document *document, const QString &journey, const model::Stage &stage, int index, bool add,
        const QString &text, QUndoCommand *parent);

private:
    void addStage();
    void removeStage();

    Document *mDocument;
    QString mJourney;
    model::Stage mStage;
    int mIndex;
    bool mAdd;
};

/** Inserts `stage` at `index` (clamped; -1 appends). */
class AddStage : public AddRemoveStage
{
public:
    AddStage(Document *document, const QString &journey, const model::Stage &stage, int index = -1,
        QUndoCommand *parent = nullptr);
};

/** Removes the stage `stageId` of `journey`; obsolete if there is no such stage. */
class RemoveStage : public AddRemoveStage
{
public:
    RemoveStage(Document *document, const QString &journey, const QString &stageId, QUndoCommand *parent = nullptr);
};

/** Renames a stage; consecutive renames of the same stage merge. */
class RenameStage : public QUndoCommand
{
public:
    RenameStage(Document *document, const QString &journey, const QString &stageId, const QString &name,
        QUndoCommand *parent = nullptr);
    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return Cmd_RenameStage; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    model::Stage *stage();
    void swap();

    Document *mDocument;
    QString mJourney;
    QString mStage;
    QString mName;
};

/** Moves the stage at index `from` to index `to` (the steps follow their stage). */
class MoveStage : public QUndoCommand
{
public:
    MoveStage(Document *document, const QString &journey, int from, int to, QUndoCommand *parent = nullptr);
    void undo() override { move(mTo, mFrom); }
    void redo() override { move(mFrom, mTo); }

private:
    void move(int from, int to);

    Document *mDocument;
    QString mJourney;
    int mFrom;
    int mTo;
};

} // namespace oi::editor
