// SPDX-License-Identifier: GPL-3.0-or-later
// Drafting proof-of-concept scripts from the journeys and their to-be processes: one scenario per
// journey, one step per journey step that a process task serves. The team then edits the draft;
// it is stored in the project, never regenerated over their edits.
#pragma once

#include "model/project.h"

#include <vector>

namespace oi::model::spec {

/**
 * A scenario for every journey that has none yet (`journey` unset in every stored scenario): the
 * process its steps link to, in its redesign where one exists; each step's customer action, the
 * task's role, the step's first Must requirement (else its first) and that requirement's acceptance
 * as the expected outcome; ten minutes a step. Ids "poc-<journey>", unique in the project.
 */
std::vector<PocScenario> draftPocScenarios(const Project &project);

} // namespace oi::model::spec
