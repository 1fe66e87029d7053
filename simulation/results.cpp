// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/results.h"

#include "simulation/bottleneck.h"
#include "simulation/timeintegral.h"

#include <algorithm>
#include <cmath>

namespace oi::sim {

double studentT975(int df)
{
    static const double table[] = { 12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
        2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423 };
    if (df < 1)
        return std::nan("");
    if (df <= 30)
        return table[df - 1];
    // Cornish-Fisher expansion around the normal quantile; error < 1e-4 beyond 30 df.
    const double z = 1.959963985;
    const double n = df;
    return z + (z * z * z + z) / (4 * n) + (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n)
        + (3 * std::pow(z, 7) + 19 * std::pow(z, 5) + 17 * z * z * z - 15 * z) / (384 * n * n * n);
}

Stat statOf(const std::vector<double> &values)
{
    Stat s;
    s.n = static_cast<int>(values.size());
    if (values.empty())
        return s;
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / s.n;
    if (s.n > 1) {
        double ss = 0;
        for (double v : values)
            ss += (v - s.mean) * (v - s.mean);
        s.ci95 = studentT975(s.n - 1) * std::sqrt(ss / (s.n - 1) / s.n);
    }
    return s;
}

DayArray observedByHour(double from, double to, double dayLength)
{
    // The same bucketing as the engine's integrals, so every hour's area has its own time.
    TimeIntegral window;
    window.setBuckets(dayLength / kDayBuckets, kDayBuckets);
    window.set(from, 1);
    window.advance(to);
    DayArray out {};
    for (int h = 0; h < kDayBuckets; ++h)
        out[static_cast<size_t>(h)] = window.buckets()[static_cast<size_t>(h)];
    return out;
}

namespace {

template<typename F> Stat across(const std::vector<ReplicationResult> &reps, F value)
{
    std::vector<double> values;
    values.reserve(reps.size());
    for (const ReplicationResult &r : reps) {
        const double v = value(r);
        if (std::isfinite(v))
            values.push_back(v);
    }
    return statOf(values);
}

void withPercentiles(Stat &s, const Histogram &h)
{
    if (h.count() == 0)
        return;
    s.hasPercentiles = true;
    s.p50 = h.quantile(0.50);
    s.p90 = h.quantile(0.90);
    s.p95 = h.quantile(0.95);
}

double ratio(double a, double b)
{
    return b > 0 ? a / b : std::nan("");
}

/** Mean level per hour: the replications' areas over their observed time in that hour. */
struct HourlyLevels
{
    DayArray observed {};
    double replications = 0;

