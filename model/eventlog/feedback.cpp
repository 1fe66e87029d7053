// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/feedback.h"

#include "model/eventlog/csvrecords.h"
#include "model/eventlog/eventlogtext.h"
#include "model/eventlog/fitting.h"
#include "model/eventlog/logreaders.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace oi::model::eventlog {

namespace {

enum Column { CaseColumn, CustomerColumn, StepColumn, ScoreColumn, CommentColumn, ColumnCount };

const std::array<std::vector<const char *>, ColumnCount> kKnownNames { {
    { "case:concept:name", "case id", "caseid", "case", "ticket id", "ticket" },
    { "case:customer", "customer", "customer id", "customerid", "client" },
    { "step", "touchpoint", "activity", "concept:name", "stage" },
    { "score", "csat", "nps", "rating", "satisfaction", "ces" },
    { "comment", "comments", "verbatim", "feedback", "text", "remark" },
} };

struct Response
{
    int step;
    double score;
    QString comment;
};

// The usual survey scales, the smallest that holds every score.
std::pair<double, double> scaleOf(double lowest, double highest)
{
    if (lowest < 0 && lowest >= -2 && highest <= 2)
        return { -2, 2 };
    for (const auto &[lo, hi] : { std::pair { 1.0, 5.0 }, { 1.0, 7.0 }, { 0.0, 10.0 }, { 0.0, 100.0 } })
        if (lowest >= lo && highest <= hi)
            return { lo, hi };
    return { lowest, std::max(highest, lowest + 1) };
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
}

} // namespace

