// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/traceability.h"

#include <QSet>

#include <algorithm>

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

bool hasTaskOf(const Process &p, const QString &role)
{
    return !role.isEmpty()
        && std::any_of(p.nodes.begin(), p.nodes.end(), [&](const Node &n) { return n.role == role; });
}

/** The ids of `items` (strategies, roles, processes, requirements), in project order, once each. */
template<typename Items> QStringList idsOf(const Items &items)
{
    QStringList ids;
    for (const auto &item : items)
        addOnce(ids, item.id);
    return ids;
}

QStringList stepIds(const Project &project)
{
    QStringList ids;
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            addOnce(ids, s.id);
    return ids;
}

/** The ids of `items` that are in `ids`, in project order: a set's order would change from run to run. */
template<typename Items> QStringList inProjectOrder(const Items &items, const QSet<QString> &ids)
{
    QStringList ordered;
    for (const auto &item : items)
        if (ids.contains(item.id))
            addOnce(ordered, item.id);
    return ordered;
}

QStringList stepsInOrder(const Project &project, const QSet<QString> &ids)
{
    QStringList ordered;
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            if (ids.contains(s.id))
                addOnce(ordered, s.id);
    return ordered;
}

QStringList needsInOrder(const Project &project, const QSet<QString> &ids)
{
    QStringList ordered;
    for (const Persona &persona : project.personas)
        for (const Need &n : persona.needs)
            if (ids.contains(n.id))
                addOnce(ordered, n.id);
    return ordered;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

/**
 * Adds what runs in the place of `processes`: the variants of an original (a scenario runs one
 * instead) and the processes a scenario diverts their customers to (a channel shift). The step
 * that triggers the original triggers these too.
 */
void addRunInPlace(const Project &project, QSet<QString> &processes)
{
    for (bool grew = true; grew;) {
        grew = false;
        auto add = [&](const QString &id) {
            if (!id.isEmpty() && !processes.contains(id)) {
                processes.insert(id);
                grew = true;
            }
        };
        for (const Process &p : project.processes)
            if (!p.variantOf.isEmpty() && processes.contains(p.variantOf))
                add(p.id);
        for (const Scenario &sc : project.scenarios)
            for (const Diversion &d : sc.divert)
                if (processes.contains(d.process))
                    add(d.to);
    }
}

/** The processes a step triggers: the ones it links to (whole or by a node), and what runs in their place. */
QSet<QString> triggeredBy(const Project &project, const Step &s)
{
    QSet<QString> processes;
    for (const QString &ref : s.processes)
        processes.insert(splitNodeRef(ref).first);
    addRunInPlace(project, processes);
    return processes;
}

QSet<QString> stepsTriggering(const Project &project, const QSet<QString> &processes)
{
    QSet<QString> steps;
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            if (triggeredBy(project, s).intersects(processes))
                steps.insert(s.id);
    return steps;
}

/** Who works at a step: its front and back roles, the roles of its nodes, all roles of a process it names whole. */
QSet<QString> rolesAt(const Project &project, const Step &s)
{
    QSet<QString> roles = toSet(s.frontRoles + s.backRoles);
    for (const QString &ref : s.processes) {
        const auto [pid, nid] = splitNodeRef(ref);
        const Process *p = project.process(pid);
        if (!p)
            continue;
        for (const Node &n : p->nodes)
            if (!n.role.isEmpty() && (nid.isEmpty() || n.id == nid))
                roles.insert(n.role);
    }
    return roles;
}

QSet<QString> processesWithTaskOf(const Project &project, const QString &role)
{
    QSet<QString> processes;
    for (const Process &p : project.processes)
        if (hasTaskOf(p, role))
            processes.insert(p.id);
    return processes;
}

/** Linked either way: requirement.steps or step.requirements. */
QSet<QString> stepsOfRequirement(const Project &project, const QString &requirement)
{
    QSet<QString> steps;
    if (const Requirement *q = project.requirement(requirement))
        steps = toSet(q->steps);
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps)
            if (s.requirements.contains(requirement))
                steps.insert(s.id);
    return steps;
}

/** The role names the strategy, or has a task in a process that names it. */
bool belongsTo(const Project &project, const Role &r, const QString &strategy)
{
    if (strategy.isEmpty())
        return false;
    return r.strategy == strategy
        || std::any_of(project.processes.begin(), project.processes.end(),
            [&](const Process &p) { return p.strategy == strategy && hasTaskOf(p, r.id); });
}

