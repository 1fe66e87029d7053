// SPDX-License-Identifier: GPL-3.0-or-later
// How problems name an entity ("role agent", "process support/node triage"). The YAML reader and
// the validator use the same spelling so their problems can be matched and located.
#pragma once

#include <QString>

namespace oi::model::label {

/** "<kind> <id>", or "<kind> #<1-based index>" when the id is missing. */
inline QString entity(const char *kind, const QString &id, qsizetype index)
{
    const QString name = id.isEmpty() ? QString(u'#' + QString::number(index + 1)) : id;
    return QLatin1String(kind) + u' ' + name;
}

inline QString node(const QString &processLabel, const QString &nodeId, qsizetype index)
{
    return processLabel + QStringLiteral("/node ")
        + (nodeId.isEmpty() ? QString(u'#' + QString::number(index + 1)) : nodeId);
}

inline QString flow(const QString &processLabel, qsizetype index, const QString &flowId = QString())
{
    return processLabel + QStringLiteral("/flow ")
        + (flowId.isEmpty() ? QString(u'#' + QString::number(index + 1)) : flowId);
}

inline QString project()
{
    return QStringLiteral("project");
}

} // namespace oi::model::label
