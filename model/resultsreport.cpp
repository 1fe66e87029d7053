// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-text simulation report: the CLI prints it and the studio's Simulation panel shows it.
// People read it: names instead of ids (when the project is at hand), durations in the unit that
// reads best, utilisation in %, counts as whole numbers, and columns as wide as their contents.
#include "model/resultsreport.h"

#include "model/goalsandcosts.h"
#include "model/humanunits.h"
#include "model/simulationinput.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace oi::model {

namespace {

// A class scope so lupdate files these strings under the context they are looked up in.
struct ResultsReport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReport)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString clock(double t, double dayLength)
{
    const int minutes = static_cast<int>(std::lround(t / dayLength * 24 * 60));
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/** How the report names things: by name when the project is known, else by id. */
class Names
{
public:
    explicit Names(const Project *project)
        : mProject(project)
    {
    }
    QString process(const std::string &id) const
    {
        const Process *p = mProject ? mProject->process(qs(id)) : nullptr;
        return p && !p->name.isEmpty() ? p->name : qs(id);
    }
    QString node(const std::string &processId, const std::string &nodeId) const
    {
        const Process *p = mProject ? mProject->process(qs(processId)) : nullptr;
        const Node *n = p ? p->node(qs(nodeId)) : nullptr;
        return n && !n->name.isEmpty() ? n->name : qs(nodeId);
    }
    /** "Order to activation › Enter order" for "onboarding/enter-order". */
    QString nodeRef(const std::string &ref) const
    {
        const QString r = qs(ref);
        if (!r.contains(u'/'))
            return process(ref);
        return process(r.section(u'/', 0, 0).toStdString()) + QStringLiteral(" › ")
            + node(r.section(u'/', 0, 0).toStdString(), r.section(u'/', 1).toStdString());
    }
    QString role(const std::string &id) const
    {
        const Role *r = mProject ? mProject->role(qs(id)) : nullptr;
        return r && !r->name.isEmpty() ? r->name : qs(id);
    }

private:
    const Project *mProject;
};

void processSection(QString &t, const sim::ProcessResult &p, TimeUnit unit, const Names &names)
{
    t += ResultsReport::tr("\nProcess %1\n").arg(names.process(p.id));
    t += ResultsReport::tr(
        "  %1 cases arrived, %2 completed, %3 customers lost (abandoned); %4 still in process on average\n")
             .arg(wholeCount(p.arrived.mean, p.arrived.ci95, p.arrived.n),
                 wholeCount(p.completed.mean, p.completed.ci95, p.completed.n),
                 wholeCount(p.abandoned.mean, p.abandoned.ci95, p.abandoned.n),
                 wholeCount(p.wip.mean, p.wip.ci95, p.wip.n));
    t += ResultsReport::tr("  throughput %1; cycle time %2 (half of the cases within %3, 90 % within %4)\n")
             .arg(humanRate(p.throughput.mean, unit),
                 humanDuration(p.cycleTime.mean, p.cycleTime.ci95, p.cycleTime.n, unit),
                 humanDuration(p.cycleTime.p50, unit), humanDuration(p.cycleTime.p90, unit));
    QList<QStringList> rows { { ResultsReport::tr("step"), ResultsReport::tr("role"), ResultsReport::tr("visits"),
        ResultsReport::tr("mean wait"), ResultsReport::tr("90 % wait less than"), ResultsReport::tr("mean queue"),
        ResultsReport::tr("longest queue (mean of runs)") } };
    QStringList checks;
    for (const sim::NodeResult &node : p.nodes) {
        if (node.type != sim::NodeType::Task)
            continue;
        rows.append({ names.node(p.id, node.id), names.role(node.role),
            wholeCount(node.visits.mean, node.visits.ci95, node.visits.n),
            humanDuration(node.wait.mean, node.wait.ci95, node.wait.n, unit), humanDuration(node.wait.p90, unit),
            QString::number(node.queueLength.mean, 'f', 1), QString::number(node.queueMax.mean, 'f', 1) });
        if (node.erlang) {
            const sim::ErlangC &e = *node.erlang;
            checks << ResultsReport::tr(
                "    %1 against M/M/%2 (Erlang C): mean wait %3 (simulated %4), share who wait %5 "
                "(simulated %6)\n")
                          .arg(names.node(p.id, node.id))
                          .arg(e.servers)
                          .arg(humanDuration(e.wq, unit), humanDuration(node.wait.mean, unit), percent(e.pWait),
                              percent(node.pWait.mean));
        }
    }
    t += textTable(rows, QStringLiteral("  "));
    for (const QString &c : checks)
        t += c;
    for (const sim::FlowResult &f : p.flows)
        if (f.fromXor)
            t += ResultsReport::tr("  from %1 to %2: %3 of cases\n")
                     .arg(names.node(p.id, f.from), names.node(p.id, f.to), percent(f.share.mean));
}

// A measure's value in the unit people read it in: durations, shares in %, cases per day.
QString measured(Kpi kpi, double v, TimeUnit unit)
{
    switch (kpi) {
    case Kpi::CycleTime:
    case Kpi::Wait: return humanDuration(v, unit);
    case Kpi::AbandonmentRate:
    case Kpi::Utilization: return percent(v);
    case Kpi::Throughput: return humanRate(v, unit);
    }
    return QString::number(v);
}

void goalsSection(QString &t, const Project &project, const sim::Results &r, TimeUnit unit)
{
    const std::vector<GoalResult> goals = evaluateGoals(project, r);
    if (!goals.empty()) {
        t += ResultsReport::tr("\nGoals (met only when the whole 95 % interval is on the right side of the target)\n");
        QList<QStringList> rows;
        for (const GoalResult &g : goals) {
            const QString verdict = g.met == GoalVerdict::Met ? ResultsReport::tr("met")
                : g.met == GoalVerdict::NotMet                ? ResultsReport::tr("not met")
                                                              : ResultsReport::tr("uncertain");
            const QString target = (g.measure.comparator == Comparator::AtMost ? ResultsReport::tr("at most %1")
                                                                               : ResultsReport::tr("at least %1"))
                                       .arg(measured(g.measure.kpi, g.target, unit));
            const QString value = g.measured && g.value.n > 0
                ? ResultsReport::tr("%1 ± %2").arg(
                    measured(g.measure.kpi, g.value.mean, unit), measured(g.measure.kpi, g.value.ci95, unit))
                : ResultsReport::tr("not simulated");
            rows.append({ g.goal, value, target, verdict });
        }
        t += textTable(rows, QStringLiteral("  "));
    }
    if (!hasGoalsOrCosts(project))
        return;
    const CostResult c = evaluateCosts(project, r);
    t += ResultsReport::tr("\nMoney over the measured %1 (means per replication)\n")
             .arg(humanDuration(c.hours * unitsPerDay(unit) / 24.0, unit));
    const auto cash = [&](double v) { return money(v, project.currency); };
    QList<QStringList> rows { { ResultsReport::tr("staff on duty"), cash(c.staff) },
        { ResultsReport::tr("overtime"), cash(c.overtime) }, { ResultsReport::tr("lost to abandonment"), cash(c.lost) },
        { ResultsReport::tr("value of completed cases"), cash(c.value) }, { ResultsReport::tr("net"), cash(c.net) } };
    t += textTable(rows, QStringLiteral("  "));
}

} // namespace

