// SPDX-License-Identifier: GPL-3.0-or-later
// The families a traceability matrix has on its rows and columns, and what one item of each is
// called, selects and lights up: the one place that turns the model's ids into names.
#pragma once

#include "editor/document/entitykind.h"
#include "model/traceability.h"

namespace oi::editor {

enum class TraceAxis { Strategy, Role, Process, Step, Requirement, Node, Need };

/** One row or column of a matrix, or one orphan. */
struct TraceItem
{
    QString id; // as the model names it: "process/node" for a node
    QString name; // what the view shows: a name or title, never the id; long texts shortened
    QString fullName; // the whole name or text, which the filter searches
    QString toolTip; // the full name and the id
    // What selecting it selects. A need is no entity of its own: its persona is selected.
    EntityRef ref;
    // The model::chainOf() kind and id of its chain; a node lights up its process's chain.
    QString chainKind;
    QString chainId;
};

/** The item of `axis` with `id`; an unknown id is shown as itself. */
TraceItem traceItem(const model::Project &project, TraceAxis axis, const QString &id);

/** Whether the item of `axis` with `id` is on `chain` (a node: when its process is). */
bool onChain(const model::Chain &chain, TraceAxis axis, const QString &id);

/** `text` cut at a word to about `length` characters and ended with "…", for headers. */
QString shortened(const QString &text, int length = 40);

} // namespace oi::editor
