// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "simulation/bottleneck.h"
#include "simulation/results.h"

#include <QString>

#include <vector>

namespace oi::model {

/**
 * The plain-text simulation report the CLI prints and the studio's Simulation panel shows. With
 * `project`, processes, steps and roles are named as people named them; without, by their ids.
 */
QString formatResultsText(
    const sim::Results &results, const std::vector<sim::SweepRow> &sweep, const Project *project = nullptr);

} // namespace oi::model
