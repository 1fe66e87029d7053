// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/renameid.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RenameId", text);
}

int replaceIn(QStringList &list, const QString &from, const QString &to)
{
    int n = 0;
    for (QString &s : list) {
        if (s == from) {
            s = to;
            ++n;
        }
    }
    return n;
}

int replaceOne(QString &s, const QString &from, const QString &to)
{
    if (s != from)
        return 0;
    s = to;
    return 1;
}

/** "support" or "support/triage" references to process `from` become process `to`. */
int replaceProcessPrefix(QString &ref, const QString &from, const QString &to)
{
    if (ref == from) {
        ref = to;
        return 1;
    }
    if (ref.startsWith(from + u'/')) {
        ref = to + ref.mid(from.size());
        return 1;
    }
    return 0;
}

/** A decision's "kind/id" subject naming entity `from` of `kind` ("strategy", "role", "scenario"). */
int replaceSubject(Project &p, const char *kind, const QString &from, const QString &to)
{
    int n = 0;
    const QString old = QLatin1String(kind) + u'/' + from;
    for (Decision &d : p.decisions)
        n += replaceOne(d.subject, old, QLatin1String(kind) + u'/' + to);
    return n;
}

template<typename Range, typename Id> bool anyHas(const Range &range, Id id, const QString &value)
{
    return std::any_of(range.begin(), range.end(), [&](const auto &e) { return e.*id == value; });
}

/** The second half of "first/second"; `to` may be given bare or in full. */
QString localPart(const QString &ref)
{
    return ref.section(u'/', 1);
}

QString bareTarget(IdKind kind, const QString &from, const QString &to)
{
    if ((kind == IdKind::Node || kind == IdKind::Stage) && to.contains(u'/')) {
        if (to.section(u'/', 0, 0) != from.section(u'/', 0, 0))
            return {};
        return localPart(to);
    }
    return to;
}

bool exists(const Project &p, IdKind kind, const QString &id)
{
    switch (kind) {
    case IdKind::Strategy: return p.strategy(id);
    case IdKind::Persona: return p.persona(id);
    case IdKind::Journey: return p.journey(id);
    case IdKind::Stage: {
        const Journey *j = p.journey(id.section(u'/', 0, 0));
        return j && anyHas(j->stages, &Stage::id, localPart(id));
    }
    case IdKind::Step: return p.step(id);
    case IdKind::Role: return p.role(id);
    case IdKind::Process: return p.process(id);
    case IdKind::Node: {
        const Process *proc = p.process(id.section(u'/', 0, 0));
        return proc && proc->node(localPart(id));
    }
    case IdKind::Requirement: return p.requirement(id);
    case IdKind::Scenario: return p.scenario(id);
    }
    return false;
}

int renameStrategy(Project &p, const QString &from, const QString &to)
{
    int n = 0;
    for (Role &r : p.roles)
        n += replaceOne(r.strategy, from, to);
    for (Process &proc : p.processes)
        n += replaceOne(proc.strategy, from, to);
    n += replaceSubject(p, "strategy", from, to);
    return n;
}

int renameRole(Project &p, const QString &from, const QString &to)
{
    int n = 0;
    for (Journey &j : p.journeys) {
        for (Step &s : j.steps)
            n += replaceIn(s.frontRoles, from, to) + replaceIn(s.backRoles, from, to);
    }
    for (Role &r : p.roles)
        for (CrossTraining &c : r.crossTrained)
            n += replaceOne(c.role, from, to);
    for (Responsibility &r : p.responsibilities)
        n += replaceOne(r.asIs, from, to) + replaceOne(r.toBe, from, to);
    for (Process &proc : p.processes) {
        for (Lane &lane : proc.lanes)
            n += replaceOne(lane.role, from, to);
        for (Node &node : proc.nodes)
            n += replaceOne(node.role, from, to) + replaceOne(node.lane, from, to);
    }
    for (Strategy &s : p.strategies)
        for (Goal &g : s.goals)
            if (g.measure)
                n += replaceOne(g.measure->role, from, to);
    for (Scenario &s : p.scenarios) {
        for (HeadcountOverride &h : s.headcount)
            n += replaceOne(h.role, from, to);
        for (auto &[role, extra] : s.addCrossTraining)
            n += replaceOne(role, from, to) + replaceOne(extra.role, from, to);
        for (Reassignment &r : s.reassign)
            n += replaceOne(r.role, from, to);
        for (StaffingChange &c : s.staffing)
            n += replaceOne(c.role, from, to);
    }
    for (PocScenario &s : p.pocScenarios)
        for (PocStep &st : s.steps)
            n += replaceOne(st.role, from, to);
    n += replaceSubject(p, "role", from, to);
    return n;
}

/** Process and node references share one form ("process" or "process/node"). */
int renameProcessRefs(Project &p, const QString &from, const QString &to, bool exact)
{
    int n = 0;
    auto fix = [&](QString &ref) { n += exact ? replaceOne(ref, from, to) : replaceProcessPrefix(ref, from, to); };
    for (Journey &j : p.journeys)
        for (Step &s : j.steps)
            for (QString &ref : s.processes)
                fix(ref);
    for (Requirement &r : p.requirements)
        for (QString &ref : r.nodes)
            fix(ref);
    for (Process &proc : p.processes) {
        fix(proc.variantOf);
        for (Interrupt &x : proc.interrupts)
            fix(x.process);
    }
    for (Strategy &s : p.strategies)
        for (Goal &g : s.goals)
            if (g.measure)
                fix(g.measure->process);
    for (Scenario &s : p.scenarios) {
        for (DurationOverride &d : s.durations)
            fix(d.node);
        for (Reassignment &r : s.reassign)
            fix(r.node);
        for (VariantChoice &v : s.variants)
            fix(v.process), fix(v.variant);
        for (ArrivalChange &a : s.arrivals)
            fix(a.process);
        for (Diversion &d : s.divert)
            fix(d.process), fix(d.to);
    }
    for (PocScenario &s : p.pocScenarios) {
        if (!exact) // the scenario names a whole process, never a node
            fix(s.process);
        for (PocStep &st : s.steps)
            fix(st.task);
    }
    return n;
}

} // namespace

