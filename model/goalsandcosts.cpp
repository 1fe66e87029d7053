// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/goalsandcosts.h"

#include "model/enumnames.h"
#include "model/simulationinput.h"

#include <cmath>

namespace oi::model {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int processIndex(const sim::Results &r, const QString &id)
{
    for (std::size_t i = 0; i < r.layout.processes.size(); ++i)
        if (qs(r.layout.processes[i].id) == id)
            return int(i);
    return -1;
}

int roleIndex(const sim::Results &r, const QString &id)
{
    for (std::size_t i = 0; i < r.layout.roles.size(); ++i)
        if (qs(r.layout.roles[i]) == id)
            return int(i);
    return -1;
}

double quantileOf(Statistic s)
{
    switch (s) {
    case Statistic::Mean: break;
    case Statistic::P50: return 0.5;
    case Statistic::P90: return 0.9;
    case Statistic::P95: return 0.95;
    }
    return 0.5;
}

// One replication's value of the measure; NaN when the replication saw nothing to measure.
double measureIn(const sim::ReplicationResult &rep, const sim::Results &r, const Measure &m, int process, int role)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (m.kpi == Kpi::Utilization) {
        const sim::RoleRep &rr = rep.roles[std::size_t(role)];
        return rr.availableArea > 0 ? rr.busyArea / rr.availableArea : nan;
    }
    const sim::ProcessRep &p = rep.processes[std::size_t(process)];
    switch (m.kpi) {
    case Kpi::CycleTime:
        if (m.statistic == Statistic::Mean)
            return p.completed ? p.cycleSum / double(p.completed) : nan;
        return p.cycle.count() ? p.cycle.quantile(quantileOf(m.statistic)) : nan;
    case Kpi::AbandonmentRate: return p.arrived ? double(p.abandoned) / double(p.arrived) : nan;
    case Kpi::Throughput: return rep.observed > 0 ? double(p.completed) / rep.observed : nan;
    case Kpi::Wait: {
        const sim::Layout::ProcessInfo &info = r.layout.processes[std::size_t(process)];
        sim::Histogram pooled;
        double sum = 0;
        std::uint64_t served = 0;
        for (std::size_t n = 0; n < info.nodes.size(); ++n) {
            if (info.nodes[n].type != sim::NodeType::Task || (!m.node.isEmpty() && qs(info.nodes[n].id) != m.node))
                continue;
            sum += p.nodes[n].waitSum;
            served += p.nodes[n].served;
            pooled.merge(p.nodes[n].wait);
        }
        if (m.statistic == Statistic::Mean)
            return served ? sum / double(served) : nan;
        return pooled.count() ? pooled.quantile(quantileOf(m.statistic)) : nan;
    }
    case Kpi::Utilization: break;
    }
    return nan;
}

GoalVerdict verdict(const sim::Stat &v, double target, Comparator c)
{
    const double lo = v.mean - v.ci95, hi = v.mean + v.ci95;
    if (c == Comparator::AtMost)
        return hi <= target ? GoalVerdict::Met : lo > target ? GoalVerdict::NotMet : GoalVerdict::Uncertain;
    return lo >= target ? GoalVerdict::Met : hi < target ? GoalVerdict::NotMet : GoalVerdict::Uncertain;
}

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

std::vector<GoalResult> evaluateGoals(const Project &project, const sim::Results &results)
{
    const Scenario *scenario = project.scenario(qs(results.scenario));
    std::vector<GoalResult> out;
    for (const Strategy &s : project.strategies)
        for (const Goal &g : s.goals) {
            if (!g.measure)
                continue;
            GoalResult gr;
            gr.strategy = s.id;
            gr.goal = g.text;
            gr.measure = *g.measure;
            gr.target = g.target;
            gr.measuredProcess = scenario ? scenario->processInPlaceOf(g.measure->process) : g.measure->process;
            const bool byRole = g.measure->kpi == Kpi::Utilization;
            const int process = processIndex(results, gr.measuredProcess);
            const int role = roleIndex(results, g.measure->role);
            gr.measured = byRole ? role >= 0 : process >= 0;
            if (gr.measured) {
                std::vector<double> values;
                for (const sim::ReplicationResult &rep : results.perReplication)
                    if (const double v = measureIn(rep, results, *g.measure, process, role); std::isfinite(v))
                        values.push_back(v);
                gr.value = sim::statOf(values);
                gr.met = values.empty() ? GoalVerdict::Uncertain : verdict(gr.value, g.target, g.measure->comparator);
            }
            out.push_back(std::move(gr));
        }
    return out;
}

