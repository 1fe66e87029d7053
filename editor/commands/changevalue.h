// SPDX-License-Identifier: GPL-3.0-or-later
// The one command that sets a field: ChangeValue<Traits, T> swaps the stored values with the model's
// on every undo/redo (Tiled's ChangeValue). A family's Traits say how to find an entity by id and
// which change event tells the views; every family's field edits share this merge rule.
#pragma once

#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace oi::editor {

/** A fresh id for one editing gesture (e.g. one typing session in one editor); never 0. */
inline quint64 newGestureId()
{
    static quint64 last = 0;
    return ++last;
}

/**
 * Sets `member` of every entity in `ids` to `value`. The constructor does not touch the model.
 * Emits the family's change event with `property` after redo and undo. Consecutive commands of the
 * same id on the same entities merge only when they belong to the same gesture (setGesture(): typing
 * in one field gives one undo step) — two separate drags or two separate edits stay two undo steps.
 * A command that changes nothing is obsolete, so pushing it leaves the stack unchanged.
 */
template<typename Traits, typename T> class ChangeValue : public QUndoCommand
{
public:
    using Entity = typename Traits::Entity;
    using Member = T Entity::*;

    ChangeValue(Document *document, const QStringList &ids, Member member, const T &value, quint32 property, int id,
        const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mDocument(document)
        , mIds(ids)
        , mMember(member)
        , mValues(ids.size(), value)
        , mProperty(property)
        , mId(id)
    {
        setObsolete(!differsFromModel());
    }

    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return mId; }
    /** Marks the command as part of gesture `gesture` (0: none, never merges). */
    void setGesture(quint64 gesture) { mGesture = gesture; }
    quint64 gesture() const { return mGesture; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeValue *>(other);
        if (mGesture == 0 || o->mGesture != mGesture || o->mDocument != mDocument || o->mIds != mIds
            || o->mMember != mMember)
            return false;
        // The model now holds `o`'s values and we keep the originals: nothing to copy.
        setObsolete(!differsFromModel());
        return true;
    }

private:
    bool differsFromModel()
    {
        for (qsizetype i = 0; i < mIds.size(); ++i) {
            const Entity *entity = Traits::find(*mDocument, mIds.at(i));
            if (entity && !(entity->*mMember == mValues[i]))
                return true;
        }
        return false;
    }

    void swap()
    {
        for (qsizetype i = 0; i < mIds.size(); ++i) {
            if (Entity *entity = Traits::find(*mDocument, mIds.at(i)))
                std::swap(entity->*mMember, mValues[i]);
        }
        Traits::notify(*mDocument, mIds, mProperty);
    }

    Document *mDocument;
    QStringList mIds;
    Member mMember;
    QList<T> mValues; // not std::vector: vector<bool> has no references
    quint32 mProperty;
    int mId;
    quint64 mGesture = 0;
};

/**
 * Declares `Name`, a ChangeValue of `Traits` for `Field` (of `Type`) that sends `Property`.
 * The constructor takes the document, the entity ids and the new value.
 */
#define OI_VALUE_COMMAND(Name, Traits, Type, Field, Property, Text)                                                    \
    class Name : public ChangeValue<Traits, Type>                                                                      \
    {                                                                                                                  \
    public:                                                                                                            \
        Name(Document *document, const QStringList &ids, const Type &value, QUndoCommand *parent = nullptr)            \
            : ChangeValue<Traits, Type>(document, ids, &Traits::Entity::Field, value, Property, Cmd_##Name,            \
                QCoreApplication::translate("UndoCommands", Text), parent)                                             \
        {                                                                                                              \
        }                                                                                                              \
    };

} // namespace oi::editor
