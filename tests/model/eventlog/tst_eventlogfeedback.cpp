// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback records applied to a draft journey: each step's emotion from its mean score, the number
// of responses, the low scores' comments as pain points; responses without a step go to their
// case's last activity; bad scores are bad rows.
#include "model/eventlog/draft.h"
#include "model/eventlog/feedback.h"
#include "model/validator.h"

#include "logfactory.h"

#include <QBuffer>
#include <QTest>

using namespace oi::model;
using namespace oi::model::eventlog;

namespace {

struct Imported
{
    EventLog log;
    Draft draft;
};

Imported import(QByteArray data)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ReadReport report;
    Imported i;
    i.log = readEventLog(&buffer, QStringLiteral("log.csv"), {}, &report);
    i.draft = draftFromLog(i.log);
    return i;
}

FeedbackResult apply(QByteArray csv, Imported &i, const FeedbackOptions &options = {})
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    return applyFeedback(&buffer, options, i.log, &i.draft);
}

} // namespace

class TestEventLogFeedback : public QObject
{
    Q_OBJECT

private slots:
    void stepsGetTheirObservedEmotion()
    {
        oi::test::KnownProcess known;
        known.cases = 600;
        const auto rows = oi::test::generateLog(known);
        Imported i = import(oi::test::csvLog(rows));
        QSet<int> reworked;
        for (const oi::test::LogRow &r : rows)
            if (QLatin1String(r.activity) == QLatin1String("Rework"))
                reworked.insert(r.caseNumber);
        // Reworked cases complain about Assess; others praise Register, or rate their case (no step).
        QByteArray csv = "Case;Touchpoint;CSAT;Remark\n";
        int assess = 0, registered = 0, closed = 0;
        for (int c = 0; c < known.cases; ++c) {
            const QByteArray id = "case " + QByteArray::number(c);
            if (reworked.contains(c)) {
                csv += id + ";Assess;" + (c % 2 ? "1" : "2") + (c % 3 ? ";Had to explain it twice\n" : ";slow\n");
                ++assess;
            } else if (c % 2) {
                csv += id + ";register;5;\n";
                ++registered;
            } else {
                csv += id + ";;4;fine\n";
                ++closed;
            }
        }
        csv += "case 1;Nowhere;3;\ncase 2;Assess;great;\n";
        const FeedbackResult f = apply(csv, i);
        QVERIFY2(f.read.ok(), qPrintable(f.read.error));
        QCOMPARE(f.scaleLow, 1.0);
        QCOMPARE(f.scaleHigh, 5.0);
        QCOMPARE(f.unmatched, 1);
        QCOMPARE(f.read.badRows, 1);
        QCOMPARE(f.read.bad.front().toString(),
            QStringLiteral("line %1, column CSAT: 'great' is not a number.").arg(known.cases + 3));

        const Journey &j = i.draft.project.journeys.front();
        auto step = [&](const char *title) {
            return std::find_if(
                j.steps.begin(), j.steps.end(), [&](const Step &s) { return s.title == QLatin1String(title); });
        };
        // 1.5 on 1-5 is -1.5, rounded away from zero: -2; 5 is +2; 4 is +1.
        QCOMPARE(step("Assess")->emotion, -2);
        QCOMPARE(step("Register")->emotion, 2);
        QCOMPARE(step("Close")->emotion, 1);
        QCOMPARE(step("Rework")->emotion, 0); // no response
        QCOMPARE(step("Assess")->evidence, Evidence::Observed);
        QCOMPARE(painTexts(step("Assess")->painPoints),
            (QStringList { QStringLiteral("Had to explain it twice"), QStringLiteral("slow") }));
        QVERIFY(step("Close")->painPoints.empty()); // "fine" came with a good score
        auto metric = [&](const Step &s, const QString &name) {
            for (const Metric &m : s.metrics)
                if (m.name == name)
                    return m.value.value_or(-1);
            return -1.0;
        };
        QCOMPARE(metric(*step("Assess"), QStringLiteral("Responses")), double(assess));
        QCOMPARE(metric(*step("Register"), QStringLiteral("Responses")), double(registered));
        QCOMPARE(metric(*step("Close"), QStringLiteral("Responses")), double(closed));
        QCOMPARE(metric(*step("Register"), QStringLiteral("CSAT (1 to 5)")), 5.0);
        QVERIFY(!hasErrors(validate(i.draft.project)));
    }

    void npsScaleAndRefusals()
    {
        Imported i
            = import("case,activity,time,customer\nc1,Call,2024-03-04T09:00:00,Ann\nc2,Call,2024-03-05T09:00:00,Ann\n"
                     "c3,Call,2024-03-05T10:00:00,Bob\n");
        const FeedbackResult f = apply("customer,nps\nAnn,0\nBob,10\nAnn,0\n", i);
        QVERIFY2(f.read.ok(), qPrintable(f.read.error));
        QCOMPARE(f.scaleLow, 0.0);
        QCOMPARE(f.scaleHigh, 10.0);
        QCOMPARE(f.steps.size(), size_t(1));
        QCOMPARE(f.steps.front().responses, 3);
        QCOMPARE(f.steps.front().emotion, -1); // a mean of 3.33 on 0-10 is -0.67
        Imported again = import("case,activity,time\nc1,Call,2024-03-04T09:00:00\n");
        QVERIFY(apply("who,what\nx,y\n", again).read.error.contains(QLatin1String("who, what")));
        FeedbackOptions options;
        options.maxBadRows = 0;
        QVERIFY(!apply("case,score\nc1,x\n", again, options).read.ok());
    }
};

QTEST_GUILESS_MAIN(TestEventLogFeedback)
#include "tst_eventlogfeedback.moc"
