// SPDX-License-Identifier: GPL-3.0-or-later
// BPMN 2.0 XML from other tools (or from our own export) as processes and the roles their lanes
// stand for. What the studio has no counterpart for is named in a warning with its id and line,
// never dropped silently; a file without diagram information is laid out. The mapping is
// docs/file-format.md, section 3.
#pragma once

#include "model/problem.h"
#include "model/project.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace oi::model::bpmn {

/** Files are read up to this size; the CLI checks a file's size before reading it. */
inline constexpr qint64 kMaxBpmnBytes = 64ll * 1024 * 1024;

/**
 * A project holding every process of the file (one per pool with a process of its own), a role
 * per lane name, and the simulation settings and time unit of its BPSim data. `problems` gets the
 * warnings, each with `fileName`, line and column. Returns null, with one error in `problems`,
 * when the file is not XML, declares a DTD, passes a limit or is not BPMN 2.0.
 */
std::unique_ptr<Project> processesFromBpmn(const QByteArray &xml, const QString &fileName, Problems *problems);

} // namespace oi::model::bpmn
