// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/traceaxis.h"

#include <QCoreApplication>

namespace oi::editor {

namespace {

/** The tooltip: the full name, where the item sits when that helps, and the id last. */
QString toolTipOf(const QString &full, const QString &where, const QString &id)
{
    QStringList lines { full };
    if (!where.isEmpty())
        lines << where;
    lines << QCoreApplication::translate("Traceability", "Id: %1").arg(id);
    return lines.join(u'\n');
}

/** The name, or the id when the entity has none (a header must say something). */
QString orId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

} // namespace

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', length - 1);
    if (cut < length / 2)
        cut = length - 1;
    return simple.left(cut).trimmed() + QStringLiteral("…");
}

TraceItem traceItem(const model::Project &project, TraceAxis axis, const QString &id)
{
    TraceItem item;
    item.id = id;
    item.name = id;
    item.fullName = id;
    item.toolTip = toolTipOf(id, QString(), id);
    item.chainId = id;
    switch (axis) {
    case TraceAxis::Strategy:
        item.ref = { EntityKind::Strategy, id };
        item.chainKind = QStringLiteral("strategy");
        if (const model::Strategy *s = project.strategy(id)) {
            item.name = item.fullName = orId(s->title, id);
            item.toolTip = toolTipOf(item.name, s->statement, id);
        }
        break;
    case TraceAxis::Role:
        item.ref = { EntityKind::Role, id };
        item.chainKind = QStringLiteral("role");
        if (const model::Role *r = project.role(id)) {
            item.name = item.fullName = orId(r->name, id);
            item.toolTip = toolTipOf(item.name, r->department, id);
        }
        break;
    case TraceAxis::Process:
        item.ref = { EntityKind::Process, id };
        item.chainKind = QStringLiteral("process");
        if (const model::Process *p = project.process(id)) {
            item.name = item.fullName = orId(p->name, id);
            item.toolTip = toolTipOf(item.name, QString(), id);
        }
        break;
    case TraceAxis::Step: {
        item.ref = { EntityKind::Step, id };
        item.chainKind = QStringLiteral("step");
        const model::Journey *journey = nullptr;
        if (const model::Step *s = project.step(id, &journey)) {
            item.name = item.fullName = orId(s->title, id);
            item.toolTip = toolTipOf(item.name,
                QCoreApplication::translate("Traceability", "Journey: %1").arg(orId(journey->name, journey->id)), id);
        }
        break;
    }
    case TraceAxis::Requirement:
        item.ref = { EntityKind::Requirement, id };
        item.chainKind = QStringLiteral("requirement");
        if (const model::Requirement *q = project.requirement(id)) {
            item.fullName = orId(q->text, id);
            item.name = shortened(item.fullName);
            item.toolTip = toolTipOf(item.fullName, QString(), id);
        }
        break;
    case TraceAxis::Node: {
        const auto [processId, nodeId] = model::splitNodeRef(id);
        item.ref = { EntityKind::Node, id };
        item.chainKind = QStringLiteral("process");
        item.chainId = processId;
        if (const model::Process *p = project.process(processId)) {
            const model::Node *n = p->node(nodeId);
            item.name = item.fullName
                = orId(p->name, processId) + QStringLiteral(" › ") + (n ? orId(n->name, nodeId) : nodeId);
            item.toolTip = toolTipOf(item.name, QString(), id);
        }
        break;
    }
    case TraceAxis::Need: {
        item.chainKind = QStringLiteral("need");
        const model::Persona *persona = nullptr;
        if (const model::Need *n = project.need(id, &persona)) {
            item.fullName = orId(n->text, id);
            item.name = shortened(item.fullName);
            item.toolTip = toolTipOf(item.fullName,
                QCoreApplication::translate("Traceability", "Persona: %1").arg(orId(persona->name, persona->id)), id);
            item.ref = { EntityKind::Persona, persona->id };
        }
        break;
    }
    }
    return item;
}

bool onChain(const model::Chain &chain, TraceAxis axis, const QString &id)
{
    switch (axis) {
    case TraceAxis::Strategy: return chain.strategies.contains(id);
    case TraceAxis::Role: return chain.roles.contains(id);
    case TraceAxis::Process: return chain.processes.contains(id);
    case TraceAxis::Step: return chain.steps.contains(id);
    case TraceAxis::Requirement: return chain.requirements.contains(id);
    case TraceAxis::Node: return chain.processes.contains(model::splitNodeRef(id).first);
    case TraceAxis::Need: return chain.needs.contains(id);
    }
    return false;
}

} // namespace oi::editor
