// SPDX-License-Identifier: GPL-3.0-or-later
// Orthogonal routes for sequence flows that have no drawn waypoints: a handful of candidate paths
// (straight, one elbow, an L out of a gateway's corner, a run through the gaps between columns, a
// detour below or above), scored by the shapes they pass through, the flows already routed that they
// cross, the node names they run over, their bends and length; the best one wins.
#pragma once

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace oi::editor {

struct RoutingObstacles
{
    std::vector<QRectF> shapes; // every node's shape
    std::vector<QRectF> labels; // names drawn under events and gateways: better not run over them
    struct Routed
    {
        QPolygonF path;
        QRectF from, to;
        QRectF box; // the path's bounds, to skip the flows far away
    };
    std::vector<Routed> routed; // flows routed so far
};

/** The route from the shape `from` to the shape `to`: at least two points, every segment level or plumb. */
QPolygonF routeFlow(const QRectF &from, const QRectF &to, const RoutingObstacles &obstacles);

/** Proper crossings of two paths (a T where branches part, or a shared end, is none). */
int pathCrossings(const QPolygonF &a, const QPolygonF &b);

} // namespace oi::editor
