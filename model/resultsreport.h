// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/bottleneck.h"
#include "simulation/results.h"

#include <QString>

#include <vector>

namespace oi::model {

/** The plain-text simulation report the CLI prints and the studio's Simulation panel shows. */
QString formatResultsText(const sim::Results &results, const std::vector<sim::SweepRow> &sweep);

} // namespace oi::model
