// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/problemplace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oi::model {

namespace {
struct ProblemPlace
{
    Q_DECLARE_TR_FUNCTIONS(ProblemPlace)
};

QString named(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

/** "role agent" -> "Contact-centre agent (role)"; empty when the project has no such entity. */
QString entityInWords(const Project &p, const QString &entity)
{
    const QString kind = entity.section(u' ', 0, 0);
    const QString rest = entity.section(u' ', 1);
    if (kind == QLatin1String("project"))
        return ProblemPlace::tr("the project");
    const QString id = rest.section(u'/', 0, 0);
    if (kind == QLatin1String("role")) {
        if (const Role *r = p.role(id))
            return ProblemPlace::tr("%1 (role)").arg(named(r->name, r->id));
    } else if (kind == QLatin1String("journey")) {
        if (const Journey *j = p.journey(id))
            return ProblemPlace::tr("%1 (journey)").arg(named(j->name, j->id));
    } else if (kind == QLatin1String("step")) {
        if (const Step *s = p.step(id))
            return ProblemPlace::tr("“%1” (journey step)").arg(named(s->title, s->id));
    } else if (kind == QLatin1String("requirement")) {
        if (const Requirement *r = p.requirement(id))
            return ProblemPlace::tr("“%1” (requirement)").arg(named(r->text, r->id));
    } else if (kind == QLatin1String("scenario")) {
        if (const Scenario *s = p.scenario(id))
            return ProblemPlace::tr("%1 (scenario)").arg(named(s->name, s->id));
    } else if (kind == QLatin1String("strategy")) {
        if (const Strategy *s = p.strategy(id))
            return ProblemPlace::tr("%1 (strategy)").arg(named(s->title, s->id));
    } else if (kind == QLatin1String("persona")) {
        if (const Persona *s = p.persona(id))
            return ProblemPlace::tr("%1 (persona)").arg(named(s->name, s->id));
    } else if (kind == QLatin1String("process")) {
        const Process *proc = p.process(id);
        if (!proc)
            return {};
        const QString process = named(proc->name, proc->id);
        const QString part = rest.section(u'/', 1);
        if (part.startsWith(QLatin1String("node "))) {
            const Node *node = proc->node(part.mid(5));
            if (node)
                return ProblemPlace::tr("%1 › %2 (process step)").arg(process, named(node->name, node->id));
        } else if (part.startsWith(QLatin1String("flow #"))) {
            return ProblemPlace::tr("%1, flow %2 (process)").arg(process, part.mid(6));
        } else {
            return ProblemPlace::tr("%1 (process)").arg(process);
        }
    }
    return {};
}
} // namespace

QString readableField(const QString &field)
{
    QString words = field;
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    // One-based entries: people count from one.
    QRegularExpressionMatch m;
    while ((m = index.match(words)).hasMatch())
        words.replace(
            m.capturedStart(), m.capturedLength(), ProblemPlace::tr(", entry %1").arg(m.captured(1).toInt() + 1));
    words.replace(u'_', u' ');
    words.replace(u'.', QStringLiteral(", "));
    return words;
}

QString readablePlace(const Project &project, const Problem &problem)
{
    QString entity = problem.entity.isEmpty() ? QString() : entityInWords(project, problem.entity);
    if (entity.isEmpty())
        entity = problem.entity;
    if (problem.field.isEmpty())
        return entity;
    const QString field = readableField(problem.field);
    return entity.isEmpty() ? field : entity + QStringLiteral(" · ") + field;
}

} // namespace oi::model
