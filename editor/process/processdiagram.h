// SPDX-License-Identifier: GPL-3.0-or-later
// The geometry of a process diagram, from the model alone: swimlanes stacked in the process's lane
// order (each as tall as its size), every node at its bounds, every sequence flow an orthogonal path
// (its waypoints when it has them), labels placed. Pure geometry, so tests measure it unpainted.
#pragma once

#include "model/project.h"

#include <QFont>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace oi::editor {

struct ProcessLaneGeometry
{
    QString role;
    QString title; // the role's name
    QRectF rect; // the whole band, header included
    QRectF header; // the band's title column on the left
};

struct ProcessNodeGeometry
{
    QString id;
    model::NodeType type = model::NodeType::Task;
    QString label; // the node's name (tasks inside the shape, events and gateways below it)
    QRectF rect;
    QRectF labelRect;
};

struct ProcessFlowGeometry
{
    QString id, from, to;
    QPolygonF path; // at least two points, orthogonal
    QString label; // "30 %" on a branch, with the flow's own label
    QRectF labelRect;
};

struct ProcessDiagram
{
    static constexpr double LaneHeader = 120;
    static constexpr double DefaultLaneSize = 150;

    /** The diagram of `process` (whose nodes all have bounds: lay it out first when not). */
    static ProcessDiagram compute(const model::Project &project, const model::Process &process, const QFont &font);

    /**
     * Lays `process` out as the studio draws it: the automatic layout (model::bpmn::layOut), with
     * rows rearranged while that makes the drawing tidier.
     */
    static void layOut(const model::Project &project, model::Process &process, const QFont &font);
    /** How far from clean the drawing is: each flow through a shape counts 10, each crossing 1. */
    double untidiness() const;

    QRectF bounds;
    std::vector<ProcessLaneGeometry> lanes;
    std::vector<ProcessNodeGeometry> nodes;
    std::vector<ProcessFlowGeometry> flows;

    const ProcessNodeGeometry *node(const QString &id) const;
    /** The lane band under `y`, or null. */
    const ProcessLaneGeometry *laneAt(double y) const;
};

} // namespace oi::editor
