// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyresults.h"

#include "editor/results/resultscolours.h"

#include "model/humanunits.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {
// The process diagram and the dashboard use the same scale.
using results::kConstraint;
using results::kLongWait;
using results::kShortWait;

struct SimulationOverlay
{
    Q_DECLARE_TR_FUNCTIONS(SimulationOverlay)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** "18:00–08:00" for the hours of the day in which nobody of the role is on duty, or empty. */
QString offDuty(const sim::RoleResult &role, double dayLength)
{
    const qsizetype buckets = qsizetype(role.utilizationByHour.size());
    QList<int> off;
    for (qsizetype h = 0; h < buckets; ++h)
        if (std::isnan(role.utilizationByHour[size_t(h)]))
            off.append(int(h));
    if (off.isEmpty() || off.size() == buckets)
        return {};
    // The first hour after a worked one starts the gap; it runs (wrapping past midnight) to the next worked hour.
    int start = off.first();
    for (int h : off)
        if (!off.contains((h + int(buckets) - 1) % int(buckets))) {
            start = h;
            break;
        }
    int end = start;
    while (off.contains(end % int(buckets)) && end - start < buckets)
        ++end;
    const auto clock = [&](int bucket) {
        const int minutes = int(std::lround(bucket * (dayLength / double(buckets)) / dayLength * 1440)) % 1440;
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return QStringLiteral("%1–%2").arg(clock(start), clock(end));
}
} // namespace

StepOverlay journeyResultsOverlay(const model::Project &project, const sim::Results &results)
{
    StepOverlay overlay;
    if (!results.ok)
        return overlay;
    const model::TimeUnit unit = model::timeUnitFromName(qs(results.layout.timeUnit));

    // What a case waits at each step, and in all of a process (visits per case x wait per visit).
    QHash<QString, double> waitByNode;
    QHash<QString, QString> roleByNode;
    QHash<QString, double> waitPerCase;
    double longest = 0;
    for (const sim::ProcessResult &p : results.processes) {
        const QString pid = qs(p.id);
        double perCase = 0;
        for (const sim::NodeResult &n : p.nodes) {
            if (n.type != sim::NodeType::Task)
                continue;
            const QString ref = pid + u'/' + qs(n.id);
            waitByNode.insert(ref, n.wait.mean);
            roleByNode.insert(ref, qs(n.role));
            if (p.arrived.mean > 0)
                perCase += n.visits.mean / p.arrived.mean * n.wait.mean;
            longest = std::max(longest, n.wait.mean);
        }
        waitPerCase.insert(pid, perCase);
    }
    const QString constraintNode = results.bottlenecks.empty() ? QString() : qs(results.bottlenecks.front().node);
    const QString constraintRole = results.bottlenecks.empty() ? QString() : qs(results.bottlenecks.front().role);
    QString constraintOffDuty;
    for (const sim::RoleResult &r : results.roles)
        if (qs(r.id) == constraintRole)
            constraintOffDuty = offDuty(r, results.layout.dayLength);

    const QString unitWords = unit == model::TimeUnit::Minute ? SimulationOverlay::tr("minutes")
        : unit == model::TimeUnit::Hour                       ? SimulationOverlay::tr("hours")
                                                              : SimulationOverlay::tr("days");
    const auto exact = [&unitWords](double value, const QString &what) {
        return SimulationOverlay::tr("%1: %2 %3 (the project's unit), mean over the simulated run")
            .arg(what, QString::number(value, 'f', 2), unitWords);
    };
    const auto scale = [longest](double wait) { return longest > 0 && wait >= longest / 2 ? kLongWait : kShortWait; };
    // A step linked to a process follows it to the variant that ran in its place.
    const model::Scenario *scenario = project.scenario(qs(results.scenario));
    const auto inPlace = [scenario](const QString &ref) -> QString {
        if (!scenario)
            return ref;
        const qsizetype slash = ref.indexOf(u'/');
        return slash < 0 ? scenario->processInPlaceOf(ref)
                         : scenario->processInPlaceOf(ref.left(slash)) + ref.mid(slash);
    };
    for (const model::Journey &journey : project.journeys) {
        for (const model::Step &step : journey.steps) {
            double nodeWait = 0;
            int nodes = 0;
            bool atConstraint = false;
            double processWait = -1;
            for (const QString &linked : step.processes) {
                const QString ref = inPlace(linked);
                if (ref.contains(u'/')) {
                    if (!waitByNode.contains(ref))
                        continue;
                    nodeWait += waitByNode.value(ref);
                    ++nodes;
                    atConstraint = atConstraint || ref == constraintNode;
                } else if (waitPerCase.contains(ref)) {
                    processWait = std::max(processWait, waitPerCase.value(ref));
                }
            }
            if (nodes > 0) {
                // The step's own process steps: what the customer waits for here, per visit.
                QString label = SimulationOverlay::tr("wait %1").arg(model::humanDuration(nodeWait, unit));
                if (atConstraint) {
                    label = SimulationOverlay::tr("constraint · %1").arg(label);
                    if (!constraintOffDuty.isEmpty())
                        label += SimulationOverlay::tr(" · nobody on duty %1").arg(constraintOffDuty);
                }
                overlay.steps.insert(step.id,
                    { atConstraint ? kConstraint : scale(nodeWait), label,
                        exact(nodeWait, SimulationOverlay::tr("wait per visit")) });
            } else if (processWait >= 0) {
                // Linked to a whole process: its waiting per case, said as such; never "constraint".
                overlay.steps.insert(step.id,
                    { scale(processWait),
                        SimulationOverlay::tr("process · %1 per case").arg(model::humanDuration(processWait, unit)),
                        exact(processWait, SimulationOverlay::tr("waiting per case in the whole process")) });
            }
        }
    }
    for (const sim::RoleResult &r : results.roles) {
        const double u = r.utilization.mean;
        const bool constraint = qs(r.id) == constraintRole;
        const QColor colour = constraint ? kConstraint : u >= results::kBusyShare ? kLongWait : kShortWait;
        overlay.entities.insert(qs(r.id),
            { colour,
                constraint ? SimulationOverlay::tr("constraint · busy %1").arg(model::percent(u))
                           : model::percent(u) });
    }
    // Figures are means over the simulated run; the legend says so once for all labels.
    overlay.legend = { { kConstraint, SimulationOverlay::tr("constraint") },
        { kLongWait, SimulationOverlay::tr("long wait, busy ≥ 70 %") },
        { kShortWait, SimulationOverlay::tr("short wait") } };
    overlay.legendNote = SimulationOverlay::tr("mean waits per visit over the simulated run");
    return overlay;
}

} // namespace oi::editor
