// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli simulate FILE`: validates, runs the engine, prints a table or JSON.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "model/resultsreport.h"

#include "model/goalsandcosts.h"
#include "model/resultsjson.h"
#include "model/simulationinput.h"
#include "model/validator.h"
#include "simulation/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace oi::app::cli {

namespace {

/** Writes one CSV line per case step. Runs on the simulating thread (observers force one job). */
class CsvEventLog : public sim::EventObserver
{
public:
    CsvEventLog(QIODevice *file, const sim::SimulationInput &input)
        : mStream(file)
        , mInput(input)
    {
        mStream << "replication,time,event,case,process,node,role\n";
    }
    void onTrace(const sim::TraceRecord &r) override
    {
        static const char *const kinds[] = { "arrival", "enqueue", "start", "finish", "abandon", "complete" };
        const sim::Process &p = mInput.processes[static_cast<size_t>(r.process)];
        mStream << r.replication << ',' << QString::number(r.time, 'g', 12) << ',' << kinds[static_cast<int>(r.kind)]
                << ',' << r.caseNumber << ',' << QString::fromStdString(p.id) << ','
                << (r.node >= 0 ? QString::fromStdString(p.nodes[static_cast<size_t>(r.node)].id) : QString()) << ','
                << (r.role >= 0 ? QString::fromStdString(mInput.roles[static_cast<size_t>(r.role)].id) : QString())
                << '\n';
    }

private:
    QTextStream mStream;
    const sim::SimulationInput &mInput;
};

struct Options
{
    QCommandLineOption scenario { QStringLiteral("scenario"), tr("apply the overrides of scenario ID"),
        QStringLiteral("ID") };
    QCommandLineOption replications { QStringLiteral("replications"), tr("number of replications"),
        QStringLiteral("N") };
    QCommandLineOption horizon { QStringLiteral("horizon"),
        tr("simulated time per replication, in the project's time unit"), QStringLiteral("T") };
    QCommandLineOption warmup { QStringLiteral("warmup"), tr("warm-up to discard, or 'auto' for MSER-5"),
        QStringLiteral("T") };
    QCommandLineOption seed { QStringLiteral("seed"), tr("random seed"), QStringLiteral("S") };
    QCommandLineOption jobs { QStringLiteral("jobs"), tr("threads (default: all cores); results do not depend on it"),
        QStringLiteral("J") };
    QCommandLineOption first { QStringLiteral("first-replication"), tr("index of the first replication, for sharding"),
        QStringLiteral("K") };
    QCommandLineOption format { QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"),
        QStringLiteral("text") };
    QCommandLineOption eventLog { QStringLiteral("event-log"),
        tr("write every case step to FILE.csv (runs on one thread)"), QStringLiteral("FILE") };
    QCommandLineOption sweep { QStringLiteral("sweep"),
        tr("what-if: +1..+N staff at the constraint, cross-training off"), QStringLiteral("N") };
    QCommandLineOption precision { QStringLiteral("precision"),
        tr("add replications until the cycle-time half-width is at most X (e.g. 0.02 = 2 %) of the mean"),
        QStringLiteral("X") };
    QCommandLineOption maxReplications { QStringLiteral("max-replications"), tr("cap for --precision (default 200)"),
        QStringLiteral("N") };
    QCommandLineOption shiftEnd { QStringLiteral("shift-end"),
        tr("at a shift end a busy worker finishes the task ('finish', the default) or hands it back ('hand-back')"),
        QStringLiteral("POLICY") };
    QCommandLineOption budget { QStringLiteral("budget"), tr("stop with an error after this many wall-clock seconds"),
        QStringLiteral("SECONDS") };
    QCommandLineOption visitLimit { QStringLiteral("visit-limit"),
        tr("node visits per case before it counts as looping (default 10000)"), QStringLiteral("N") };
    QCommandLineOption maxCases { QStringLiteral("max-cases"),
        tr("cases in the system at once before the run stops as a runaway (default 1000000)"), QStringLiteral("N") };
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        tr("write the report to FILE instead of standard output"), QStringLiteral("FILE") };
};

