// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/model.h"
#include "simulation/observer.h"
#include "simulation/results.h"

#include <atomic>
#include <chrono>
#include <vector>

namespace oi::sim {

struct ReplicationControl
{
    const std::atomic<bool> *cancel = nullptr;
    bool hasDeadline = false;
    std::chrono::steady_clock::time_point deadline;
    EventObserver *observer = nullptr;
    std::vector<double> *wipSeries = nullptr; // if set: cases in system, averaged over 1000 slices of the horizon
};

/**
 * Runs one replication (deterministic for the model, settings.seed and `index`) observing
 * [warmup, horizon]. Throws VisitLimitError, BudgetExceededError or CancelledError.
 */
ReplicationResult runReplication(
    const CompiledModel &model, int index, double warmup, const ReplicationControl &control);

} // namespace oi::sim
