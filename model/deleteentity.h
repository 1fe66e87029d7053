// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a strategy, persona, journey, role, process, requirement or scenario: what still refers
// to it (so the studio can refuse with a sentence), and deleting it with every reference unlinked.
#pragma once

#include "model/project.h"
#include "model/renameid.h"

#include <QStringList>

namespace oi::model {

/** What refers to the entity, one "kind name" label per referring entity ("step Calls the hotline"). */
struct References
{
    int count = 0; // references, as renameId counts them
    QStringList referrers;
};

References referencesTo(const Project &project, IdKind kind, const QString &id);

/**
 * Removes the entity. With `unlink` every reference to it goes too (list entries removed, single
 * links cleared, scenario overrides of it dropped); without, a referenced entity is refused.
 * Returns false with `error` set when there is no such entity or it is still referenced.
 */
bool deleteEntity(Project &project, IdKind kind, const QString &id, bool unlink, QString *error);

} // namespace oi::model
