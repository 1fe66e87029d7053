// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"

#include <QObject>

namespace oi::editor {

/**
 * What the user has selected in a document, shared by every view of it: the project tree, each
 * editor and the properties panel select through here and follow it, so a role selected on the
 * journey map is selected in the tree and in the role editor too.
 */
class Selection : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    const EntityRefs &entities() const { return mEntities; }
    /** The first selected entity, or an invalid ref when nothing is selected. */
    EntityRef current() const;
    bool contains(const EntityRef &ref) const { return mEntities.contains(ref); }
    /** Ids of the selected entities of `kind`, in selection order. */
    QStringList ids(EntityKind kind) const;

    /** Replaces the selection; emits `changed` only when it differs. */
    void set(const EntityRefs &entities);
    void select(EntityKind kind, const QString &id) { set({ EntityRef { kind, id } }); }
    void clear() { set({}); }

signals:
    void changed();

private:
    EntityRefs mEntities;
};

} // namespace oi::editor
