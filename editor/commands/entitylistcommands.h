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

} // namespace oi::editor
