// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics with normal ranges on a generated log of subscribers with known churners (their usage
// drifts down over their last bills before they cancel): the range lies where it should, and the
// cases below it are the churners, with a stated precision and recall.
#include "model/eventlog/draft.h"
#include "model/eventlog/metrics.h"
#include "simulation/random.h"

#include "logfactory.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace oi::model;
using namespace oi::model::eventlog;

class TestEventLogMetrics : public QObject
{
    Q_OBJECT

private slots:
    void churnersFallBelowTheRange()
    {
        // 1000 subscribers, a bill every 30 days (± 2) for a year, usage about 100 (sd 10); every
        // 20th drifts to 80, 70, 60 over its last three bills, then cancels.
        oi::sim::Rng rng(20, 0, 0);
        auto normal
            = [&] { return std::sqrt(-2 * std::log(rng.uniformPositive())) * std::cos(2 * M_PI * rng.uniform()); };
        QByteArray csv = "case,activity,time,usage\n";
        QSet<QString> churners;
        for (int c = 0; c < 1000; ++c) {
            const bool churns = c % 20 == 7;
            const QByteArray id = "customer " + QByteArray::number(c);
            if (churns)
                churners.insert(QString::fromLatin1(id));
            double day = rng.uniform() * 30;
            for (int bill = 0; bill < 12; ++bill) {
                const int fromEnd = 11 - bill;
                const double usage = churns && fromEnd < 3 ? 60 + 10 * fromEnd : 100 + 10 * normal();
                csv += id + ",Bill," + QByteArray::fromStdString(oi::test::isoTime(day * 1440)) + ','
                    + QByteArray::number(usage, 'f', 1) + '\n';
                day += 28 + 4 * rng.uniform();
            }
            if (churns)
                csv += id + ",Cancel," + QByteArray::fromStdString(oi::test::isoTime(day * 1440)) + ",\n";
        }
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ReadOptions read;
        read.mapping.attributes << QStringLiteral("usage");
        ReadReport report;
        const EventLog log = readEventLog(&buffer, QStringLiteral("bills.csv"), read, &report);
        QVERIFY2(report.ok(), qPrintable(report.error));
        DraftOptions options;
        options.ranges.low = 0.01;
        options.ranges.high = 0.99;
        const Draft d = draftFromLog(log, options);

        const StepMetric *usage = nullptr, *gap = nullptr;
        for (const StepMetric &m : d.metrics) {
            if (log.activities.value(m.activity) != QLatin1String("Bill"))
                continue;
            if (m.metric.name == QLatin1String("usage"))
                usage = &m;
            if (m.metric.name == QLatin1String("Time since the step before"))
                gap = &m;
        }
        QVERIFY(usage && gap);
        // The time between bills: 28 to 32 days, so the 1st and 99th percentiles within 0.3 days of them.
        QCOMPARE(gap->metric.unit, QStringLiteral("days"));
        QVERIFY(std::abs(*gap->metric.low - 28.04) < 0.3);
        QVERIFY(std::abs(*gap->metric.high - 31.96) < 0.3);
        // Usage: the median within 1 of 100; the top of the range within 3 of the normal's 99th percentile
        // (123.3); its bottom under the normal's 1st (76.7), since the churners' last bills are 1.25 % of
        // all, but above their last value (60).
        QVERIFY(std::abs(*usage->metric.value - 100) < 1);
        QVERIFY2(*usage->metric.low > 60 && *usage->metric.low < 76.7, qPrintable(QString::number(*usage->metric.low)));
        QVERIFY(std::abs(*usage->metric.high - 123.3) < 3);
        QCOMPARE(usage->cases, 1000);

        // Below the range: recall 1 (every churner), precision at least 0.9 (50 of 51 here).
        int found = 0, flagged = 0;
        for (const MetricSignal &s : usage->outside) {
            if (s.above)
                continue;
            ++flagged;
            found += churners.contains(log.caseIds.value(s.caseIndex)) ? 1 : 0;
        }
        QCOMPARE(found, int(churners.size()));
        QVERIFY2(double(found) / flagged >= 0.9, qPrintable(QStringLiteral("%1 of %2").arg(found).arg(flagged)));

        // The ranges are on the journey's steps.
        const Step *bill = d.project.step(QStringLiteral("bill"));
        QVERIFY(bill);
        QVERIFY(std::any_of(
            bill->metrics.begin(), bill->metrics.end(), [&](const Metric &m) { return m == usage->metric; }));
    }

    void quantiles()
    {
        const std::vector<double> v { 1, 2, 3, 4, 5 };
        QCOMPARE(quantile(v, 0), 1.0);
        QCOMPARE(quantile(v, 0.5), 3.0);
        QCOMPARE(quantile(v, 0.9), 4.6);
        QCOMPARE(quantile(v, 1), 5.0);
        QCOMPARE(quantile({}, 0.5), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestEventLogMetrics)
#include "tst_eventlogmetrics.moc"
