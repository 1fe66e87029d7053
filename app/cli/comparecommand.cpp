// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli compare FILE --scenarios A,B[,C…]`: every scenario with the same random numbers,
// each later one against the first by paired replications; a table or JSON.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/comparison.h"
#include "model/comparisonreport.h"
#include "model/validator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace oi::app::cli {

int runCompare(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs two or more scenarios with common random numbers and compares them with the first.\n"
           "Exit code: 0 done, 1 the project has errors, a scenario or setting cannot be compared, or a "
           "simulation guard stopped a run, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project (.oi.yaml or .oistudio)"));
    const QCommandLineOption scenarios { QStringLiteral("scenarios"),
        tr("the scenarios to compare, separated by commas; the first is the baseline"), QStringLiteral("A,B") };
    const QCommandLineOption replications { QStringLiteral("replications"),
        tr("replications per scenario, at least 2 (default: the project's)"), QStringLiteral("N") };
    const QCommandLineOption seed { QStringLiteral("seed"), tr("random seed (default: the project's)"),
        QStringLiteral("S") };
    const QCommandLineOption jobs { QStringLiteral("jobs"),
        tr("threads (default: all cores); results do not depend on it"), QStringLiteral("J") };
    const QCommandLineOption format { QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"),
        QStringLiteral("text") };
    const QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        tr("write the report to FILE instead of standard output"), QStringLiteral("FILE") };
    parser.addOptions({ scenarios, replications, seed, jobs, format, output });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("compare: give exactly one project file.\n") << helpText(parser, QStringLiteral("compare"));
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << tr("compare: --format must be 'text' or 'json', got '%1'\n").arg(fmt);
        return 2;
    }
    model::ComparisonSettings settings;
    if (parser.isSet(replications)) {
        bool ok = false;
        settings.replications = parser.value(replications).toInt(&ok);
        if (!ok || settings.replications < 2) {
            err << tr("compare: --replications: a comparison needs at least 2 replications per scenario for its "
                      "intervals, got '%1'.\n")
                       .arg(parser.value(replications));
            return 1;
        }
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        settings.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            err << tr("compare: --seed: expected an unsigned whole number, got '%1'\n").arg(parser.value(seed));
            return 2;
        }
    }
    if (parser.isSet(jobs)) {
        bool ok = false;
        settings.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || settings.jobs < 1) {
            err << tr("compare: --jobs: expected a whole number >= 1, got '%1'\n").arg(parser.value(jobs));
            return 2;
        }
    }
    QStringList ids;
    for (const QString &id : parser.value(scenarios).split(u',', Qt::SkipEmptyParts))
        ids.append(id.trimmed());
    if (ids.size() < 2) {
        err << tr("compare: name at least two scenarios with --scenarios A,B (the first is the baseline); got %1.\n")
                   .arg(ids.size());
        return 1;
    }

    int refused = 0;
    const std::unique_ptr<model::Project> project
        = loadValidProject(files[0], QStringLiteral("compare"), err, &refused);
    if (!project)
        return refused;
    for (const QString &id : ids)
        if (!project->scenario(id)) {
            QStringList known;
            for (const model::Scenario &s : project->scenarios)
                known.append(s.id);
            err << tr("compare: %1 has no scenario '%2'; its scenarios are: %3.\n")
                       .arg(files[0], id, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")));
            return 1;
        }

    model::ComparisonControl control;
    if (isatty(fileno(stderr))) {
        control.progress = [&err](int done, int planned) {
            err << u'\r' << tr("replications") << QStringLiteral(" %1/%2").arg(done).arg(planned);
            err.flush();
        };
    }
    const model::Comparison comparison = model::compareScenarios(*project, ids, settings, control);
    if (control.progress)
        err << u'\n';
    if (!comparison.ok) {
        err << tr("compare: %1: %2\n").arg(files[0], comparison.error);
        return 1;
    }
    const QString report = fmt == QLatin1String("json")
        ? QString::fromUtf8(
            QJsonDocument(model::comparisonToJson(comparison, *project)).toJson(QJsonDocument::Indented))
        : tr("Project: %1\n").arg(files[0]) + model::formatComparisonText(comparison, *project);
    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit()) {
            err << tr("compare: cannot write %1: %2\n").arg(file.fileName(), file.errorString());
            return 2;
        }
    } else {
        out << report;
    }
    return 0;
}

} // namespace oi::app::cli
