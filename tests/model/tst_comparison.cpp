// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario comparison with common random numbers: a known difference found exactly, identical
// scenarios never significant, the paired interval covering the true difference about 95 % of the
// time, and the refusals.
#include "model/comparison.h"
#include "model/projectio.h"

#include <QTest>

#include <atomic>
#include <cmath>

using namespace oi;
using namespace oi::model;

namespace {

const QString kFixture = QStringLiteral(OI_TEST_DATA "/compare.oi.yaml");

const KpiComparison *find(const Comparison &c, const QString &process, ComparedKpi kpi)
{
    for (const KpiComparison &k : c.kpis)
        if (k.process == process && k.kpi == kpi)
            return &k;
    return nullptr;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
    std::unique_ptr<Project> mProject;

private slots:
    void initTestCase()
    {
        Problems problems;
        mProject = readProject(kFixture, &problems);
        QVERIFY(mProject);
        QVERIFY(!hasErrors(problems));
    }

    void pairedDifferenceByHand()
    {
        // d = 1, 2, 3: mean 2, sd 1, half-width t(2) / sqrt(3) = 4.3027 / 1.7321 = 2.4841 > 2.
        PairedDifference d = pairedDifference({ 1, 2, 3 }, { 2, 4, 6 });
        QCOMPARE(d.change.n, 3);
        QCOMPARE(d.change.mean, 2.0);
        QVERIFY(std::abs(d.change.ci95 - 4.3027 / std::sqrt(3.0)) < 1e-9);
        QVERIFY(!d.significant);
        // d = 1, 1.1, 0.9: mean 1, half-width 0.2484: significant.
        d = pairedDifference({ 0, 0, 0 }, { 1, 1.1, 0.9 });
        QVERIFY(std::abs(d.change.mean - 1) < 1e-12);
        QVERIFY(d.significant);
        // A replication with nothing to measure drops out of the pairs.
        d = pairedDifference({ 1, std::nan(""), 3 }, { 2, 5, 4 });
        QCOMPARE(d.change.n, 2);
        QCOMPARE(d.change.mean, 1.0);
        QCOMPARE(d.change.ci95, 0.0);
        QVERIFY(d.significant); // exactly 1 every time
        d = pairedDifference({ 1, 2 }, { 1, 2 });
        QVERIFY(!d.significant); // exactly 0 every time
        QVERIFY(!pairedDifference({ 1 }, { 5 }).significant); // one pair has no interval
    }

    void knownDifferenceIsFoundExactly()
    {
        ComparisonSettings settings;
        settings.replications = 8;
        const Comparison c
            = compareScenarios(*mProject, { QStringLiteral("base"), QStringLiteral("slower") }, settings);
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.replications, 8);
        // Staff are ample and services fixed: every case takes 10 minutes, 15 in "slower".
        const KpiComparison *cycle = find(c, QStringLiteral("fixed"), ComparedKpi::CycleTimeMean);
        QVERIFY(cycle);
        QVERIFY(std::abs(cycle->values[0].mean - 10) < 1e-9);
        QVERIFY(std::abs(cycle->values[1].mean - 15) < 1e-9);
        QCOMPARE(cycle->differences.size(), size_t(1));
        const PairedDifference &d = cycle->differences[0];
        QCOMPARE(d.from, 0);
        QCOMPARE(d.to, 1);
        QCOMPARE(d.change.n, 8);
        QVERIFY(std::abs(d.change.mean - 5) < 1e-9);
        QVERIFY(d.change.ci95 < 1e-9);
        QVERIFY(d.significant);
        // The baseline convention for every KPI: the difference is later − baseline.
        for (const KpiComparison &k : c.kpis) {
            if (k.values[0].n != c.replications || k.values[1].n != c.replications)
                continue;
            QVERIFY2(std::abs(k.differences[0].change.mean - (k.values[1].mean - k.values[0].mean))
                    <= 1e-9 * (1 + std::abs(k.values[0].mean)),
                qPrintable(k.process + u' ' + kpiName(k.kpi)));
        }
        // The same arrivals in both (common random numbers), and a longer stay does not lose anyone.
        const KpiComparison *lost = find(c, QStringLiteral("random"), ComparedKpi::Abandoned);
        QVERIFY(lost && !lost->differences[0].significant);
    }

