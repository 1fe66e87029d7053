// SPDX-License-Identifier: GPL-3.0-or-later
// What the simulation says before anything is bought: as-is vs to-be per process (time to complete
// and customers lost, with their 95 % intervals), the constraint, and the advisor's best remedy
// with its business case per week.
#include "app/review/reviewpages.h"

#include "model/humanunits.h"
#include "model/resultsfigures.h"

#include <QCoreApplication>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

constexpr int MaxRows = 6;

/** The as-is figures of the process that `toBe` runs in place of (itself, or its original). */
const model::ProcessFigures *counterpart(
    const model::Project &project, const std::vector<model::ProcessFigures> &asIs, const QString &toBe)
{
    const model::Process *p = project.process(toBe);
    for (const model::ProcessFigures &f : asIs)
        if (f.process == toBe || (p && f.process == p->variantOf))
            return &f;
    return nullptr;
}

QVariantMap row(const QString &label, const QString &asIs, const QString &toBe, bool better)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("asIs"), asIs }, { QStringLiteral("toBe"), toBe },
        { QStringLiteral("better"), better } };
}
} // namespace

QVariantMap simulationPage(const model::Project &project, const ReviewFindings &findings)
{
    QVariantMap page { { QStringLiteral("kind"), QStringLiteral("simulation") },
        { QStringLiteral("title"), tr("What the simulation says") } };
    const model::Scenario *asIsScenario = project.scenario(findings.asIs);
    const model::Scenario *toBeScenario = project.scenario(findings.toBe);
    page[QStringLiteral("asIsName")] = asIsScenario ? asIsScenario->name : tr("As-is");
    page[QStringLiteral("toBeName")] = toBeScenario ? toBeScenario->name : tr("To-be");
    if (!findings.toBeResults || !findings.asIsResults) {
        page[QStringLiteral("rows")] = QVariantList {};
        page[QStringLiteral("note")] = tr("Not simulated yet: run the as-is and to-be scenarios in the studio, and the "
                                          "figures appear here.");
        return page;
    }
    const model::TimeUnit unit = project.timeUnit;
    const auto asIs = model::processFigures(*findings.asIsResults);
    const auto toBe = model::processFigures(*findings.toBeResults);
    QVariantList rows;
    for (const model::ProcessFigures &t : toBe) {
        const model::ProcessFigures *a = counterpart(project, asIs, t.process);
        if (!a || t.completed.mean <= 0 || rows.size() >= MaxRows)
            continue;
        const model::Process *original = project.process(t.process);
        const QString name
            = processName(project, original && !original->variantOf.isEmpty() ? original->variantOf : t.process);
        rows.append(row(tr("%1: time to complete").arg(name),
            model::humanDuration(a->cycleMean.mean, a->cycleMean.ci95, a->cycleMean.n, unit),
            model::humanDuration(t.cycleMean.mean, t.cycleMean.ci95, t.cycleMean.n, unit),
            t.cycleMean.mean < a->cycleMean.mean));
        if (a->abandonedShare.mean > 0 || t.abandonedShare.mean > 0)
            rows.append(row(tr("%1: customers lost waiting").arg(name),
                tr("%1 ± %2").arg(model::percent(a->abandonedShare.mean), model::percent(a->abandonedShare.ci95)),
                tr("%1 ± %2").arg(model::percent(t.abandonedShare.mean), model::percent(t.abandonedShare.ci95)),
                t.abandonedShare.mean < a->abandonedShare.mean));
    }
    while (rows.size() > MaxRows)
        rows.removeLast();
    page[QStringLiteral("rows")] = rows;
    page[QStringLiteral("note")] = findings.simulated
        ? tr("Simulated for this review: %1 replications of each scenario.").arg(findings.toBeResults->replications)
        : tr("From the latest stored run of each scenario.");
    if (findings.advice) {
        const model::Advice &advice = *findings.advice;
        page[QStringLiteral("constraint")] = advice.summary;
        if (!advice.options.empty()) {
            const model::AdviceOption &best = advice.options.front();
            page[QStringLiteral("recommendation")] = best.sentence;
            page[QStringLiteral("cost")] = model::money(best.cost, project.currency);
            page[QStringLiteral("value")] = model::money(best.value, project.currency);
            page[QStringLiteral("net")] = model::money(best.net, project.currency);
            page[QStringLiteral("subject")]
                = QString(QStringLiteral("scenario/") + (toBeScenario ? toBeScenario->id : QString()));
        }
    }
    return page;
}

} // namespace oi::review
