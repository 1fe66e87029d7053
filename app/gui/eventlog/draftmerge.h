// SPDX-License-Identifier: GPL-3.0-or-later
// A draft drawn from an event log, added to the open project: its roles, process and journey join
// what is there under ids of their own, in the project's time unit, so nothing already modelled moves.
#pragma once

#include "model/project.h"

namespace oi::app {

struct MergedDraft
{
    model::Project project; // the open project with the draft added
    QString process; // the draft process's id in it
    QString journey; // the draft journey's id in it
};

/** `open` with `draft` (one process, its roles, one journey, as draftFromLog() makes it) added. */
MergedDraft mergeDraft(const model::Project &open, model::Project draft);

} // namespace oi::app
