// SPDX-License-Identifier: GPL-3.0-or-later
// Adding and removing whole strategies, personas, roles, processes, requirements and scenarios.
// The views hear EntitiesAdded, or EntitiesAboutToBeRemoved then EntitiesRemoved.
#pragma once

#include "editor/commands/entitytraits.h"

#include <QUndoCommand>

namespace oi::editor {

/** Puts `entity` at `index` (or the end) on redo and takes it out on undo; AddEntity and RemoveEntity. */
template<typename Traits> class EntityListCommand : public QUndoCommand
{
public:
    using Entity = typename Traits::Entity;

protected:
    EntityListCommand(Document *document, const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , mDocument(document)
    {
    }

    void insert()
    {
        auto &list = Traits::list(*mDocument);
        const qsizetype at = mIndex < 0 || mIndex > qsizetype(list.size()) ? qsizetype(list.size()) : mIndex;
        list.insert(list.begin() + at, mEntity);
        mIndex = at;
        mDocument->emitChanged(EntityChangeEvent(ChangeEvent::EntitiesAdded, Traits::kind, { mEntity.id }));
    }

    void take()
    {
        auto &list = Traits::list(*mDocument);
        const auto it = std::find_if(list.begin(), list.end(), [this](const Entity &e) { return e.id == mEntity.id; });
        if (it == list.end())
            return;
        mDocument->emitChanged(EntityChangeEvent(ChangeEvent::EntitiesAboutToBeRemoved, Traits::kind, { mEntity.id }));
        mIndex = it - list.begin();
        mEntity = std::move(*it);
        list.erase(it);
        mDocument->emitChanged(EntityChangeEvent(ChangeEvent::EntitiesRemoved, Traits::kind, { mEntity.id }));
    }

    Document *mDocument;
    Entity mEntity;
    qsizetype mIndex = -1;
};

template<typename Traits> class AddEntity : public EntityListCommand<Traits>
{
public:
    /** Adds `entity` at `index` (-1: at the end); its id must be unused. */
    AddEntity(Document *document, const typename Traits::Entity &entity, qsizetype index, const QString &text,
        QUndoCommand *parent = nullptr)
        : EntityListCommand<Traits>(document, text, parent)
    {
        this->mEntity = entity;
        this->mIndex = index;
    }
    void redo() override { this->insert(); }
    void undo() override { this->take(); }
};

template<typename Traits> class RemoveEntity : public EntityListCommand<Traits>
{
public:
    /** Removes the entity `id`; undo puts it back where it was. Obsolete when there is no such entity. */
    RemoveEntity(Document *document, const QString &id, const QString &text, QUndoCommand *parent = nullptr)
        : EntityListCommand<Traits>(document, text, parent)
    {
        this->mEntity.id = id;
        this->setObsolete(!Traits::find(*document, id));
    }
    void redo() override { this->take(); }
    void undo() override { this->insert(); }
};

/** Moves an entity to `index` in its list (a strategy up the order, say); undo moves it back. */
template<typename Traits> class MoveEntity : public QUndoCommand
{
public:
    MoveEntity(
        Document *document, const QString &id, qsizetype index, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mDocument(document)
        , mId(id)
        , mTo(index)
    {
        auto &list = Traits::list(*document);
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto &e) { return e.id == id; });
        mFrom = it == list.end() ? -1 : it - list.begin();
        this->setObsolete(mFrom < 0 || mTo < 0 || mTo >= qsizetype(list.size()) || mTo == mFrom);
    }
    void redo() override { move(mFrom, mTo); }
    void undo() override { move(mTo, mFrom); }

private:
    void move(qsizetype from, qsizetype to)
    {
        auto &list = Traits::list(*mDocument);
        if (from < 0 || from >= qsizetype(list.size()) || to < 0 || to >= qsizetype(list.size()))
            return;
        auto entity = std::move(list[std::size_t(from)]);
        list.erase(list.begin() + from);
        list.insert(list.begin() + to, std::move(entity));
        mDocument->emitChanged(EntityChangeEvent(ChangeEvent::EntitiesReordered, Traits::kind, { mId }));
    }

    Document *mDocument;
    QString mId;
    qsizetype mFrom = -1;
    qsizetype mTo = -1;
};

} // namespace oi::editor
