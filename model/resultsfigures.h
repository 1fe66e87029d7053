// SPDX-License-Identifier: GPL-3.0-or-later
// The figures a results dashboard shows per process, each with its 95 % interval across
// replications, and the pooled cycle-time distribution for a histogram. Computed from the
// replications' raw sums, as the comparison computes its KPIs, so the two always agree.
#pragma once

#include "simulation/results.h"

#include <QString>

#include <vector>

namespace oi::model {

struct ProcessFigures
{
    QString process; // the process that ran (a variant's id when a scenario runs one in its original's place)
    int index = -1; // into results.processes and results.layout.processes
    sim::Stat throughput; // cases completed per time unit
    // Cycle time in the time unit: the mean, and each replication's median and 90th percentile
    // averaged over replications (with their interval), as the comparison reads them.
    sim::Stat cycleMean, cycleP50, cycleP90;
    sim::Stat arrived, completed, abandoned; // cases per replication
    sim::Stat abandonedShare; // abandoned / arrived, per replication
    sim::Stat inProcessAtEnd; // cases neither completed nor lost when the run ended; n = 0 when not recorded
    sim::Stat waitingShare; // the share of task starts that had to wait at all
    sim::Stat waitMean; // wait per task start, in the time unit
};

/** One entry per process of `results`, in results order. */
std::vector<ProcessFigures> processFigures(const sim::Results &results);

/** A distribution in equal bins: bin i holds the share of cases in [from + i·width, from + (i+1)·width). */
struct BinnedShares
{
    double from = 0; // in the time unit
    double width = 0;
    std::vector<double> shares; // sum to 1 less what lies before the first bin and beyond the last
    double before = 0, beyond = 0;
    std::uint64_t cases = 0;
};

/**
 * The cycle times of process `index`, every replication pooled, in about `bins` bins of a round
 * width up to the 99th percentile, from 0 or, when even the fastest cases take long (the 1st
 * percentile above 30 % of the 99th), from a round value below the 1st percentile. Empty
 * (cases = 0) without per-replication data.
 */
BinnedShares cycleTimeDistribution(const sim::Results &results, int index, int bins = 24);

/** A round step (1, 2, 2.5 or 5 × 10^k) of at least `raw`. */
double roundStep(double raw);

} // namespace oi::model
