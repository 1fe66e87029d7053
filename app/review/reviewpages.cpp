// SPDX-License-Identifier: GPL-3.0-or-later
// The title page, the page order, and the name look-ups every page uses.
#include "app/review/reviewpages.h"

#include <QCoreApplication>
#include <QLocale>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

/** The first sentence of a description: a board reads one. */
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text.trimmed() : text.left(end + 1).trimmed();
}
} // namespace

QString roleName(const model::Project &project, const QString &id)
{
    const model::Role *r = project.role(id);
    return r && !r->name.isEmpty() ? r->name : id;
}

QString processName(const model::Project &project, const QString &id)
{
    const model::Process *p = project.process(id);
    return p && !p->name.isEmpty() ? p->name : id;
}

QVariantMap titlePage(const model::Project &project, const QDate &date)
{
    QStringList customers;
    for (const model::Persona &p : project.personas)
        if (!p.name.isEmpty())
            customers.append(p.name);
    QString customer;
    if (!project.personas.empty()) {
        const model::Persona &first = project.personas.front();
        customer = first.description.isEmpty() ? tr("Our customers: %1.").arg(QLocale().createSeparatedList(customers))
                                               : tr("%1: %2").arg(first.name, firstSentence(first.description));
    }
    return {
        { QStringLiteral("kind"), QStringLiteral("title") },
        { QStringLiteral("title"), project.name.isEmpty() ? tr("Outside-in review") : project.name },
        { QStringLiteral("client"), project.client },
        { QStringLiteral("date"), QLocale().toString(date, QLocale::LongFormat) },
        { QStringLiteral("customer"), customer },
        { QStringLiteral("customers"),
            customers.size() > 1 ? tr("Also: %1").arg(QLocale().createSeparatedList(customers.mid(1))) : QString() },
        { QStringLiteral("summary"), firstSentence(project.description) },
    };
}

QVariantList reviewPages(const model::Project &project, const ReviewFindings &findings, const QDate &date)
{
    QVariantList pages { titlePage(project, date) };
    pages.append(strategyPages(project, findings));
    pages.append(journeyPages(project));
    pages.append(rolePages(project));
    pages.append(processPages(project, findings));
    pages.append(simulationPage(project, findings));
    if (QVariantMap tech = technologyPage(project); !tech.isEmpty())
        pages.append(tech);
    if (QVariantMap trace = tracePage(project); !trace.isEmpty())
        pages.append(trace);
    attachDecisions(project, pages);
    return pages;
}

} // namespace oi::review
