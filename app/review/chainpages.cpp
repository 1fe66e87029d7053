// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 of the method and the chain on one page: what technology must support (the Must
// requirements by journey step, non-functional constraints such as "field reps work offline"
// standing out), and strategy → roles → processes → requirements.
#include "app/review/reviewpages.h"

#include "model/traceability.h"

#include <QCoreApplication>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

QString stepTitle(const model::Project &project, const QString &id)
{
    const model::Step *s = project.step(id);
    return s && !s->title.isEmpty() ? s->title : id;
}

/** Steps linked either way, in the requirement's own order first. */
QStringList linkedSteps(const model::Project &project, const model::Requirement &r)
{
    QStringList steps = r.steps;
    for (const model::Journey &j : project.journeys)
        for (const model::Step &s : j.steps)
            if (s.requirements.contains(r.id) && !steps.contains(s.id))
                steps.append(s.id);
    return steps;
}
} // namespace

QVariantMap technologyPage(const model::Project &project)
{
    QVariantList constraints;
    QStringList stepOrder;
    QHash<QString, QVariantList> byStep;
    for (const model::Requirement &r : project.requirements) {
        if (r.priority != model::Priority::Must)
            continue;
        if (r.kind == model::RequirementKind::NonFunctional) {
            QStringList where;
            for (const QString &s : linkedSteps(project, r))
                where.append(stepTitle(project, s));
            constraints.append(QVariantMap { { QStringLiteral("text"), r.text },
                { QStringLiteral("where"), where.isEmpty() ? QString() : tr("At: %1").arg(where.join(u", ")) } });
            continue;
        }
        QStringList steps = linkedSteps(project, r);
        if (steps.isEmpty())
            steps.append(QString()); // not tied to a step: "across the journey"
        // Each requirement once, under the first step that needs it: a board reads it once.
        const QString &step = steps.front();
        if (!stepOrder.contains(step))
            stepOrder.append(step);
        byStep[step].append(r.text);
    }
    if (constraints.isEmpty() && stepOrder.isEmpty())
        return {};
    QVariantList groups;
    for (const QString &s : stepOrder)
        groups.append(
            QVariantMap { { QStringLiteral("step"), s.isEmpty() ? tr("Across the journey") : stepTitle(project, s) },
                { QStringLiteral("requirements"), byStep.value(s) } });
    return {
        { QStringLiteral("kind"), QStringLiteral("technology") },
        { QStringLiteral("title"), tr("What technology must support") },
        { QStringLiteral("lead"), tr("Technology supports the redesign; it does not drive it.") },
        { QStringLiteral("constraints"), constraints },
        { QStringLiteral("groups"), groups },
    };
}

QVariantMap tracePage(const model::Project &project)
{
    QVariantList chains;
    for (const model::Strategy &s : project.strategies) {
        const model::StrategyTrace t = model::traceStrategy(project, s.id);
        QStringList roles, processes;
        for (const QString &r : t.roles)
            roles.append(roleName(project, r));
        for (const QString &p : t.processes)
            processes.append(processName(project, p));
        int must = 0;
        for (const QString &r : t.requirements)
            if (const model::Requirement *req = project.requirement(r); req && req->priority == model::Priority::Must)
                ++must;
        chains.append(QVariantMap { { QStringLiteral("strategy"), s.title.isEmpty() ? s.id : s.title },
            { QStringLiteral("roles"), roles.isEmpty() ? tr("no role yet") : roles.join(u", ") },
            { QStringLiteral("processes"), processes.isEmpty() ? tr("no process yet") : processes.join(u", ") },
            { QStringLiteral("requirements"),
                t.requirements.isEmpty()
                    ? tr("none yet")
                    : tr("%1 requirements, %2 of them Must").arg(t.requirements.size()).arg(must) } });
    }
    if (chains.isEmpty())
        return {};
    return {
        { QStringLiteral("kind"), QStringLiteral("trace") },
        { QStringLiteral("title"), tr("From strategy to technology") },
        { QStringLiteral("chains"), chains },
    };
}

} // namespace oi::review
