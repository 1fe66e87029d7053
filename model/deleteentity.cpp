// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/deleteentity.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace oi::model {

namespace {

struct DeleteEntity
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEntity)
};

// An id no person writes: references are first renamed to it (renameId knows every reference),
// then every field holding it is emptied or dropped.
const QString kProbe = QStringLiteral("\u2063deleted\u2063");

bool isProbe(const QString &ref)
{
    return ref == kProbe || ref.startsWith(kProbe + u'/');
}

void strip(QStringList &list)
{
    list.erase(std::remove_if(list.begin(), list.end(), isProbe), list.end());
}

void strip(QString &ref)
{
    if (isProbe(ref))
        ref.clear();
}

template<typename Vec, typename Pred> void dropIf(Vec &v, Pred &&pred)
{
    v.erase(std::remove_if(v.begin(), v.end(), pred), v.end());
}

void stripProbe(Project &p)
{
    for (Role &r : p.roles) {
        strip(r.strategy);
        dropIf(r.crossTrained, [](const CrossTraining &c) { return isProbe(c.role); });
    }
    for (Responsibility &r : p.responsibilities)
        strip(r.asIs), strip(r.toBe);
    for (Journey &j : p.journeys) {
        strip(j.persona);
        for (Step &s : j.steps) {
            strip(s.stage);
            strip(s.frontRoles);
            strip(s.backRoles);
            strip(s.processes);
            strip(s.requirements);
        }
    }
    for (Process &pr : p.processes) {
        strip(pr.strategy);
        strip(pr.variantOf);
        dropIf(pr.interrupts, [](const Interrupt &x) { return isProbe(x.process); });
        dropIf(pr.lanes, [](const Lane &l) { return isProbe(l.role); });
        for (Node &n : pr.nodes)
            strip(n.role), strip(n.lane);
    }
    for (Strategy &s : p.strategies)
        for (Goal &g : s.goals)
            if (g.measure && (isProbe(g.measure->process) || isProbe(g.measure->role)))
                g.measure.reset();
    for (Requirement &q : p.requirements)
        strip(q.steps), strip(q.nodes);
    for (Scenario &s : p.scenarios) {
        dropIf(s.headcount, [](const HeadcountOverride &h) { return isProbe(h.role); });
        dropIf(s.durations, [](const DurationOverride &d) { return isProbe(d.node); });
        dropIf(s.addCrossTraining, [](const auto &a) { return isProbe(a.first) || isProbe(a.second.role); });
        dropIf(s.variants, [](const VariantChoice &v) { return isProbe(v.process) || isProbe(v.variant); });
        dropIf(s.reassign, [](const Reassignment &r) { return isProbe(r.node) || isProbe(r.role); });
        dropIf(s.staffing, [](const StaffingChange &c) { return isProbe(c.role); });
        dropIf(s.arrivals, [](const ArrivalChange &a) { return isProbe(a.process); });
        dropIf(s.divert, [](const Diversion &d) { return isProbe(d.process) || isProbe(d.to); });
    }
    // A verdict on something deleted has nothing left to apply to.
    dropIf(p.decisions, [](const Decision &d) { return d.subject.section(u'/', 1) == kProbe; });
    for (PocScenario &s : p.pocScenarios) {
        strip(s.journey), strip(s.process);
        for (PocStep &st : s.steps)
            strip(st.role), strip(st.task), strip(st.requirement);
    }
    for (Vendor &v : p.vendors)
        dropIf(v.scores, [](const VendorScore &sc) { return isProbe(sc.requirement); });
}

template<typename Vec> bool eraseById(Vec &v, const QString &id)
{
    const auto it = std::find_if(v.begin(), v.end(), [&](const auto &e) { return e.id == id; });
    if (it == v.end())
        return false;
    v.erase(it);
    return true;
}

bool removeItself(Project &p, IdKind kind, const QString &id)
{
    switch (kind) {
    case IdKind::Strategy: return eraseById(p.strategies, id);
    case IdKind::Persona: return eraseById(p.personas, id);
    case IdKind::Journey: return eraseById(p.journeys, id);
    case IdKind::Role: return eraseById(p.roles, id);
    case IdKind::Process: return eraseById(p.processes, id);
    case IdKind::Requirement: return eraseById(p.requirements, id);
    case IdKind::Scenario: return eraseById(p.scenarios, id);
    case IdKind::Stage:
    case IdKind::Step:
    case IdKind::Node: break; // the journey and process editors delete these with their own commands
    }
    return false;
}

template<typename Vec, typename Label>
void changed(QStringList &out, const Vec &before, const Vec &after, Label &&label)
{
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i)
        if (!(before[i] == after[i]))
            out << label(before[i]);
}

QString named(const char *kind, const QString &name, const QString &id)
{
    return QCoreApplication::translate("DeleteEntity", kind) + u' ' + u'\u201c' + (name.isEmpty() ? id : name)
        + u'\u201d';
}

