// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/strategychainstree.h"

#include "model/traceability.h"

#include <QHeaderView>

namespace oi::editor {

namespace {

QString orId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

QTreeWidgetItem *leaf(QTreeWidgetItem *parent, const QString &text, const EntityRef &ref, const QString &id)
{
    auto *item = new QTreeWidgetItem(parent, { text });
    item->setToolTip(0, text + QStringLiteral(" (") + id + u')');
    if (ref.isValid())
        item->setData(0, StrategyChainsTree::RefRole, QVariant::fromValue(ref));
    return item;
}

} // namespace

StrategyChainsTree::StrategyChainsTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("strategyChains"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
}

EntityRef StrategyChainsTree::refOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, RefRole).value<EntityRef>() : EntityRef {};
}

QTreeWidgetItem *StrategyChainsTree::strategyItem(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (refOf(topLevelItem(i)).id == id)
            return topLevelItem(i);
    return nullptr;
}

void StrategyChainsTree::rebuild(const model::Project *project)
{
    clear();
    if (!project)
        return;
    const model::Project &p = *project;
    for (const model::Strategy &s : p.strategies) {
        const model::Chain c = model::chainOf(p, QStringLiteral("strategy"), s.id);
        auto *top = new QTreeWidgetItem(this, { orId(s.title, s.id) });
        top->setData(0, RefRole, QVariant::fromValue(EntityRef { EntityKind::Strategy, s.id }));
        top->setToolTip(0, s.statement.isEmpty() ? s.id : s.statement);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const auto section = [&](const QString &title, const QStringList &ids, auto &&nameOf, EntityKind kind) {
            auto *group = new QTreeWidgetItem(top, { title.arg(ids.size()) });
            for (const QString &id : ids)
                leaf(group, nameOf(id), kind == EntityKind::Project ? EntityRef {} : EntityRef { kind, id }, id);
        };
        section(
            tr("Roles it changes or that work in its processes (%1)"), c.roles,
            [&](const QString &id) -> QString {
                const model::Role *r = p.role(id);
                return r ? orId(r->name, id) : id;
            },
            EntityKind::Role);
        section(
            tr("Processes (%1)"), c.processes,
            [&](const QString &id) -> QString {
                const model::Process *x = p.process(id);
                return x ? orId(x->name, id) : id;
            },
            EntityKind::Process);
        section(
            tr("Journey steps (%1)"), c.steps,
            [&](const QString &id) -> QString {
                const model::Step *x = p.step(id);
                return x ? orId(x->title, id) : id;
            },
            EntityKind::Step);
        section(
            tr("Requirements on technology (%1)"), c.requirements,
            [&](const QString &id) -> QString {
                const model::Requirement *x = p.requirement(id);
                return x ? orId(x->text, id) : id;
            },
            EntityKind::Requirement);
        // Needs have no entity of their own here; their text is what matters.
        section(
            tr("Customer needs served (%1)"), c.needs,
            [&](const QString &id) -> QString {
                const model::Need *x = p.need(id);
                return x ? orId(x->text, id) : id;
            },
            EntityKind::Project);
        top->setExpanded(true);
    }
}

} // namespace oi::editor
