// SPDX-License-Identifier: GPL-3.0-or-later
// The role changes the strategies drive: each role that is new, moved, merged or retired with its
// headcount as-is and to-be, and the responsibilities that move from one role to another.
#include "app/review/reviewpages.h"

#include "app/review/reviewfindings.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

QString changeText(model::ChangeKind c)
{
    switch (c) {
    case model::ChangeKind::Unchanged: return tr("Unchanged");
    case model::ChangeKind::Moved: return tr("Changed");
    case model::ChangeKind::New: return tr("New");
    case model::ChangeKind::Merged: return tr("Merged");
    case model::ChangeKind::Retired: return tr("Retired");
    }
    return {};
}

QString changeKey(model::ChangeKind c)
{
    switch (c) {
    case model::ChangeKind::Unchanged: return QStringLiteral("unchanged");
    case model::ChangeKind::Moved: return QStringLiteral("moved");
    case model::ChangeKind::New: return QStringLiteral("new");
    case model::ChangeKind::Merged: return QStringLiteral("merged");
    case model::ChangeKind::Retired: return QStringLiteral("retired");
    }
    return {};
}

/** The to-be headcount: the to-be scenario's override, else as modelled (none for a retired role). */
int toBeHeadcount(const model::Project &project, const model::Role &role)
{
    if (role.change == model::ChangeKind::Retired)
        return 0;
    QString asIs, toBe;
    chooseScenarios(project, &asIs, &toBe);
    if (const model::Scenario *s = project.scenario(toBe))
        for (const model::HeadcountOverride &h : s->headcount)
            if (h.role == role.id)
                return h.headcount;
    return role.headcount;
}

constexpr int RolesPerPage = 3;
} // namespace

QVariantList rolePages(const model::Project &project)
{
    // A role is on the review when it changes or a responsibility moves to or from it; grouped
    // by its strategy (project order), a few per page so the type stays large.
    std::vector<std::pair<QString, QVariantList>> byStrategy;
    for (const model::Role &r : project.roles) {
        QVariantList gains, losses;
        for (const model::Responsibility &m : project.responsibilities) {
            if (m.asIs == m.toBe)
                continue;
            if (m.toBe == r.id)
                gains.append(QVariantMap { { QStringLiteral("text"), m.text },
                    { QStringLiteral("other"),
                        m.asIs.isEmpty() ? tr("new") : tr("from %1").arg(roleName(project, m.asIs)) } });
            if (m.asIs == r.id)
                losses.append(QVariantMap { { QStringLiteral("text"), m.text },
                    { QStringLiteral("other"),
                        m.toBe.isEmpty() ? tr("no longer done") : tr("to %1").arg(roleName(project, m.toBe)) } });
        }
        if (r.change == model::ChangeKind::Unchanged && gains.isEmpty() && losses.isEmpty())
            continue;
        const int before = r.change == model::ChangeKind::New ? 0 : r.headcount;
        const int after = toBeHeadcount(project, r);
        const QVariantMap role { { QStringLiteral("name"), r.name.isEmpty() ? r.id : r.name },
            // A role that keeps its place but trades duties is a change a board should see as one.
            { QStringLiteral("change"),
                r.change == model::ChangeKind::Unchanged ? tr("Duties change") : changeText(r.change) },
            { QStringLiteral("changeKey"), changeKey(r.change) },
            { QStringLiteral("headcount"),
                before == after ? tr("%1 people").arg(after) : tr("%1 → %2 people").arg(before).arg(after) },
            { QStringLiteral("gains"), gains }, { QStringLiteral("losses"), losses },
            { QStringLiteral("subject"), QString(QStringLiteral("role/") + r.id) } };
        auto it
            = std::find_if(byStrategy.begin(), byStrategy.end(), [&r](const auto &e) { return e.first == r.strategy; });
        if (it == byStrategy.end())
            it = byStrategy.insert(byStrategy.end(), { r.strategy, {} });
        it->second.append(role);
    }
    // Strategies in project order, roles of no strategy last.
    std::stable_sort(byStrategy.begin(), byStrategy.end(), [&project](const auto &a, const auto &b) {
        auto index = [&project](const QString &id) {
            for (size_t i = 0; i < project.strategies.size(); ++i)
                if (project.strategies[i].id == id)
                    return int(i);
            return int(project.strategies.size());
        };
        return index(a.first) < index(b.first);
    });
    QVariantList pages;
    for (const auto &[strategy, roles] : byStrategy) {
        const model::Strategy *s = project.strategy(strategy);
        const int parts = int((roles.size() + RolesPerPage - 1) / RolesPerPage);
        for (int part = 0; part < parts; ++part) {
            QString title = s ? tr("Roles for: %1").arg(s->title) : tr("Other role changes");
            if (parts > 1)
                title = tr("%1 (%2 of %3)").arg(title).arg(part + 1).arg(parts);
            pages.append(
                QVariantMap { { QStringLiteral("kind"), QStringLiteral("roles") }, { QStringLiteral("title"), title },
                    { QStringLiteral("roles"), roles.mid(part * RolesPerPage, RolesPerPage) } });
        }
    }
    return pages;
}

} // namespace oi::review
