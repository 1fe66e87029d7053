// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/draftmerge.h"

#include "model/bpmn/bpsim.h"
#include "model/renameid.h"

#include <QSet>

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

} // namespace

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
        draft.journeys.empty() ? QString() : draft.journeys.front().id };
    model::Project &p = merged.project;
    p.roles.insert(p.roles.end(), draft.roles.begin(), draft.roles.end());
    p.processes.insert(p.processes.end(), draft.processes.begin(), draft.processes.end());
    p.journeys.insert(p.journeys.end(), draft.journeys.begin(), draft.journeys.end());
    return merged;
}

} // namespace oi::app
