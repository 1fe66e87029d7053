// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/simulationinput.h"

#include "model/scenarioinput.h"

#include <QCoreApplication>

#include <QHash>

#include <algorithm>

namespace oi::model {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

sim::NodeType toSimType(NodeType t)
{
    switch (t) {
    case NodeType::Start: return sim::NodeType::Start;
    case NodeType::End: return sim::NodeType::End;
    case NodeType::Task: return sim::NodeType::Task;
    case NodeType::Xor: return sim::NodeType::Xor;
    case NodeType::AndSplit: return sim::NodeType::AndSplit;
    case NodeType::AndJoin: return sim::NodeType::AndJoin;
    case NodeType::Timer: return sim::NodeType::Timer;
    }
    return sim::NodeType::Task;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SimulationInput", text);
}

} // namespace

double unitsPerDay(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return 1440.0;
    case TimeUnit::Hour: return 24.0;
    case TimeUnit::Day: return 1.0;
    }
    return 1440.0;
}

QString timeUnitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return QStringLiteral("minute");
    case TimeUnit::Hour: return QStringLiteral("hour");
    case TimeUnit::Day: return QStringLiteral("day");
    }
    return QStringLiteral("minute");
}

static_assert(static_cast<int>(DistKind::Empirical) == static_cast<int>(sim::DistKind::Empirical)
        && static_cast<int>(DistKind::Normal) == static_cast<int>(sim::DistKind::Normal)
        && static_cast<int>(DistKind::None) == static_cast<int>(sim::DistKind::None),
    "model and engine distribution kinds must stay in the same order");

sim::Distribution toSimDistribution(const Distribution &d)
{
    sim::Distribution s;
    s.kind = static_cast<sim::DistKind>(static_cast<int>(d.kind)); // same enumerators, same order
    s.value = d.value;
    s.min = d.min;
    s.mode = d.mode;
    s.max = d.max;
    s.mean = d.mean;
    s.sd = d.sd;
    s.k = d.k;
    s.values = d.values;
    s.weights = d.weights;
    return s;
}

namespace {

sim::CrossSkill crossSkill(const CrossTraining &c, TimeUnit unit)
{
    sim::CrossSkill skill { c.role.toStdString(), c.priority };
    if (c.from && c.to) {
        skill.from = *c.from;
        skill.to = *c.to;
        skill.period = c.period.value_or(unitsPerDay(unit));
    }
    return skill;
}

} // namespace