FeedbackResult applyFeedback(QIODevice *device, const FeedbackOptions &options, const EventLog &log, Draft *draft)
{
    FeedbackResult result;
    ReadReport &report = result.read;
    CsvRecords records(device, options.maxLineBytes);
    CsvRecords::Result r = records.start();
    if (r == CsvRecords::Result::Record)
        r = records.next();
    if (r != CsvRecords::Result::Record) {
        report.error = r == CsvRecords::Result::End ? EventLogText::tr("The file is empty.")
                                                    : csvRecordError(r, records.line(), options.maxLineBytes);
        return result;
    }
    report.format = records.delimiter() == '\t'
        ? EventLogText::tr("CSV, separated by tabs")
        : EventLogText::tr("CSV, separated by '%1'").arg(QLatin1Char(records.delimiter()));
    QStringList header, folded;
    for (qsizetype i = 0; i < records.fieldCount(); ++i) {
        header << text(records.field(i));
        folded << foldedColumnName(header.back());
    }
    const FeedbackMapping &m = options.mapping;
    const std::array<const QString *, ColumnCount> given { &m.caseId, &m.customer, &m.step, &m.score, &m.comment };
    std::array<int, ColumnCount> at {};
    at.fill(-1);
    for (int c = 0; c < ColumnCount; ++c) {
        if (!given[size_t(c)]->isEmpty()) {
            at[size_t(c)] = int(folded.indexOf(foldedColumnName(*given[size_t(c)])));
            if (at[size_t(c)] < 0) {
                report.error = EventLogText::tr("No column is named '%1'; the columns are %2.")
                                   .arg(*given[size_t(c)], header.join(QStringLiteral(", ")));
                return result;
            }
            continue;
        }
        for (const char *known : kKnownNames[size_t(c)]) {
            const int i = int(folded.indexOf(QLatin1String(known)));
            if (i >= 0 && std::find(at.begin(), at.end(), i) == at.end()) {
                at[size_t(c)] = i;
                break;
            }
        }
    }
    if (at[ScoreColumn] < 0 || (at[StepColumn] < 0 && at[CaseColumn] < 0 && at[CustomerColumn] < 0)) {
        report.error = EventLogText::tr("The feedback needs a score column and a step, case or customer column "
                                        "(score, csat, nps, rating; step, touchpoint; case; customer); the columns are "
                                        "%1.")
                           .arg(header.join(QStringLiteral(", ")));
        return result;
    }
    static const char *const kKeys[] = { "case", "customer", "step", "score", "comment" };
    for (int c = 0; c < ColumnCount; ++c)
        if (at[size_t(c)] >= 0)
            report.mapping << QStringLiteral("%1: %2").arg(QLatin1String(kKeys[c]), header[at[size_t(c)]]);

    // Where a response belongs: a step by title, touchpoint or id; else its case's last activity.
    Journey &journey = draft->project.journeys.front();
    QHash<QString, int> stepOf;
    for (int pass = 0; pass < 3; ++pass)
        for (size_t s = 0; s < journey.steps.size(); ++s) {
            const Step &step = journey.steps[s];
            const QString key = (pass == 0 ? step.title : pass == 1 ? step.touchpoint : step.id).trimmed().toLower();
            if (!key.isEmpty() && !stepOf.contains(key))
                stepOf.insert(key, int(s));
        }
    QHash<QString, int> stepOfCase, stepOfCustomer;
    QHash<qint32, Instant> latestOfCustomer;
    for (const CaseTrace &t : draft->discovery.traces) {
        qint32 last = -1;
        for (qint32 k = t.first; k < t.first + t.count; ++k)
            if (log.events[size_t(k)].lifecycle != Lifecycle::Abort)
                last = log.events[size_t(k)].activity;
        const int step = last < 0 ? -1 : stepOf.value(log.activities[last].trimmed().toLower(), -1);
        stepOfCase.insert(log.caseIds[t.caseIndex], step);
        const qint32 customer = log.caseCustomer[size_t(t.caseIndex)];
        if (customer >= 0 && (!latestOfCustomer.contains(customer) || latestOfCustomer[customer] < t.arrival)) {
            latestOfCustomer[customer] = t.arrival;
            stepOfCustomer[log.customers[customer]] = step;
        }
    }

    std::vector<Response> responses;
    double lowest = INFINITY, highest = -INFINITY;
    qint64 bad = 0;
    auto badRow = [&](qint64 line, int column, const QString &message) {
        ++report.badRows;
        if (qint64(report.bad.size()) < options.listedBadRows)
            report.bad.push_back({ line, column < 0 ? QString() : header.value(column), message });
        return ++bad <= options.maxBadRows;
    };
    for (;;) {
        r = records.next();
        if (r == CsvRecords::Result::End)
            break;
        if (r != CsvRecords::Result::Record) {
            report.error = csvRecordError(r, records.line(), options.maxLineBytes);
            return result;
        }
        ++report.rows;
        auto field = [&](int c) {
            return at[size_t(c)] < records.fieldCount() && at[size_t(c)] >= 0 ? text(records.field(at[size_t(c)]))
                                                                              : QString();
        };
        const QByteArray scoreText = field(ScoreColumn).toUtf8();
        double score = 0;
        bool ok = parseNumber(std::string_view(scoreText.constData(), size_t(scoreText.size())), &score);
        if (!ok || !std::isfinite(score)) {
            if (!badRow(records.line(), at[ScoreColumn],
                    scoreText.isEmpty()
                        ? EventLogText::tr("no score is given.")
                        : EventLogText::tr("'%1' is not a number.").arg(QString::fromUtf8(scoreText.left(80)))))
                break;
            continue;
        }
        int step = -1;
        if (const QString s = field(StepColumn); !s.isEmpty())
            step = stepOf.value(s.toLower(), -1);
        else if (const QString c = field(CaseColumn); !c.isEmpty())
            step = stepOfCase.value(c, -1);
        else if (const QString who = field(CustomerColumn); !who.isEmpty())
            step = stepOfCustomer.value(who, -1);
        if (step < 0) {
            ++result.unmatched;
            continue;
        }
        if (qint64(responses.size()) >= options.maxResponses) {
            report.error = EventLogText::tr("The feedback has more than %1 responses; larger files are refused.")
                               .arg(options.maxResponses);
            return result;
        }
        lowest = std::min(lowest, score);
        highest = std::max(highest, score);
        responses.push_back({ step, score, field(CommentColumn) });
    }
    if (bad > options.maxBadRows) {
        report.error = EventLogText::tr("More than %n row(s) could not be read, the first on line %1, so the feedback "
                                        "was not applied.",
            nullptr, int(std::min<qint64>(options.maxBadRows, 1 << 30)))
                           .arg(report.bad.front().line);
        return result;
    }
    result.responses = qint64(responses.size());
    if (responses.empty())
        return result;
    const auto [lo, hi] = scaleOf(lowest, highest);
    result.scaleLow = lo;
    result.scaleHigh = hi;

    // Per step: the mean score on the scale's -2..+2, and the low scores' comments, most frequent first.
    const QString scoreName = header.value(at[ScoreColumn]);
    for (size_t s = 0; s < journey.steps.size(); ++s) {
        StepFeedback f;
        f.step = journey.steps[s].id;
        QHash<QString, int> count;
        QStringList order;
        double sum = 0;
        for (const Response &x : responses) {
            if (x.step != int(s))
                continue;
            ++f.responses;
            sum += x.score;
            if (!x.comment.isEmpty() && x.score <= lo + (hi - lo) / 3) {
                const QString key = x.comment.toLower();
                if (count[key]++ == 0)
                    order << x.comment;
            }
        }
        if (f.responses == 0)
            continue;
        f.meanScore = fourDigits(sum / double(f.responses));
        f.emotion = std::clamp(int(std::lround(-2 + 4 * (f.meanScore - lo) / (hi - lo))), -2, 2);
        std::stable_sort(order.begin(), order.end(),
            [&](const QString &a, const QString &b) { return count[a.toLower()] > count[b.toLower()]; });
        f.painPoints = order.mid(0, options.painPointsPerStep);

        Step &step = journey.steps[s];
        step.emotion = f.emotion;
        step.evidence = Evidence::Observed;
        Metric mean;
        mean.name = EventLogText::tr("%1 (%2 to %3)").arg(scoreName).arg(lo).arg(hi);
        mean.value = f.meanScore;
        Metric responsesMetric;
        responsesMetric.name = EventLogText::tr("Responses");
        responsesMetric.value = double(f.responses);
        step.metrics.push_back(mean);
        step.metrics.push_back(responsesMetric);
        for (const QString &p : f.painPoints)
            if (!painTexts(step.painPoints).contains(p))
                step.painPoints.push_back({ p, std::nullopt });
        result.steps.push_back(f);
    }
    return result;
}

} // namespace oi::model::eventlog
