// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/traceability.h"

#include <QSet>

namespace oi::model {

std::pair<QString, QString> splitNodeRef(const QString &ref)
{
    const qsizetype slash = ref.indexOf(u'/');
    if (slash < 0)
        return { ref, QString() };
    return { ref.left(slash), ref.mid(slash + 1) };
}

namespace {

void addOnce(QStringList &list, const QString &id)
{
    if (!id.isEmpty() && !list.contains(id))
        list << id;
}

bool processUsesRole(const Process &p, const QSet<QString> &roles)
{
    return std::any_of(
        p.nodes.begin(), p.nodes.end(), [&](const Node &n) { return !n.role.isEmpty() && roles.contains(n.role); });
}

bool stepTouches(const Step &s, const QSet<QString> &processes, const QSet<QString> &roles)
{
    for (const QString &ref : s.processes)
        if (processes.contains(splitNodeRef(ref).first))
            return true;
    auto hasRole = [&](const QStringList &list) {
        return std::any_of(list.begin(), list.end(), [&](const QString &r) { return roles.contains(r); });
    };
    return hasRole(s.frontRoles) || hasRole(s.backRoles);
}

} // namespace

StrategyTrace traceStrategy(const Project &project, const QString &strategyId)
{
    StrategyTrace t;
    QSet<QString> roles, processes, steps;
    for (const Role &r : project.roles)
        if (r.strategy == strategyId) {
            addOnce(t.roles, r.id);
            roles.insert(r.id);
        }
    for (const Process &p : project.processes)
        if (p.strategy == strategyId || processUsesRole(p, roles)) {
            addOnce(t.processes, p.id);
            processes.insert(p.id);
        }
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            if (stepTouches(s, processes, roles)) {
                addOnce(t.steps, s.id);
                steps.insert(s.id);
            }
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            if (steps.contains(s.id))
                for (const QString &q : s.requirements)
                    addOnce(t.requirements, q);
    for (const Requirement &q : project.requirements) {
        const bool viaStep
            = std::any_of(q.steps.begin(), q.steps.end(), [&](const QString &s) { return steps.contains(s); });
        const bool viaNode = std::any_of(q.nodes.begin(), q.nodes.end(),
            [&](const QString &n) { return processes.contains(splitNodeRef(n).first); });
        if (viaStep || viaNode)
            addOnce(t.requirements, q.id);
    }
    // Keep requirements in project order, whichever way they were found.
    QStringList ordered;
    for (const Requirement &q : project.requirements)
        if (t.requirements.contains(q.id))
            ordered << q.id;
    for (const QString &q : std::as_const(t.requirements))
        addOnce(ordered, q);
    t.requirements = ordered;
    return t;
}

RequirementTrace traceRequirement(const Project &project, const QString &requirementId)
{
    RequirementTrace t;
    const Requirement *q = project.requirement(requirementId);
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            if (s.requirements.contains(requirementId) || (q && q->steps.contains(s.id)))
                addOnce(t.steps, s.id);
    if (q)
        for (const QString &n : q->nodes)
            addOnce(t.nodes, n);
    for (const QString &n : std::as_const(t.nodes)) {
        const auto [pid, nid] = splitNodeRef(n);
        addOnce(t.processes, pid);
        if (const Process *p = project.process(pid))
            if (const Node *node = p->node(nid))
                addOnce(t.roles, node->role);
    }
    for (const QString &sid : std::as_const(t.steps)) {
        const Step *s = project.step(sid);
        for (const QString &ref : s->processes)
            addOnce(t.processes, splitNodeRef(ref).first);
        for (const QString &r : s->frontRoles + s->backRoles)
            addOnce(t.roles, r);
    }
    for (const QString &pid : std::as_const(t.processes))
        if (const Process *p = project.process(pid))
            addOnce(t.strategies, p->strategy);
    for (const QString &rid : std::as_const(t.roles))
        if (const Role *r = project.role(rid))
            addOnce(t.strategies, r->strategy);
    return t;
}

Orphans findOrphans(const Project &project)
{
    Orphans o;
    QSet<QString> explainedByProcess;
    for (const Process &p : project.processes)
        if (!p.strategy.isEmpty())
            for (const Node &n : p.nodes)
                explainedByProcess.insert(n.role);
    for (const Role &r : project.roles)
        if (r.strategy.isEmpty() && !explainedByProcess.contains(r.id))
            o.roles << r.id;
    QSet<QString> needed;
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps) {
            if (s.processes.isEmpty())
                o.steps << s.id;
            for (const QString &q : s.requirements)
                needed.insert(q);
        }
    for (const Requirement &q : project.requirements)
        if (q.steps.isEmpty() && q.nodes.isEmpty() && !needed.contains(q.id))
            o.requirements << q.id;
    return o;
}

} // namespace oi::model
