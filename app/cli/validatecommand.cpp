// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli validate FILE...`: every problem on its own line, then one summary line.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace oi::app::cli {

int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Checks a project file (.oi.yaml or .oistudio) and lists every problem.\n"
        "Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cli", "the project file(s) to check"));
    const QCommandLineOption quiet({ QStringLiteral("q"), QStringLiteral("quiet") },
        QCoreApplication::translate("Cli", "print errors only, no warnings"));
    parser.addOption(quiet);
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << QCoreApplication::translate("Cli", "validate: no file given.\n")
            << helpText(parser, QStringLiteral("validate"));
        return 2;
    }
    int code = 0;
    for (const QString &file : files) {
        std::unique_ptr<model::Project> project;
        const model::Problems problems = model::checkFile(file, &project);
        int errors = 0;
        int warnings = 0;
        for (const model::Problem &p : problems) {
            (p.isError() ? errors : warnings) += 1;
            if (p.isError() || !parser.isSet(quiet))
                out << p.toString() << u'\n';
        }
        // The reader's own errors above already name the file and say why it cannot be read;
        // a second "cannot be read" line would only repeat them.
        if (!project) {
            code = 2;
            continue;
        }
        out << QCoreApplication::translate("Cli", "%1: %n error(s)", nullptr, errors).arg(file) << QStringLiteral(", ")
            << QCoreApplication::translate("Cli", "%n warning(s)", nullptr, warnings) << u'\n';
        if (errors > 0 && code == 0)
            code = 1;
    }
    return code;
}

} // namespace oi::app::cli
