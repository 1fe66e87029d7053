// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "model/validator.h"

#include <QCoreApplication>

namespace oi::app::cli {

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the executable's path; people type the program and the subcommand.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), QStringLiteral("outsidein-cli ") + command);
    return text;
}

std::optional<int> parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, arguments.value(0));
        return 0;
    }
    return std::nullopt;
}

std::unique_ptr<model::Project> loadValidProject(
    const QString &file, const QString &command, QTextStream &err, int *exitCode)
{
    std::unique_ptr<model::Project> project;
    const model::Problems problems = model::checkFile(file, &project);
    for (const model::Problem &p : problems)
        if (p.isError())
            err << p.toString() << u'\n';
    if (!project) {
        *exitCode = 2;
        return nullptr;
    }
    if (model::hasErrors(problems)) {
        err << tr("%1: %2 has errors; fix them first (see 'outsidein-cli validate').\n").arg(command, file);
        *exitCode = 1;
        return nullptr;
    }
    return project;
}

} // namespace oi::app::cli
