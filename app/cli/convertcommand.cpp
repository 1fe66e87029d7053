// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli convert IN OUT`: the format of each side comes from its extension.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/convert.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace oi::app::cli {

int runConvert(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Converts a project between .oi.yaml and .oistudio (chosen by extension).\n"
        "Refuses to write when the input has errors.\n"
        "Exit code: 0 written, 1 the input has errors, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("IN"), QCoreApplication::translate("Cli", "the project to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("Cli", "the file to write"));
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << QCoreApplication::translate("Cli", "convert: give exactly one input and one output file.\n")
            << helpText(parser, QStringLiteral("convert"));
        return 2;
    }
    model::Problems problems;
    QString error;
    const model::ConvertResult result = model::convertProject(files[0], files[1], &problems, &error);
    for (const model::Problem &p : problems)
        err << p.toString() << u'\n';
    switch (result) {
    case model::ConvertResult::Ok: out << QCoreApplication::translate("Cli", "Wrote %1.\n").arg(files[1]); return 0;
    case model::ConvertResult::InputHasErrors:
        err << QCoreApplication::translate("Cli", "%1 has errors; nothing was written.\n").arg(files[0]);
        return 1;
    case model::ConvertResult::IoError: break;
    }
    if (!error.isEmpty() && (problems.empty() || error != problems.front().toString()))
        err << error << u'\n';
    return 2;
}

} // namespace oi::app::cli
