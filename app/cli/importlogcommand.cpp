// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli import-log LOG.csv|LOG.xes [--map case=COL,...] [--time-format FMT] -o DRAFT.oi.yaml`:
// an event log becomes a draft project (a calibrated process and a journey). What was read, the
// variants and the fit table go to stdout; bad rows to stderr as "LOG: line N, column C: sentence".
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/eventlog/calibration.h"
#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"
#include "model/eventlog/feedback.h"
#include "model/eventlog/importreport.h"
#include "model/humanunits.h"
#include "model/projectio.h"
#include "model/validator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace oi::app::cli {

namespace {

/** "case=Case ID,activity=Step,attribute=Amount" into the mapping; an error sentence otherwise. */
QString parseMapping(const QString &spec, model::eventlog::ColumnMapping *m)
{
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (column.isEmpty())
            return tr("import-log: --map needs KEY=COLUMN pairs, not '%1'.").arg(part);
        QString *slot = key == QLatin1String("case") ? &m->caseId
            : key == QLatin1String("activity")       ? &m->activity
            : key == QLatin1String("time")           ? &m->time
            : key == QLatin1String("start")          ? &m->start
            : key == QLatin1String("resource")       ? &m->resource
            : key == QLatin1String("channel")        ? &m->channel
            : key == QLatin1String("customer")       ? &m->customer
            : key == QLatin1String("lifecycle")      ? &m->lifecycle
                                                     : nullptr;
        if (key == QLatin1String("attribute"))
            m->attributes << column;
        else if (!slot)
            return tr("import-log: --map has no key '%1'; the keys are case, activity, time, start, resource, "
                      "channel, customer, lifecycle and attribute.")
                .arg(key);
        else
            *slot = column;
    }
    return {};
}

/** "case=Case,score=CSAT,comment=Remark" into the feedback's mapping; an error sentence otherwise. */
QString parseFeedbackMapping(const QString &spec, model::eventlog::FeedbackMapping *m)
{
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        QString *slot = key == QLatin1String("case") ? &m->caseId
            : key == QLatin1String("customer")       ? &m->customer
            : key == QLatin1String("step")           ? &m->step
            : key == QLatin1String("score")          ? &m->score
            : key == QLatin1String("comment")        ? &m->comment
                                                     : nullptr;
        if (!slot || column.isEmpty())
            return tr("import-log: --feedback-map takes case, customer, step, score and comment as KEY=COLUMN, not "
                      "'%1'.")
                .arg(part);
        *slot = column;
    }
    return {};
}

std::optional<int> parseOffset(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || m.captured(2).toInt() > 14 || m.captured(3).toInt() > 59)
        return std::nullopt;
    const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    return m.captured(1) == QLatin1String("-") ? -minutes : minutes;
}

} // namespace

