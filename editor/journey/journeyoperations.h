// SPDX-License-Identifier: GPL-3.0-or-later
// Journey edits made of several commands, each pushed as one undo macro (Tiled's MapDocument
// methods). Views call these; they never change the model themselves.
#pragma once

#include "editor/document/entitykind.h"

#include "model/project.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace oi::editor {

class Document;

class JourneyOperations
{
    Q_DECLARE_TR_FUNCTIONS(JourneyOperations)
public:
    /**
     * Adds a journey named `name` for the project's first persona (if any) with one stage named
     * `stageName`, in one undo step; returns its new id.
     */
    static QString addJourney(Document *document, const QString &name, const QString &stageName);
    /** Removes the journey with all its stages and steps in one undo step. */
    static void removeJourney(Document *document, const QString &journey);
    /** Adds a stage named `name` at `index` (-1: at the end); returns its new id. */
    static QString addStage(Document *document, const QString &journey, const QString &name, int index = -1);
    /** Removes the stages and all their steps in one undo step. */
    static void removeStages(Document *document, const QString &journey, const QStringList &stages);
    /** Adds a step titled `title` as the `position`-th of `stage` (-1: last); returns its id. */
    static QString addStep(
        Document *document, const QString &journey, const QString &stage, int position, const QString &title);
    /** Copies each step right after itself, with fresh ids; returns the new ids. */
    static QStringList duplicateSteps(Document *document, const QString &journey, const QStringList &steps);
    static void deleteSteps(Document *document, const QString &journey, const QStringList &steps);
    /**
     * Inserts copies of `steps` into `stage` of `journey` at `position` (-1: at the end), with ids
     * made unique in the project. Links to roles/processes/requirements that do not exist in this
     * project are dropped, so pasting between projects never leaves dangling ids.
     */
    static QStringList pasteSteps(Document *document, const QString &journey, std::vector<model::Step> steps,
        const QString &stage, int position = -1, const QString &undoText = {});
    /**
     * Links the steps to a role (front- or back-stage lane by the role's office), process or
     * requirement; `link == false` unlinks. Returns false (and pushes nothing) for other kinds.
     */
    /**
     * Adds a journey read from the JSON export form (docs/journey-json.md) in one undo step.
     * Colliding journey and step ids get a suffix; an embedded persona the project lacks is
     * added. Returns the new journey's id, or empty with `error` naming the place.
     */
    static QString importJourneyJson(Document *document, const QByteArray &json, QString *error);
    static bool setLinked(
        Document *document, const QStringList &steps, EntityKind kind, const QString &entity, bool link);
};

} // namespace oi::editor
