// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's entry points. Both are safe to call from any thread and never throw: problems come
// back in Results::error (and SweepRow::error), with the process, node or role they concern.
#pragma once

#include "simulation/bottleneck.h"
#include "simulation/input.h"
#include "simulation/observer.h"
#include "simulation/results.h"

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace oi::sim {

struct RunControl
{
    /** Called after each replication with (finished, planned); from worker threads, one at a time. */
    std::function<void(int, int)> progress;
    /** Checked every few thousand events; when it turns true the run ends with cancelled = true. */
    const std::atomic<bool> *cancel = nullptr;
    /** Sees every case step; forces the replications to run one after another. */
    EventObserver *observer = nullptr;
    /**
     * Starts a worker thread; empty: std::thread. When it throws (the system refuses a thread),
     * the threads already started and the calling thread share the work: the run goes on, with the
     * same results. Tests use it to refuse threads.
     */
    std::function<std::thread(std::function<void()>)> startThread;
};

/**
 * Runs input.settings.replications replications (indices firstReplication, firstReplication+1, ...)
 * on `jobs` threads. Each replication is deterministic for (input, seed, index), and results are
 * merged in index order, so they are identical whatever the number of jobs. With a precision
 * target, replications are added until every process's cycle-time half-width is within the target
 * (or maxReplications is reached, which adds a warning); the count chosen does not depend on jobs.
 */
Results simulate(const SimulationInput &input, const RunControl &control = {});

/**
 * What-if sweep at the constraint of `base` (run first if needed): +1..+maxExtra staff for the
 * constraint role, the least utilised other role cross-trained for the constraint's work
 * (cross-training on), and all cross-training off when the model has any, each run with the same seed
 * and warm-up (common random numbers) and compared with the base replication by replication.
 * The first row is the base itself.
 */
std::vector<SweepRow> sweepConstraint(
    const SimulationInput &input, const Results &base, int maxExtra, const RunControl &control = {});

} // namespace oi::sim
