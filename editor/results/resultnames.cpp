// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/resultnames.h"

#include <QCoreApplication>

namespace oi::editor::results {

QString ResultNames::process(const QString &id) const
{
    const model::Process *p = mProject ? mProject->process(id) : nullptr;
    return p && !p->name.isEmpty() ? p->name : id;
}

QString ResultNames::node(const QString &processId, const QString &nodeId) const
{
    const model::Process *p = mProject ? mProject->process(processId) : nullptr;
    const model::Node *n = p ? p->node(nodeId) : nullptr;
    return n && !n->name.isEmpty() ? n->name : nodeId;
}

QString ResultNames::nodeRef(const QString &ref) const
{
    if (!ref.contains(u'/'))
        return process(ref);
    const QString p = ref.section(u'/', 0, 0);
    return QCoreApplication::translate("ResultNames", "%1 (%2)").arg(node(p, ref.section(u'/', 1)), process(p));
}

QString ResultNames::role(const QString &id) const
{
    const model::Role *r = mProject ? mProject->role(id) : nullptr;
    return r && !r->name.isEmpty() ? r->name : id;
}

QString ResultNames::scenario(const QString &id) const
{
    if (id.isEmpty())
        return QCoreApplication::translate("ResultNames", "Base model");
    const model::Scenario *s = mProject ? mProject->scenario(id) : nullptr;
    return s && !s->name.isEmpty() ? s->name : id;
}

} // namespace oi::editor::results
