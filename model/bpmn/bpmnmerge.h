// SPDX-License-Identifier: GPL-3.0-or-later
// Imported processes brought into an existing project (`outsidein-cli import-bpmn --into`, the
// studio's File ▸ Import BPMN): lanes meet the project's roles by name.
#pragma once

#include "model/problem.h"
#include "model/project.h"

#include <QString>

namespace oi::model::bpmn {

/**
 * Adds `imported`'s processes and roles to `into`. A role named like one of `into`'s (ignoring case
 * and spacing) is that role, unchanged; the others are added, their ids made unique. A process whose
 * id is taken is added as "<id>-2" (and so on) with a warning naming `fileName`. Times are converted
 * to `into`'s time unit; `into`'s own fields and simulation settings stay as they are.
 */
void mergeImportedProcesses(Project &into, const Project &imported, const QString &fileName, Problems *problems);

} // namespace oi::model::bpmn
