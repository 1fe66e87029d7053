// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeycommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::editor {

AddJourney::AddJourney(
    Document *document, const model::Journey &journey, std::optional<model::Persona> persona, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Import Journey"), parent)
    , mDocument(document)
    , mJourney(journey)
    , mPersona(std::move(persona))
{
}

void AddJourney::redo()
{
    model::Project &p = mDocument->projectForEdit();
    if (mPersona)
        p.personas.push_back(*mPersona);
    p.journeys.push_back(mJourney);
    mDocument->emitChanged(JourneyChangeEvent(ChangeEvent::JourneyAdded, mJourney.id));
}

void AddJourney::undo()
{
    model::Project &p = mDocument->projectForEdit();
    mDocument->emitChanged(JourneyChangeEvent(ChangeEvent::JourneyAboutToBeRemoved, mJourney.id));
    std::erase_if(p.journeys, [this](const model::Journey &j) { return j.id == mJourney.id; });
    if (mPersona)
        std::erase_if(p.personas, [this](const model::Persona &x) { return x.id == mPersona->id; });
    mDocument->emitChanged(JourneyChangeEvent(ChangeEvent::JourneyRemoved, mJourney.id));
}

} // namespace oi::editor
