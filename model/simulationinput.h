// SPDX-License-Identifier: GPL-3.0-or-later
// From the document to the engine: a project plus a scenario becomes a sim::SimulationInput.
#pragma once

#include "model/project.h"

#include "simulation/input.h"

#include <QString>

#include <optional>

namespace oi::model {

/** Time units per day for the engine's 24 time-of-day buckets (1440 for minutes). */
double unitsPerDay(TimeUnit unit);
/** "minute", "hour" or "day": the JSON results' time_unit. */
QString timeUnitName(TimeUnit unit);

/**
 * Builds the engine input for `project` with the overrides of scenario `scenarioId` applied
 * (empty: the base model). Overrides: headcount per role (with a shift calendar, every block
 * moves by the difference between the new and the modelled headcount, never below 0); arrival
 * multiplier (inter-arrival times divided by it, calendar rates multiplied); duration factors
 * per "process/node"; cross-training off, then extra skills added. Run settings come from the
 * project (horizon 0 means 10 days, replications 0 means 10). Returns nullopt and sets `error`,
 * naming the scenario and the override, when an override points at nothing.
 */
std::optional<sim::SimulationInput> toSimulationInput(
    const Project &project, const QString &scenarioId, QString *error);

sim::Distribution toSimDistribution(const Distribution &d);

} // namespace oi::model
