// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli rename FILE --kind K --from OLD --to NEW [-o OUT]`: renames an id and every
// reference to it (model::renameId), writing FILE in place or OUT, atomically.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/projectio.h"
#include "model/renameid.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace oi::app::cli {

int runRename(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renames an id and every reference to it (step roles and processes, requirement steps and\n"
           "nodes, lanes, node roles, flows, scenario overrides, cross-training, driving strategies).\n"
           "Nodes are named process/node. Refuses an id that is already taken.\n"
           "Exit code: 0 renamed, 1 refused (the sentence says why), 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project (.oi.yaml or .oistudio)"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("what the id names: role, process, node, step, requirement, strategy, persona, journey, stage or "
           "scenario"),
        QStringLiteral("K"));
    const QCommandLineOption from(QStringLiteral("from"), tr("the id now"), QStringLiteral("OLD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("the new id"), QStringLiteral("NEW"));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("write here instead of FILE"), QStringLiteral("OUT"));
    parser.addOptions({ kind, from, to, output });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(kind) || !parser.isSet(from) || !parser.isSet(to)) {
        err << tr("rename: give FILE, --kind, --from and --to.\n") << helpText(parser, QStringLiteral("rename"));
        return 2;
    }
    model::IdKind idKind;
    if (!model::idKindFromName(parser.value(kind), &idKind)) {
        err << tr("rename: --kind %1 names nothing that has an id.\n").arg(parser.value(kind));
        return 2;
    }
    model::Problems problems;
    auto project = model::readProject(files.first(), &problems);
    for (const model::Problem &p : problems)
        err << p.toString() << u'\n';
    if (!project)
        return 2;
    QString error;
    const int references = model::renameId(*project, idKind, parser.value(from), parser.value(to), &error);
    if (references < 0) {
        err << tr("rename: %1: %2 Nothing was written.\n").arg(files.first(), error);
        return 1;
    }
    const QString target = parser.isSet(output) ? parser.value(output) : files.first();
    if (!model::writeProject(*project, target, &error)) {
        err << tr("rename: %1\n").arg(error);
        return 2;
    }
    out << QCoreApplication::translate(
        "Cli", "Renamed %1 %2 to %3 and %n references to it in %4.\n", nullptr, references)
               .arg(parser.value(kind), parser.value(from), parser.value(to), target);
    return 0;
}

} // namespace oi::app::cli
