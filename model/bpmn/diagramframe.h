// SPDX-License-Identifier: GPL-3.0-or-later
// Where a process's pool and lanes lie, and the line each flow is drawn along, from the model
// alone. The model keeps only each lane's height; the stack of lanes is placed where it holds the
// most nodes inside their own lanes (centred in the room there is), and spans every shape from left
// to right. One rule, so a diagram exported, imported and exported again does not move.
#pragma once

#include "model/project.h"

#include <QString>

#include <vector>

namespace oi::model::bpmn {

struct LaneBand
{
    QString role;
    Bounds rect;
};

struct DiagramFrame
{
    static constexpr double PoolHeader = 30; // the pool's name, written sideways
    static constexpr double LaneHeader = 30; // each lane's name, likewise
    static constexpr double Margin = 30; // between the shapes and the pool's edges
    static constexpr double DefaultLaneSize = 150;

    Bounds pool;
    std::vector<LaneBand> lanes; // drawnLanes() order, top to bottom
};

/** The pool and lanes around `process`'s shapes (nodes without bounds are left out). */
DiagramFrame diagramFrame(const Process &process);

/**
 * The points `flow` is drawn through, at least two: its waypoints, with an end on each shape
 * added where the first or last waypoint is not on (or within 2 units of) it; with no waypoints,
 * an orthogonal route from `from` to `to` (right then down or up then right; back flows below).
 */
std::vector<Point> flowPath(const Flow &flow, const Bounds &from, const Bounds &to);

} // namespace oi::model::bpmn
