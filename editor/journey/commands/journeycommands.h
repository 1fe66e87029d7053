// SPDX-License-Identifier: GPL-3.0-or-later
// Adding and removing whole journeys (import, and its undo).
#pragma once

#include "editor/document/document.h"

#include <QUndoCommand>

#include <optional>

namespace oi::editor {

/**
 * Adds `journey` at the end of the project (and `persona`, when given, to the personas), or
 * removes them again on undo. Ids must already be unique. Emits JourneyAdded / JourneyAboutToBeRemoved
 * + JourneyRemoved.
 */
class AddJourney : public QUndoCommand
{
public:
    AddJourney(Document *document, const model::Journey &journey, std::optional<model::Persona> persona = std::nullopt,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *mDocument;
    model::Journey mJourney;
    std::optional<model::Persona> mPersona;
};

/** Removes a journey with its stages and steps; undo puts it back at its old place. */
class RemoveJourney : public QUndoCommand
{
public:
    RemoveJourney(Document *document, const QString &journeyId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *mDocument;
    model::Journey mJourney;
    qsizetype mIndex = -1;
};

} // namespace oi::editor
