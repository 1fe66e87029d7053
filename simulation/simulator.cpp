// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulator.h"

#include "simulation/errors.h"
#include "simulation/format.h"
#include "simulation/model.h"
#include "simulation/mser.h"
#include "simulation/replication.h"
#include "simulation/version.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace oi::sim {

namespace {

struct Batch
{
    const CompiledModel &model;
    double warmup;
    const RunControl &control;
    ReplicationControl replicationControl;
    std::mutex mutex;
    int done = 0, planned = 0;
};

/** Runs replications [first, first + count) into `out`; rethrows the lowest-index failure. */
void runRange(Batch &batch, int first, int count, int jobs, std::vector<ReplicationResult> &out)
{
    std::vector<std::optional<ReplicationResult>> slots(static_cast<size_t>(count));
    std::vector<std::exception_ptr> errors(static_cast<size_t>(count));
    std::atomic<int> next { 0 };
    std::atomic<bool> failed { false };
    auto worker = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= count || failed.load())
                return;
            try {
                slots[static_cast<size_t>(i)]
                    = runReplication(batch.model, first + i, batch.warmup, batch.replicationControl);
            } catch (...) {
                errors[static_cast<size_t>(i)] = std::current_exception();
                failed.store(true);
                return;
            }
            std::lock_guard<std::mutex> lock(batch.mutex);
            ++batch.done;
            if (batch.control.progress)
                batch.control.progress(batch.done, batch.planned);
        }
    };
    jobs = std::max(1, std::min(jobs, count));
    if (jobs == 1) {
        worker();
    } else {
        std::vector<std::thread> threads;
        try {
            for (int j = 0; j < jobs; ++j)
                threads.push_back(batch.control.startThread ? batch.control.startThread(worker) : std::thread(worker));
        } catch (const std::system_error &) {
            // Fewer threads than asked: the ones started and this one take the rest of the work.
            worker();
        }
        for (std::thread &t : threads)
            t.join();
    }
    for (const std::exception_ptr &e : errors)
        if (e)
            std::rethrow_exception(e);
    for (std::optional<ReplicationResult> &s : slots)
        out.push_back(std::move(*s));
}

bool precise(const std::vector<ReplicationResult> &reps, size_t n, double target)
{
    if (n < 2)
        return false;
    for (size_t p = 0; p < reps.front().processes.size(); ++p) {
        std::vector<double> means;
        for (size_t i = 0; i < n; ++i)
            if (reps[i].processes[p].completed > 0)
                means.push_back(reps[i].processes[p].cycleSum / double(reps[i].processes[p].completed));
        if (means.empty())
            continue;
        const Stat s = statOf(means);
        if (s.n < 2 || s.ci95 > target * s.mean)
            return false;
    }
    return true;
}

} // namespace

Results simulate(const SimulationInput &input, const RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    Results results;
    const RunSettings &s = input.settings;
    results.horizon = s.horizon;
    results.warmup = s.warmup;
    results.seed = s.seed;
    results.firstReplication = s.firstReplication;
    results.precisionTarget = s.targetRelativeHalfWidth;
    results.warmupDetected = s.warmup < 0;
    results.engineVersion = engineVersion();
    results.modelFingerprint = inputFingerprint(input);
    results.shiftEnd = s.shiftEnd;
    results.visitLimit = s.visitLimit;
    try {
        const CompiledModel model(input);
        results.layout = model.layout;
        results.warnings = model.warnings;
        int jobs = s.jobs > 0 ? s.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        if (control.observer)
            jobs = 1;
        ReplicationControl rc;
        rc.cancel = control.cancel;
        rc.observer = control.observer;
        if (s.wallClockBudget > 0) {
            rc.hasDeadline = true;
            rc.deadline = started
                + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(s.wallClockBudget));
        }
        double warmup = s.warmup;
        if (warmup < 0) {
            // Pilot on the first replication's own stream, so the choice is the same for any jobs.
            std::vector<double> series;
            ReplicationControl pilot = rc;
            pilot.observer = nullptr;
            pilot.wipSeries = &series;
            runReplication(model, s.firstReplication, 0.0, pilot);
            warmup = mser5Truncation(series) * (s.horizon / 1000);
            results.warnings.push_back("warm-up chosen by MSER-5: " + formatNumber(warmup));
        }
        results.warmup = warmup;
        Batch batch { model, warmup, control, rc, {}, 0, s.replications };
        std::vector<ReplicationResult> reps;
        runRange(batch, s.firstReplication, s.replications, jobs, reps);
        if (s.targetRelativeHalfWidth > 0) {
            const int cap = std::max(s.replications, s.maxReplications);
            batch.planned = cap;
            size_t chosen = 0;
            for (;;) {
                for (size_t n = std::max<size_t>(chosen, static_cast<size_t>(s.replications)); n <= reps.size(); ++n)
                    if (precise(reps, n, s.targetRelativeHalfWidth)) {
                        chosen = n;
                        break;
                    }
                if (chosen > 0 || static_cast<int>(reps.size()) >= cap)
                    break;
                const int more = std::min(std::max(jobs, 2), cap - static_cast<int>(reps.size()));
                runRange(batch, s.firstReplication + static_cast<int>(reps.size()), more, jobs, reps);
            }
            if (chosen == 0) {
                results.warnings.push_back(
                    "precision target not reached within " + std::to_string(cap) + " replications");
                chosen = reps.size();
            }
            reps.resize(chosen);
        }
        results.perReplication = std::move(reps);
        summarize(results);
        results.ok = true;
    } catch (const CancelledError &e) {
        results.cancelled = true;
        results.error = e.what();
    } catch (const SimulationError &e) {
        results.error = e.what();
    } catch (const std::exception &e) {
        results.error = std::string("internal error: ") + e.what();
    }
    results.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return results;
}

