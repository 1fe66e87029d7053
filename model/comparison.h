// SPDX-License-Identifier: GPL-3.0-or-later
// Two or more scenarios of a project run with common random numbers and compared KPI by KPI:
// each scenario's mean with its 95 % interval, and every later scenario against the first (the
// baseline) by paired differences, replication by replication.
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace oi::model {

/** What is compared, per process; the JSON's "kpi" names. */
enum class ComparedKpi {
    CycleTimeMean, // "cycle_time_mean": mean cycle time of the cases completed, in the time unit
    CycleTimeP90, // "cycle_time_p90": each replication's 90th percentile of cycle time
    Throughput, // "throughput": cases completed per time unit
    Abandoned, // "abandoned": cases lost while waiting, per replication
    WaitMean, // "wait_mean": wait per task start, over the process's tasks
    WaitingShare, // "waiting_share": the share of task starts that had to wait at all
};

/** Every KPI, in report order. */
const std::vector<ComparedKpi> &comparedKpis();
/** "cycle_time_mean", …; "minute"/"hour"/"day", "cases per <unit>", "cases" or "share" for its unit. */
QString kpiName(ComparedKpi kpi);
QString kpiUnit(ComparedKpi kpi, TimeUnit unit);

/** later − baseline, replication by replication. */
struct PairedDifference
{
    int from = 0, to = 0; // indices into Comparison::scenarios
    sim::Stat change; // mean and Student-t 95 % half-width of the differences; n = pairs
    bool significant = false; // the 95 % interval excludes zero (needs two pairs or more)
};

/**
 * Paired differences of two replication series of equal length (index i of both ran with the same
 * seed and replication number); pairs where either value is missing (NaN: nothing to measure in
 * that replication) are left out.
 */
PairedDifference pairedDifference(const std::vector<double> &baseline, const std::vector<double> &later);

/**
 * One replication's value of `kpi` for process `process` (an index into layout.processes); NaN
 * when the replication had nothing to measure (no case completed, no task started).
 */
double replicationValue(
    const sim::ReplicationResult &replication, const sim::Layout &layout, int process, ComparedKpi kpi);

struct KpiComparison
{
    QString process; // as the project names it; a variant a scenario chooses runs in its place
    ComparedKpi kpi = ComparedKpi::CycleTimeMean;
    std::vector<QString> ran; // per scenario: the process that ran ("" when none did)
    std::vector<std::vector<double>> replications; // per scenario: the value of each replication
    std::vector<sim::Stat> values; // per scenario: mean and 95 % half-width over replications
    std::vector<PairedDifference> differences; // every later scenario against the first
};

struct ComparisonSettings
{
    int replications = 0; // 0: the project's (at least 2 either way)
    std::optional<quint64> seed; // unset: the project's
    int jobs = 0; // threads per scenario; 0: all cores. Results never depend on it
};

struct ComparisonControl
{
    /** Checked between replications (and every few thousand events within one); true ends the run. */
    const std::atomic<bool> *cancel = nullptr;
    /** (finished, planned) replications over all scenarios; from worker threads, one at a time. */
    std::function<void(int, int)> progress;
    /** When set, receives each scenario's results, in `scenarioIds` order (the advisor prices them). */
    std::vector<sim::Results> *results = nullptr;
};

struct Comparison
{
    bool ok = false;
    bool cancelled = false;
    QString error; // a sentence naming the scenario, when !ok
    QStringList scenarios; // ids; the first is the baseline
    int replications = 0;
    quint64 seed = 0;
    double horizon = 0, warmup = 0;
    TimeUnit timeUnit = TimeUnit::Minute;
    std::vector<KpiComparison> kpis; // process by process (project order), comparedKpis() order
    double wallSeconds = 0;
};

/**
 * Runs every scenario of `scenarioIds` (two or more, distinct, each a scenario of `project`) with
 * the same seed, horizon, warm-up and replication numbers, so replication i of every scenario
 * draws from the same random streams (common random numbers), and compares them. On an unknown
 * scenario, fewer than two, fewer than two replications, or a run stopped by a guard, returns
 * ok = false with a sentence; a cancelled run returns cancelled = true.
 */
Comparison compareScenarios(const Project &project, const QStringList &scenarioIds,
    const ComparisonSettings &settings = {}, const ComparisonControl &control = {});

/**
 * Compares runs that have finished, as compareScenarios does once its runs are done: `results[k]`
 * ran `scenarioIds[k]` ("" or an id the project no longer has: the processes as they are named).
 * Replication i of each run is paired with replication i of the first. Runs with the same seed
 * share random numbers and give tight intervals; runs with other seeds pair independent
 * replications, which still gives a valid interval, only a wider one. Needs per-replication data.
 */
Comparison compareResults(
    const Project &project, const QStringList &scenarioIds, const std::vector<sim::Results> &results);

} // namespace oi::model
