// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's input: a plain struct graph with string ids, built by model::toSimulationInput or
// directly in code. All times are in one unit (the project's), chosen by the caller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace oi::sim {

/**
 * Simulated time. A double rather than int64 ticks: durations are real-valued samples in the
 * project's unit (minutes, hours or days), and rounding them to ticks would bias the comparison
 * with queueing theory. Ties are broken by a sequence number, so the order stays deterministic.
 */
using SimTime = double;

enum class DistKind { None, Fixed, Uniform, Triangular, Exponential, Normal, Lognormal, Gamma, Erlang, Empirical };

/** Same fields as the file format: only those of `kind` are read. */
struct Distribution
{
    DistKind kind = DistKind::None;
    double value = 0.0;
    double min = 0.0;
    double mode = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double sd = 0.0;
    int k = 1;
    std::vector<double> values;
    std::vector<double> weights;

    bool isSet() const { return kind != DistKind::None; }
    /** The distribution of `factor` times the variable (factor > 0). */
    Distribution scaled(double factor) const;

    static Distribution fixed(double v);
    static Distribution exponential(double mean);
    static Distribution uniform(double lo, double hi);
    static Distribution triangular(double lo, double mode, double hi);
    static Distribution normal(double mean, double sd);
    static Distribution lognormal(double mean, double sd);
    static Distribution gamma(double mean, double sd);
    static Distribution erlang(int k, double mean);
    static Distribution empirical(std::vector<double> values, std::vector<double> weights = {});
};

struct ShiftBlock
{
    double from = 0.0;
    double to = 0.0;
    int headcount = 0;
};

/**
 * Staff of the owning role may also take `role`'s queues; lower priority numbers first. With a
 * `period`, only within [from, to) of it (from > to wraps past the period's end): cross-trained
 * help at the peak, not all day.
 */
struct CrossSkill
{
    std::string role;
    int priority = 1;
    double from = 0.0, to = 0.0, period = 0.0; // period 0: at any time
};

struct Role
{
    std::string id;
    int headcount = 1; ///< capacity when `shifts` is empty
    double shiftPeriod = 0.0; ///< shifts repeat every period
    std::vector<ShiftBlock> shifts; ///< [from, to) within the period; uncovered time has no staff
    std::vector<CrossSkill> crossTrained;
};

enum class NodeType { Start, End, Task, Xor, AndSplit, AndJoin, Timer };

struct RateBlock
{
    double from = 0.0;
    double to = 0.0;
    double perTimeUnit = 0.0;
};

struct Node
{
    std::string id;
    NodeType type = NodeType::Task;
    std::string role; ///< tasks
    Distribution duration; ///< tasks; timers (delay)
    int priority = 0; ///< tasks: lower numbers are served first
    Distribution arrivals; ///< start: inter-arrival time, or
    double ratePeriod = 0.0; ///< start: piecewise Poisson rates repeating every period
    std::vector<RateBlock> rates;
    Distribution patience; ///< start: a case waiting longer than this in a queue abandons
};

struct Flow
{
    std::string from;
    std::string to;
    std::optional<double> probability; ///< flows leaving an xor
};

/**
 * Customers who interrupt (failure demand): once a case has been open longer than `after`, its
 * customer contacts the company at `rate` per time unit until the case ends; each contact is a
 * new case of `process` (a "where is my order?" call, say).
 */
struct Interrupt
{
    double after = 0.0;
    double rate = 0.0;
    std::string process;
};

struct Process
{
    std::string id;
    std::vector<Node> nodes;
    std::vector<Flow> flows;
    std::vector<Interrupt> interrupts;
};

/** What happens to a task in hand when a shift ends and capacity falls below the busy staff. */
enum class ShiftEndPolicy { FinishTask, HandBack };

struct RunSettings
{
    double horizon = 10000.0;
    double warmup = 0.0; ///< negative: detect with MSER-5 on a pilot replication
    int replications = 10;
    std::uint64_t seed = 1;
    int jobs = 0; ///< 0: all hardware threads
    int firstReplication = 0; ///< index of the first replication (sharding)
    int visitLimit = 10000; ///< node visits per case before the case is reported as looping
    /// cases in the system at once before the replication stops: arrivals outpace capacity
    int maxCases = 1000000;
    double wallClockBudget = 0.0; ///< seconds; 0: unlimited
    ShiftEndPolicy shiftEnd = ShiftEndPolicy::FinishTask;
    double dayLength = 1440.0; ///< time units per day, for the 24 time-of-day buckets
    double targetRelativeHalfWidth = 0.0; ///< > 0: add replications until cycle-time ci95 <= this * mean
    int maxReplications = 200; ///< cap when a precision target is set
};

struct SimulationInput
{
    std::string timeUnit = "minute";
    std::vector<Role> roles;
    std::vector<Process> processes;
    RunSettings settings;
};

/**
 * FNV-1a hash of everything that shapes the model (time unit, day length, roles, processes with
 * their distributions and flows), but not the run settings: runs of one model with different
 * seeds or replication ranges share it, and `merge` refuses shards whose fingerprints differ.
 */
std::uint64_t inputFingerprint(const SimulationInput &input);

} // namespace oi::sim
