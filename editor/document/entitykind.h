// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace oi::editor {

/** What an id names. A Node's id is "process/node"; a Stage's is "journey/stage". */
enum class EntityKind {
    Project,
    Strategy,
    Persona,
    Journey,
    Stage,
    Step,
    Role,
    Process,
    Node,
    Requirement,
    Scenario,
    Responsibility
};

/** The kind's stable word ("role"), as in drag data, problem places and `--view`. */
QString entityKindName(EntityKind kind);
/** The kind for a word from entityKindName(); false when the word names no kind. */
bool entityKindFromName(const QString &name, EntityKind *kind);

/** One entity of the project, named by kind and id (the project itself: id "project"). */
struct EntityRef
{
    EntityKind kind = EntityKind::Project;
    QString id;
    bool operator==(const EntityRef &) const = default;
    bool isValid() const { return !id.isEmpty(); }
};
using EntityRefs = QList<EntityRef>;

} // namespace oi::editor

Q_DECLARE_METATYPE(oi::editor::EntityKind)
Q_DECLARE_METATYPE(oi::editor::EntityRef)
