// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

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

} // namespace oi::app::cli
