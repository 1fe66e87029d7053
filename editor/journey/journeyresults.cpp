// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyresults.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace oi::editor {

namespace {
const QColor kRed(0xe5, 0x3e, 0x3e);
const QColor kAmber(0xdd, 0x6b, 0x20);
const QColor kGreen(0x38, 0xa1, 0x69);

QString tr(const char *text)
{
    return QCoreApplication::translate("SimulationOverlay", text);
}
} // namespace

StepOverlay journeyResultsOverlay(const model::Project &project, const sim::Results &results)
{
    StepOverlay overlay;
    if (!results.ok)
        return overlay;

    QHash<QString, double> waitByNode; // "process/node" -> mean wait
    QHash<QString, double> longestWaitByProcess;
    double longest = 0;
    for (const sim::ProcessResult &p : results.processes) {
        const QString pid = QString::fromStdString(p.id);
        for (const sim::NodeResult &n : p.nodes) {
            const double wait = n.wait.mean;
            waitByNode.insert(pid + u'/' + QString::fromStdString(n.id), wait);
            longestWaitByProcess[pid] = std::max(longestWaitByProcess.value(pid), wait);
            longest = std::max(longest, wait);
        }
    }
    const QString constraint
        = results.bottlenecks.empty() ? QString() : QString::fromStdString(results.bottlenecks.front().node);
    const std::string &timeUnit = results.layout.timeUnit;
    const QString unit = timeUnit == "minute" ? tr("min") : timeUnit == "hour" ? tr("h") : tr("days");

    for (const model::Journey &journey : project.journeys) {
        for (const model::Step &step : journey.steps) {
            double wait = -1;
            bool atConstraint = false;
            for (const QString &ref : step.processes) {
                const double w = ref.contains(u'/') ? waitByNode.value(ref, -1) : longestWaitByProcess.value(ref, -1);
                wait = std::max(wait, w);
                atConstraint = atConstraint || ref == constraint
                    || (!ref.contains(u'/') && constraint.section(u'/', 0, 0) == ref);
            }
            if (wait < 0)
                continue;
            const QString label = tr("wait %1 %2").arg(QString::number(wait, 'g', 3), unit);
            if (atConstraint)
                overlay.steps.insert(step.id, { kRed, tr("constraint · ") + label });
            else
                overlay.steps.insert(step.id, { longest > 0 && wait >= longest / 2 ? kAmber : kGreen, label });
        }
    }
    for (const sim::RoleResult &r : results.roles) {
        const double u = r.utilization.mean;
        const QColor colour = u >= 0.85 ? kRed : u >= 0.7 ? kAmber : kGreen;
        overlay.entities.insert(QString::fromStdString(r.id), { colour, QStringLiteral("%1 %").arg(qRound(u * 100)) });
    }
    overlay.legend = { { kRed, tr("constraint, or role busy 85 % or more") },
        { kAmber, tr("wait half the longest or more, or busy 70 %") }, { kGreen, tr("shorter waits, lower load") } };
    return overlay;
}

} // namespace oi::editor
