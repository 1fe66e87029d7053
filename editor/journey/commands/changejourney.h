// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that set a journey's own fields (name, persona, description).
#pragma once

#include "editor/commands/commandids.h"
#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace oi::editor {

/** Sets one QString field of a journey; merges consecutive edits; obsolete when a no-op. */
class ChangeJourneyValue : public QUndoCommand
{
public:
    using Member = QString model::Journey::*;

    ChangeJourneyValue(Document *document, const QString &journey, Member member, const QString &value,
        JourneyChangeEvent::Property property, CommandId id, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return mId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool differsFromModel();
    void swap();

    Document *mDocument;
    QString mJourney;
    Member mMember;
    QString mValue;
    JourneyChangeEvent::Property mProperty;
    CommandId mId;
};

class SetJourneyName : public ChangeJourneyValue
{
public:
    SetJourneyName(Document *document, const QString &journey, const QString &value)
        : ChangeJourneyValue(document, journey, &model::Journey::name, value, JourneyChangeEvent::NameProperty,
            Cmd_SetJourneyName, QCoreApplication::translate("UndoCommands", "Rename Journey"))
    {
    }
};

class SetJourneyPersona : public ChangeJourneyValue
{
public:
    SetJourneyPersona(Document *document, const QString &journey, const QString &value)
        : ChangeJourneyValue(document, journey, &model::Journey::persona, value, JourneyChangeEvent::PersonaProperty,
            Cmd_SetJourneyPersona, QCoreApplication::translate("UndoCommands", "Change Journey Persona"))
    {
    }
};

class SetJourneyDescription : public ChangeJourneyValue
{
public:
    SetJourneyDescription(Document *document, const QString &journey, const QString &value)
        : ChangeJourneyValue(document, journey, &model::Journey::description, value,
            JourneyChangeEvent::DescriptionProperty, Cmd_SetJourneyDescription,
            QCoreApplication::translate("UndoCommands", "Change Journey Description"))
    {
    }
};

} // namespace oi::editor
