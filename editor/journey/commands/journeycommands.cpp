// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/journeycommands.h"

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

RemoveJourney::RemoveJourney(Document *document, const QString &journeyId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Delete Journey"), parent)
    , mDocument(document)
{
    const auto &journeys = document->project().journeys;
    const auto it = std::find_if(
        journeys.begin(), journeys.end(), [&journeyId](const model::Journey &j) { return j.id == journeyId; });
    if (it == journeys.end()) {
        setObsolete(true);
        return;
    }
    mJourney = *it;
    mIndex = it - journeys.begin();
}

void RemoveJourney::redo()
{
    if (mIndex < 0)
        return;
    model::Project &p = mDocument->projectForEdit();
    mDocument->emitChanged(JourneyChangeEvent(ChangeEvent::JourneyAboutToBeRemoved, mJourney.id));
    std::erase_if(p.journeys, [this](const model::Journey &j) { return j.id == mJourney.id; });
    mDocument->emitChanged(JourneyChangeEvent(ChangeEvent::JourneyRemoved, mJourney.id));
}

void RemoveJourney::undo()
{
    if (mIndex < 0)
        return;
    model::Project &p = mDocument->projectForEdit();
    const qsizetype at = std::min<qsizetype>(mIndex, qsizetype(p.journeys.size()));
    p.journeys.insert(p.journeys.begin() + at, mJourney);
    mDocument->emitChanged(JourneyChangeEvent(ChangeEvent::JourneyAdded, mJourney.id));
}

} // namespace oi::editor
