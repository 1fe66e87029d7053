// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/process/processoverlay.h"

#include "model/project.h"

#include "simulation/results.h"

namespace oi::editor {

/**
 * Simulation results painted on the diagram of `process`, on the journey map's scale: tasks by
 * mean wait (red at the constraint, amber from half the longest wait anywhere, green below),
 * lanes by their role's busy share (red for the constraint's role, amber from 70 %), the
 * constraint outlined; tooltips with the figures in people's units and a legend. A process that
 * did not run in the results' scenario (a variant ran in its place) gets only a legend saying so.
 */
ProcessOverlay processResultsOverlay(
    const model::Project &project, const sim::Results &results, const QString &process);

} // namespace oi::editor
