// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/resultsfigures.h"

#include "model/comparison.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace oi::model {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

double ratio(double a, double b)
{
    return b > 0 ? a / b : kNan;
}

template<typename F> sim::Stat across(const sim::Results &results, F value)
{
    std::vector<double> values;
    for (const sim::ReplicationResult &r : results.perReplication) {
        const double v = value(r);
        if (std::isfinite(v))
            values.push_back(v);
    }
    sim::Stat s = sim::statOf(values);
    if (s.n == 0)
        s.mean = kNan;
    return s;
}

/** A pooled figure standing alone: no interval can be given for it. */
sim::Stat single(double value)
{
    sim::Stat s;
    s.mean = value;
    s.n = std::isfinite(value) ? 1 : 0;
    return s;
}

ProcessFigures fromSummary(const sim::ProcessResult &p)
{
    // Results without their replications (never written by the studio or the CLI) still show.
    ProcessFigures f;
    f.throughput = p.throughput;
    f.cycleMean = p.cycleTime;
    f.cycleP50 = single(p.cycleTime.hasPercentiles ? p.cycleTime.p50 : kNan);
    f.cycleP90 = single(p.cycleTime.hasPercentiles ? p.cycleTime.p90 : kNan);
    f.arrived = p.arrived;
    f.completed = p.completed;
    f.abandoned = p.abandoned;
    f.abandonedShare = single(ratio(p.abandoned.mean, p.arrived.mean));
    f.inProcessAtEnd = p.inProcessAtEnd;
    double waited = 0, served = 0, wait = 0;
    for (const sim::NodeResult &n : p.nodes)
        if (n.type == sim::NodeType::Task) {
            waited += n.pWait.mean * n.visits.mean;
            wait += n.wait.mean * n.visits.mean;
            served += n.visits.mean;
        }
    f.waitingShare = single(ratio(waited, served));
    f.waitMean = single(ratio(wait, served));
    return f;
}

} // namespace

std::vector<ProcessFigures> processFigures(const sim::Results &results)
{
    std::vector<ProcessFigures> out;
    for (std::size_t i = 0; i < results.processes.size(); ++i) {
        const sim::ProcessResult &p = results.processes[i];
        const int index = int(i);
        ProcessFigures f;
        if (results.perReplication.empty()) {
            f = fromSummary(p);
        } else {
            const auto proc
                = [i](const sim::ReplicationResult &r) -> const sim::ProcessRep & { return r.processes[i]; };
            const auto kpi = [&results, index](sim::ReplicationResult const &r, ComparedKpi k) {
                return replicationValue(r, results.layout, index, k);
            };
            using R = sim::ReplicationResult;
            f.throughput = across(results, [&](const R &r) { return kpi(r, ComparedKpi::Throughput); });
            f.cycleMean = across(results, [&](const R &r) { return kpi(r, ComparedKpi::CycleTimeMean); });
            f.cycleP50 = across(
                results, [&](const R &r) { return proc(r).cycle.count() > 0 ? proc(r).cycle.quantile(0.5) : kNan; });
            f.cycleP90 = across(results, [&](const R &r) { return kpi(r, ComparedKpi::CycleTimeP90); });
            f.arrived = across(results, [&](const R &r) { return double(proc(r).arrived); });
            f.completed = across(results, [&](const R &r) { return double(proc(r).completed); });
            f.abandoned = across(results, [&](const R &r) { return double(proc(r).abandoned); });
            f.abandonedShare = across(
                results, [&](const R &r) { return ratio(double(proc(r).abandoned), double(proc(r).arrived)); });
            f.inProcessAtEnd = across(results, [&](const R &r) { return proc(r).inProcessAtEnd; });
            f.waitingShare = across(results, [&](const R &r) { return kpi(r, ComparedKpi::WaitingShare); });
            f.waitMean = across(results, [&](const R &r) { return kpi(r, ComparedKpi::WaitMean); });
        }
        f.process = QString::fromStdString(p.id);
        f.index = index;
        out.push_back(f);
    }
    return out;
}

double roundStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

BinnedShares cycleTimeDistribution(const sim::Results &results, int index, int bins)
{
    BinnedShares d;
    sim::Histogram pooled;
    for (const sim::ReplicationResult &r : results.perReplication)
        if (index >= 0 && std::size_t(index) < r.processes.size())
            pooled.merge(r.processes[std::size_t(index)].cycle);
    d.cases = pooled.count();
    if (d.cases == 0 || bins < 1)
        return d;
    const double top = pooled.quantile(0.99);
    const double low = pooled.quantile(0.01);
    // A process that always takes about a day is shown from just below its fastest cases.
    const bool narrow = low > 0.3 * top;
    d.width = roundStep(std::max(narrow ? top - low : top, 1e-9) / bins);
    d.from = narrow ? std::floor(low / d.width) * d.width : 0;
    const int count = std::max(1, int(std::ceil((top - d.from) / d.width - 1e-9)));
    d.shares.assign(std::size_t(count), 0.0);
    const double end = d.from + d.width * count;
    // Each log-linear bucket's cases spread evenly over the part of its range in each bin.
    for (const auto &[bucket, n] : pooled.sparse()) {
        const double lo = sim::Histogram::lowerEdge(bucket);
        const double hi = bucket == 0 ? 0 : sim::Histogram::upperEdge(bucket);
        const double share = double(n) / double(d.cases);
        if (hi <= lo) {
            (d.from > 0 ? d.before : d.shares.front()) += share;
            continue;
        }
        const auto part
            = [lo, hi](double a, double b) { return std::max(0.0, std::min(hi, b) - std::max(lo, a)) / (hi - lo); };
        d.before += share * part(-1e300, d.from);
        d.beyond += share * part(end, 1e300);
        for (int b = std::max(0, int((lo - d.from) / d.width)); b < count && d.from + b * d.width < hi; ++b)
            d.shares[std::size_t(b)] += share * part(d.from + b * d.width, d.from + (b + 1) * d.width);
    }
    return d;
}

} // namespace oi::model
