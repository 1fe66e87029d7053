// SPDX-License-Identifier: GPL-3.0-or-later
// The duration fit's choices at its edges (no data, too few, constant, no family fits), its
// cumulative shares against known values, and a draft whose only way out of a loop is by cases
// that left.
#include "model/eventlog/calibration.h"
#include "model/eventlog/draft.h"
#include "model/eventlog/fitting.h"
#include "model/validator.h"
#include "simulation/random.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace oi::model;
using namespace oi::model::eventlog;

class TestEventLogFit : public QObject
{
    Q_OBJECT

private slots:
    void edgesOfTheFit()
    {
        DurationFit f = fitDuration({});
        QCOMPARE(f.why, DurationFit::Why::NoData);
        QCOMPARE(f.chosen, Distribution::fixed(0));
        f = fitDuration({ 3, 5 });
        QCOMPARE(f.why, DurationFit::Why::TooFew);
        QCOMPARE(f.chosen, Distribution::fixed(4));
        f = fitDuration(std::vector<double>(50, 2.5));
        QCOMPARE(f.why, DurationFit::Why::Constant);
        QCOMPARE(f.chosen, Distribution::fixed(2.5));
        QCOMPARE(f.ks, 0.0); // a constant time fits its fixed time exactly (it read "100 % apart")
        f = fitDuration(std::vector<double>(50, 0.0)); // a milestone with no duration
        QCOMPARE(f.chosen, Distribution::fixed(0));
        QCOMPARE(f.ks, 0.0);
        // Negative and infinite values are no durations.
        f = fitDuration({ -1, INFINITY, 7, 7, 7 });
        QCOMPARE(f.samples, 3);
    }

    void noFamilyFitsTwoPeaks()
    {
        // Half the calls take about 2 minutes, half about 30: no single family is near that.
        oi::sim::Rng rng(3, 0, 0);
        std::vector<double> values;
        for (int i = 0; i < 2000; ++i)
            values.push_back((i % 2 ? 30 : 2) + rng.uniform());
        const DurationFit f = fitDuration(values);
        QCOMPARE(f.why, DurationFit::Why::Empirical);
        QCOMPARE(f.chosen.kind, DistKind::Empirical);
        QCOMPARE(f.chosen.values.size(), size_t(100));
        QVERIFY(f.candidates.front().ks > f.ksBound);
        QVERIFY(f.ks < 0.02);
    }

    void cumulativeShares()
    {
        QCOMPARE(cumulative(Distribution::exponential(2), 2), 1 - std::exp(-1.0));
        Distribution g;
        g.kind = DistKind::Gamma;
        g.mean = 2;
        g.sd = 2; // shape 1: the exponential
        QVERIFY(std::abs(cumulative(g, 2) - (1 - std::exp(-1.0))) < 1e-12);
        g.sd = 1; // shape 4, scale 0.5: P(4, 4) = 0.566530...
        QVERIFY(std::abs(cumulative(g, 2) - 0.5665298796332909) < 1e-12);
        Distribution l;
        l.kind = DistKind::Lognormal;
        l.mean = std::exp(0.5);
        l.sd = std::exp(0.5) * std::sqrt(std::exp(1.0) - 1); // mu 0, sigma 1: the median is 1
        QVERIFY(std::abs(cumulative(l, 1) - 0.5) < 1e-12);
        Distribution t;
        t.kind = DistKind::Triangular;
        t.min = 0;
        t.mode = 5;
        t.max = 10;
        QCOMPARE(cumulative(t, 5), 0.5);
        QCOMPARE(fourDigits(12.345678), 12.35);
        QCOMPARE(fourDigits(0.000123456), 0.0001235);
    }

    void earthMovers()
    {
        QCOMPARE(earthMoversDistance({ 0, 1, 2 }, { 0, 1, 2 }), 0.0);
        QCOMPARE(earthMoversDistance({ 0 }, { 1 }), 1.0);
        QCOMPARE(earthMoversDistance({ 1, 2, 3 }, { 3, 4, 5 }), 2.0);
        QCOMPARE(earthMoversDistance({ 0, 0, 0, 4 }, { 0, 4 }), 1.0); // a quarter of the mass moved 4
        QCOMPARE(earthMoversDistance({}, { 1 }), 0.0);
    }

    void rareWaysLeftOutWhenAsked()
    {
        // 99 cases go A, B, C; one skips B. With a 5 % share asked for, A has one way out, to B.
        QByteArray csv = "case,activity,time\n";
        for (int c = 0; c < 100; ++c) {
            const QByteArray id = "c" + QByteArray::number(c);
            csv += id + ",A,2024-03-04T09:00:00\n";
            if (c != 50)
                csv += id + ",B,2024-03-04T09:10:00\n";
            csv += id + ",C,2024-03-04T09:20:00\n";
        }
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ReadReport report;
        const EventLog log = readEventLog(&buffer, QStringLiteral("rare.csv"), {}, &report);
        DraftOptions options;
        const Draft all = draftFromLog(log, options);
        options.minEdgeShare = 0.05;
        const Draft common = draftFromLog(log, options);
        auto flowsFrom = [](const Draft &d, const char *node) {
            const Process &p = d.project.processes.front();
            return std::count_if(
                p.flows.begin(), p.flows.end(), [&](const Flow &f) { return f.from == QLatin1String(node); });
        };
        QVERIFY(all.project.processes.front().node(QStringLiteral("after-a")));
        QVERIFY(!common.project.processes.front().node(QStringLiteral("after-a")));
        QCOMPARE(flowsFrom(common, "a"), 1);
        QVERIFY(!hasErrors(validate(common.project)));
    }

    void aLoopLeftOnlyByCasesThatLeft()
    {
        // Every case goes round A and B and leaves waiting for B: the draft still needs a way out.
        QByteArray csv = "case,activity,time,lifecycle\n";
        for (int c = 0; c < 20; ++c)
            for (int k = 0; k < 4; ++k)
                csv += "c" + QByteArray::number(c) + (k % 2 ? ",B," : ",A,") + "2024-03-04T"
                    + QByteArray::number(10 + k).rightJustified(2, '0') + ":" + QByteArray::number(10 + c) + ":00,"
                    + (k == 3 ? "ate_abort" : "complete") + "\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ReadReport report;
        const EventLog log = readEventLog(&buffer, QStringLiteral("loop.csv"), {}, &report);
        QVERIFY2(report.ok(), qPrintable(report.error));
        const Draft d = draftFromLog(log);
        QCOMPARE(d.discovery.abandonedCases, 20);
        QVERIFY(!d.notes.isEmpty());
        for (const Problem &p : validate(d.project))
            QVERIFY2(!p.isError(), qPrintable(p.toString()));
    }
};

QTEST_GUILESS_MAIN(TestEventLogFit)
#include "tst_eventlogfit.moc"