/** The matrix whose row `r` is linked to the columns in `linked(r)` (a set of column ids). */
template<typename Linked> TraceMatrix matrix(const QStringList &rows, const QStringList &columns, Linked linked)
{
    TraceMatrix m;
    m.rows = rows;
    m.columns = columns;
    m.cells.reserve(std::size_t(rows.size()));
    for (const QString &row : rows) {
        const QSet<QString> links = linked(row);
        std::vector<bool> cells;
        cells.reserve(std::size_t(columns.size()));
        for (const QString &column : columns)
            cells.push_back(links.contains(column));
        m.cells.push_back(std::move(cells));
    }
    return m;
}

/** A strategy's chain: traceStrategy() with every role that belongs to it, and the needs of its steps. */
Chain strategyChain(const Project &project, const Strategy &s)
{
    const StrategyTrace t = traceStrategy(project, s.id);
    Chain c;
    c.strategies << s.id;
    for (const Role &r : project.roles)
        if (belongsTo(project, r, s.id))
            addOnce(c.roles, r.id);
    c.processes = t.processes;
    c.steps = t.steps;
    c.requirements = t.requirements;
    QSet<QString> needs;
    for (const QString &sid : std::as_const(c.steps))
        if (const Step *step = project.step(sid))
            for (const QString &n : step->serves)
                needs.insert(n);
    c.needs = needsInOrder(project, needs);
    return c;
}

const QStringList &listOf(const Chain &c, const QString &kind)
{
    if (kind == u"strategy")
        return c.strategies;
    if (kind == u"role")
        return c.roles;
    if (kind == u"process")
        return c.processes;
    if (kind == u"step")
        return c.steps;
    if (kind == u"requirement")
        return c.requirements;
    return c.needs;
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
    QSet<QString> needed, triggered, served;
    for (const Journey &j : project.journeys)
        for (const Step &s : j.steps) {
            if (s.processes.isEmpty())
                o.steps << s.id;
            for (const QString &q : s.requirements)
                needed.insert(q);
            for (const QString &ref : s.processes)
                triggered.insert(splitNodeRef(ref).first);
            for (const QString &n : s.serves)
                served.insert(n);
        }
    for (const Requirement &q : project.requirements)
        if (q.steps.isEmpty() && q.nodes.isEmpty() && !needed.contains(q.id))
            o.requirements << q.id;
    addRunInPlace(project, triggered);
    for (const Process &p : project.processes)
        if (!triggered.contains(p.id))
            o.processes << p.id;
    for (const Strategy &s : project.strategies) {
        const bool changes = std::any_of(project.roles.begin(), project.roles.end(),
            [&](const Role &r) { return r.strategy == s.id && r.change != ChangeKind::Unchanged; });
        if (!changes)
            o.strategies << s.id;
    }
    for (const Persona &persona : project.personas)
        for (const Need &n : persona.needs)
            if (!n.id.isEmpty() && !served.contains(n.id))
                o.needs << n.id;
    for (const Role &r : project.roles) {
        const bool toBe
            = r.change == ChangeKind::Moved || r.change == ChangeKind::New || r.change == ChangeKind::Merged;
        const bool works = std::any_of(
            project.processes.begin(), project.processes.end(), [&](const Process &p) { return hasTaskOf(p, r.id); });
        if (toBe && !works)
            o.toBeRolesWithoutTasks << r.id;
    }
    return o;
}

int TraceMatrix::coveredRows() const
{
    return int(std::count_if(cells.begin(), cells.end(),
        [](const std::vector<bool> &row) { return std::find(row.begin(), row.end(), true) != row.end(); }));
}

int TraceMatrix::coveredColumns() const
{
    int covered = 0;
    for (std::size_t c = 0; c < std::size_t(columns.size()); ++c)
        if (std::any_of(
                cells.begin(), cells.end(), [&](const std::vector<bool> &row) { return c < row.size() && row[c]; }))
            ++covered;
    return covered;
}

TraceMatrix strategyRoleMatrix(const Project &project)
{
    return matrix(idsOf(project.strategies), idsOf(project.roles), [&](const QString &strategy) {
        QSet<QString> roles;
        for (const Role &r : project.roles)
            if (belongsTo(project, r, strategy))
                roles.insert(r.id);
        return roles;
    });
}

TraceMatrix roleProcessMatrix(const Project &project)
{
    return matrix(idsOf(project.roles), idsOf(project.processes),
        [&](const QString &role) { return processesWithTaskOf(project, role); });
}

TraceMatrix stepProcessMatrix(const Project &project)
{
    return matrix(stepIds(project), idsOf(project.processes), [&](const QString &step) {
        const Step *s = project.step(step);
        return s ? triggeredBy(project, *s) : QSet<QString>();
    });
}

TraceMatrix requirementStepMatrix(const Project &project)
{
    return matrix(idsOf(project.requirements), stepIds(project),
        [&](const QString &requirement) { return stepsOfRequirement(project, requirement); });
}