/** Applies the command-line overrides; returns an error message or an empty string. */
QString applyOptions(const QCommandLineParser &parser, const Options &o, sim::RunSettings &s)
{
    auto number = [&](const QCommandLineOption &opt, double *out, double low) -> QString {
        if (!parser.isSet(opt))
            return {};
        bool ok = false;
        const double v = parser.value(opt).toDouble(&ok);
        if (!ok || !(v >= low))
            return tr("--%1: expected a number >= %2, got '%3'")
                .arg(opt.names().constLast())
                .arg(low)
                .arg(parser.value(opt));
        *out = v;
        return {};
    };
    auto integer = [&](const QCommandLineOption &opt, int *out, int low) -> QString {
        if (!parser.isSet(opt))
            return {};
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < low)
            return tr("--%1: expected a whole number >= %2, got '%3'")
                .arg(opt.names().constLast())
                .arg(low)
                .arg(parser.value(opt));
        *out = v;
        return {};
    };
    QString e;
    if (!(e = integer(o.replications, &s.replications, 1)).isEmpty()
        || !(e = number(o.horizon, &s.horizon, 0)).isEmpty() || !(e = integer(o.jobs, &s.jobs, 1)).isEmpty()
        || !(e = integer(o.first, &s.firstReplication, 0)).isEmpty()
        || !(e = number(o.precision, &s.targetRelativeHalfWidth, 0)).isEmpty()
        || !(e = integer(o.maxReplications, &s.maxReplications, 1)).isEmpty()
        || !(e = number(o.budget, &s.wallClockBudget, 0)).isEmpty()
        || !(e = integer(o.visitLimit, &s.visitLimit, 1)).isEmpty()
        || !(e = integer(o.maxCases, &s.maxCases, 1)).isEmpty())
        return e;
    if (parser.isSet(o.warmup)) {
        if (parser.value(o.warmup) == QLatin1String("auto"))
            s.warmup = -1;
        else if (!(e = number(o.warmup, &s.warmup, 0)).isEmpty())
            return e;
    }
    if (parser.isSet(o.seed)) {
        bool ok = false;
        s.seed = parser.value(o.seed).toULongLong(&ok);
        if (!ok)
            return tr("--seed: expected an unsigned whole number, got '%1'").arg(parser.value(o.seed));
    }
    if (parser.isSet(o.shiftEnd)) {
        const QString v = parser.value(o.shiftEnd);
        if (v == QLatin1String("finish"))
            s.shiftEnd = sim::ShiftEndPolicy::FinishTask;
        else if (v == QLatin1String("hand-back"))
            s.shiftEnd = sim::ShiftEndPolicy::HandBack;
        else
            return tr("--shift-end: expected 'finish' or 'hand-back', got '%1'").arg(v);
    }
    return {};
}

} // namespace

