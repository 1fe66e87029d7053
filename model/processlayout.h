// SPDX-License-Identifier: GPL-3.0-or-later
// An automatic layout for a process diagram: left to right in layers, every node in its swimlane.
// For processes that have no diagram yet (files from before model v2, BPMN without DI) and for
// the editor's "Lay Out" command.
#pragma once

#include "model/project.h"

namespace oi::model {

/** The shape size of a node type (BPMN conventions: tasks 120×70, events 36×36, gateways 50×50). */
Bounds defaultShape(NodeType type);

/**
 * Gives every node of `process` bounds and every lane a size: nodes go in layers by their longest
 * path from a start (loops back do not push nodes on), tasks in their role's lane, events and
 * gateways in the lane they name or their neighbours'. Roles with tasks but no lane get one, after
 * the others. No two shapes overlap, and each lies inside its lane.
 */
void layOutProcess(Process &process);

/** The lane a node sits in after layOutProcess (its index in `process.lanes`), or -1. */
int laneOf(const Process &process, const Node &node);

} // namespace oi::model
