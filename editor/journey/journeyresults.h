// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/journey/stepoverlay.h"
#include "model/project.h"
#include "simulation/results.h"

namespace oi::editor {

/**
 * Paints simulation results back onto the journey map: each step linked to process steps gets
 * the longest mean wait among them (red at the constraint, amber when the wait is at least half
 * the longest wait anywhere, green otherwise), and each role chip its utilization.
 */
StepOverlay journeyResultsOverlay(const model::Project &project, const sim::Results &results);

} // namespace oi::editor
