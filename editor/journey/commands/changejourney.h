// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that set a journey's own fields (name, persona, description): ChangeValue, like every
// other field edit, so they merge by the same rule (within one gesture only).
#pragma once

#include "editor/commands/changevalue.h"
#include "editor/commands/commandids.h"
#include "editor/commands/entitytraits.h"

#include <QCoreApplication>

namespace oi::editor {

#define OI_JOURNEY_COMMAND(Name, Field, Prop, Text)                                                                    \
    class Name : public ChangeValue<JourneyTraits, QString>                                                            \
    {                                                                                                                  \
    public:                                                                                                            \
        Name(Document *document, const QString &journey, const QString &value, QUndoCommand *parent = nullptr)         \
            : ChangeValue<JourneyTraits, QString>(document, { journey }, &model::Journey::Field, value,                \
                JourneyChangeEvent::Prop, Cmd_##Name, QCoreApplication::translate("UndoCommands", Text), parent)       \
        {                                                                                                              \
        }                                                                                                              \
    };

OI_JOURNEY_COMMAND(SetJourneyName, name, NameProperty, QT_TRANSLATE_NOOP("UndoCommands", "Rename Journey"))
OI_JOURNEY_COMMAND(
    SetJourneyPersona, persona, PersonaProperty, QT_TRANSLATE_NOOP("UndoCommands", "Change Journey Persona"))
OI_JOURNEY_COMMAND(SetJourneyDescription, description, DescriptionProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Journey Description"))

#undef OI_JOURNEY_COMMAND

} // namespace oi::editor
