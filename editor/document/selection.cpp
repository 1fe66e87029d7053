// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/selection.h"

namespace oi::editor {

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

EntityRef Selection::current() const
{
    return mEntities.isEmpty() ? EntityRef {} : mEntities.first();
}

QStringList Selection::ids(EntityKind kind) const
{
    QStringList result;
    for (const EntityRef &ref : mEntities)
        if (ref.kind == kind)
            result.append(ref.id);
    return result;
}

void Selection::set(const EntityRefs &entities)
{
    if (entities == mEntities)
        return;
    mEntities = entities;
    emit changed();
}

} // namespace oi::editor
