// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's outside-in chain: the customer's needs and the steps that serve them, who does
// which responsibility before and after, goals that can be checked against a simulation, what
// work costs and earns, and process variants with the journey steps that follow them.
#include "model/entitylabel.h"
#include "model/traceability.h"
#include "model/validatorcontext.h"

#include <QSet>

#include <algorithm>

namespace oi::model::detail {

namespace {

void checkNeeds(Findings &f, const Project &p)
{
    QSet<QString> ids, served;
    for (const Journey &j : p.journeys)
        for (const Step &s : j.steps)
            for (const QString &n : s.serves)
                served.insert(n);
    for (std::size_t pi = 0; pi < p.personas.size(); ++pi) {
        const Persona &persona = p.personas[pi];
        const QString e = label::entity("persona", persona.id, qsizetype(pi));
        // A persona no journey follows yet is a gap of its own, not one per need.
        const bool followed = std::any_of(
            p.journeys.begin(), p.journeys.end(), [&](const Journey &j) { return j.persona == persona.id; });
        for (std::size_t ni = 0; ni < persona.needs.size(); ++ni) {
            const Need &n = persona.needs[ni];
            const QString field = indexed("needs", qsizetype(ni));
            if (n.id.isEmpty())
                f.error(e, field + QStringLiteral(".id"), Validator::tr("every need needs an id."));
            else if (ids.contains(n.id))
                f.error(e, field + QStringLiteral(".id"),
                    Validator::tr("the id %1 is used by another need (need ids are unique in the project).")
                        .arg(quoted(n.id)));
            else if (!served.contains(n.id) && followed)
                f.warning(e, field,
                    Validator::tr("no journey step serves the need %1; the chain starts at the customer's need.")
                        .arg(quoted(n.text.isEmpty() ? n.id : n.text)));
            ids.insert(n.id);
        }
    }
}

void checkSteps(Findings &f, const Project &p)
{
    qsizetype index = 0;
    for (const Journey &j : p.journeys)
        for (const Step &s : j.steps) {
            const QString e = label::entity("step", s.id, index++);
            for (qsizetype i = 0; i < s.serves.size(); ++i) {
                const Persona *owner = nullptr;
                if (!p.need(s.serves[i], &owner))
                    f.error(
                        e, indexed("serves", i), Validator::tr("no persona has the need %1.").arg(quoted(s.serves[i])));
                else if (!j.persona.isEmpty() && owner->id != j.persona)
                    f.warning(e, indexed("serves", i),
                        Validator::tr("the need %1 is persona %2's, but this journey is persona %3's.")
                            .arg(quoted(s.serves[i]), quoted(owner->id), quoted(j.persona)));
            }
            for (std::size_t i = 0; i < s.painPoints.size(); ++i)
                if (const auto sev = s.painPoints[i].severity; sev && (*sev < 1 || *sev > 3))
                    f.error(e, indexed("pain_points", qsizetype(i)) + QStringLiteral(".severity"),
                        Validator::tr("severity is 1 (irritating), 2 (painful) or 3 (drives customers away), not %1.")
                            .arg(*sev));
            for (std::size_t i = 0; i < s.metrics.size(); ++i) {
                const Metric &m = s.metrics[i];
                const QString field = indexed("metrics", qsizetype(i));
                if (!m.signalBelow.isEmpty() && !m.low)
                    f.warning(e, field + QStringLiteral(".signal_below"),
                        Validator::tr("a signal below the normal range needs a low value to fall under."));
                if (!m.signalAbove.isEmpty() && !m.high)
                    f.warning(e, field + QStringLiteral(".signal_above"),
                        Validator::tr("a signal above the normal range needs a high value to rise over."));
            }
        }
}

void checkResponsibilities(Findings &f, const Project &p)
{
    QSet<QString> ids;
    for (std::size_t i = 0; i < p.responsibilities.size(); ++i) {
        const Responsibility &r = p.responsibilities[i];
        const QString e = label::entity("responsibility", r.id, qsizetype(i));
        if (r.id.isEmpty())
            f.error(e, QStringLiteral("id"), Validator::tr("every responsibility needs an id."));
        else if (ids.contains(r.id))
            f.error(e, QStringLiteral("id"),
                Validator::tr("the id %1 is used by another responsibility.").arg(quoted(r.id)));
        ids.insert(r.id);
        if (r.text.trimmed().isEmpty())
            f.warning(e, QStringLiteral("text"), Validator::tr("the responsibility has no text."));
        if (!r.asIs.isEmpty() && !p.role(r.asIs))
            f.error(e, QStringLiteral("as_is"), Validator::tr("no role has the id %1.").arg(quoted(r.asIs)));
        if (!r.toBe.isEmpty() && !p.role(r.toBe))
            f.error(e, QStringLiteral("to_be"), Validator::tr("no role has the id %1.").arg(quoted(r.toBe)));
        if (const Role *role = p.role(r.toBe); role && role->change == ChangeKind::Retired)
            f.warning(e, QStringLiteral("to_be"),
                Validator::tr("role %1 is retired, so it takes on no to-be responsibilities; give this one to the "
                              "role that takes it over, or choose another kind of change.")
                    .arg(quoted(r.toBe)));
    }
}

void checkMeasure(Findings &f, const Project &p, const Measure &m, const QString &e, const QString &field)
{
    const Process *process = p.process(m.process);
    const bool byRole = m.kpi == Kpi::Utilization;
    if (byRole) {
        if (m.role.isEmpty())
            f.error(e, field + QStringLiteral(".role"), Validator::tr("utilisation is measured for a role; name it."));
        else if (!p.role(m.role))
            f.error(e, field + QStringLiteral(".role"), Validator::tr("no role has the id %1.").arg(quoted(m.role)));
    } else if (m.process.isEmpty()) {
        f.error(e, field + QStringLiteral(".process"), Validator::tr("this measure is taken on a process; name it."));
    }
    if (!m.process.isEmpty() && !process)
        f.error(
            e, field + QStringLiteral(".process"), Validator::tr("no process has the id %1.").arg(quoted(m.process)));
    if (!m.node.isEmpty()) {
        if (m.kpi != Kpi::Wait)
            f.error(e, field + QStringLiteral(".node"), Validator::tr("only the wait is measured at one node."));
        else if (process && !process->node(m.node))
            f.error(e, field + QStringLiteral(".node"),
                Validator::tr("process %1 has no node %2.").arg(quoted(m.process), quoted(m.node)));
    }
    const bool percentile = m.statistic != Statistic::Mean;
    if (percentile && m.kpi != Kpi::CycleTime && m.kpi != Kpi::Wait)
        f.error(e, field + QStringLiteral(".statistic"),
            Validator::tr("percentiles exist for cycle time and wait only; use the mean here."));
}

void checkGoals(Findings &f, const Project &p)
{
    for (std::size_t si = 0; si < p.strategies.size(); ++si) {
        const Strategy &s = p.strategies[si];
        const QString e = label::entity("strategy", s.id, qsizetype(si));
        for (std::size_t gi = 0; gi < s.goals.size(); ++gi) {
            const Goal &g = s.goals[gi];
            const QString field = indexed("goals", qsizetype(gi));
            if (!g.measure)
                continue;
            checkMeasure(f, p, *g.measure, e, field + QStringLiteral(".measure"));
            const Kpi k = g.measure->kpi;
            if ((k == Kpi::AbandonmentRate || k == Kpi::Utilization) && !(g.target >= 0 && g.target <= 1))
                f.error(e, field + QStringLiteral(".target"),
                    Validator::tr("this target is a share between 0 and 1 (0 % to 100 %), not %1.")
                        .arg(number(g.target)));
            else if (g.target < 0)
                f.error(e, field + QStringLiteral(".target"), Validator::tr("the target cannot be negative."));
        }
    }
}

void checkMoney(Findings &f, const Project &p)
{
    for (std::size_t i = 0; i < p.roles.size(); ++i)
        if (const auto &c = p.roles[i].costPerHour; c && *c < 0)
            f.error(label::entity("role", p.roles[i].id, qsizetype(i)), QStringLiteral("cost_per_hour"),
                Validator::tr("a cost cannot be negative."));
    for (std::size_t i = 0; i < p.processes.size(); ++i) {
        const Process &pr = p.processes[i];
        const QString e = label::entity("process", pr.id, qsizetype(i));
        if (pr.valuePerCase && *pr.valuePerCase < 0)
            f.error(e, QStringLiteral("value_per_case"), Validator::tr("a value cannot be negative."));
        if (pr.costPerAbandonment && *pr.costPerAbandonment < 0)
            f.error(e, QStringLiteral("cost_per_abandonment"), Validator::tr("a cost cannot be negative."));
        for (std::size_t k = 0; k < pr.interrupts.size(); ++k) {
            const Interrupt &x = pr.interrupts[k];
            const QString field = QStringLiteral("interrupts[%1]").arg(k);
            const Process *target = p.process(x.process);
            if (!target)
                f.error(e, field,
                    Validator::tr("the contacts go to process \"%1\", which the project does not have.")
                        .arg(x.process));
            else if (std::none_of(target->nodes.begin(), target->nodes.end(),
                         [](const Node &n) { return n.type == NodeType::Start; }))
                f.error(e, field,
                    Validator::tr("process \"%1\" has no start event to take the contacts.").arg(target->name));
            if (!(x.after >= 0) || !std::isfinite(x.after))
                f.error(e, field + QStringLiteral(".after"), Validator::tr("a time cannot be negative."));
            if (!(x.rate >= 0) || !std::isfinite(x.rate))
                f.error(e, field + QStringLiteral(".rate"), Validator::tr("a rate of contacts cannot be negative."));
        }
    }
}

void checkDiagram(Findings &f, const Process &pr, const QString &e)
{
    QSet<QString> flowIds;
    for (std::size_t i = 0; i < pr.flows.size(); ++i) {
        const Flow &fl = pr.flows[i];
        const QString fe = label::flow(e, qsizetype(i), fl.id);
        if (fl.id.isEmpty())
            f.warning(fe, QStringLiteral("id"),
                Validator::tr("the flow has no id, so two flows between the same nodes cannot be told apart."));
        else if (flowIds.contains(fl.id))
            f.error(fe, QStringLiteral("id"),
                Validator::tr("the id %1 is used by another flow of this process.").arg(quoted(fl.id)));
        flowIds.insert(fl.id);
    }
    const QStringList lanes = pr.laneRoles();
    for (std::size_t i = 0; i < pr.nodes.size(); ++i) {
        const Node &n = pr.nodes[i];
        const QString ne = label::node(e, n.id, qsizetype(i));
        if (!n.lane.isEmpty() && !lanes.contains(n.lane))
            f.error(ne, QStringLiteral("lane"), Validator::tr("the process has no lane %1.").arg(quoted(n.lane)));
        if (n.bounds && !(n.bounds->w > 0 && n.bounds->h > 0))
            f.error(ne, QStringLiteral("bounds"), Validator::tr("a shape needs a width and a height above zero."));
    }
    for (std::size_t i = 0; i < pr.lanes.size(); ++i)
        if (pr.lanes[i].size && !(*pr.lanes[i].size > 0))
            f.error(e, indexed("lanes", qsizetype(i)) + QStringLiteral(".size"),
                Validator::tr("a lane needs a size above zero."));
}

void checkVariantsOf(Findings &f, const Project &p)
{
    for (std::size_t i = 0; i < p.processes.size(); ++i) {
        const Process &v = p.processes[i];
        checkDiagram(f, v, label::entity("process", v.id, qsizetype(i)));
        if (v.variantOf.isEmpty())
            continue;
        const QString e = label::entity("process", v.id, qsizetype(i));
        const Process *original = p.process(v.variantOf);
        if (!original) {
            f.error(
                e, QStringLiteral("variant_of"), Validator::tr("no process has the id %1.").arg(quoted(v.variantOf)));
            continue;
        }
        if (original == &v || !original->variantOf.isEmpty()) {
            f.error(e, QStringLiteral("variant_of"),
                Validator::tr("a variant redesigns an original process, not itself or another variant."));
            continue;
        }
        // A step linked to the original's node follows to the variant's node of the same id.
        qsizetype index = 0;
        for (const Journey &j : p.journeys)
            for (const Step &s : j.steps) {
                const QString se = label::entity("step", s.id, index++);
                for (qsizetype r = 0; r < s.processes.size(); ++r) {
                    const auto [pid, nid] = splitNodeRef(s.processes[r]);
                    if (pid == original->id && !nid.isEmpty() && original->node(nid) && !v.node(nid))
                        f.warning(se, indexed("processes", r),
                            Validator::tr("the variant %1 has no node %2, so this step loses its link when the "
                                          "variant runs.")
                                .arg(quoted(v.id), quoted(nid)));
                }
            }
    }
}

} // namespace

void checkChain(Findings &f, const Project &project)
{
    checkNeeds(f, project);
    checkSteps(f, project);
    checkResponsibilities(f, project);
    checkGoals(f, project);
    checkMoney(f, project);
    checkVariantsOf(f, project);
}

} // namespace oi::model::detail