bool idKindFromName(const QString &name, IdKind *kind)
{
    static const std::pair<const char *, IdKind> names[] = { { "strategy", IdKind::Strategy },
        { "persona", IdKind::Persona }, { "journey", IdKind::Journey }, { "stage", IdKind::Stage },
        { "step", IdKind::Step }, { "role", IdKind::Role }, { "process", IdKind::Process }, { "node", IdKind::Node },
        { "requirement", IdKind::Requirement }, { "scenario", IdKind::Scenario } };
    for (const auto &[word, k] : names) {
        if (name == QLatin1String(word)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString checkRename(const Project &project, IdKind kind, const QString &from, const QString &to)
{
    if (!exists(project, kind, from))
        return tr("There is nothing with the id \"%1\" to rename.").arg(from);
    const QString bare = bareTarget(kind, from, to);
    if (bare.isEmpty() && !to.isEmpty())
        return tr("\"%1\" belongs to another parent than \"%2\"; an id can be renamed, not moved.").arg(to, from);
    if (bare.isEmpty())
        return tr("The new id is empty.");
    if (bare.contains(u'/') || std::any_of(bare.begin(), bare.end(), [](QChar c) { return c.isSpace(); }))
        return tr("\"%1\" cannot be an id: ids have no spaces and no \"/\".").arg(bare);
    const bool nested = kind == IdKind::Node || kind == IdKind::Stage;
    const QString full = nested ? from.section(u'/', 0, 0) + u'/' + bare : bare;
    if (full == from)
        return tr("\"%1\" already has that id.").arg(from);
    if (exists(project, kind, full))
        return tr("The id \"%1\" is already taken.").arg(full);
    return {};
}

int renameId(Project &p, IdKind kind, const QString &from, const QString &to, QString *error)
{
    const QString refused = checkRename(p, kind, from, to);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return -1;
    }
    const QString bare = bareTarget(kind, from, to);
    int n = 0;
    switch (kind) {
    case IdKind::Strategy:
        std::find_if(p.strategies.begin(), p.strategies.end(), [&](const Strategy &s) { return s.id == from; })->id
            = bare;
        n = renameStrategy(p, from, bare);
        break;
    case IdKind::Persona:
        std::find_if(p.personas.begin(), p.personas.end(), [&](const Persona &s) { return s.id == from; })->id = bare;
        for (Journey &j : p.journeys)
            n += replaceOne(j.persona, from, bare);
        break;
    case IdKind::Journey:
        p.journey(from)->id = bare;
        for (PocScenario &s : p.pocScenarios)
            n += replaceOne(s.journey, from, bare);
        break;
    case IdKind::Stage: {
        Journey *j = p.journey(from.section(u'/', 0, 0));
        const QString old = localPart(from);
        for (Stage &s : j->stages)
            replaceOne(s.id, old, bare);
        for (Step &s : j->steps)
            n += replaceOne(s.stage, old, bare);
        break;
    }
    case IdKind::Step:
        for (Journey &j : p.journeys)
            for (Step &s : j.steps)
                replaceOne(s.id, from, bare);
        for (Requirement &r : p.requirements)
            n += replaceIn(r.steps, from, bare);
        break;
    case IdKind::Role:
        p.role(from)->id = bare;
        n = renameRole(p, from, bare);
        break;
    case IdKind::Process:
        p.process(from)->id = bare;
        n = renameProcessRefs(p, from, bare, false);
        break;
    case IdKind::Node: {
        Process *proc = p.process(from.section(u'/', 0, 0));
        const QString old = localPart(from);
        proc->node(old)->id = bare;
        for (Flow &f : proc->flows)
            n += replaceOne(f.from, old, bare) + replaceOne(f.to, old, bare);
        for (Strategy &s : p.strategies)
            for (Goal &g : s.goals)
                if (g.measure && g.measure->process == proc->id)
                    n += replaceOne(g.measure->node, old, bare);
        n += renameProcessRefs(p, from, proc->id + u'/' + bare, true);
        break;
    }
    case IdKind::Requirement:
        std::find_if(p.requirements.begin(), p.requirements.end(), [&](const Requirement &r) { return r.id == from; })
            ->id
            = bare;
        for (Journey &j : p.journeys)
            for (Step &s : j.steps)
                n += replaceIn(s.requirements, from, bare);
        for (PocScenario &s : p.pocScenarios)
            for (PocStep &st : s.steps)
                n += replaceOne(st.requirement, from, bare);
        for (Vendor &v : p.vendors)
            for (VendorScore &sc : v.scores)
                n += replaceOne(sc.requirement, from, bare);
        break;
    case IdKind::Scenario:
        std::find_if(p.scenarios.begin(), p.scenarios.end(), [&](const Scenario &s) { return s.id == from; })->id
            = bare;
        n = replaceSubject(p, "scenario", from, bare);
        break;
    }
    return n;
}

} // namespace oi::model
