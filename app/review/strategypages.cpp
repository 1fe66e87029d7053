// SPDX-License-Identifier: GPL-3.0-or-later
// One page per strategy: its goals with their targets and, once simulated, the to-be value of each
// measured goal next to its target (met / not met / too close to call, with the interval).
#include "app/review/reviewpages.h"

#include "model/goalsandcosts.h"
#include "model/humanunits.h"

#include <QCoreApplication>
#include <QLocale>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

/** A measured quantity in people's units: durations, shares and rates read differently. */
QString measureValue(const model::Measure &m, double value, double ci95, int n, model::TimeUnit unit)
{
    switch (m.kpi) {
    case model::Kpi::CycleTime:
    case model::Kpi::Wait:
        return n > 0 ? model::humanDuration(value, ci95, n, unit) : model::humanDuration(value, unit);
    case model::Kpi::AbandonmentRate:
    case model::Kpi::Utilization:
        return n > 1 ? tr("%1 ± %2").arg(model::percent(value), model::percent(ci95)) : model::percent(value);
    case model::Kpi::Throughput:
        return n > 1 ? tr("%1 ± %2").arg(model::humanRate(value, unit), model::humanRate(ci95, unit))
                     : model::humanRate(value, unit);
    }
    return QLocale().toString(value);
}

QString targetText(const model::Goal &goal, model::TimeUnit unit)
{
    if (!goal.measure) {
        const QString number = QLocale().toString(goal.target, 'g', 6);
        return goal.unit.isEmpty() ? number : tr("%1 %2").arg(number, goal.unit);
    }
    const QString value = measureValue(*goal.measure, goal.target, 0, 0, unit);
    return goal.measure->comparator == model::Comparator::AtMost ? tr("at most %1").arg(value)
                                                                 : tr("at least %1").arg(value);
}

QString verdictKey(model::GoalVerdict v)
{
    switch (v) {
    case model::GoalVerdict::Met: return QStringLiteral("met");
    case model::GoalVerdict::NotMet: return QStringLiteral("notMet");
    case model::GoalVerdict::Uncertain: return QStringLiteral("uncertain");
    }
    return {};
}

QString verdictText(model::GoalVerdict v)
{
    switch (v) {
    case model::GoalVerdict::Met: return tr("Met");
    case model::GoalVerdict::NotMet: return tr("Not met");
    case model::GoalVerdict::Uncertain: return tr("Too close to call");
    }
    return {};
}

QString scenarioName(const model::Project &project, const QString &id)
{
    const model::Scenario *s = project.scenario(id);
    return s && !s->name.isEmpty() ? s->name : (id.isEmpty() ? tr("the model as it is") : id);
}
} // namespace

QVariantList strategyPages(const model::Project &project, const ReviewFindings &findings)
{
    std::vector<model::GoalResult> results;
    if (findings.toBeResults)
        results = model::evaluateGoals(project, *findings.toBeResults);
    const model::TimeUnit unit = project.timeUnit;
    QVariantList pages;
    for (const model::Strategy &s : project.strategies) {
        QVariantList goals;
        for (const model::Goal &g : s.goals) {
            QVariantMap goal { { QStringLiteral("text"), g.text }, { QStringLiteral("kpi"), g.kpi },
                { QStringLiteral("target"), targetText(g, unit) }, { QStringLiteral("value"), QString() },
                { QStringLiteral("verdict"), QString() }, { QStringLiteral("verdictText"), QString() } };
            for (const model::GoalResult &r : results) {
                if (r.strategy != s.id || r.goal != g.text || !r.measured)
                    continue;
                goal[QStringLiteral("value")] = measureValue(r.measure, r.value.mean, r.value.ci95, r.value.n, unit);
                goal[QStringLiteral("verdict")] = verdictKey(r.met);
                goal[QStringLiteral("verdictText")] = verdictText(r.met);
            }
            goals.append(goal);
        }
        pages.append(QVariantMap {
            { QStringLiteral("kind"), QStringLiteral("strategy") },
            { QStringLiteral("title"), s.title.isEmpty() ? s.id : s.title },
            { QStringLiteral("statement"), s.statement },
            { QStringLiteral("owner"), s.owner.isEmpty() ? QString() : tr("Owner: %1").arg(s.owner) },
            { QStringLiteral("goals"), goals },
            { QStringLiteral("simulated"),
                findings.toBeResults ? tr("Simulated: %1").arg(scenarioName(project, findings.toBe)) : QString() },
            { QStringLiteral("subject"), QString(QStringLiteral("strategy/") + s.id) },
        });
    }
    return pages;
}

} // namespace oi::review