    void identicalScenariosDoNotDiffer()
    {
        const Comparison c = compareScenarios(*mProject, { QStringLiteral("base"), QStringLiteral("same") });
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.replications, 5); // the project's
        QCOMPARE(c.kpis.size(), 2 * comparedKpis().size());
        for (const KpiComparison &k : c.kpis) {
            const PairedDifference &d = k.differences[0];
            const QString what = k.process + u' ' + kpiName(k.kpi);
            QVERIFY2(!d.significant, qPrintable(what));
            QVERIFY2(d.change.n == 0 || (d.change.mean == 0 && d.change.ci95 == 0), qPrintable(what));
            QCOMPARE(k.replications[0], k.replications[1]);
        }
    }

    void pairedIntervalCoversTheTrueDifference()
    {
        // Exponential services of mean 10, and 15 in "slower": whatever the seed, the expected
        // difference in mean cycle time is 5. The 95 % paired interval should cover it in about 95 %
        // of 200 comparisons (binomial sd 1.5 %).
        const int repetitions = 200;
        int covered = 0;
        ComparisonSettings settings;
        settings.jobs = 1;
        for (int seed = 1; seed <= repetitions; ++seed) {
            settings.seed = quint64(seed);
            const Comparison c
                = compareScenarios(*mProject, { QStringLiteral("base"), QStringLiteral("slower") }, settings);
            QVERIFY2(c.ok, qPrintable(c.error));
            const PairedDifference &d = find(c, QStringLiteral("random"), ComparedKpi::CycleTimeMean)->differences[0];
            QCOMPARE(d.change.n, 5);
            if (std::abs(d.change.mean - 5) <= d.change.ci95)
                ++covered;
        }
        const double coverage = double(covered) / repetitions;
        qInfo("coverage of the paired 95 %% interval: %.3f", coverage);
        QVERIFY2(coverage >= 0.88 && coverage <= 0.99, qPrintable(QString::number(coverage)));
    }

    void refusesWhatItCannotCompare_data()
    {
        QTest::addColumn<QStringList>("scenarios");
        QTest::addColumn<int>("replications");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("one scenario") << QStringList { QStringLiteral("base") } << 0
                                      << QStringLiteral("at least two scenarios");
        QTest::newRow("unknown") << QStringList { QStringLiteral("base"), QStringLiteral("later") } << 0
                                 << QStringLiteral("no scenario 'later'");
        QTest::newRow("twice") << QStringList { QStringLiteral("base"), QStringLiteral("base") } << 0
                               << QStringLiteral("'base' is named twice");
        QTest::newRow("one replication") << QStringList { QStringLiteral("base"), QStringLiteral("same") } << 1
                                         << QStringLiteral("at least 2 replications");
    }

    void refusesWhatItCannotCompare()
    {
        QFETCH(QStringList, scenarios);
        QFETCH(int, replications);
        QFETCH(QString, mentions);
        ComparisonSettings settings;
        settings.replications = replications;
        const Comparison c = compareScenarios(*mProject, scenarios, settings);
        QVERIFY(!c.ok);
        QVERIFY(!c.cancelled);
        QVERIFY2(c.error.contains(mentions), qPrintable(c.error));
    }

    void cancelsAndReportsProgress()
    {
        std::atomic<bool> cancel { false };
        int last = 0, planned = 0;
        ComparisonControl control;
        control.cancel = &cancel;
        control.progress = [&](int done, int of) {
            QVERIFY(done > last);
            last = done;
            planned = of;
        };
        const QStringList three { QStringLiteral("base"), QStringLiteral("same"), QStringLiteral("slower") };
        const Comparison c = compareScenarios(*mProject, three, {}, control);
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(planned, 15);
        QCOMPARE(last, 15);
        QCOMPARE(c.kpis.front().differences.size(), size_t(2));
        QCOMPARE(c.kpis.front().differences[1].to, 2);

        // Cancelled after the first replication: the run stops with nothing compared.
        last = 0;
        control.progress = [&](int done, int) {
            last = done;
            cancel.store(true);
        };
        ComparisonSettings oneJob;
        oneJob.jobs = 1;
        const Comparison stopped = compareScenarios(*mProject, three, oneJob, control);
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.kpis.empty());
        QCOMPARE(last, 1);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
