// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/spec/pocdraft.h"

#include "model/traceability.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace oi::model::spec {

namespace {

struct VendorSpec
{
    Q_DECLARE_TR_FUNCTIONS(VendorSpec)
};

// The process a journey runs through: the one most of its steps link to, first seen on a tie.
const Process *journeyProcess(const Project &p, const Journey &j)
{
    QStringList order;
    QHash<QString, int> count;
    for (const Step &s : j.steps)
        for (const QString &ref : s.processes) {
            const QString id = splitNodeRef(ref).first;
            if (!p.process(id))
                continue;
            if (!count.contains(id))
                order << id;
            ++count[id];
        }
    const auto best = std::max_element(order.begin(), order.end(),
        [&](const QString &a, const QString &b) { return count.value(a) < count.value(b); });
    return best == order.end() ? nullptr : p.process(*best);
}

const Process *redesignOf(const Project &p, const Process &original)
{
    for (const Process &x : p.processes)
        if (x.variantOf == original.id)
            return &x;
    return &original;
}

const Requirement *firstRequirement(const Project &p, const Step &s)
{
    const Requirement *first = nullptr;
    for (const Requirement &q : p.requirements) {
        if (!q.steps.contains(s.id) && !s.requirements.contains(q.id))
            continue;
        if (q.priority == Priority::Must)
            return &q;
        if (!first)
            first = &q;
    }
    return first;
}

} // namespace

std::vector<PocScenario> draftPocScenarios(const Project &p)
{
    std::vector<PocScenario> out;
    QSet<QString> taken;
    for (const PocScenario &s : p.pocScenarios)
        taken.insert(s.id);
    for (const Journey &j : p.journeys) {
        const bool covered = std::any_of(
            p.pocScenarios.begin(), p.pocScenarios.end(), [&](const PocScenario &s) { return s.journey == j.id; });
        const Process *original = journeyProcess(p, j);
        if (covered || !original)
            continue;
        const Process *toBe = redesignOf(p, *original);
        PocScenario s;
        s.id = QStringLiteral("poc-") + j.id;
        for (int n = 2; taken.contains(s.id); ++n)
            s.id = QStringLiteral("poc-%1-%2").arg(j.id).arg(n);
        taken.insert(s.id);
        s.title = VendorSpec::tr("%1, live on the buyer's data").arg(j.name.isEmpty() ? j.id : j.name);
        s.journey = j.id;
        s.process = toBe->id;
        for (const Step &step : j.steps) {
            // The first task of the process this step links to; the redesign's node of that id.
            const Node *task = nullptr;
            for (const QString &ref : step.processes) {
                const auto [pid, nid] = splitNodeRef(ref);
                if ((pid == original->id || pid == toBe->id) && !nid.isEmpty()) {
                    task = toBe->node(nid) ? toBe->node(nid) : original->node(nid);
                    if (task)
                        break;
                }
            }
            const Requirement *q = firstRequirement(p, step);
            if (!task && !q)
                continue;
            PocStep st;
            st.customerAction = step.customerAction.isEmpty() ? step.title : step.customerAction;
            if (task) {
                st.role = task->role;
                st.task = (toBe->node(task->id) ? toBe->id : original->id) + u'/' + task->id;
            } else if (!step.frontRoles.isEmpty())
                st.role = step.frontRoles.front();
            if (q) {
                st.requirement = q->id;
                st.expected = q->acceptance;
            }
            st.minutes = 10;
            s.steps.push_back(std::move(st));
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace oi::model::spec
