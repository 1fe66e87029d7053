// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli merge A.json B.json...`: shards of one run (same model, seed, horizon, warm-up;
// different --first-replication) combine into exactly what one run of all replications gives.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/resultsjson.h"
#include "model/resultsreport.h"
#include "simulation/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace oi::app::cli {

int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merges shards of one simulation run (JSON from 'simulate --format json' with "
           "different --first-replication) into the result of one run.\n"
           "Exit code: 0 merged, 1 the shards do not belong together, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("two or more results files"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOption(format);
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2) {
        err << tr("merge: give two or more results files (shards of one run), got %1.\n").arg(files.size())
            << helpText(parser, QStringLiteral("merge"));
        return 2;
    }
    if (parser.value(format) != QLatin1String("json") && parser.value(format) != QLatin1String("text")) {
        err << tr("merge: --format must be 'text' or 'json'\n");
        return 2;
    }
    std::vector<sim::Results> shards;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("merge: cannot read %1: %2\n").arg(name, file.errorString());
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            err << tr("merge: %1: not a results JSON object (%2 at offset %3)\n")
                       .arg(name, parseError.errorString())
                       .arg(parseError.offset);
            return 2;
        }
        sim::Results r;
        QString error;
        if (!model::resultsFromJson(doc.object(), &r, &error)) {
            err << tr("merge: %1: %2\n").arg(name, error);
            return 2;
        }
        shards.push_back(std::move(r));
    }
    sim::Results merged;
    QString error;
    if (!model::mergeResults(shards, &merged, &error)) {
        err << tr("merge: %1\n").arg(error);
        return 1;
    }
    if (parser.value(format) == QLatin1String("text"))
        out << model::formatResultsText(merged, {});
    else
        out << QString::fromUtf8(QJsonDocument(model::resultsToJson(merged)).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace oi::app::cli