int runImportLog(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Drafts a project from an event log (CSV or XES): a process with tasks, xor gateways with the observed\n"
           "shares, rework loops, arrivals by hour of the week, patience and roles with headcounts, durations\n"
           "fitted by maximum likelihood; and a journey of the activities, linked to the tasks.\n"
           "Columns named as process-mining tools name them are found by themselves; --map names the others.\n"
           "Exit code: 0 drafted, 1 the file is not a log (or too many bad rows), 2 usage or write error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("LOG"), tr("the event log (.csv or .xes)"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        tr("the draft project to write (.oi.yaml or .oistudio)"), QStringLiteral("DRAFT"));
    const QCommandLineOption map(QStringLiteral("map"),
        tr("which column holds what: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,"
           "customer=COL,lifecycle=COL,attribute=COL...]"),
        QStringLiteral("SPEC"));
    const QCommandLineOption timeFormat(QStringLiteral("time-format"),
        tr("the times' format, as Qt writes it (dd.MM.yyyy HH:mm), or iso, epoch, epoch-ms; default: detected"),
        QStringLiteral("FMT"));
    const QCommandLineOption utcOffset(QStringLiteral("utc-offset"),
        tr("the log's clock for times without a zone, e.g. +01:00 (default: the first zone in the log, else UTC)"),
        QStringLiteral("OFFSET"));
    const QCommandLineOption name(
        QStringLiteral("name"), tr("the draft's project and process name"), QStringLiteral("NAME"));
    const QCommandLineOption completeAt(QStringLiteral("complete-at"),
        tr("activities that complete a case; cases ending elsewhere count as abandoned"), QStringLiteral("ACT,..."));
    const QCommandLineOption perStage(QStringLiteral("steps-per-stage"), tr("journey steps per stage (default 4)"),
        QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption minShare(QStringLiteral("min-share"),
        tr("leave out ways fewer than this share of a node's cases take, 0-1 (default 0: keep all)"),
        QStringLiteral("X"), QStringLiteral("0"));
    const QCommandLineOption maxBad(QStringLiteral("max-bad-rows"),
        tr("stop after this many rows that cannot be read (default 1000)"), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption range(QStringLiteral("range"),
        tr("the percentiles that bound each step metric's normal range (default 5-95)"), QStringLiteral("LOW-HIGH"),
        QStringLiteral("5-95"));
    const QCommandLineOption noCheck(QStringLiteral("no-check"),
        tr("do not simulate the draft to compare it with the log (3 replications of its settings)"));
    const QCommandLineOption feedback(QStringLiteral("feedback"),
        tr("survey or complaint records (CSV: case or customer, step or touchpoint, score, comment) that set the "
           "steps' observed emotion and pain points"),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption feedbackMap(QStringLiteral("feedback-map"),
        tr("the feedback's columns: case=COL,customer=COL,step=COL,score=COL,comment=COL"), QStringLiteral("SPEC"));
    parser.addOptions({ output, map, timeFormat, utcOffset, name, completeAt, perStage, minShare, maxBad, range,
        noCheck, feedback, feedbackMap });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(output)) {
        err << tr("import-log: give one log and -o DRAFT.\n") << helpText(parser, QStringLiteral("import-log"));
        return 2;
    }
    const QString input = args.front();
    const QString target = parser.value(output);
    if (model::formatForFileName(target) == model::FileFormat::Unknown) {
        err << tr("import-log: %1 is not a project file name (.oi.yaml or .oistudio).\n").arg(target);
        return 2;
    }
    model::eventlog::ReadOptions options;
    if (const QString error = parseMapping(parser.value(map), &options.mapping); !error.isEmpty()) {
        err << error << u'\n';
        return 2;
    }
    model::eventlog::FeedbackOptions feedbackOptions;
    if (const QString error = parseFeedbackMapping(parser.value(feedbackMap), &feedbackOptions.mapping);
        !error.isEmpty()) {
        err << error << u'\n';
        return 2;
    }
    options.timeFormat = parser.value(timeFormat);
    if (parser.isSet(utcOffset)) {
        options.utcOffsetMinutes = parseOffset(parser.value(utcOffset));
        if (!options.utcOffsetMinutes) {
            err << tr("import-log: --utc-offset takes +HH:MM or -HH:MM, not '%1'.\n").arg(parser.value(utcOffset));
            return 2;
        }
    }
    bool stepsOk = false, shareOk = false, badOk = false;
    const int steps = parser.value(perStage).toInt(&stepsOk);
    const double share = parser.value(minShare).toDouble(&shareOk);
    const qint64 bad = parser.value(maxBad).toLongLong(&badOk);
    if (!stepsOk || steps < 1 || !shareOk || !(share >= 0 && share < 1) || !badOk || bad < 0) {
        err << tr("import-log: --steps-per-stage takes a whole number of at least 1, --min-share a share from 0 "
                  "to below 1, --max-bad-rows a whole number.\n");
        return 2;
    }
    options.maxBadRows = bad;
    const QStringList bounds = parser.value(range).split(u'-');
    bool lowOk = false, highOk = false;
    const double low = bounds.value(0).toDouble(&lowOk), high = bounds.value(1).toDouble(&highOk);
    if (bounds.size() != 2 || !lowOk || !highOk || !(low >= 0 && low < high && high <= 100)) {
        err << tr("import-log: --range takes two percentiles, LOW-HIGH with 0 <= LOW < HIGH <= 100, not '%1'.\n")
                   .arg(parser.value(range));
        return 2;
    }

    model::eventlog::ReadReport report;
    const model::eventlog::EventLog log = model::eventlog::readEventLog(input, options, &report);
    const QString file = QFileInfo(input).fileName();
    for (const QString &line : model::eventlog::badRowLines(report))
        err << file << QStringLiteral(": ") << line << u'\n';
    if (!report.ok()) {
        err << tr("import-log: %1: %2\n").arg(input, report.error);
        return 1;
    }
    for (const QString &line : model::eventlog::readSummary(report, log))
        out << line << u'\n';

    model::eventlog::DraftOptions draftOptions;
    draftOptions.name = parser.value(name);
    draftOptions.source = file;
    draftOptions.stepsPerStage = steps;
    draftOptions.minEdgeShare = share;
    draftOptions.ranges.low = low / 100;
    draftOptions.ranges.high = high / 100;
    draftOptions.completingActivities = parser.value(completeAt).split(u',', Qt::SkipEmptyParts);
    for (QString &a : draftOptions.completingActivities)
        a = a.trimmed();
    model::eventlog::Draft draft = model::eventlog::draftFromLog(log, draftOptions);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    draft.project.created = now;
    draft.project.modified = now;

    out << tr("\nMost common paths:\n");
    for (const QString &line : model::eventlog::variantLines(draft, log))
        out << QStringLiteral("  ") << line << u'\n';
    out << tr("\nTask durations fitted (maximum likelihood, the lowest AIC; KS distance: the largest gap "
              "between observed and fitted shares):\n")
        << model::textTable(model::eventlog::fitTable(draft), QStringLiteral("  "));
    if (!draft.metrics.empty())
        out << tr("\nNormal ranges of the steps' metrics (%1th to %2th percentile; outside: cases whose latest value "
                  "is):\n")
                   .arg(low)
                   .arg(high)
            << model::textTable(model::eventlog::metricTable(draft, log), QStringLiteral("  "));
    if (!parser.isSet(noCheck)) {
        const model::eventlog::CalibrationCheck check = model::eventlog::checkCalibration(log, draft);
        if (check.error.isEmpty())
            out << tr("\nThe draft simulated (3 replications of its settings) beside the log:\n")
                << model::textTable(model::eventlog::calibrationTable(check, draft, log), QStringLiteral("  "));
        else
            out << tr("\nThe draft could not be simulated to compare it with the log: %1\n").arg(check.error);
    }
    out << u'\n';
    for (const QString &line : draft.project.processes.front().description.split(u'\n'))
        out << line << u'\n';
    for (const QString &line : draft.notes)
        out << line << u'\n';

    if (parser.isSet(feedback)) {
        QFile records(parser.value(feedback));
        model::eventlog::FeedbackResult result;
        if (records.open(QIODevice::ReadOnly))
            result = model::eventlog::applyFeedback(&records, feedbackOptions, log, &draft);
        else
            result.read.error = tr("cannot read it: %1.").arg(records.errorString());
        const QString feedbackFile = QFileInfo(parser.value(feedback)).fileName();
        for (const QString &line : model::eventlog::badRowLines(result.read))
            err << feedbackFile << QStringLiteral(": ") << line << u'\n';
        if (!result.read.ok()) {
            err << tr("import-log: %1: %2\n").arg(parser.value(feedback), result.read.error);
            return 1;
        }
        // Whole sentences with their counts, each a translate() call lupdate can read. (The counts are
        // worked out first: lupdate 6.4 loops forever on a "<<" inside the call's arguments.)
        const int responses = int(std::min<qint64>(result.responses, std::numeric_limits<int>::max()));
        const int unmatched = int(std::min<qint64>(result.unmatched, std::numeric_limits<int>::max()));
        out << tr("\nFeedback from %1: %2 on a scale from %3 to %4, %5:\n")
                   .arg(feedbackFile, QCoreApplication::translate("Cli", "%n response(s)", nullptr, responses))
                   .arg(result.scaleLow)
                   .arg(result.scaleHigh)
                   .arg(QCoreApplication::translate("Cli", "%n matched no step", nullptr, unmatched))
            << model::textTable(model::eventlog::feedbackTable(result, draft), QStringLiteral("  "));
    }

    QString error;
    if (!model::writeProject(draft.project, target, &error)) {
        err << tr("import-log: %1\n").arg(error);
        return 2;
    }
    const model::Problems problems = model::validate(draft.project, target);
    for (const model::Problem &p : problems)
        if (p.isError())
            err << p.toString() << u'\n';
    out << tr("Wrote %1: %2, %3, %4.\n")
               .arg(target, QCoreApplication::translate("Cli", "%n role(s)", nullptr, int(draft.project.roles.size())),
                   QCoreApplication::translate("Cli", "%n task(s)", nullptr, int(draft.fits.size())),
                   QCoreApplication::translate(
                       "Cli", "%n journey step(s)", nullptr, int(draft.project.journeys.front().steps.size())));
    return model::hasErrors(problems) ? 1 : 0;
}

} // namespace oi::app::cli
