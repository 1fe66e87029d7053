// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli trace FILE [--format text|json]`: the outside-in chain of every strategy (roles,
// processes, journey steps, requirements and the needs they serve), what nothing explains, and how
// far each layer of the chain covers the next (model/traceability.h). The text names things as
// people do; the JSON keeps ids.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/projectio.h"
#include "model/traceability.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oi::app::cli {

namespace {

/** How the text names an item of the project; its id only when it has no name. */
using Namer = QString (*)(const model::Project &, const QString &);

/** At most `limit` characters, cut at a word where one is near, so that each requirement keeps to one line. */
QString shortened(const QString &text, qsizetype limit = 60)
{
    const QString t = text.simplified();
    if (t.size() <= limit)
        return t;
    qsizetype cut = t.lastIndexOf(u' ', limit - 1);
    if (cut < limit / 2)
        cut = limit - 1;
    return t.left(cut) + QChar(0x2026); // …
}

QString strategyName(const model::Project &p, const QString &id)
{
    const model::Strategy *s = p.strategy(id);
    return s && !s->title.isEmpty() ? s->title : id;
}

QString roleName(const model::Project &p, const QString &id)
{
    const model::Role *r = p.role(id);
    return r && !r->name.isEmpty() ? r->name : id;
}

QString processName(const model::Project &p, const QString &id)
{
    const model::Process *pr = p.process(id);
    return pr && !pr->name.isEmpty() ? pr->name : id;
}

QString stepName(const model::Project &p, const QString &id)
{
    const model::Step *s = p.step(id);
    return s && !s->title.isEmpty() ? s->title : id;
}

QString requirementName(const model::Project &p, const QString &id)
{
    const model::Requirement *q = p.requirement(id);
    return q && !q->text.trimmed().isEmpty() ? shortened(q->text) : id;
}

QString needName(const model::Project &p, const QString &id)
{
    const model::Need *n = p.need(id);
    return n && !n->text.trimmed().isEmpty() ? n->text.simplified() : id;
}

/** One list of a strategy's chain: a headline with the count, or a sentence when it is empty. */
struct ChainList
{
    const QStringList *ids;
    Namer name;
    const char *some; // %n: the count
    const char *none;
};

/** One kind of gap: a sentence with the count, then the items. */
struct Gap
{
    const QStringList *ids;
    Namer name;
    const char *sentence; // %n: the count
};

/** Two layers of the chain and how much of each the other covers. */
struct Coverage
{
    const char *key; // in the JSON
    model::TraceMatrix (*matrix)(const model::Project &);
    const char *sentence; // %1 of %2 rows, %3 of %4 columns covered
};

constexpr Coverage kCoverage[] = {
    { "strategy_role", &model::strategyRoleMatrix,
        QT_TRANSLATE_NOOP("Cli", "  Strategies with a role: %1 of %2; roles that belong to a strategy: %3 of %4\n") },
    { "role_process", &model::roleProcessMatrix,
        QT_TRANSLATE_NOOP("Cli", "  Roles with a task: %1 of %2; processes with a task of a role: %3 of %4\n") },
    { "step_process", &model::stepProcessMatrix,
        QT_TRANSLATE_NOOP(
            "Cli", "  Journey steps that trigger a process: %1 of %2; processes a step triggers: %3 of %4\n") },
    { "requirement_step", &model::requirementStepMatrix,
        QT_TRANSLATE_NOOP(
            "Cli", "  Requirements a journey step needs: %1 of %2; steps with a requirement: %3 of %4\n") },
    { "requirement_node", &model::requirementNodeMatrix,
        QT_TRANSLATE_NOOP("Cli",
            "  Requirements on a process node: %1 of %2; tasks and named nodes with a requirement: %3 of %4\n") },
    { "need_step", &model::needStepMatrix,
        QT_TRANSLATE_NOOP(
            "Cli", "  Customer needs a journey step serves: %1 of %2; steps that serve a need: %3 of %4\n") },
};

void printItems(QTextStream &out, const model::Project &project, const QStringList &ids, Namer name)
{
    for (const QString &id : ids)
        out << QStringLiteral("    - ") << name(project, id) << u'\n';
}

void printText(QTextStream &out, const model::Project &project, const QString &file)
{
    out << tr("Traceability of %1\n").arg(project.name.isEmpty() ? QFileInfo(file).fileName() : project.name);
    for (const model::Strategy &s : project.strategies) {
        const model::Chain c = model::chainOf(project, QStringLiteral("strategy"), s.id);
        out << u'\n' << tr("Strategy: %1\n").arg(strategyName(project, s.id));
        const ChainList lists[] = {
            { &c.roles, &roleName, QT_TRANSLATE_N_NOOP("Cli", "  Roles naming it or working in its processes (%n):\n"),
                QT_TRANSLATE_NOOP("Cli", "  No role names it or works in its processes.\n") },
            { &c.processes, &processName, QT_TRANSLATE_N_NOOP("Cli", "  Processes (%n):\n"),
                QT_TRANSLATE_NOOP("Cli", "  No process names it or has a task of its roles.\n") },
            { &c.steps, &stepName, QT_TRANSLATE_N_NOOP("Cli", "  Journey steps (%n):\n"),
                QT_TRANSLATE_NOOP("Cli", "  No journey step is linked to its processes or roles.\n") },
            { &c.requirements, &requirementName, QT_TRANSLATE_N_NOOP("Cli", "  Requirements (%n):\n"),
                QT_TRANSLATE_NOOP("Cli", "  No requirement follows from its journey steps or processes.\n") },
            { &c.needs, &needName, QT_TRANSLATE_N_NOOP("Cli", "  Customer needs served (%n):\n"),
                QT_TRANSLATE_NOOP("Cli", "  Its journey steps serve no customer need.\n") },
        };
        for (const ChainList &l : lists) {
            if (l.ids->isEmpty()) {
                out << tr(l.none);
                continue;
            }
            out << QCoreApplication::translate("Cli", l.some, nullptr, int(l.ids->size()));
            printItems(out, project, *l.ids, l.name);
        }
    }

    const model::Orphans o = model::findOrphans(project);
    const Gap gaps[] = {
        { &o.roles, &roleName,
            QT_TRANSLATE_N_NOOP(
                "Cli", "  Roles with no strategy of their own and no task in a process that has one (%n):\n") },
        { &o.steps, &stepName, QT_TRANSLATE_N_NOOP("Cli", "  Journey steps linked to no process (%n):\n") },
        { &o.processes, &processName,
            QT_TRANSLATE_N_NOOP(
                "Cli", "  Processes that no journey step triggers, through them or their nodes (%n):\n") },
        { &o.requirements, &requirementName,
            QT_TRANSLATE_N_NOOP(
                "Cli", "  Requirements that no journey step needs and that name no process node (%n):\n") },
        { &o.strategies, &strategyName,
            QT_TRANSLATE_N_NOOP("Cli",
                "  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):\n") },
        { &o.needs, &needName, QT_TRANSLATE_N_NOOP("Cli", "  Customer needs that no journey step serves (%n):\n") },
        { &o.toBeRolesWithoutTasks, &roleName,
            QT_TRANSLATE_N_NOOP(
                "Cli", "  Roles that change (moved, new or merged) but have no task in any process (%n):\n") },
    };
    out << u'\n' << tr("Gaps\n");
    bool any = false;
    for (const Gap &g : gaps) {
        if (g.ids->isEmpty())
            continue;
        any = true;
        out << QCoreApplication::translate("Cli", g.sentence, nullptr, int(g.ids->size()));
        printItems(out, project, *g.ids, g.name);
    }
    if (!any)
        out << tr("  None: every strategy changes a role, every changed role has a task, and every role, journey "
                  "step, process, requirement and customer need is on a chain.\n");

    out << u'\n' << tr("Coverage\n");
    for (const Coverage &k : kCoverage) {
        const model::TraceMatrix m = k.matrix(project);
        out << tr(k.sentence)
                   .arg(QString::number(m.coveredRows()), QString::number(m.rows.size()),
                       QString::number(m.coveredColumns()), QString::number(m.columns.size()));
    }
}

QJsonObject toJson(const model::Project &project)
{
    QJsonArray chains;
    for (const model::Strategy &s : project.strategies) {
        const model::Chain c = model::chainOf(project, QStringLiteral("strategy"), s.id);
        chains.append(QJsonObject {
            { QStringLiteral("strategy"), s.id },
            { QStringLiteral("roles"), QJsonArray::fromStringList(c.roles) },
            { QStringLiteral("processes"), QJsonArray::fromStringList(c.processes) },
            { QStringLiteral("steps"), QJsonArray::fromStringList(c.steps) },
            { QStringLiteral("requirements"), QJsonArray::fromStringList(c.requirements) },
            { QStringLiteral("needs"), QJsonArray::fromStringList(c.needs) },
        });
    }
    const model::Orphans o = model::findOrphans(project);
    const QJsonObject orphans {
        { QStringLiteral("roles"), QJsonArray::fromStringList(o.roles) },
        { QStringLiteral("steps"), QJsonArray::fromStringList(o.steps) },
        { QStringLiteral("processes"), QJsonArray::fromStringList(o.processes) },
        { QStringLiteral("requirements"), QJsonArray::fromStringList(o.requirements) },
        { QStringLiteral("strategies"), QJsonArray::fromStringList(o.strategies) },
        { QStringLiteral("needs"), QJsonArray::fromStringList(o.needs) },
        { QStringLiteral("to_be_roles_without_tasks"), QJsonArray::fromStringList(o.toBeRolesWithoutTasks) },
    };
    QJsonObject coverage;
    for (const Coverage &k : kCoverage) {
        const model::TraceMatrix m = k.matrix(project);
        coverage.insert(QLatin1String(k.key),
            QJsonObject {
                { QStringLiteral("rows"), int(m.rows.size()) },
                { QStringLiteral("covered_rows"), m.coveredRows() },
                { QStringLiteral("columns"), int(m.columns.size()) },
                { QStringLiteral("covered_columns"), m.coveredColumns() },
            });
    }
    return QJsonObject {
        { QStringLiteral("chains"), chains },
        { QStringLiteral("orphans"), orphans },
        { QStringLiteral("coverage"), coverage },
    };
}

} // namespace

int runTrace(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Follows every strategy to the roles, processes, journey steps and requirements it drives,\n"
           "lists what nothing explains (the gaps in the chain) and how far each layer covers the next.\n"
           "Exit code: 0 traced (gaps are reported, not failures), 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project (.oi.yaml or .oistudio)"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (names, for people) or json (ids)"),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("trace: give one FILE.\n") << helpText(parser, QStringLiteral("trace"));
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << tr("trace: --format must be 'text' or 'json'\n");
        return 2;
    }
    model::Problems problems;
    const auto project = model::readProject(files.first(), &problems);
    for (const model::Problem &p : problems)
        err << p.toString() << u'\n';
    if (!project)
        return 2;
    if (fmt == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(toJson(*project)).toJson(QJsonDocument::Indented));
    else
        printText(out, *project, files.first());
    return 0;
}

} // namespace oi::app::cli
