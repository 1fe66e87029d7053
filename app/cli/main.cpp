// SPDX-License-Identifier: GPL-3.0-or-later
// outsidein-cli: the studio's headless entry point. QtCore only, so it runs on a server
// or in CI with no display. Each subcommand parses its own options (see commands.h).
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <utility>

namespace {

struct Entry
{
    const char *name;
    oi::app::cli::Command run;
    const char *summary; // translated at print time
};

constexpr Entry kCommands[] = {
    { "validate", &oi::app::cli::runValidate, QT_TRANSLATE_NOOP("Cli", "check a project file and list every problem") },
    { "convert", &oi::app::cli::runConvert, QT_TRANSLATE_NOOP("Cli", "convert between .oi.yaml and .oistudio") },
    { "simulate", &oi::app::cli::runSimulate, QT_TRANSLATE_NOOP("Cli", "run the discrete-event simulation") },
    { "compare", &oi::app::cli::runCompare,
        QT_TRANSLATE_NOOP("Cli", "compare scenarios with common random numbers, each against the first") },
    { "advise", &oi::app::cli::runAdvise,
        QT_TRANSLATE_NOOP("Cli", "name the constraint and rank the remedies by their business case") },
    { "export", &oi::app::cli::runExport,
        QT_TRANSLATE_NOOP(
            "Cli", "write a journey as JSON or Mermaid, processes as BPMN (pictures: outsidein --export)") },
    { "import-bpmn", &oi::app::cli::runImportBpmn,
        QT_TRANSLATE_NOOP("Cli", "read the processes of a BPMN 2.0 file into a new or an existing project") },
    { "import-log", &oi::app::cli::runImportLog,
        QT_TRANSLATE_NOOP("Cli", "draft a process and a journey from an event log (CSV or XES)") },
    { "rename", &oi::app::cli::runRename, QT_TRANSLATE_NOOP("Cli", "rename an id and every reference to it") },
    { "merge", &oi::app::cli::runMerge, QT_TRANSLATE_NOOP("Cli", "merge sharded simulation results (JSON)") },
    { "trace", &oi::app::cli::runTrace,
        QT_TRANSLATE_NOOP("Cli", "follow each strategy to roles, processes, steps and requirements; list the gaps") },
};

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("Cli",
        "Usage: %1 <command> [options] FILE...\n\n"
        "Outside-In Studio on the command line.\n\nCommands:\n")
               .arg(QStringLiteral("outsidein-cli"));
    for (const Entry &e : kCommands)
        out << QStringLiteral("  %1  %2\n")
                   .arg(QLatin1String(e.name), -11)
                   .arg(QCoreApplication::translate("Cli", e.summary));
    out << QCoreApplication::translate("Cli",
        "\nRun '%1 <command> --help' for the options of a command.\n"
        "Options: -h, --help  this text;  -v, --version  the version.\n")
               .arg(QStringLiteral("outsidein-cli"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outsidein-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outside-In Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OI_VERSION));
    // The CLI speaks English (scripts read it); the catalogue gives its plurals: "1 role", "3 roles".
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/outsidein_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();

    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << QStringLiteral("outsidein-cli %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    for (const Entry &e : kCommands) {
        if (first == QLatin1String(e.name)) {
            const int code = e.run(args, out, err);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("Cli", "%1: unknown command '%2'\n").arg(QStringLiteral("outsidein-cli"), first);
    printUsage(err);
    return 2;
}