namespace {

void overall(const Results &r, std::vector<double> &cycle, std::vector<double> &throughput)
{
    for (const ReplicationResult &rep : r.perReplication) {
        double sum = 0, completed = 0;
        for (const ProcessRep &p : rep.processes) {
            sum += p.cycleSum;
            completed += double(p.completed);
        }
        cycle.push_back(completed > 0 ? sum / completed : std::nan(""));
        throughput.push_back(rep.observed > 0 ? completed / rep.observed : 0.0);
    }
}

SweepRow compare(const std::string &label, const Results &variant, const std::vector<double> &baseCycle,
    const std::vector<double> &baseThroughput)
{
    SweepRow row;
    row.label = label;
    if (!variant.ok) {
        row.error = variant.error;
        return row;
    }
    std::vector<double> cycle, throughput, dc, dt;
    overall(variant, cycle, throughput);
    for (size_t i = 0; i < cycle.size() && i < baseCycle.size(); ++i) {
        if (std::isfinite(cycle[i]) && std::isfinite(baseCycle[i]))
            dc.push_back(cycle[i] - baseCycle[i]);
        dt.push_back(throughput[i] - baseThroughput[i]);
    }
    auto finite = [](std::vector<double> v) {
        v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
        return v;
    };
    row.cycleTime = statOf(finite(cycle));
    row.throughput = statOf(throughput);
    row.cycleTimeChange = statOf(dc);
    row.throughputChange = statOf(dt);
    return row;
}

} // namespace

std::vector<SweepRow> sweepConstraint(
    const SimulationInput &input, const Results &givenBase, int maxExtra, const RunControl &control)
{
    std::vector<SweepRow> rows;
    Results computed;
    const Results *base = &givenBase;
    if (!givenBase.ok) {
        computed = simulate(input, control);
        base = &computed;
    }
    if (!base->ok) {
        SweepRow row;
        row.label = "base";
        row.error = base->error;
        rows.push_back(row);
        return rows;
    }
    std::vector<double> baseCycle, baseThroughput;
    overall(*base, baseCycle, baseThroughput);
    rows.push_back(compare("base", *base, baseCycle, baseThroughput));
    SimulationInput variant = input;
    variant.settings.warmup = base->warmup;
    variant.settings.targetRelativeHalfWidth = 0;
    variant.settings.replications = base->replications;
    variant.settings.firstReplication = base->firstReplication;
    if (!base->bottlenecks.empty()) {
        const std::string role = base->bottlenecks.front().role;
        for (int extra = 1; extra <= maxExtra; ++extra) {
            SimulationInput v = variant;
            for (Role &r : v.roles)
                if (r.id == role) {
                    r.headcount += extra;
                    for (ShiftBlock &b : r.shifts)
                        b.headcount += extra;
                }
            SweepRow row
                = compare(role + " +" + std::to_string(extra), simulate(v, control), baseCycle, baseThroughput);
            row.role = role;
            row.extraHeadcount = extra;
            rows.push_back(row);
        }
    }
    // Cross-training on: the least utilised other role learns the constraint's work.
    if (!base->bottlenecks.empty()) {
        const std::string constraint = base->bottlenecks.front().role;
        const RoleResult *spare = nullptr;
        for (const RoleResult &r : base->roles)
            if (r.id != constraint && std::isfinite(r.utilization.mean)
                && (!spare || r.utilization.mean < spare->utilization.mean))
                spare = &r;
        if (spare) {
            SimulationInput v = variant;
            for (Role &r : v.roles)
                if (r.id == spare->id)
                    r.crossTrained.push_back({ constraint, 1 });
            SweepRow row = compare(
                spare->id + " cross-trained for " + constraint, simulate(v, control), baseCycle, baseThroughput);
            row.role = spare->id;
            rows.push_back(row);
        }
    }
    const bool anyCrossTraining
        = std::any_of(input.roles.begin(), input.roles.end(), [](const Role &r) { return !r.crossTrained.empty(); });
    if (anyCrossTraining) {
        SimulationInput v = variant;
        for (Role &r : v.roles)
            r.crossTrained.clear();
        rows.push_back(compare("cross-training off", simulate(v, control), baseCycle, baseThroughput));
    }
    return rows;
}

} // namespace oi::sim
