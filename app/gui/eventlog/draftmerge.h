// SPDX-License-Identifier: GPL-3.0-or-later
// A draft drawn from an event log, added to the open project: its roles, process and journey join
// what is there under ids of their own, in the project's time unit, so nothing already modelled moves;
// a draft role named like one of the project's (case and spaces aside) is that role.
#pragma once

#include "model/project.h"

namespace oi::app {

struct MergedDraft
{
    model::Project project; // the open project with the draft added
    QString process; // the draft process's id in it
    QString journey; // the draft journey's id in it
    QStringList reusedRoles; // ids of the open project's roles the draft's roles were named like, sorted
};

/**
 * `open` with `draft` (one process, its roles, one journey, as draftFromLog() makes it) added. The
 * draft journey is always a journey of its own, with steps of their own: its steps are what the log
 * shows, which the consultant compares with the mapped journey rather than overwrites it.
 */
MergedDraft mergeDraft(const model::Project &open, model::Project draft);

/** The id of `project`'s role named like `name` (case and spaces aside), or an empty string. */
QString roleNamedLike(const model::Project &project, const QString &name);

} // namespace oi::app