CostResult evaluateCosts(const Project &project, const sim::Results &results)
{
    CostResult c;
    const double perHour = unitsPerDay(project.timeUnit) / 24.0;
    const double reps = double(std::max<std::size_t>(1, results.perReplication.size()));
    for (std::size_t i = 0; i < results.layout.roles.size(); ++i) {
        const Role *role = project.role(qs(results.layout.roles[i]));
        const double price = role && role->costPerHour ? *role->costPerHour : 0.0;
        double staff = 0, overtime = 0;
        for (const sim::ReplicationResult &rep : results.perReplication) {
            staff += rep.roles[i].availableArea / perHour * price;
            overtime += rep.roles[i].overtimeArea / perHour * price;
        }
        if (role && role->costPerHour)
            c.byRole[role->id] = staff / reps;
        c.staff += staff / reps;
        c.overtime += overtime / reps;
    }
    for (std::size_t i = 0; i < results.layout.processes.size(); ++i) {
        const Process *p = project.process(qs(results.layout.processes[i].id));
        for (const sim::ReplicationResult &rep : results.perReplication) {
            if (p && p->costPerAbandonment)
                c.lost += double(rep.processes[i].abandoned) * *p->costPerAbandonment / reps;
            if (p && p->valuePerCase)
                c.value += double(rep.processes[i].completed) * *p->valuePerCase / reps;
        }
    }
    if (!results.perReplication.empty())
        c.hours = results.perReplication.front().observed / perHour;
    c.net = c.value - c.staff - c.overtime - c.lost;
    return c;
}

QJsonArray goalsToJson(const std::vector<GoalResult> &goals)
{
    QJsonArray a;
    for (const GoalResult &g : goals) {
        QJsonObject o { { QStringLiteral("strategy"), g.strategy }, { QStringLiteral("goal"), g.goal },
            { QStringLiteral("kpi"), toString(g.measure.kpi) },
            { QStringLiteral("statistic"), toString(g.measure.statistic) },
            { QStringLiteral("comparator"), toString(g.measure.comparator) }, { QStringLiteral("target"), g.target },
            { QStringLiteral("process"), g.measuredProcess } };
        if (!g.measure.node.isEmpty())
            o.insert(QStringLiteral("node"), g.measure.node);
        if (!g.measure.role.isEmpty())
            o.insert(QStringLiteral("role"), g.measure.role);
        o.insert(QStringLiteral("value"),
            g.measured && g.value.n > 0 ? QJsonValue(QJsonObject { { QStringLiteral("mean"), finite(g.value.mean) },
                { QStringLiteral("ci95"), finite(g.value.ci95) }, { QStringLiteral("n"), g.value.n } })
                                        : QJsonValue());
        o.insert(QStringLiteral("met"),
            g.met == GoalVerdict::Met          ? QStringLiteral("yes")
                : g.met == GoalVerdict::NotMet ? QStringLiteral("no")
                                               : QStringLiteral("uncertain"));
        a.append(o);
    }
    return a;
}

QJsonObject costsToJson(const CostResult &c)
{
    QJsonObject byRole;
    for (const auto &[role, cost] : c.byRole)
        byRole.insert(role, cost);
    return QJsonObject { { QStringLiteral("staff"), c.staff }, { QStringLiteral("by_role"), byRole },
        { QStringLiteral("lost"), c.lost }, { QStringLiteral("net"), c.net },
        { QStringLiteral("overtime"), c.overtime }, { QStringLiteral("value"), c.value },
        { QStringLiteral("hours"), c.hours } };
}

bool hasGoalsOrCosts(const Project &project)
{
    for (const Strategy &s : project.strategies)
        for (const Goal &g : s.goals)
            if (g.measure)
                return true;
    for (const Role &r : project.roles)
        if (r.costPerHour)
            return true;
    for (const Process &p : project.processes)
        if (p.valuePerCase || p.costPerAbandonment)
            return true;
    return false;
}

} // namespace oi::model
