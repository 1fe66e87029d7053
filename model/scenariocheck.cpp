// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's scenario half for the redesign constructs: what a scenario swaps, moves, staffs,
// scales or diverts must exist and make sense, with the field that says so.
#include "model/entitylabel.h"
#include "model/traceability.h"
#include "model/validatorcontext.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace oi::model::detail {

namespace {

// Periods repeat, so two calendars combine only when one period is a whole multiple of the other.
bool periodsFit(double a, double b)
{
    const double ratio = std::max(a, b) / std::min(a, b);
    return std::abs(ratio - std::round(ratio)) < 1e-9 * ratio;
}

double dayLength(const Project &p)
{
    switch (p.timeUnit) {
    case TimeUnit::Minute: return 1440.0;
    case TimeUnit::Hour: return 24.0;
    case TimeUnit::Day: return 1.0;
    }
    return 1440.0;
}

void checkWindow(Findings &f, const QString &e, const QString &field, double from, double to, double period)
{
    if (!(period > 0))
        f.error(e, field + QStringLiteral(".period"), Validator::tr("the period must be greater than zero."));
    else if (!(from >= 0 && from < to && to <= period))
        f.error(e, field,
            Validator::tr("the window %1\u2013%2 must lie inside the period 0\u2013%3, with from before to.")
                .arg(number(from), number(to), number(period)));
}

const Process *runningInPlace(const Project &p, const Scenario &s, const QString &process)
{
    return p.process(s.processInPlaceOf(process));
}

void checkVariants(Findings &f, const Project &p, const Scenario &s, const QString &e)
{
    QSet<QString> seen;
    for (const VariantChoice &v : s.variants) {
        const QString field = QStringLiteral("variants.") + v.process;
        if (seen.contains(v.process))
            f.error(e, field, Validator::tr("the process %1 is given two variants.").arg(quoted(v.process)));
        seen.insert(v.process);
        const Process *original = p.process(v.process);
        const Process *variant = p.process(v.variant);
        if (!original)
            f.error(e, field, Validator::tr("no process has the id %1.").arg(quoted(v.process)));
        if (!variant)
            f.error(e, field, Validator::tr("no process has the id %1.").arg(quoted(v.variant)));
        else if (original && variant->variantOf != v.process)
            f.error(e, field,
                variant->variantOf.isEmpty()
                    ? Validator::tr("%1 is not a variant of %2; mark it with variant_of: %2.")
                          .arg(quoted(v.variant), quoted(v.process))
                    : Validator::tr("%1 is a variant of %2, not of %3.")
                          .arg(quoted(v.variant), quoted(variant->variantOf), quoted(v.process)));
    }
}

QHash<QString, int> headcountOverrides(const Scenario &s)
{
    QHash<QString, int> out;
    for (const HeadcountOverride &h : s.headcount)
        out.insert(h.role, h.headcount);
    return out;
}

void checkReassignments(Findings &f, const Project &p, const Scenario &s, const QString &e)
{
    const QHash<QString, int> overrides = headcountOverrides(s);
    for (const Reassignment &r : s.reassign) {
        const QString field = QStringLiteral("reassign.") + r.node;
        const auto [pid, nid] = splitNodeRef(r.node);
        const Process *process = runningInPlace(p, s, pid);
        const Node *node = process ? process->node(nid) : nullptr;
        if (!node)
            f.error(e, field,
                Validator::tr("%1 is not a node of a process that runs in this scenario (write process/node).")
                    .arg(quoted(r.node)));
        else if (node->type != NodeType::Task)
            f.error(e, field, Validator::tr("only tasks are done by a role; %1 is not a task.").arg(quoted(r.node)));
        const Role *role = p.role(r.role);
        if (!role) {
            f.error(e, field, Validator::tr("no role has the id %1.").arg(quoted(r.role)));
            continue;
        }
        const auto it = overrides.constFind(r.role);
        if (!hasStaff(*role, it == overrides.cend() ? std::nullopt : std::optional<int>(*it)))
            f.error(e, field,
                Validator::tr("role %1 has no capacity in this scenario, so it cannot take over %2.")
                    .arg(quoted(r.role), quoted(r.node)));
    }
}

void checkStaffingWindows(Findings &f, const Project &p, const Scenario &s, const QString &e)
{
    for (std::size_t i = 0; i < s.staffing.size(); ++i) {
        const StaffingChange &c = s.staffing[i];
        const QString field = indexed("staffing", qsizetype(i));
        const Role *role = p.role(c.role);
        if (!role)
            f.error(e, field + QStringLiteral(".role"), Validator::tr("no role has the id %1.").arg(quoted(c.role)));
        const double period = c.period.value_or(dayLength(p));
        checkWindow(f, e, field, c.from, c.to, period);
        if (c.headcount && *c.headcount < 0)
            f.error(e, field + QStringLiteral(".headcount"),
                Validator::tr("headcount cannot be negative (%1).").arg(*c.headcount));
        if (c.add && std::abs(*c.add) > kMaxHeadcount)
            checkPlausibleHeadcount(f, e, field + QStringLiteral(".add"), std::abs(*c.add));
        if (c.headcount)
            checkPlausibleHeadcount(f, e, field + QStringLiteral(".headcount"), *c.headcount);
        if (role && role->shifts && role->shifts->period > 0 && period > 0 && !periodsFit(role->shifts->period, period))
            f.error(e, field + QStringLiteral(".period"),
                Validator::tr("role %1 works shifts repeating every %2; a staffing window must repeat every "
                              "whole multiple or fraction of that, not every %3.")
                    .arg(quoted(c.role), number(role->shifts->period), number(period)));
    }
}

void checkArrivalChanges(Findings &f, const Project &p, const Scenario &s, const QString &e)
{
    for (std::size_t i = 0; i < s.arrivals.size(); ++i) {
        const ArrivalChange &c = s.arrivals[i];
        const QString field = indexed("arrivals", qsizetype(i));
        const Process *process = runningInPlace(p, s, c.process);
        if (!process)
            f.error(e, field + QStringLiteral(".process"),
                Validator::tr("no process has the id %1.").arg(quoted(c.process)));
        if (!(c.multiplier >= 0))
            f.error(e, field + QStringLiteral(".multiplier"), Validator::tr("the multiplier cannot be negative."));
        else if (!(c.multiplier > 0) && !c.from)
            f.error(e, field + QStringLiteral(".multiplier"),
                Validator::tr("a multiplier of zero at all times leaves the process without demand; remove the "
                              "process from the scenario instead."));
        if (!c.from || !c.to)
            continue;
        const double period = c.period.value_or(dayLength(p));
        checkWindow(f, e, field, *c.from, *c.to, period);
        if (process)
            for (const Node &n : process->nodes)
                if (n.type == NodeType::Start && !n.rateCalendar && n.arrivals.isSet()
                    && n.arrivals.kind != DistKind::Exponential)
                    f.error(e, field,
                        Validator::tr("the arrivals of %1 are not Poisson, so their demand cannot change in a window; "
                                      "give them as a rate calendar or exponential, or drop from and to.")
                            .arg(quoted(process->id + u'/' + n.id)));
        if (process)
            for (const Node &n : process->nodes)
                if (n.type == NodeType::Start && n.rateCalendar && n.rateCalendar->period > 0 && period > 0
                    && !periodsFit(n.rateCalendar->period, period))
                    f.error(e, field + QStringLiteral(".period"),
                        Validator::tr("the arrivals of %1 repeat every %2; the window must repeat every whole "
                                      "multiple or fraction of that, not every %3.")
                            .arg(quoted(process->id + u'/' + n.id), number(n.rateCalendar->period), number(period)));
    }
}

bool hasStart(const Process &p)
{
    return std::any_of(p.nodes.begin(), p.nodes.end(), [](const Node &n) { return n.type == NodeType::Start; });
}

void checkDiversions(Findings &f, const Project &p, const Scenario &s, const QString &e)
{
    QHash<QString, double> total;
    for (std::size_t i = 0; i < s.divert.size(); ++i) {
        const Diversion &d = s.divert[i];
        const QString field = indexed("divert", qsizetype(i));
        const Process *from = runningInPlace(p, s, d.process);
        const Process *to = runningInPlace(p, s, d.to);
        if (!from)
            f.error(e, field + QStringLiteral(".process"),
                Validator::tr("no process has the id %1.").arg(quoted(d.process)));
        if (!to)
            f.error(e, field + QStringLiteral(".to"), Validator::tr("no process has the id %1.").arg(quoted(d.to)));
        else if (!hasStart(*to))
            f.error(e, field + QStringLiteral(".to"),
                Validator::tr("process %1 has no start node for the diverted cases to enter.").arg(quoted(d.to)));
        if (from && to && from == to)
            f.error(e, field + QStringLiteral(".to"), Validator::tr("a process cannot divert cases to itself."));
        if (!(d.share >= 0 && d.share <= 1))
            f.error(e, field + QStringLiteral(".share"),
                Validator::tr("a share must be between 0 and 1 (0 % to 100 %), not %1.").arg(number(d.share)));
        else if ((total[d.process] += d.share) > 1 + 1e-9)
            f.error(e, field + QStringLiteral(".share"),
                Validator::tr("the shares diverted from %1 add up to more than 1 (100 %).").arg(quoted(d.process)));
    }
}

} // namespace

void checkCrossTrainingWindow(
    Findings &f, const Project &project, const QString &entity, const QString &field, const CrossTraining &c)
{
    if (c.from && c.to)
        checkWindow(f, entity, field, *c.from, *c.to, c.period.value_or(dayLength(project)));
    else if (c.period)
        f.warning(entity, field + QStringLiteral(".period"),
            Validator::tr("a period without from and to changes nothing: the cross-training holds at any time."));
}

void checkScenarioChanges(Findings &f, const Project &project)
{
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        const Scenario &s = project.scenarios[i];
        const QString e = label::entity("scenario", s.id, qsizetype(i));
        checkVariants(f, project, s, e);
        checkReassignments(f, project, s, e);
        checkStaffingWindows(f, project, s, e);
        checkArrivalChanges(f, project, s, e);
        checkDiversions(f, project, s, e);
    }
}

} // namespace oi::model::detail
