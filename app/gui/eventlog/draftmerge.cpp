// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/draftmerge.h"

#include "model/bpmn/bpsim.h"
#include "model/renameid.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace oi::app {

namespace {

QString unique(const QString &id, const QSet<QString> &taken)
{
    QString out = id;
    for (int n = 2; taken.contains(out); ++n)
        out = id + u'-' + QString::number(n);
    return out;
}

// The draft counts in minutes; a project in hours or days gets its times in its own unit.
void scaleTimes(model::Project &draft, double factor)
{
    for (model::Process &p : draft.processes)
        for (model::Node &n : p.nodes) {
            model::bpmn::scaleDistribution(n.duration, factor);
            model::bpmn::scaleDistribution(n.arrivals, factor);
            model::bpmn::scaleDistribution(n.patience, factor);
            if (n.rateCalendar) {
                n.rateCalendar->period *= factor;
                for (model::RateBlock &b : n.rateCalendar->rates) {
                    b.from *= factor;
                    b.to *= factor;
                    b.perTimeUnit /= factor;
                }
            }
        }
    for (model::Role &r : draft.roles)
        if (r.shifts) {
            r.shifts->period *= factor;
            for (model::ShiftBlock &b : r.shifts->capacity) {
                b.from *= factor;
                b.to *= factor;
            }
        }
}

// How people write a role's name: "Service agent", " service  AGENT " are one role.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// A draft role named like a role of the open project becomes that role: the draft's tasks, lanes
// and steps refer to its id, and the draft's copy is dropped, so the project's headcount, shifts and
// costs stay as the consultant modelled them. Returns the ids reused.
QStringList reuseRolesByName(const model::Project &open, model::Project &draft)
{
    QHash<QString, QString> openByName;
    QSet<QString> openIds;
    for (const model::Role &r : open.roles) {
        openByName.insert(nameKey(r.name), r.id);
        openIds.insert(r.id);
    }
    QHash<QString, QString> target; // draft role id -> open role id
    QSet<QString> targets, draftIds;
    for (const model::Role &r : draft.roles) {
        draftIds.insert(r.id);
        const QString to = openByName.value(nameKey(r.name));
        if (!to.isEmpty() && !r.name.trimmed().isEmpty() && !targets.contains(to)) {
            target.insert(r.id, to);
            targets.insert(to);
        }
    }
    if (target.isEmpty())
        return {};
    // Out of the way first: unmatched roles off the open ids, matched ones off every id they might
    // meet, so that no rename below lands on an id still in use in the draft.
    QSet<QString> taken = openIds + draftIds;
    QHash<QString, QString> renamed;
    for (const model::Role &r : std::vector<model::Role>(draft.roles)) {
        const bool matched = target.contains(r.id);
        if (!matched && !openIds.contains(r.id))
            continue;
        const QString to = unique(r.id + (matched ? QStringLiteral("-draft") : QString()), taken);
        taken.insert(to);
        QString error;
        model::renameId(draft, model::IdKind::Role, r.id, to, &error);
        if (matched)
            renamed.insert(to, target.value(r.id));
    }
    QStringList reused;
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
        QString error;
        model::renameId(draft, model::IdKind::Role, it.key(), it.value(), &error);
        reused << it.value();
    }
    std::erase_if(draft.roles, [&](const model::Role &r) { return targets.contains(r.id); });
    reused.sort();
    return reused;
}

} // namespace

QString roleNamedLike(const model::Project &project, const QString &name)
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return {};
    for (const model::Role &r : project.roles)
        if (nameKey(r.name) == key)
            return r.id;
    return {};
}

MergedDraft mergeDraft(const model::Project &open, model::Project draft)
{
    QSet<QString> journeys, steps, roles, processes;
    for (const model::Journey &j : open.journeys) {
        journeys.insert(j.id);
        for (const model::Step &s : j.steps)
            steps.insert(s.id);
    }
    for (const model::Role &r : open.roles)
        roles.insert(r.id);
    for (const model::Process &p : open.processes)
        processes.insert(p.id);
    const QStringList reused = reuseRolesByName(open, draft);
    // Each kind's clashes are renamed in turn; the draft's own ids stay unique among themselves.
    const auto rename = [&draft](model::IdKind kind, const QStringList &ids, QSet<QString> taken) {
        for (const QString &id : ids)
            if (taken.contains(id)) {
                QSet<QString> all = taken;
                for (const QString &own : ids)
                    all.insert(own);
                const QString to = unique(id, all);
                QString error;
                model::renameId(draft, kind, id, to, &error);
                taken.insert(to);
            }
    };
    QStringList ids;
    for (const model::Journey &j : draft.journeys)
        ids << j.id;
    rename(model::IdKind::Journey, ids, journeys);
    ids.clear();
    for (const model::Journey &j : draft.journeys)
        for (const model::Step &s : j.steps)
            ids << s.id;
    rename(model::IdKind::Step, ids, steps);
    ids.clear();
    for (const model::Role &r : draft.roles)
        ids << r.id;
    rename(model::IdKind::Role, ids, roles);
    ids.clear();
    for (const model::Process &p : draft.processes)
        ids << p.id;
    rename(model::IdKind::Process, ids, processes);

    const double factor = model::bpmn::secondsPer(model::TimeUnit::Minute) / model::bpmn::secondsPer(open.timeUnit);
    if (factor != 1.0)
        scaleTimes(draft, factor);

    MergedDraft merged { open, draft.processes.empty() ? QString() : draft.processes.front().id,
        draft.journeys.empty() ? QString() : draft.journeys.front().id, reused };
    model::Project &p = merged.project;
    p.roles.insert(p.roles.end(), draft.roles.begin(), draft.roles.end());
    p.processes.insert(p.processes.end(), draft.processes.begin(), draft.processes.end());
    p.journeys.insert(p.journeys.end(), draft.journeys.begin(), draft.journeys.end());
    return merged;
}

} // namespace oi::app
