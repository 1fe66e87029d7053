// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/resultstiles.h"

#include "editor/results/resultnames.h"

#include "model/goalsandcosts.h"
#include "model/humanunits.h"
#include "model/resultsfigures.h"
#include "model/simulationinput.h"

#include <QCoreApplication>

#include <cmath>

namespace oi::editor::results {

namespace {

struct ResultsTiles
{
    Q_DECLARE_TR_FUNCTIONS(ResultsTiles)
};

bool hasInterval(const sim::Stat &s)
{
    return s.n >= 2 && std::isfinite(s.ci95);
}

QString decimal(double v)
{
    if (std::abs(v) >= 100)
        return QString::number(std::lround(v));
    const double rounded = std::round(v * 10) / 10;
    return rounded == std::floor(rounded) ? QString::number(qlonglong(rounded)) : QString::number(rounded, 'f', 1);
}

bool perHour(double perUnit, model::TimeUnit unit)
{
    return perUnit * 60 / model::minutesPer(unit) >= 10;
}

QString duration(const sim::Stat &s, model::TimeUnit unit)
{
    return model::humanDuration(s.mean, s.ci95, s.n, unit);
}

QString share(const sim::Stat &s)
{
    return hasInterval(s) ? ResultsTiles::tr("%1 ± %2").arg(model::percent(s.mean), model::percent(s.ci95))
                          : model::percent(s.mean);
}

QString measured(model::Kpi kpi, double v, model::TimeUnit unit, double rateReference)
{
    switch (kpi) {
    case model::Kpi::CycleTime:
    case model::Kpi::Wait: return model::humanDuration(v, unit);
    case model::Kpi::AbandonmentRate:
    case model::Kpi::Utilization: return model::percent(v);
    case model::Kpi::Throughput: {
        // Value, interval and target in one unit, chosen from the target.
        const double factor = (perHour(rateReference, unit) ? 60 : 1440) / model::minutesPer(unit);
        return perHour(rateReference, unit) ? ResultsTiles::tr("%1 per hour").arg(decimal(v * factor))
                                            : ResultsTiles::tr("%1 per day").arg(decimal(v * factor));
    }
    }
    return QString::number(v);
}

QString kpiTitle(model::Kpi kpi)
{
    switch (kpi) {
    case model::Kpi::CycleTime: return ResultsTiles::tr("cycle time");
    case model::Kpi::Wait: return ResultsTiles::tr("wait");
    case model::Kpi::AbandonmentRate: return ResultsTiles::tr("customers lost");
    case model::Kpi::Utilization: return ResultsTiles::tr("utilisation");
    case model::Kpi::Throughput: return ResultsTiles::tr("throughput");
    }
    return {};
}

QString statisticWords(model::Statistic s)
{
    switch (s) {
    case model::Statistic::Mean: return ResultsTiles::tr("mean");
    case model::Statistic::P50: return ResultsTiles::tr("median");
    case model::Statistic::P90: return ResultsTiles::tr("90th percentile");
    case model::Statistic::P95: return ResultsTiles::tr("95th percentile");
    }
    return {};
}

} // namespace

QString rateText(double perUnit, model::TimeUnit unit)
{
    return measured(model::Kpi::Throughput, perUnit, unit, perUnit);
}

QString rateInterval(double perUnit, double ci95, model::TimeUnit unit)
{
    return ResultsTiles::tr("± %1").arg(measured(model::Kpi::Throughput, ci95, unit, perUnit));
}

QList<TileRow> processTiles(const model::Project *project, const sim::Results &results)
{
    const ResultNames names(project);
    const model::TimeUnit unit = model::timeUnitFromName(QString::fromStdString(results.layout.timeUnit));
    const model::Scenario *scenario = project ? project->scenario(QString::fromStdString(results.scenario)) : nullptr;
    const QString runs = ResultsTiles::tr("%n replications", nullptr, results.replications);
    QList<TileRow> rows;
    for (const model::ProcessFigures &f : model::processFigures(results)) {
        TileRow row;
        row.title = names.process(f.process);
        const model::Process *p = project ? project->process(f.process) : nullptr;
        if (p && !p->variantOf.isEmpty() && scenario && scenario->processInPlaceOf(p->variantOf) == f.process)
            row.subtitle = ResultsTiles::tr("in place of %1").arg(names.process(p->variantOf));

        TileText throughput;
        throughput.title = ResultsTiles::tr("Throughput");
        throughput.value = rateText(f.throughput.mean, unit);
        if (hasInterval(f.throughput))
            throughput.interval = rateInterval(f.throughput.mean, f.throughput.ci95, unit);
        throughput.lines << ResultsTiles::tr("%1 of %2 cases completed per replication")
                                .arg(model::wholeCount(f.completed.mean, f.completed.ci95, f.completed.n),
                                    model::wholeCount(f.arrived.mean, f.arrived.ci95, f.arrived.n));
        throughput.tip
            = ResultsTiles::tr("Cases completed after the warm-up per unit of time, mean over %1.").arg(runs);

        TileText cycle;
        cycle.title = ResultsTiles::tr("Cycle time");
        cycle.value = model::humanDuration(f.cycleMean.mean, unit);
        if (hasInterval(f.cycleMean))
            cycle.interval = ResultsTiles::tr("± %1").arg(model::humanDuration(f.cycleMean.ci95, unit));
        cycle.lines << ResultsTiles::tr("half done within %1").arg(duration(f.cycleP50, unit))
                    << ResultsTiles::tr("90 % done within %1").arg(duration(f.cycleP90, unit));
        cycle.tip
            = ResultsTiles::tr("From arrival to the end, for the cases completed after the warm-up. The median and the "
                               "90th percentile are each replication's, averaged over %1.")
                  .arg(runs);

        TileText lost;
        lost.title = ResultsTiles::tr("Customers lost");
        lost.value = model::wholeCount(f.abandoned.mean, 0, 1);
        if (hasInterval(f.abandoned))
            lost.interval = ResultsTiles::tr("± %1").arg(std::lround(f.abandoned.ci95));
        lost.lines << ResultsTiles::tr("%1 of arrivals gave up waiting").arg(share(f.abandonedShare));
        lost.lines << (f.inProcessAtEnd.n > 0
                ? ResultsTiles::tr("still in process at the end: %1")
                      .arg(model::wholeCount(f.inProcessAtEnd.mean, f.inProcessAtEnd.ci95, f.inProcessAtEnd.n))
                : ResultsTiles::tr("still in process at the end: not recorded in this run"));
        lost.tip = ResultsTiles::tr(
            "Per replication: customers who abandoned while waiting (a failed transaction), and those "
            "still in the process when the run ended (engaged, without an outcome yet).");

        TileText waiting;
        waiting.title = ResultsTiles::tr("Waiting");
        waiting.value = model::percent(f.waitingShare.mean);
        if (hasInterval(f.waitingShare))
            waiting.interval = ResultsTiles::tr("± %1").arg(model::percent(f.waitingShare.ci95));
        waiting.lines << ResultsTiles::tr("of the tasks had to wait")
                      << ResultsTiles::tr("mean wait per task %1").arg(duration(f.waitMean, unit));
        waiting.tip = ResultsTiles::tr(
            "The share of task starts that waited for staff at all, and the mean wait per task start.");

        row.tiles = { throughput, cycle, lost, waiting };
        rows << row;
    }
    return rows;
}

QList<TileText> goalTiles(const model::Project *project, const sim::Results &results)
{
    QList<TileText> tiles;
    if (!project)
        return tiles;
    const ResultNames names(project);
    const model::TimeUnit unit = model::timeUnitFromName(QString::fromStdString(results.layout.timeUnit));
    for (const model::GoalResult &g : model::evaluateGoals(*project, results)) {
        TileText t;
        t.title = g.goal;
        const model::Kpi kpi = g.measure.kpi;
        const double reference = g.target;
        if (g.measured && g.value.n > 0) {
            t.value = measured(kpi, g.value.mean, unit, reference);
            if (hasInterval(g.value))
                t.interval = ResultsTiles::tr("± %1").arg(measured(kpi, g.value.ci95, unit, reference));
        } else {
            t.value = ResultsTiles::tr("not simulated");
        }
        const QString target = measured(kpi, g.target, unit, reference);
        t.lines << (g.measure.comparator == model::Comparator::AtMost ? ResultsTiles::tr("target: at most %1")
                                                                      : ResultsTiles::tr("target: at least %1"))
                       .arg(target);
        QString what = ResultsTiles::tr("%1 of %2").arg(statisticWords(g.measure.statistic), kpiTitle(kpi));
        if (!g.measure.node.isEmpty())
            what = ResultsTiles::tr("%1 at %2").arg(what, names.node(g.measuredProcess, g.measure.node));
        else if (!g.measure.role.isEmpty())
            what = ResultsTiles::tr("%1 of %2").arg(what, names.role(g.measure.role));
        else if (!g.measuredProcess.isEmpty())
            what = ResultsTiles::tr("%1 in %2").arg(what, names.process(g.measuredProcess));
        t.lines << what;
        switch (g.met) {
        case model::GoalVerdict::Met:
            t.verdict = ResultsTiles::tr("Met");
            t.tone = Tone::Good;
            t.tip = ResultsTiles::tr("The whole 95 % interval is on the right side of the target.");
            break;
        case model::GoalVerdict::NotMet:
            t.verdict = ResultsTiles::tr("Not met");
            t.tone = Tone::Bad;
            t.tip = ResultsTiles::tr("The whole 95 % interval is on the wrong side of the target.");
            break;
        case model::GoalVerdict::Uncertain:
            t.verdict = ResultsTiles::tr("Uncertain");
            t.tone = Tone::Uncertain;
            t.tip = ResultsTiles::tr("The 95 % interval straddles the target: more replications may decide it.");
            break;
        }
        tiles << t;
    }
    return tiles;
}

} // namespace oi::editor::results
