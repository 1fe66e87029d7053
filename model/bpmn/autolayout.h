// SPDX-License-Identifier: GPL-3.0-or-later
// A process diagram made from the flows alone, for imported or hand-written processes that have no
// shapes: layered left to right (a node's column is its longest path from a start), one swimlane
// per role (each task in its role's lane; gateways and events in their `lane` or a neighbour's),
// nodes of one column and lane stacked in rows, so no two shapes overlap. QtCore only: the studio's
// editor, the CLI's BPMN export and the importer share it.
#pragma once

#include "model/project.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace oi::model::bpmn {

/** The BPMN sizes: tasks 100 × 80, events 36 × 36, gateways 50 × 50. */
Bounds defaultSize(NodeType type);

/** The roles drawn as lanes, top to bottom: the process's lanes, then roles of tasks that have none. */
QStringList drawnLanes(const Process &process);

/**
 * The lane (role id) each node is drawn in: a task its role's; another node its `lane`, else the
 * lane of its nearest neighbour along the flows (predecessors first), else the first lane. Empty
 * when the process has no lanes at all.
 */
QHash<QString, QString> nodeLanes(const Process &process);

/** True if every node has bounds. */
bool hasShapes(const Process &process);

/** How bad a laid-out process looks when drawn (0: clean): the studio counts crossings and flows through shapes. */
using LayoutScore = std::function<double(const Process &)>;

/**
 * Lays the whole process out: every node gets bounds, lanes missing for a task's role are added,
 * every lane gets the size that fits its rows, waypoints and label positions are cleared (flows
 * are routed from the shapes). Deterministic: the same process gives the same layout. With `score`,
 * rows within a lane are then rearranged while that lowers the score (processes up to 80 nodes).
 */
void layOut(Process &process, const LayoutScore &score = {});

/**
 * Gives shapes to the nodes that have none: all of them by layOut() when no node has a shape;
 * otherwise the missing ones are laid out on their own, below the shapes there are. Returns the
 * number of nodes placed.
 */
int placeMissingShapes(Process &process);

} // namespace oi::model::bpmn
