// SPDX-License-Identifier: GPL-3.0-or-later
// Processes as BPMN 2.0 XML that bpmn.io, Camunda Modeler, Signavio and the like open with the same
// layout: a collaboration with one pool per process, a lane per role, the flow elements, BPMN DI for
// every shape and edge, and the simulation parameters as BPSim 1.0 data (plus our own namespace for
// what BPSim has no word for). The mapping is docs/file-format.md, section 3.
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace oi::model::bpmn {

/** How far apart pools of several processes are stacked in one diagram. */
inline constexpr double kPoolGap = 50;

/**
 * The BPMN file of the processes named by `processIds` (every process when empty), in that order.
 * Processes without shapes are laid out first (autolayout.h); the project is not changed. Returns
 * an empty array and sets `error` when a process does not exist or there is none.
 */
QByteArray processesToBpmn(const Project &project, const QStringList &processIds, QString *error);

/** Our name for the BPMN element of `type` (userTask, exclusiveGateway...). */
QString bpmnElementName(NodeType type);

/**
 * What the importer does to a coordinate of a pool moved by `offset` when several pools were
 * stacked in one file: undone, and rounded to a millionth, so the text exported again is the same.
 * The exporter stacks a pool only when this gives back every coordinate exactly.
 */
double unshift(double shifted, double offset);

} // namespace oi::model::bpmn