// A journey's steps go with it: requirements that need one of them refer to the journey too.
QSet<QString> stepsOf(const Project &p, IdKind kind, const QString &id)
{
    QSet<QString> steps;
    if (kind == IdKind::Journey)
        if (const Journey *j = p.journey(id))
            for (const Step &s : j->steps)
                steps.insert(s.id);
    return steps;
}

int stepReferences(const Project &p, const QSet<QString> &steps, QStringList *referrers)
{
    int n = 0;
    for (const Requirement &q : p.requirements) {
        const auto k
            = std::count_if(q.steps.begin(), q.steps.end(), [&](const QString &s) { return steps.contains(s); });
        n += int(k);
        if (k > 0 && referrers)
            *referrers << named(QT_TRANSLATE_NOOP("DeleteEntity", "requirement"), q.text.left(40), q.id);
    }
    return n;
}

} // namespace

References referencesTo(const Project &project, IdKind kind, const QString &id)
{
    References r;
    Project probe = project;
    r.count = std::max(0, renameId(probe, kind, id, kProbe, nullptr));
    r.count += stepReferences(project, stepsOf(project, kind, id), &r.referrers);
    if (r.count == 0)
        return r;
    // The renamed entity itself differs too; it is not one of its own referrers.
    const auto self = [&](const QString &entityId, IdKind k) { return k == kind && entityId == id; };
    changed(r.referrers, project.strategies, probe.strategies, [&](const Strategy &s) {
        return self(s.id, IdKind::Strategy) ? QString()
                                            : named(QT_TRANSLATE_NOOP("DeleteEntity", "strategy"), s.title, s.id);
    });
    changed(r.referrers, project.journeys, probe.journeys, [&](const Journey &j) {
        return self(j.id, IdKind::Journey) ? QString()
                                           : named(QT_TRANSLATE_NOOP("DeleteEntity", "journey"), j.name, j.id);
    });
    changed(r.referrers, project.roles, probe.roles, [&](const Role &x) {
        return self(x.id, IdKind::Role) ? QString() : named(QT_TRANSLATE_NOOP("DeleteEntity", "role"), x.name, x.id);
    });
    changed(r.referrers, project.responsibilities, probe.responsibilities, [&](const Responsibility &x) {
        return named(QT_TRANSLATE_NOOP("DeleteEntity", "responsibility"), x.text, x.id);
    });
    changed(r.referrers, project.processes, probe.processes, [&](const Process &x) {
        return self(x.id, IdKind::Process) ? QString()
                                           : named(QT_TRANSLATE_NOOP("DeleteEntity", "process"), x.name, x.id);
    });
    changed(r.referrers, project.requirements, probe.requirements, [&](const Requirement &x) {
        return self(x.id, IdKind::Requirement)
            ? QString()
            : named(QT_TRANSLATE_NOOP("DeleteEntity", "requirement"), x.text.left(40), x.id);
    });
    changed(r.referrers, project.scenarios, probe.scenarios, [&](const Scenario &x) {
        return self(x.id, IdKind::Scenario) ? QString()
                                            : named(QT_TRANSLATE_NOOP("DeleteEntity", "scenario"), x.name, x.id);
    });
    changed(r.referrers, project.decisions, probe.decisions,
        [&](const Decision &x) { return named(QT_TRANSLATE_NOOP("DeleteEntity", "decision"), x.note.left(40), x.id); });
    changed(r.referrers, project.pocScenarios, probe.pocScenarios, [&](const PocScenario &x) {
        return named(QT_TRANSLATE_NOOP("DeleteEntity", "proof-of-concept scenario"), x.title, x.id);
    });
    changed(r.referrers, project.vendors, probe.vendors,
        [&](const Vendor &x) { return named(QT_TRANSLATE_NOOP("DeleteEntity", "vendor"), x.name, x.id); });
    r.referrers.removeAll(QString());
    return r;
}

bool deleteEntity(Project &project, IdKind kind, const QString &id, bool unlink, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Project edited = project;
    const QSet<QString> steps = stepsOf(project, kind, id);
    int references = renameId(edited, kind, id, kProbe, nullptr);
    if (references >= 0)
        references += stepReferences(project, steps, nullptr);
    if (references < 0)
        return fail(DeleteEntity::tr("There is nothing with the id \u201c%1\u201d to delete.").arg(id));
    if (references > 0 && !unlink) {
        const References r = referencesTo(project, kind, id);
        return fail(
            DeleteEntity::tr("\u201c%1\u201d is still referred to by %2; unlink them too, or change them first.")
                .arg(id, r.referrers.join(QStringLiteral(", "))));
    }
    if (!removeItself(edited, kind, kProbe))
        return fail(DeleteEntity::tr("\u201c%1\u201d cannot be deleted here.").arg(id));
    stripProbe(edited);
    for (Requirement &q : edited.requirements)
        q.steps.erase(
            std::remove_if(q.steps.begin(), q.steps.end(), [&](const QString &st) { return steps.contains(st); }),
            q.steps.end());
    project = std::move(edited);
    return true;
}

} // namespace oi::model
