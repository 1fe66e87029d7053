// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/changeevents.h"
#include "model/problem.h"
#include "model/project.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace oi::editor {

class Selection;

/**
 * An open project: owns the model, its undo stack, file name and modified state.
 * Views read `project()`; only undo commands change it, and each command tells the views what it
 * changed through `changed` (typed events with property masks), so views update incrementally.
 * `modifiedChanged` follows the undo stack's clean state. The selection is shared by all views.
 */
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<model::Project> project, const QString &fileName = {}, QObject *parent = nullptr);
    ~Document() override;

    /** Loads a file; null on failure with `problems` saying why (never throws). */
    static std::unique_ptr<Document> load(const QString &fileName, model::Problems *problems);

    /** Saves atomically to `fileName` (format by extension); on success the stack becomes clean. */
    bool save(const QString &fileName, QString *error);

    const model::Project &project() const { return *mProject; }
    /** For undo commands only: views never write the model. */
    model::Project &projectForEdit() { return *mProject; }

    QUndoStack *undoStack() const { return mUndoStack; }
    Selection *selection() const { return mSelection; }
    QString fileName() const { return mFileName; }
    /** The name to show in titles: the file's base name, or the project name when unsaved. */
    QString displayName() const;
    bool isModified() const;

    /** For undo commands: tell every view what just changed (after the model change). */
    void emitChanged(const ChangeEvent &event)
    {
        ++mRevision;
        emit changed(event);
    }
    /** Counts model changes (every event); a result computed at one revision is stale at another. */
    quint64 revision() const { return mRevision; }

    /** Mutable lookups for undo commands; null when the id is unknown. */
    model::Journey *journeyForEdit(const QString &journeyId);
    model::Step *stepForEdit(const QString &stepId, model::Journey **journey = nullptr);
    /** An id not yet used by any step of the project, derived from `base` ("pay" -> "pay-2"). */
    QString uniqueStepId(const QString &base, const QSet<QString> &reserved = {}) const;
    /** An id not yet used by a stage of `journey`. */
    QString uniqueStageId(const model::Journey &journey, const QString &base) const;
    /** An id not yet used by a journey of the project. */
    QString uniqueJourneyId(const QString &base) const;

signals:
    /** After every model change made through an undo command (and on reload). */
    void changed(const oi::editor::ChangeEvent &event);
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    std::unique_ptr<model::Project> mProject;
    QUndoStack *mUndoStack;
    Selection *mSelection;
    quint64 mRevision = 0;
    QString mFileName;
};

} // namespace oi::editor