TraceMatrix requirementNodeMatrix(const Project &project)
{
    QSet<QString> named;
    for (const Requirement &q : project.requirements)
        for (const QString &n : q.nodes)
            named.insert(n);
    QStringList nodes;
    for (const Process &p : project.processes)
        for (const Node &n : p.nodes) {
            const QString ref = p.id + u'/' + n.id;
            if (n.type == NodeType::Task || named.contains(ref))
                addOnce(nodes, ref);
        }
    return matrix(idsOf(project.requirements), nodes, [&](const QString &requirement) {
        const Requirement *q = project.requirement(requirement);
        return q ? toSet(q->nodes) : QSet<QString>();
    });
}

TraceMatrix needStepMatrix(const Project &project)
{
    QStringList needs;
    for (const Persona &persona : project.personas)
        for (const Need &n : persona.needs)
            addOnce(needs, n.id);
    return matrix(needs, stepIds(project), [&](const QString &need) {
        QSet<QString> steps;
        for (const Journey &j : project.journeys)
            for (const Step &s : j.steps)
                if (s.serves.contains(need))
                    steps.insert(s.id);
        return steps;
    });
}

Chain chainOf(const Project &project, const QString &kind, const QString &id)
{
    if (id.isEmpty())
        return {};
    if (kind == u"strategy") {
        const Strategy *s = project.strategy(id);
        return s ? strategyChain(project, *s) : Chain {};
    }
    QSet<QString> roles, processes, steps, requirements, needs;
    // Which way the processes lie from the item: below it, their requirements follow from it too.
    bool processesDownstream = false;
    if (kind == u"role") {
        if (!project.role(id))
            return {};
        roles.insert(id);
        processes = processesWithTaskOf(project, id);
        processesDownstream = true;
        steps = stepsTriggering(project, processes);
        for (const Journey &j : project.journeys)
            for (const Step &s : j.steps)
                if (s.frontRoles.contains(id) || s.backRoles.contains(id))
                    steps.insert(s.id);
    } else if (kind == u"process") {
        const Process *p = project.process(id);
        if (!p)
            return {};
        processes.insert(id);
        processesDownstream = true;
        for (const Node &n : p->nodes)
            if (!n.role.isEmpty())
                roles.insert(n.role);
        steps = stepsTriggering(project, processes);
    } else if (kind == u"step") {
        if (!project.step(id))
            return {};
        steps.insert(id);
    } else if (kind == u"requirement") {
        const Requirement *q = project.requirement(id);
        if (!q)
            return {};
        requirements.insert(id);
        steps = stepsOfRequirement(project, id);
        for (const QString &ref : q->nodes) {
            const auto [pid, nid] = splitNodeRef(ref);
            if (const Process *p = project.process(pid)) {
                processes.insert(pid);
                if (const Node *n = p->node(nid); n && !n->role.isEmpty())
                    roles.insert(n->role);
            }
        }
    } else if (kind == u"need") {
        if (!project.need(id))
            return {};
        needs.insert(id);
        for (const Journey &j : project.journeys)
            for (const Step &s : j.steps)
                if (s.serves.contains(id))
                    steps.insert(s.id);
    } else {
        return {};
    }
    // Upstream of a step, or of the steps found from a requirement or a need: what it triggers
    // and who does that work.
    if (!processesDownstream)
        for (const QString &sid : std::as_const(steps))
            if (const Step *s = project.step(sid)) {
                processes.unite(triggeredBy(project, *s));
                roles.unite(rolesAt(project, *s));
            }
    // Downstream: what the steps (and processes below the item) ask of technology.
    if (kind != u"requirement")
        for (const Requirement &q : project.requirements) {
            const bool viaNode = processesDownstream
                && std::any_of(q.nodes.begin(), q.nodes.end(),
                    [&](const QString &n) { return processes.contains(splitNodeRef(n).first); });
            if (viaNode || stepsOfRequirement(project, q.id).intersects(steps))
                requirements.insert(q.id);
        }
    if (kind != u"need")
        for (const QString &sid : std::as_const(steps))
            if (const Step *s = project.step(sid))
                for (const QString &n : s->serves)
                    needs.insert(n);
    Chain c;
    // The strategies whose own chain holds the item, so that the highlight is the same both ways.
    for (const Strategy &s : project.strategies)
        if (!s.id.isEmpty() && listOf(strategyChain(project, s), kind).contains(id))
            addOnce(c.strategies, s.id);
    c.roles = inProjectOrder(project.roles, roles);
    c.processes = inProjectOrder(project.processes, processes);
    c.steps = stepsInOrder(project, steps);
    c.requirements = inProjectOrder(project.requirements, requirements);
    c.needs = needsInOrder(project, needs);
    return c;
}

} // namespace oi::model
