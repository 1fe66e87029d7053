// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processresults.h"

#include "editor/results/resultnames.h"
#include "editor/results/resultscolours.h"

#include "model/humanunits.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::editor {

namespace {

struct ProcessResults
{
    Q_DECLARE_TR_FUNCTIONS(ProcessResults)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

ProcessOverlay processResultsOverlay(const model::Project &project, const sim::Results &r, const QString &process)
{
    using namespace results;
    ProcessOverlay overlay;
    if (!r.ok)
        return overlay;
    const ResultNames names(&project);
    const model::TimeUnit unit = model::timeUnitFromName(qs(r.layout.timeUnit));
    overlay.legend = { { kConstraint, ProcessResults::tr("constraint"), {} },
        { kLongWait, ProcessResults::tr("long wait, busy ≥ 70 %"), {} },
        { kShortWait, ProcessResults::tr("short wait"), {} } };
    const sim::ProcessResult *ran = nullptr;
    double longest = 0;
    for (const sim::ProcessResult &p : r.processes) {
        if (qs(p.id) == process)
            ran = &p;
        for (const sim::NodeResult &n : p.nodes)
            if (n.type == sim::NodeType::Task)
                longest = std::max(longest, n.wait.mean);
    }
    const QString scenario = names.scenario(qs(r.scenario));
    if (!ran) {
        const model::Scenario *s = project.scenario(qs(r.scenario));
        const QString inPlace = s ? s->processInPlaceOf(process) : process;
        overlay.legend.clear();
        overlay.legendNote = inPlace != process
            ? ProcessResults::tr("%1 did not run in %2: %3 ran in its place.")
                  .arg(names.process(process), scenario, names.process(inPlace))
            : ProcessResults::tr("%1 did not run in %2.").arg(names.process(process), scenario);
        return overlay;
    }
    const sim::Bottleneck *constraint = r.bottlenecks.empty() ? nullptr : &r.bottlenecks.front();
    if (constraint && qs(constraint->node).section(u'/', 0, 0) == process)
        overlay.constraintNode = qs(constraint->node).section(u'/', 1);
    if (constraint)
        overlay.constraintRole = qs(constraint->role);
    for (const sim::NodeResult &n : ran->nodes) {
        if (n.type != sim::NodeType::Task)
            continue;
        const QString id = qs(n.id);
        const bool atConstraint = id == overlay.constraintNode;
        ProcessOverlay::Mark mark;
        mark.color = atConstraint ? kConstraint : longest > 0 && n.wait.mean >= longest / 2 ? kLongWait : kShortWait;
        mark.label = ProcessResults::tr("wait %1").arg(model::humanDuration(n.wait.mean, unit));
        QStringList detail { ProcessResults::tr("Mean wait %1 per visit; 90 % wait less than %2")
                                 .arg(model::humanDuration(n.wait.mean, n.wait.ci95, n.wait.n, unit),
                                     model::humanDuration(n.wait.p90, unit)),
            ProcessResults::tr("Queue: %1 cases waiting on average, %2 at the longest (mean of the runs)")
                .arg(QString::number(n.queueLength.mean, 'f', 1), QString::number(n.queueMax.mean, 'f', 1)),
            ProcessResults::tr("%1 visits per replication; %2 had to wait")
                .arg(model::wholeCount(n.visits.mean, n.visits.ci95, n.visits.n), model::percent(n.pWait.mean)) };
        if (atConstraint)
            detail.prepend(ProcessResults::tr("The constraint: %1 of all waiting is here")
                               .arg(model::percent(constraint->waitShare)));
        mark.detail = detail.join(u'\n');
        overlay.nodes.insert(id, mark);
    }
    // Lanes of this process's roles; the journey colours role chips the same way.
    for (const sim::RoleResult &role : r.roles) {
        const QString id = qs(role.id);
        const bool isConstraint = constraint && id == overlay.constraintRole;
        const double u = role.utilization.mean;
        ProcessOverlay::Mark mark;
        mark.color = isConstraint ? kConstraint : u >= kBusyShare ? kLongWait : kShortWait;
        mark.label = isConstraint ? ProcessResults::tr("constraint · %1 busy").arg(model::percent(u))
                                  : ProcessResults::tr("%1 busy").arg(model::percent(u));
        mark.detail = ProcessResults::tr("%1: busy %2 ± %3 of the staff-time on duty")
                          .arg(names.role(id), model::percent(u), model::percent(role.utilization.ci95));
        if (role.overtime.mean > 0)
            mark.detail += u'\n'
                + ProcessResults::tr("overtime after shifts ended: %1 per replication")
                      .arg(model::humanDuration(role.overtime.mean, unit));
        overlay.lanes.insert(id, mark);
    }
    if (!overlay.constraintNode.isEmpty() || !constraint)
        overlay.legendNote = ProcessResults::tr(
            "%1: mean waits per visit and busy shares over %n replications", nullptr, r.replications)
                                 .arg(scenario);
    else
        overlay.legendNote = ProcessResults::tr(
            "%1: mean waits per visit over %n replications; the constraint is %2", nullptr, r.replications)
                                 .arg(scenario, names.nodeRef(qs(constraint->node)));
    return overlay;
}

} // namespace oi::editor
