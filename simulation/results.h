// SPDX-License-Identifier: GPL-3.0-or-later
// What a run produces: raw per-replication sums (enough to merge shards exactly) and the
// summary across replications derived from them by summarize().
#pragma once

#include "simulation/histogram.h"
#include "simulation/input.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace oi::sim {

constexpr int kDayBuckets = 24;
using DayArray = std::array<double, kDayBuckets>;

/** Analytic M/M/c (Erlang C) figures for a station that is a plain M/M/c. */
struct ErlangC
{
    double lambda = 0, mu = 0;
    int servers = 0;
    double rho = 0, pWait = 0, wq = 0, lq = 0, w = 0;
};

/** The static shape of the model, enough to summarise and merge without the input. */
struct Layout
{
    struct NodeInfo
    {
        std::string id;
        NodeType type = NodeType::Task;
        int role = -1; // index into roles, tasks only
        std::optional<ErlangC> erlang;
    };
    struct FlowInfo
    {
        std::string from, to;
        bool fromXor = false;
    };
    struct ProcessInfo
    {
        std::string id;
        std::vector<NodeInfo> nodes;
        std::vector<FlowInfo> flows;
    };
    std::string timeUnit = "minute";
    double dayLength = 1440.0;
    std::vector<ProcessInfo> processes;
    std::vector<std::string> roles;
};

struct NodeRep
{
    std::uint64_t visits = 0;
    std::uint64_t served = 0; // services started after warm-up
    std::uint64_t waited = 0; // ... of which waited > 0
    double waitSum = 0;
    // The wait split by whether anyone able to do the task (cross-trained staff included) was on
    // duty: capacity wait (all busy) needs more people, coverage wait (nobody there) other hours.
    double waitCapacitySum = 0, waitCoverageSum = 0;
    double queueArea = 0; // integral of the queue length
    double queueMax = 0;
    DayArray queueAreaByHour {};
    DayArray wipAreaByHour {}; // tokens at the node: queued or in service at a task, held at a timer
    Histogram wait;
};

struct ProcessRep
{
    std::uint64_t arrived = 0, completed = 0, abandoned = 0;
    std::uint64_t failureDemand = 0; // contacts this process's waiting customers made (new cases elsewhere)
    double cycleSum = 0;
    double wipArea = 0; // integral of the cases in the system
    DayArray wipAreaByHour {};
    // Cases still in the system at the horizon: neither completed nor lost. NaN when not recorded
    // (results written before it was).
    double inProcessAtEnd = 0;
    Histogram cycle;
    std::vector<NodeRep> nodes;
    std::vector<std::uint64_t> flowCount;
};

/**
 * busy counts staff working within the capacity on duty (never above it); overtime is the work
 * of staff finishing a task after their shift ended (busy staff above capacity), kept apart so
 * utilisation stays a share of the capacity that was there.
 */
struct RoleRep
{
    double busyArea = 0, availableArea = 0, overtimeArea = 0;
    DayArray busyByHour {}, availableByHour {}, overtimeByHour {};
};

/** One replication's raw sums over the observed window [warmup, horizon]. */
struct ReplicationResult
{
    int index = 0;
    std::uint64_t events = 0;
    std::uint64_t fingerprint = 0; // hash of the processed event sequence
    double observed = 0; // horizon - warmup
    std::vector<ProcessRep> processes;
    std::vector<RoleRep> roles;
};

/** Mean and Student-t 95 % half-width across replications; percentiles of the pooled values. */
struct Stat
{
    double mean = 0, ci95 = 0;
    int n = 0;
    bool hasPercentiles = false;
    double p50 = 0, p90 = 0, p95 = 0;
};

struct NodeResult
{
    std::string id;
    NodeType type = NodeType::Task;
    std::string role;
    Stat visits, wait, queueLength, queueMax, pWait;
    Stat waitCapacity, waitCoverage; // mean per service started; they add up to `wait`
    DayArray queueByHour {}, wipByHour {}; // see ProcessResult
    std::optional<ErlangC> erlang;
};