QString formatResultsText(const sim::Results &r, const std::vector<sim::SweepRow> &sweep, const Project *project)
{
    const Names names(project);
    const TimeUnit unit = timeUnitFromName(qs(r.layout.timeUnit));
    QString t;
    t += ResultsReport::tr(
        "%n replications (first %1), each %2 long after a warm-up of %3, seed %4\n", nullptr, r.replications)
             .arg(r.firstReplication)
             .arg(humanDuration(r.horizon, unit), humanDuration(r.warmup, unit))
             .arg(r.seed);
    t += ResultsReport::tr("%1 events in %2 s, fingerprint %3\n")
             .arg(r.events)
             .arg(QString::number(r.wallSeconds, 'f', 2))
             .arg(r.fingerprint, 16, 16, QLatin1Char('0'));
    for (const std::string &w : r.warnings)
        t += ResultsReport::tr("warning: %1\n").arg(qs(w));
    for (const sim::ProcessResult &p : r.processes)
        processSection(t, p, unit, names);

    t += ResultsReport::tr("\nRole utilisation (busy staff-time / staff-time on duty)\n");
    QList<QStringList> rows;
    for (const sim::RoleResult &role : r.roles) {
        QString busy = percent(role.utilization.mean);
        if (role.utilization.n > 1)
            busy += ResultsReport::tr(" ± %1").arg(percent(role.utilization.ci95));
        // Finishing tasks after a shift ends is work beyond the capacity, so not in utilisation.
        QString overtime;
        if (role.overtime.mean > 0)
            overtime = ResultsReport::tr("overtime %1 of staff-time per replication")
                           .arg(humanDuration(role.overtime.mean, unit));
        rows.append({ names.role(role.id), busy, overtime });
    }
    t += textTable(rows, QStringLiteral("  "));

    if (!r.bottlenecks.empty()) {
        t += ResultsReport::tr("\nBottlenecks (score = (utilisation + share of all waiting) / 2)\n");
        QList<QStringList> ranked;
        int rank = 0;
        for (const sim::Bottleneck &b : r.bottlenecks)
            ranked.append({ QStringLiteral("%1.").arg(++rank), names.role(b.role), names.nodeRef(b.node),
                ResultsReport::tr("busy %1").arg(percent(b.utilization)),
                ResultsReport::tr("%1 of all waiting").arg(percent(b.waitShare)),
                ResultsReport::tr("score %1").arg(QString::number(b.score, 'f', 2)) });
        t += textTable(ranked, QStringLiteral("  "));
        t += ResultsReport::tr("The constraint is %1 (%2).\n")
                 .arg(names.role(r.bottlenecks.front().role), names.nodeRef(r.bottlenecks.front().node));
        if (r.windows.size() > 1) {
            t += ResultsReport::tr("Constraint by time of day:\n");
            QList<QStringList> windows;
            for (const sim::WindowConstraint &w : r.windows)
                windows.append(
                    { QStringLiteral("%1–%2").arg(clock(w.from, r.layout.dayLength), clock(w.to, r.layout.dayLength)),
                        names.role(w.constraint.role), names.nodeRef(w.constraint.node),
                        ResultsReport::tr("busy %1").arg(percent(w.constraint.utilization)),
                        ResultsReport::tr("%1 of the waiting").arg(percent(w.constraint.waitShare)) });
            t += textTable(windows, QStringLiteral("  "));
        }
    }
    if (!sweep.empty()) {
        t += ResultsReport::tr("\nWhat-if sweep (common random numbers; change versus base, 95 %)\n");
        QList<QStringList> variants;
        for (const sim::SweepRow &row : sweep) {
            QString label = qs(row.label);
            if (!row.role.empty())
                label = ResultsReport::tr("%1 %2").arg(names.role(row.role),
                    QStringLiteral("%1%2")
                        .arg(row.extraHeadcount > 0 ? QStringLiteral("+") : QString())
                        .arg(row.extraHeadcount));
            if (!row.error.empty()) {
                variants.append({ label, qs(row.error) });
                continue;
            }
            variants.append({ label,
                ResultsReport::tr("cycle time %1")
                    .arg(humanDuration(row.cycleTime.mean, row.cycleTime.ci95, row.cycleTime.n, unit)),
                ResultsReport::tr("change %1")
                    .arg(
                        humanDuration(row.cycleTimeChange.mean, row.cycleTimeChange.ci95, row.cycleTimeChange.n, unit)),
                ResultsReport::tr("throughput %1").arg(humanRate(row.throughput.mean, unit)),
                ResultsReport::tr("change %1").arg(humanRate(row.throughputChange.mean, unit)) });
        }
        t += textTable(variants, QStringLiteral("  "));
    }
    if (project)
        goalsSection(t, *project, r, unit);
    return t;
}

} // namespace oi::model
