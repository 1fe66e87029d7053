// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/comparison.h"

#include "model/simulationinput.h"

#include "simulation/simulator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace oi::model {

namespace {

struct Comparisons
{
    Q_DECLARE_TR_FUNCTIONS(Comparisons)
};

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

double ratio(double a, double b)
{
    return b > 0 ? a / b : kNan;
}

int processIndex(const sim::Results &r, const QString &id)
{
    for (std::size_t i = 0; i < r.layout.processes.size(); ++i)
        if (QString::fromStdString(r.layout.processes[i].id) == id)
            return int(i);
    return -1;
}

std::vector<double> finiteOnly(const std::vector<double> &values)
{
    std::vector<double> out;
    for (double v : values)
        if (std::isfinite(v))
            out.push_back(v);
    return out;
}

} // namespace

double replicationValue(const sim::ReplicationResult &rep, const sim::Layout &layout, int p, ComparedKpi kpi)
{
    const sim::ProcessRep &proc = rep.processes[std::size_t(p)];
    switch (kpi) {
    case ComparedKpi::CycleTimeMean: return ratio(proc.cycleSum, double(proc.completed));
    case ComparedKpi::CycleTimeP90: return proc.cycle.count() > 0 ? proc.cycle.quantile(0.9) : kNan;
    case ComparedKpi::Throughput: return ratio(double(proc.completed), rep.observed);
    case ComparedKpi::Abandoned: return double(proc.abandoned);
    case ComparedKpi::WaitMean:
    case ComparedKpi::WaitingShare: {
        double waitSum = 0, served = 0, waited = 0;
        const sim::Layout::ProcessInfo &info = layout.processes[std::size_t(p)];
        for (std::size_t n = 0; n < info.nodes.size(); ++n) {
            if (info.nodes[n].type != sim::NodeType::Task)
                continue;
            waitSum += proc.nodes[n].waitSum;
            served += double(proc.nodes[n].served);
            waited += double(proc.nodes[n].waited);
        }
        return ratio(kpi == ComparedKpi::WaitMean ? waitSum : waited, served);
    }
    }
    return kNan;
}

const std::vector<ComparedKpi> &comparedKpis()
{
    static const std::vector<ComparedKpi> all { ComparedKpi::CycleTimeMean, ComparedKpi::CycleTimeP90,
        ComparedKpi::Throughput, ComparedKpi::Abandoned, ComparedKpi::WaitMean, ComparedKpi::WaitingShare };
    return all;
}

QString kpiName(ComparedKpi kpi)
{
    switch (kpi) {
    case ComparedKpi::CycleTimeMean: return QStringLiteral("cycle_time_mean");
    case ComparedKpi::CycleTimeP90: return QStringLiteral("cycle_time_p90");
    case ComparedKpi::Throughput: return QStringLiteral("throughput");
    case ComparedKpi::Abandoned: return QStringLiteral("abandoned");
    case ComparedKpi::WaitMean: return QStringLiteral("wait_mean");
    case ComparedKpi::WaitingShare: return QStringLiteral("waiting_share");
    }
    return {};
}

QString kpiUnit(ComparedKpi kpi, TimeUnit unit)
{
    switch (kpi) {
    case ComparedKpi::CycleTimeMean:
    case ComparedKpi::CycleTimeP90:
    case ComparedKpi::WaitMean: return timeUnitName(unit);
    case ComparedKpi::Throughput: return QStringLiteral("cases per ") + timeUnitName(unit);
    case ComparedKpi::Abandoned: return QStringLiteral("cases");
    case ComparedKpi::WaitingShare: return QStringLiteral("share");
    }
    return {};
}

PairedDifference pairedDifference(const std::vector<double> &baseline, const std::vector<double> &later)
{
    std::vector<double> d;
    for (std::size_t i = 0; i < baseline.size() && i < later.size(); ++i)
        if (std::isfinite(baseline[i]) && std::isfinite(later[i]))
            d.push_back(later[i] - baseline[i]);
    PairedDifference out;
    out.change = sim::statOf(d);
    if (d.empty())
        out.change.mean = kNan;
    // With identical inputs common random numbers give identical runs: a zero-wide interval at 0,
    // which excludes nothing. A zero-wide interval elsewhere (a deterministic change) is significant.
    out.significant
        = out.change.n >= 2 && std::isfinite(out.change.ci95) && std::abs(out.change.mean) > out.change.ci95;
    return out;
}

