// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the YAML reader kept in files of their own (scenarios in yamlscenarios.cpp, the
// vendor-specification parts in yamlspec.cpp).
// Internal to model/.
#pragma once

#include "model/project.h"
#include "model/yamlcontext.h"

namespace oi::model::yamlparts {

/** Reads the entity's id first, so every later problem names it ("role agent"). */
QString readId(MapReader &r, const char *kind, qsizetype index);

/** `scenarios:`, with the model-v2 changes (variants, reassign, staffing, arrivals, divert). */
/** `from`, `to` and `period` of a cross-training: both ends or neither. */
void readCrossTrainingWindow(MapReader &m, CrossTraining &ct);
void readScenarios(MapReader &top, Project &p);

/** `decisions:`, `poc_scenarios:`, `vendors:` and `priority_weights:` (yamlspec.cpp). */
void readSpecParts(MapReader &top, Project &p);

} // namespace oi::model::yamlparts
