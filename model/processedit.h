// SPDX-License-Identifier: GPL-3.0-or-later
// The process diagram's structural edits, on the model alone so the editor's commands stay thin and
// tests need no GUI: fresh ids, connecting and reconnecting flows, deleting nodes with everything
// that refers to them, aligning and distributing shapes, and lanes that grow to hold their nodes.
#pragma once

#include "model/project.h"

#include <QStringList>

namespace oi::model {

/** An id not used by a node of `process`: `stem`, else `stem-2`, `stem-3`... */
QString unusedNodeId(const Process &process, const QString &stem);
/** An id not used by a flow of `process`, made of the ends ("from-to", "from-to-2"...). */
QString unusedFlowId(const Process &process, const QString &from, const QString &to);

/**
 * Adds a flow from → to. A branch out of an exclusive gateway gets what is left of probability 1
 * (nothing when its siblings already sum to 1: the properties page offers to normalise). Returns
 * the new flow's id, or empty with `error` set (unknown node, a flow into a start or out of an end,
 * a loop on one node, a duplicate).
 */
QString connectNodes(Process &process, const QString &from, const QString &to, QString *error);

/** Which end of a flow moves in reconnectFlow(). */
enum class FlowEnd { Source, Target };

/** Moves one end of a flow to another node; its drawn route is cleared. False with `error` set. */
bool reconnectFlow(Process &process, const QString &flow, FlowEnd end, const QString &node, QString *error);

/**
 * Removes nodes of `process` and the flows that touch them, and unlinks every reference to them
 * elsewhere in the project (journey steps, requirements, goals' measures, scenario overrides).
 * Returns the number of nodes removed.
 */
int deleteNodes(Project &project, const QString &process, const QStringList &nodes);

/** Removes flows of `process` by id; returns how many. */
int deleteFlows(Process &process, const QStringList &flows);

enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

/**
 * Aligns the shapes of `nodes` (all with bounds) on the first one's edge or centre, as drawing tools
 * do with the selection's key shape. Routes of their flows are cleared. Returns the number moved.
 */
int alignNodes(Process &process, const QStringList &nodes, Alignment alignment);

/**
 * Spreads three or more shapes evenly between the outermost two, left to right (horizontal) or
 * top to bottom, with equal gaps between them. Returns the number moved.
 */
int distributeNodes(Process &process, const QStringList &nodes, Qt::Orientation orientation);

/**
 * Lanes grow to hold their nodes: a lane whose nodes reach past its lower edge (or above its top)
 * gets taller, and everything drawn in the lanes below moves down with it. Keeps every node inside
 * its lane after a move, paste or alignment. Returns true when a lane changed.
 */
bool fitLanes(Process &process, double laneHeaderWidth = 120, double defaultLaneSize = 150);

} // namespace oi::model