    DayArray levels(const DayArray &area) const
    {
        DayArray out {};
        for (size_t h = 0; h < out.size(); ++h)
            out[h] = ratio(area[h], replications * observed[h]);
        return out;
    }
};

void addTo(DayArray &sum, const DayArray &a)
{
    for (size_t h = 0; h < sum.size(); ++h)
        sum[h] += a[h];
}

} // namespace

void summarize(Results &results)
{
    std::vector<ReplicationResult> &reps = results.perReplication;
    std::sort(reps.begin(), reps.end(),
        [](const ReplicationResult &a, const ReplicationResult &b) { return a.index < b.index; });
    const Layout &layout = results.layout;
    results.replications = static_cast<int>(reps.size());
    results.firstReplication = reps.empty() ? 0 : reps.front().index;
    results.events = 0;
    results.fingerprint = 0xCBF29CE484222325ULL;
    for (const ReplicationResult &r : reps) {
        results.events += r.events;
        results.fingerprint = (results.fingerprint ^ r.fingerprint) * 0x100000001B3ULL;
    }
    const HourlyLevels hourly { observedByHour(results.warmup, results.horizon, layout.dayLength),
        static_cast<double>(reps.size()) };
    std::vector<DayArray> roleQueue(layout.roles.size(), DayArray {}), roleWip(layout.roles.size(), DayArray {});
    std::vector<std::vector<std::pair<size_t, size_t>>> roleTasks(layout.roles.size()); // (process, node)
    results.processes.clear();
    for (size_t p = 0; p < layout.processes.size(); ++p) {
        const Layout::ProcessInfo &info = layout.processes[p];
        ProcessResult pr;
        pr.id = info.id;
        auto proc = [p](const ReplicationResult &r) -> const ProcessRep & { return r.processes[p]; };
        pr.arrived = across(reps, [&](const ReplicationResult &r) { return double(proc(r).arrived); });
        pr.failureDemand = across(reps, [&](const ReplicationResult &r) { return double(proc(r).failureDemand); });
        pr.completed = across(reps, [&](const ReplicationResult &r) { return double(proc(r).completed); });
        pr.abandoned = across(reps, [&](const ReplicationResult &r) { return double(proc(r).abandoned); });
        pr.cycleTime = across(
            reps, [&](const ReplicationResult &r) { return ratio(proc(r).cycleSum, double(proc(r).completed)); });
        pr.throughput
            = across(reps, [&](const ReplicationResult &r) { return ratio(double(proc(r).completed), r.observed); });
        pr.wip = across(reps, [&](const ReplicationResult &r) { return ratio(proc(r).wipArea, r.observed); });
        pr.inProcessAtEnd = across(reps, [&](const ReplicationResult &r) { return proc(r).inProcessAtEnd; });
        Histogram cycle;
        DayArray processWip {}, processQueue {};
        for (const ReplicationResult &r : reps) {
            cycle.merge(proc(r).cycle);
            addTo(processWip, proc(r).wipAreaByHour);
        }
        withPercentiles(pr.cycleTime, cycle);
        pr.wipByHour = hourly.levels(processWip);
        for (size_t n = 0; n < info.nodes.size(); ++n) {
            const Layout::NodeInfo &ni = info.nodes[n];
            NodeResult nr;
            nr.id = ni.id;
            nr.type = ni.type;
            nr.role = ni.role >= 0 ? layout.roles[static_cast<size_t>(ni.role)] : std::string();
            nr.erlang = ni.erlang;
            auto node = [&](const ReplicationResult &r) -> const NodeRep & { return proc(r).nodes[n]; };
            nr.visits = across(reps, [&](const ReplicationResult &r) { return double(node(r).visits); });
            DayArray queue {}, wip {};
            for (const ReplicationResult &r : reps) {
                addTo(queue, node(r).queueAreaByHour);
                addTo(wip, node(r).wipAreaByHour);
            }
            nr.queueByHour = hourly.levels(queue);
            nr.wipByHour = hourly.levels(wip);
            if (ni.type == NodeType::Task) {
                addTo(processQueue, queue);
                addTo(roleQueue[static_cast<size_t>(ni.role)], queue);
                roleTasks[static_cast<size_t>(ni.role)].emplace_back(p, n);
                addTo(roleWip[static_cast<size_t>(ni.role)], wip);
            }
            if (ni.type == NodeType::Task) {
                nr.wait = across(
                    reps, [&](const ReplicationResult &r) { return ratio(node(r).waitSum, double(node(r).served)); });
                nr.waitCapacity = across(reps,
                    [&](const ReplicationResult &r) { return ratio(node(r).waitCapacitySum, double(node(r).served)); });
                nr.waitCoverage = across(reps,
                    [&](const ReplicationResult &r) { return ratio(node(r).waitCoverageSum, double(node(r).served)); });
                nr.pWait = across(reps,
                    [&](const ReplicationResult &r) { return ratio(double(node(r).waited), double(node(r).served)); });
                nr.queueLength
                    = across(reps, [&](const ReplicationResult &r) { return ratio(node(r).queueArea, r.observed); });
                nr.queueMax = across(reps, [&](const ReplicationResult &r) { return node(r).queueMax; });
                Histogram wait;
                for (const ReplicationResult &r : reps)
                    wait.merge(node(r).wait);
                withPercentiles(nr.wait, wait);
            }
            pr.nodes.push_back(std::move(nr));
        }
        pr.queueByHour = hourly.levels(processQueue);
        for (size_t f = 0; f < info.flows.size(); ++f) {
            FlowResult fr;
            fr.from = info.flows[f].from;
            fr.to = info.flows[f].to;
            fr.fromXor = info.flows[f].fromXor;
            if (fr.fromXor) {
                std::vector<double> shares;
                for (const ReplicationResult &r : reps) {
                    double total = 0;
                    for (size_t g = 0; g < info.flows.size(); ++g)
                        if (info.flows[g].from == fr.from)
                            total += double(proc(r).flowCount[g]);
                    if (total > 0)
                        shares.push_back(double(proc(r).flowCount[f]) / total);
                }
                fr.share = statOf(shares);
            }
            pr.flows.push_back(std::move(fr));
        }
        results.processes.push_back(std::move(pr));
    }
    results.roles.clear();
    for (size_t r = 0; r < layout.roles.size(); ++r) {
        RoleResult rr;
        rr.id = layout.roles[r];
        rr.utilization = across(
            reps, [&](const ReplicationResult &x) { return ratio(x.roles[r].busyArea, x.roles[r].availableArea); });
        rr.overtime = across(reps, [&](const ReplicationResult &x) { return x.roles[r].overtimeArea; });
        for (int h = 0; h < kDayBuckets; ++h) {
            double busy = 0, available = 0, overtime = 0;
            for (const ReplicationResult &x : reps) {
                busy += x.roles[r].busyByHour[static_cast<size_t>(h)];
                available += x.roles[r].availableByHour[static_cast<size_t>(h)];
                overtime += x.roles[r].overtimeByHour[static_cast<size_t>(h)];
            }
            rr.utilizationByHour[static_cast<size_t>(h)] = ratio(busy, available);
            rr.overtimeByHour[static_cast<size_t>(h)] = reps.empty() ? 0.0 : overtime / double(reps.size());
        }
        const auto waited = [&](double NodeRep::*sum) {
            return across(reps, [&](const ReplicationResult &x) {
                double total = 0;
                for (const auto &[p, n] : roleTasks[r])
                    total += x.processes[p].nodes[n].*sum;
                return total;
            });
        };
        rr.waitCapacity = waited(&NodeRep::waitCapacitySum);
        rr.waitCoverage = waited(&NodeRep::waitCoverageSum);
        rr.queueByHour = hourly.levels(roleQueue[r]);
        rr.wipByHour = hourly.levels(roleWip[r]);
        results.roles.push_back(std::move(rr));
    }
    analyseBottlenecks(results);
}

} // namespace oi::sim
