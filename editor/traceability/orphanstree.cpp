// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/orphanstree.h"

#include "editor/traceability/traceaxis.h"

#include <QFont>
#include <QSignalBlocker>

namespace oi::editor {

OrphansTree::OrphansTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("orphans"));
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
}

EntityRef OrphansTree::refOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, RefRole).value<EntityRef>() : EntityRef {};
}

QString OrphansTree::needOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, NeedRole).toString() : QString();
}

QTreeWidgetItem *OrphansTree::itemFor(const EntityRef &ref, const QString &need) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (refOf(item) == ref && (need.isEmpty() || needOf(item) == need))
                return item;
        }
    }
    return nullptr;
}

void OrphansTree::rebuild(const model::Project *project)
{
    // The rebuild is no choice of the user's: it must not select anything in the document.
    const QSignalBlocker blocker(this);
    const EntityRef current = refOf(currentItem());
    const QString currentNeed = needOf(currentItem());
    clear();
    if (!project)
        return;
    const model::Orphans orphans = model::findOrphans(*project);
    struct Group
    {
        QString heading; // with %1 for the count
        QString explanation;
        TraceAxis axis;
        const QStringList &ids;
    };
    const Group groups[] = {
        { tr("Strategies that change no role (%1)"),
            tr("No role that names the strategy changes: every one is unchanged, or none names it."),
            TraceAxis::Strategy, orphans.strategies },
        { tr("Roles no strategy explains (%1)"),
            tr("The role names no strategy and has no task in a process that names one."), TraceAxis::Role,
            orphans.roles },
        { tr("Redesigned roles without a task (%1)"),
            tr("The role is moved, new or merged, yet no process gives it a task."), TraceAxis::Role,
            orphans.toBeRolesWithoutTasks },
        { tr("Processes no journey step triggers (%1)"),
            tr("No journey step links to the process or to one of its nodes."), TraceAxis::Process, orphans.processes },
        { tr("Journey steps that trigger no process (%1)"), tr("The step links to no process."), TraceAxis::Step,
            orphans.steps },
        { tr("Requirements nothing needs (%1)"),
            tr("No journey step needs the requirement and it names no process node."), TraceAxis::Requirement,
            orphans.requirements },
        { tr("Customer needs no journey step serves (%1)"), tr("No journey step lists the need as one it serves."),
            TraceAxis::Need, orphans.needs },
    };
    for (const Group &g : groups) {
        auto *heading = new QTreeWidgetItem(this, { g.heading.arg(g.ids.size()) });
        heading->setToolTip(0, g.explanation);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        // Headings only group: an empty one is greyed, and none can be selected.
        heading->setFlags(g.ids.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsEnabled);
        for (const QString &id : g.ids) {
            const TraceItem t = traceItem(*project, g.axis, id);
            auto *item = new QTreeWidgetItem(heading, { t.name });
            item->setToolTip(0, t.toolTip);
            item->setData(0, RefRole, QVariant::fromValue(t.ref));
            if (g.axis == TraceAxis::Need)
                item->setData(0, NeedRole, id);
        }
    }
    expandAll();
    if (current.isValid())
        if (QTreeWidgetItem *item = itemFor(current, currentNeed))
            setCurrentItem(item);
}

} // namespace oi::editor
