// SPDX-License-Identifier: GPL-3.0-or-later
// The redesign half of building the engine input: staffing windows, demand changes and channel
// shifts of a scenario, turned into the engine's shift and rate calendars. Internal to model/.
#pragma once

#include "model/project.h"

#include "simulation/input.h"

#include <QString>

namespace oi::model::detail {

/**
 * Applies `scenario`'s staffing, arrivals and divert lists to `in` (whose processes are already
 * the ones running in this scenario). False with `error` set (starting with `where`) when a change
 * cannot be expressed: an unknown id, a window outside its period, periods that do not repeat
 * together, a window on demand that is not Poisson.
 */
bool applyScenarioCalendars(
    const Project &project, const Scenario &scenario, sim::SimulationInput &in, const QString &where, QString *error);

} // namespace oi::model::detail
