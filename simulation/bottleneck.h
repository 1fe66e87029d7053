// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/input.h"
#include "simulation/observer.h"
#include "simulation/results.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace oi::sim {

/**
 * Ranks task nodes (with their roles) by score = (utilisation + share of all waiting) / 2 and
 * names the constraint per window of the day. Utilisation says where capacity runs out; the
 * waiting share says where customers feel it; both lie in [0, 1], so neither dominates.
 * Fills results.bottlenecks and results.windows from the pooled replication sums.
 */
void analyseBottlenecks(Results &results);

/** One what-if variant of a sweep, compared with the base run under common random numbers. */
struct SweepRow
{
    std::string label; // "base", "agent +1", "cross-training off", ...
    std::string role; // the role changed (empty for the base and cross-training rows)
    int extraHeadcount = 0;
    Stat cycleTime, throughput; // over all processes, per replication
    Stat cycleTimeChange, throughputChange; // paired differences with the base run
    std::string error; // set when this variant could not run
};

} // namespace oi::sim