Comparison compareResults(
    const Project &project, const QStringList &scenarioIds, const std::vector<sim::Results> &results)
{
    Comparison out;
    out.scenarios = scenarioIds;
    out.timeUnit = project.timeUnit;
    if (results.empty() || qsizetype(results.size()) != scenarioIds.size())
        return out;
    out.replications = results.front().replications;
    out.seed = results.front().seed;
    out.horizon = results.front().horizon;
    out.warmup = results.front().warmup;
    for (const Process &p : project.processes) {
        if (!p.variantOf.isEmpty())
            continue; // measured in the place of its original
        for (ComparedKpi kpi : comparedKpis()) {
            KpiComparison row;
            row.process = p.id;
            row.kpi = kpi;
            for (qsizetype k = 0; k < scenarioIds.size(); ++k) {
                const sim::Results &r = results[std::size_t(k)];
                const Scenario *scenario = project.scenario(scenarioIds[k]);
                const QString ran = scenario ? scenario->processInPlaceOf(p.id) : p.id;
                const int index = processIndex(r, ran);
                std::vector<double> values(r.perReplication.size(), kNan);
                if (index >= 0)
                    for (std::size_t i = 0; i < r.perReplication.size(); ++i)
                        values[i] = replicationValue(r.perReplication[i], r.layout, index, kpi);
                row.ran.push_back(index >= 0 ? ran : QString());
                row.values.push_back(sim::statOf(finiteOnly(values)));
                if (row.values.back().n == 0)
                    row.values.back().mean = kNan;
                row.replications.push_back(std::move(values));
            }
            for (std::size_t k = 1; k < row.replications.size(); ++k) {
                PairedDifference d = pairedDifference(row.replications.front(), row.replications[k]);
                d.from = 0;
                d.to = int(k);
                row.differences.push_back(d);
            }
            out.kpis.push_back(std::move(row));
        }
    }
    out.ok = true;
    return out;
}

Comparison compareScenarios(const Project &project, const QStringList &scenarioIds, const ComparisonSettings &settings,
    const ComparisonControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    Comparison out;
    out.scenarios = scenarioIds;
    out.timeUnit = project.timeUnit;
    auto fail = [&out](const QString &message) {
        out.error = message;
        return out;
    };
    if (scenarioIds.size() < 2)
        return fail(Comparisons::tr("a comparison needs at least two scenarios, the first being the baseline; got %n.",
            nullptr, int(scenarioIds.size())));
    QSet<QString> seen;
    for (const QString &id : scenarioIds) {
        if (!project.scenario(id))
            return fail(Comparisons::tr("there is no scenario '%1'.").arg(id));
        if (seen.contains(id))
            return fail(Comparisons::tr("scenario '%1' is named twice; compare each scenario once.").arg(id));
        seen.insert(id);
    }

    // Build every input first, so a bad override stops the comparison before anything runs.
    std::vector<sim::SimulationInput> inputs;
    for (const QString &id : scenarioIds) {
        QString error;
        std::optional<sim::SimulationInput> in = toSimulationInput(project, id, &error);
        if (!in)
            return fail(error);
        sim::RunSettings &s = in->settings;
        if (settings.replications > 0)
            s.replications = settings.replications;
        if (settings.seed)
            s.seed = *settings.seed;
        s.jobs = settings.jobs;
        s.firstReplication = 0;
        s.targetRelativeHalfWidth = 0;
        inputs.push_back(std::move(*in));
    }
    const sim::RunSettings &first = inputs.front().settings;
    if (first.replications < 2)
        return fail(
            Comparisons::tr("a comparison needs at least 2 replications per scenario for its intervals; got %1.")
                .arg(first.replications));
    if (first.warmup < 0)
        return fail(Comparisons::tr("a comparison needs a fixed warm-up, the same for every scenario."));
    out.replications = first.replications;
    out.seed = first.seed;
    out.horizon = first.horizon;
    out.warmup = first.warmup;

    // Common random numbers: the engine seeds each stream from (seed, replication, stream), with
    // two streams per node, so arrivals (a start node's stream), services (each task's), branch
    // choices (each xor's) and patience never share one. Same seed and replication numbers thus
    // give replication i of every scenario the same arrivals and the same k-th service draw at
    // each task. Streams are numbered by node position over all the processes that run, so a
    // variant with another number of nodes would shift the streams of every process after it:
    // the processes every scenario runs go first, in project order, and keep their streams.
    for (sim::SimulationInput &in : inputs)
        std::stable_partition(in.processes.begin(), in.processes.end(), [&inputs](const sim::Process &p) {
            return std::all_of(inputs.begin(), inputs.end(), [&p](const sim::SimulationInput &other) {
                return std::any_of(other.processes.begin(), other.processes.end(),
                    [&p](const sim::Process &q) { return q.id == p.id; });
            });
        });
    std::vector<sim::Results> results;
    const int planned = out.replications * int(inputs.size());
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        if (control.cancel && control.cancel->load()) {
            out.cancelled = true;
            return fail(Comparisons::tr("cancelled"));
        }
        sim::RunControl rc;
        rc.cancel = control.cancel;
        if (control.progress) {
            const int before = int(k) * out.replications;
            rc.progress = [&control, before, planned](int done, int) { control.progress(before + done, planned); };
        }
        sim::Results r = sim::simulate(inputs[k], rc);
        if (r.cancelled) {
            out.cancelled = true;
            return fail(Comparisons::tr("cancelled"));
        }
        if (!r.ok)
            return fail(
                Comparisons::tr("scenario '%1': %2").arg(scenarioIds[qsizetype(k)], QString::fromStdString(r.error)));
        results.push_back(std::move(r));
    }

    Comparison compared = compareResults(project, scenarioIds, results);
    out.kpis = std::move(compared.kpis);
    if (control.results)
        *control.results = std::move(results);
    out.ok = true;
    out.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace oi::model
