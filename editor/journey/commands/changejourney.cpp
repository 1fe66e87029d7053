// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/changejourney.h"

namespace oi::editor {

ChangeJourneyValue::ChangeJourneyValue(Document *document, const QString &journey, Member member, const QString &value,
    JourneyChangeEvent::Property property, CommandId id, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mJourney(journey)
    , mMember(member)
    , mValue(value)
    , mProperty(property)
    , mId(id)
{
    setObsolete(!differsFromModel());
}

bool ChangeJourneyValue::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeJourneyValue *>(other);
    if (o->mDocument != mDocument || o->mJourney != mJourney || o->mMember != mMember)
        return false;
    setObsolete(!differsFromModel());
    return true;
}

bool ChangeJourneyValue::differsFromModel()
{
    const model::Journey *journey = mDocument->journeyForEdit(mJourney);
    return journey && journey->*mMember != mValue;
}

void ChangeJourneyValue::swap()
{
    if (model::Journey *journey = mDocument->journeyForEdit(mJourney))
        std::swap(journey->*mMember, mValue);
    mDocument->emitChanged(JourneyChangeEvent(mJourney, mProperty));
}

} // namespace oi::editor
