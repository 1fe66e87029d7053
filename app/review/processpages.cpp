// SPDX-License-Identifier: GPL-3.0-or-later
// Each re-engineered process in one picture: the diagram itself comes from the image provider
// (editor/process paints it); the page names the process, its strategy and its constraint.
#include "app/review/reviewpages.h"

#include "model/humanunits.h"

#include <QCoreApplication>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

QString nodeName(const model::Project &project, const QString &processNode)
{
    const model::Process *p = project.process(processNode.section(u'/', 0, 0));
    const QString id = processNode.section(u'/', 1);
    if (p)
        for (const model::Node &n : p->nodes)
            if (n.id == id)
                return n.name.isEmpty() ? id : n.name;
    return id;
}
} // namespace

QStringList reviewedProcesses(const model::Project &project)
{
    QStringList all, chosen;
    for (const model::Process &p : project.processes) {
        all.append(p.id);
        if (p.strategy.isEmpty() && p.variantOf.isEmpty())
            continue;
        // A to-be variant stands in for its original, at the original's place.
        if (!p.variantOf.isEmpty()) {
            const qsizetype at = chosen.indexOf(p.variantOf);
            if (at >= 0) {
                chosen[at] = p.id;
                continue;
            }
        }
        bool hasVariant = false;
        for (const model::Process &q : project.processes)
            hasVariant = hasVariant || (q.variantOf == p.id && chosen.contains(q.id));
        if (!hasVariant)
            chosen.append(p.id);
    }
    return chosen.isEmpty() ? all : chosen;
}

QVariantList processPages(const model::Project &project, const ReviewFindings &findings)
{
    QVariantList pages;
    for (const QString &id : reviewedProcesses(project)) {
        const model::Process *p = project.process(id);
        const model::Strategy *s = project.strategy(p->strategy);
        QString constraint;
        if (findings.advice && findings.advice->constraint.node.section(u'/', 0, 0) == id) {
            const model::AdviceConstraint &c = findings.advice->constraint;
            constraint = c.coverage
                ? tr("Constraint: %1 — work waits while no %2 is on duty%3")
                      .arg(nodeName(project, c.node), roleName(project, c.role),
                          c.window.isEmpty() ? QString() : tr(" (%1)").arg(c.window))
                : tr("Constraint: %1 — %2 busy %3 of the time")
                      .arg(nodeName(project, c.node), roleName(project, c.role), model::percent(c.utilisation));
        }
        pages.append(QVariantMap {
            { QStringLiteral("kind"), QStringLiteral("process") },
            { QStringLiteral("title"), p->name.isEmpty() ? p->id : p->name },
            { QStringLiteral("process"), p->id },
            { QStringLiteral("strategy"), s ? tr("Serves: %1").arg(s->title) : QString() },
            { QStringLiteral("description"), p->description },
            { QStringLiteral("constraint"), constraint },
        });
    }
    return pages;
}

} // namespace oi::review