struct FlowResult
{
    std::string from, to;
    bool fromXor = false;
    Stat share; // fraction of the xor's departures taking this flow
};

struct ProcessResult
{
    std::string id;
    Stat arrived, completed, abandoned, cycleTime, throughput, wip;
    Stat failureDemand; // contacts its customers made while their cases were open too long
    Stat inProcessAtEnd; // cases in the system when the run ended; n = 0 when not recorded
    /**
     * The mean level in each hour of the day (bucket h = [h, h+1) hours after midnight, every day of
     * the observed window and every replication pooled): time-integrated in the engine at each state
     * change, then divided by the observed time in that hour. NaN for an hour never observed. The
     * process's queue is the sum of its tasks' queues; its WIP is its cases in the system.
     */
    DayArray queueByHour {}, wipByHour {};
    std::vector<NodeResult> nodes;
    std::vector<FlowResult> flows;
};

struct RoleResult
{
    std::string id;
    Stat utilization; // busy within capacity / available staff-time, never above 1
    Stat overtime; // staff-time worked after shift ends, per replication
    DayArray utilizationByHour {}; // pooled over replications; NaN where no staff was available
    DayArray overtimeByHour {}; // mean staff-time per replication in that hour of the day
    DayArray queueByHour {}, wipByHour {}; // summed over the tasks of this role, any process
    // Waiting at this role's tasks per replication (time units, every process): while able staff
    // were all busy, and while none was on duty.
    Stat waitCapacity, waitCoverage;
};

struct Bottleneck
{
    std::string role;
    std::string node; // "process/node"
    double utilization = 0, waitShare = 0, score = 0;
};

/** The constraint over a window of the day [from, to) in time units. */
struct WindowConstraint
{
    double from = 0, to = 0;
    Bottleneck constraint;
};

struct Results
{
    bool ok = false;
    bool cancelled = false;
    std::string error; // set when !ok
    std::vector<std::string> warnings; // e.g. unstable roles
    int replications = 0;
    int firstReplication = 0;
    double horizon = 0, warmup = 0;
    std::uint64_t seed = 0;
    // What makes runs parts of one run besides horizon, warm-up and seed (checked by merge):
    std::string scenario; // the scenario the input was built for, "" = base; set by the caller
    int engineVersion = 0;
    std::uint64_t modelFingerprint = 0; // inputFingerprint() of the input
    ShiftEndPolicy shiftEnd = ShiftEndPolicy::FinishTask;
    int visitLimit = 0;
    double precisionTarget = 0; // the cycle-time half-width asked for, relative to the mean; 0: fixed replications
    bool warmupDetected = false; // the warm-up was chosen by MSER-5 rather than given
    std::uint64_t events = 0;
    double wallSeconds = 0;
    std::uint64_t fingerprint = 0; // combined over replications, in order
    Layout layout;
    std::vector<ProcessResult> processes;
    std::vector<RoleResult> roles;
    std::vector<Bottleneck> bottlenecks; // highest score first
    std::vector<WindowConstraint> windows;
    std::vector<ReplicationResult> perReplication; // sorted by index
};

/** Student-t 0.975 quantile with `df` degrees of freedom. */
double studentT975(int df);
/** Mean and 95 % half-width of `values` (half-width 0 for fewer than 2 values). */
Stat statOf(const std::vector<double> &values);
/** Time of the window [from, to) that falls in each hour of the day, days of `dayLength` units. */
DayArray observedByHour(double from, double to, double dayLength);

/**
 * Fills the summary fields of `results` (processes, roles, bottlenecks, windows, events,
 * fingerprint, replications) from results.layout and results.perReplication, and from
 * results.warmup and horizon for the levels by hour. Used after a run and after merging shards,
 * so both give identical numbers.
 */
void summarize(Results &results);

} // namespace oi::sim