int runSimulate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the discrete-event simulation of a project.\n"
                                        "Exit code: 0 done, 1 the project has errors or a simulation guard stopped "
                                        "the run, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project (.oi.yaml or .oistudio)"));
    const Options o;
    parser.addOptions({ o.scenario, o.replications, o.horizon, o.warmup, o.seed, o.jobs, o.first, o.format, o.eventLog,
        o.sweep, o.precision, o.maxReplications, o.shiftEnd, o.budget, o.visitLimit, o.maxCases, o.output });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("simulate: give exactly one project file.\n") << helpText(parser, QStringLiteral("simulate"));
        return 2;
    }
    const QString format = parser.value(o.format);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("simulate: --format must be 'text' or 'json', got '%1'\n").arg(format);
        return 2;
    }
    int sweepSize = 0;
    if (parser.isSet(o.sweep)) {
        bool ok = false;
        sweepSize = parser.value(o.sweep).toInt(&ok);
        if (!ok || sweepSize < 1 || sweepSize > 20) {
            err << tr("simulate: --sweep: expected a whole number from 1 to 20, got '%1'\n").arg(parser.value(o.sweep));
            return 2;
        }
    }

    int refused = 0;
    const std::unique_ptr<model::Project> project
        = loadValidProject(files[0], QStringLiteral("simulate"), err, &refused);
    if (!project)
        return refused;
    QString error;
    std::optional<sim::SimulationInput> input = model::toSimulationInput(*project, parser.value(o.scenario), &error);
    if (!input) {
        err << tr("simulate: %1: %2\n").arg(files[0], error);
        return parser.isSet(o.scenario) && !project->scenario(parser.value(o.scenario)) ? 2 : 1;
    }
    error = applyOptions(parser, o, input->settings);
    if (!error.isEmpty()) {
        err << tr("simulate: ") << error << u'\n';
        return 2;
    }

    sim::RunControl control;
    // QSaveFile: a failed or interrupted run leaves the previous file whole, never a torn one.
    QSaveFile logFile;
    std::unique_ptr<CsvEventLog> log;
    if (parser.isSet(o.eventLog)) {
        logFile.setFileName(parser.value(o.eventLog));
        if (!logFile.open(QIODevice::WriteOnly | QIODevice::Text)) {
            err << tr("simulate: cannot write the event log %1: %2\n").arg(logFile.fileName(), logFile.errorString());
            return 2;
        }
        log = std::make_unique<CsvEventLog>(&logFile, *input);
        control.observer = log.get();
    }
    if (isatty(fileno(stderr))) {
        control.progress = [&err](int done, int planned) {
            const int width = 30;
            const int filled = planned > 0 ? std::min(width, done * width / planned) : width;
            err << u'\r' << tr("replications")
                << QStringLiteral(" [%1%2] %3/%4")
                       .arg(QString(filled, u'#'), QString(width - filled, u' '))
                       .arg(done)
                       .arg(planned);
            err.flush();
        };
    }
    sim::Results results = sim::simulate(*input, control);
    results.scenario = parser.value(o.scenario).toStdString();
    if (control.progress)
        err << u'\n';
    log.reset();
    if (!results.ok) {
        if (logFile.isOpen())
            logFile.cancelWriting();
        err << tr("simulate: %1: %2\n").arg(files[0], QString::fromStdString(results.error));
        return 1;
    }
    if (logFile.isOpen() && !logFile.commit()) {
        err << tr("simulate: cannot write the event log %1: %2\n").arg(logFile.fileName(), logFile.errorString());
        return 2;
    }
    std::vector<sim::SweepRow> sweep;
    if (sweepSize > 0) {
        sim::RunControl quiet;
        sweep = sim::sweepConstraint(*input, results, sweepSize, quiet);
    }

    QString report;
    if (format == QLatin1String("json")) {
        QJsonObject json = model::resultsToJson(results);
        if (model::hasGoalsOrCosts(*project)) {
            json.insert(QStringLiteral("goals"), model::goalsToJson(model::evaluateGoals(*project, results)));
            json.insert(QStringLiteral("costs"), model::costsToJson(model::evaluateCosts(*project, results)));
        }
        if (!sweep.empty())
            json.insert(QStringLiteral("sweep"), model::sweepToJson(sweep));
        report = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        report = tr("Project: %1").arg(files[0]);
        if (parser.isSet(o.scenario))
            report += tr(", scenario %1").arg(parser.value(o.scenario));
        report += u'\n' + model::formatResultsText(results, sweep, project.get());
    }
    if (parser.isSet(o.output)) {
        QSaveFile file(parser.value(o.output));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit()) {
            err << tr("simulate: cannot write %1: %2\n").arg(file.fileName(), file.errorString());
            return 2;
        }
    } else {
        out << report;
    }
    return 0;
}

} // namespace oi::app::cli