std::optional<sim::SimulationInput> toSimulationInput(const Project &project, const QString &scenarioId, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Scenario *scenario = nullptr;
    if (!scenarioId.isEmpty()) {
        scenario = project.scenario(scenarioId);
        if (!scenario)
            return fail(tr("unknown scenario '%1'").arg(scenarioId));
    }
    const QString where = scenario ? tr("scenario '%1'").arg(scenario->id) : QString();

    sim::SimulationInput in;
    in.timeUnit = str(timeUnitName(project.timeUnit));
    for (const Role &r : project.roles) {
        sim::Role s;
        s.id = str(r.id);
        s.headcount = r.headcount;
        if (r.shifts) {
            s.shiftPeriod = r.shifts->period;
            for (const ShiftBlock &b : r.shifts->capacity)
                s.shifts.push_back({ b.from, b.to, b.headcount });
        }
        for (const CrossTraining &c : r.crossTrained)
            s.crossTrained.push_back(crossSkill(c, project.timeUnit));
        in.roles.push_back(std::move(s));
    }
    auto findRole = [&in](const QString &id) -> sim::Role * {
        for (sim::Role &r : in.roles)
            if (r.id == id.toStdString())
                return &r;
        return nullptr;
    };

    // A variant runs only in the place a scenario gives it; its original then stays out.
    const auto runs = [&](const Process &p) {
        if (!p.variantOf.isEmpty())
            return scenario && scenario->processInPlaceOf(p.variantOf) == p.id;
        return !scenario || scenario->processInPlaceOf(p.id) == p.id;
    };
    // "process/node" of a scenario names the original; the node is the one of whatever runs there.
    const auto inPlace = [&](const QString &ref) -> QString {
        const qsizetype slash = ref.indexOf(u'/');
        if (!scenario || slash < 0)
            return ref;
        return scenario->processInPlaceOf(ref.left(slash)) + ref.mid(slash);
    };
    if (scenario)
        for (const VariantChoice &v : scenario->variants) {
            const Process *variant = project.process(v.variant);
            if (!project.process(v.process) || !variant || variant->variantOf != v.process)
                return fail(tr("%1: '%2' is not a variant of process '%3'").arg(where, v.variant, v.process));
        }
    QHash<QString, QString> reassigned;
    if (scenario)
        for (const Reassignment &r : scenario->reassign) {
            if (!findRole(r.role))
                return fail(tr("%1: '%2' reassigned to unknown role '%3'").arg(where, r.node, r.role));
            reassigned.insert(inPlace(r.node), r.role);
        }

    for (const Process &p : project.processes) {
        if (!runs(p))
            continue;
        sim::Process sp;
        sp.id = str(p.id);
        for (const Node &n : p.nodes) {
            sim::Node sn;
            sn.id = str(n.id);
            sn.type = toSimType(n.type);
            sn.role = str(reassigned.value(p.id + u'/' + n.id, n.role));
            sn.duration = toSimDistribution(n.duration);
            sn.priority = n.priority;
            sn.arrivals = toSimDistribution(n.arrivals);
            if (n.rateCalendar) {
                sn.ratePeriod = n.rateCalendar->period;
                for (const RateBlock &b : n.rateCalendar->rates)
                    sn.rates.push_back({ b.from, b.to, b.perTimeUnit });
                if (n.type == NodeType::Start)
                    sn.arrivals = sim::Distribution(); // the calendar wins over a stray distribution
            }
            sn.patience = toSimDistribution(n.patience);
            sp.nodes.push_back(std::move(sn));
        }
        for (const Flow &f : p.flows)
            sp.flows.push_back({ str(f.from), str(f.to), f.probability });
        // Contacts go to whatever runs in the named process's place in this scenario.
        for (const Interrupt &x : p.interrupts)
            sp.interrupts.push_back(
                { x.after, x.rate, str(scenario ? scenario->processInPlaceOf(x.process) : x.process) });
        in.processes.push_back(std::move(sp));
    }

    if (scenario) {
        for (const HeadcountOverride &h : scenario->headcount) {
            sim::Role *r = findRole(h.role);
            if (!r)
                return fail(tr("%1: headcount override for unknown role '%2'").arg(where, h.role));
            if (h.headcount < 0)
                return fail(tr("%1: headcount for role '%2' must be >= 0").arg(where, h.role));
            const int delta = h.headcount - r->headcount;
            r->headcount = h.headcount;
            for (sim::ShiftBlock &b : r->shifts)
                b.headcount = std::max(0, b.headcount + delta);
        }
        const double m = scenario->arrivalMultiplier;
        if (!(m > 0))
            return fail(tr("%1: the arrival multiplier must be > 0").arg(where));
        for (sim::Process &p : in.processes)
            for (sim::Node &n : p.nodes) {
                if (n.type != sim::NodeType::Start)
                    continue;
                if (n.arrivals.isSet())
                    n.arrivals = n.arrivals.scaled(1.0 / m);
                for (sim::RateBlock &b : n.rates)
                    b.perTimeUnit *= m;
            }
        for (const DurationOverride &d : scenario->durations) {
            const QStringList parts = inPlace(d.node).split(u'/');
            sim::Node *target = nullptr;
            if (parts.size() == 2)
                for (sim::Process &p : in.processes)
                    if (p.id == str(parts[0]))
                        for (sim::Node &n : p.nodes)
                            if (n.id == str(parts[1]))
                                target = &n;
            if (!target)
                return fail(
                    tr("%1: duration override for unknown node '%2' (expected process/node)").arg(where, d.node));
            if (!(d.factor > 0))
                return fail(tr("%1: duration factor for '%2' must be > 0").arg(where, d.node));
            target->duration = target->duration.scaled(d.factor);
        }
        if (scenario->crossTraining.has_value() && !*scenario->crossTraining)
            for (sim::Role &r : in.roles)
                r.crossTrained.clear();
        for (const auto &[roleId, skill] : scenario->addCrossTraining) {
            sim::Role *r = findRole(roleId);
            if (!r)
                return fail(tr("%1: cross-training added to unknown role '%2'").arg(where, roleId));
            if (!findRole(skill.role))
                return fail(tr("%1: role '%2' cross-trained for unknown role '%3'").arg(where, roleId, skill.role));
            r->crossTrained.push_back(crossSkill(skill, project.timeUnit));
        }
        for (const Reassignment &r : scenario->reassign) {
            bool found = false;
            for (const sim::Process &p : in.processes)
                for (const sim::Node &n : p.nodes)
                    found = found || (p.id + '/' + n.id == str(inPlace(r.node)) && n.type == sim::NodeType::Task);
            if (!found)
                return fail(tr("%1: reassignment of unknown task '%2' (expected process/node)").arg(where, r.node));
        }
        if (!detail::applyScenarioCalendars(project, *scenario, in, where, error))
            return std::nullopt;
    }

    sim::RunSettings &s = in.settings;
    s.dayLength = unitsPerDay(project.timeUnit);
    s.horizon = project.simulation.horizon > 0 ? project.simulation.horizon : 10 * s.dayLength;
    s.warmup = project.simulation.warmup;
    s.replications = project.simulation.replications > 0 ? project.simulation.replications : 10;
    s.seed = project.simulation.seed;
    return in;
}

} // namespace oi::model
