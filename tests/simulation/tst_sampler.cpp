// SPDX-License-Identifier: GPL-3.0-or-later
// Building blocks: distributions, random streams, the event queue, the histogram and MSER-5.
#include "simulation/eventqueue.h"
#include "simulation/histogram.h"
#include "simulation/mser.h"
#include "simulation/random.h"
#include "simulation/sampler.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace oi::sim;

Q_DECLARE_METATYPE(oi::sim::Distribution)

class TestSampler : public QObject
{
    Q_OBJECT
private slots:
    void moments_data();
    void moments();
    void badParameters_data();
    void badParameters();
    void scaled();
    void streamsAreReproducibleAndDistinct();
    void eventQueueOrder();
    void histogramQuantiles();
    void histogramMerge();
    void mserFindsTheTransient();
};

void TestSampler::moments_data()
{
    QTest::addColumn<Distribution>("dist");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::newRow("fixed") << Distribution::fixed(2.5) << 2.5 << 0.0;
    QTest::newRow("uniform") << Distribution::uniform(1, 3) << 2.0 << 2 / std::sqrt(12.0);
    QTest::newRow("triangular") << Distribution::triangular(5, 10, 30) << 15.0
                                << std::sqrt((25.0 + 100 + 900 - 50 - 150 - 300) / 18);
    QTest::newRow("exponential") << Distribution::exponential(4) << 4.0 << 4.0;
    QTest::newRow("normal far from 0") << Distribution::normal(10, 2) << 10.0 << 2.0;
    QTest::newRow("normal truncated at 0") << Distribution::normal(1, 1) << 1.287600 << std::sqrt(0.629701);
    QTest::newRow("lognormal") << Distribution::lognormal(3, 1.5) << 3.0 << 1.5;
    QTest::newRow("gamma") << Distribution::gamma(2, 1) << 2.0 << 1.0;
    QTest::newRow("gamma shape < 1") << Distribution::gamma(1, 2) << 1.0 << 2.0;
    QTest::newRow("erlang") << Distribution::erlang(3, 6) << 6.0 << 6 / std::sqrt(3.0);
    QTest::newRow("empirical") << Distribution::empirical({ 1, 2, 10 }, { 1, 1, 2 }) << 5.75
                               << std::sqrt((1 + 4 + 200) / 4.0 - 5.75 * 5.75);
}

void TestSampler::moments()
{
    QFETCH(Distribution, dist);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QVERIFY(Sampler::check(dist).empty());
    const Sampler s(dist);
    QVERIFY(std::abs(s.mean() - mean) < 1e-5 * std::max(1.0, mean)); // truncation moves normal(10, 2) by 3e-6
    Rng rng(3, 0, 0);
    const int n = 200000;
    double sum = 0, sumSq = 0, lo = 1e300;
    for (int i = 0; i < n; ++i) {
        const double x = s.sample(rng);
        sum += x;
        sumSq += x * x;
        lo = std::min(lo, x);
    }
    const double m = sum / n;
    const double v = sumSq / n - m * m;
    // Five standard errors: a wrong parameterisation is off by far more.
    QVERIFY2(std::abs(m - mean) <= 5 * sd / std::sqrt(double(n)) + 1e-12, qPrintable(QString::number(m)));
    QVERIFY2(
        std::abs(std::sqrt(std::max(0.0, v)) - sd) <= 0.02 * sd + 1e-12, qPrintable(QString::number(std::sqrt(v))));
    QVERIFY(lo >= 0);
}

void TestSampler::badParameters_data()
{
    QTest::addColumn<Distribution>("dist");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("none") << Distribution() << QStringLiteral("no distribution");
    QTest::newRow("negative fixed") << Distribution::fixed(-1) << QStringLiteral("fixed");
    QTest::newRow("min > max") << Distribution::uniform(3, 1) << QStringLiteral("uniform");
    QTest::newRow("mode outside") << Distribution::triangular(1, 5, 3) << QStringLiteral("triangular");
    QTest::newRow("zero mean") << Distribution::exponential(0) << QStringLiteral("exponential");
    // Numbers as a person writes them: not "-0.000000" (std::to_string) for a tiny value.
    QTest::newRow("tiny negative mean") << Distribution::exponential(-1e-7)
                                        << QStringLiteral("exponential mean must be > 0, got -1e-07");
    QTest::newRow("round numbers") << Distribution::uniform(5000, 2.5) << QStringLiteral("got min 5000, max 2.5");
    QTest::newRow("normal far below 0") << Distribution::normal(-10, 1) << QStringLiteral("too far below 0");
    QTest::newRow("lognormal sd 0") << Distribution::lognormal(1, 0) << QStringLiteral("lognormal");
    QTest::newRow("erlang k 0") << Distribution::erlang(0, 1) << QStringLiteral("erlang");
    QTest::newRow("empty empirical") << Distribution::empirical({}) << QStringLiteral("at least one value");
    QTest::newRow("weights mismatch") << Distribution::empirical({ 1, 2 }, { 1 })
                                      << QStringLiteral("2 values but 1 weights");
    QTest::newRow("negative weight") << Distribution::empirical({ 1, 2 }, { 1, -1 })
                                     << QStringLiteral("weights must be >= 0");
}

void TestSampler::badParameters()
{
    QFETCH(Distribution, dist);
    QFETCH(QString, mentions);
    const QString problem = QString::fromStdString(Sampler::check(dist));
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestSampler::scaled()
{
    const Distribution d = Distribution::triangular(1, 2, 6).scaled(0.5);
    QCOMPARE(Sampler(d).mean(), 1.5);
    QCOMPARE(Sampler(Distribution::empirical({ 2, 4 }).scaled(3)).mean(), 9.0);
    QCOMPARE(Sampler(Distribution::lognormal(2, 1).scaled(2)).mean(), 4.0);
}

void TestSampler::streamsAreReproducibleAndDistinct()
{
    Rng a(1, 0, 0), b(1, 0, 0), c(1, 1, 0), d(1, 0, 1), e(2, 0, 0);
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t x = a.next();
        QCOMPARE(b.next(), x);
        QVERIFY(c.next() != x);
        QVERIFY(d.next() != x);
        QVERIFY(e.next() != x);
    }
    Rng u(9, 9, 9);
    for (int i = 0; i < 10000; ++i) {
        const double x = u.uniform();
        QVERIFY(x >= 0 && x < 1);
        QVERIFY(u.uniformPositive() > 0);
    }
}

void TestSampler::eventQueueOrder()
{
    EventQueue q;
    Rng rng(5, 0, 0);
    std::vector<std::pair<double, std::uint32_t>> expected;
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const double t = std::floor(rng.uniform() * 500); // many ties
        q.push(t, 0, i);
        expected.emplace_back(t, i);
    }
    std::stable_sort(expected.begin(), expected.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &[t, id] : expected) {
        QVERIFY(!q.empty());
        const Event e = q.pop();
        QCOMPARE(e.time, t);
        QCOMPARE(e.a, id); // equal times leave in insertion order
    }
    QVERIFY(q.empty());
}

void TestSampler::histogramQuantiles()
{
    Histogram h;
    Rng rng(11, 0, 0);
    const Sampler exp1(Distribution::exponential(1.0));
    for (int i = 0; i < 200000; ++i)
        h.add(exp1.sample(rng));
    QCOMPARE(h.count(), std::uint64_t(200000));
    QVERIFY(std::abs(h.quantile(0.5) - std::log(2.0)) < 0.03 * std::log(2.0));
    QVERIFY(std::abs(h.quantile(0.9) - std::log(10.0)) < 0.03 * std::log(10.0));
    QVERIFY(std::abs(h.quantile(0.95) - std::log(20.0)) < 0.03 * std::log(20.0));
    Histogram zeros;
    for (int i = 0; i < 10; ++i)
        zeros.add(0.0);
    zeros.add(5.0);
    QCOMPARE(zeros.quantile(0.5), 0.0);
    QCOMPARE(Histogram().quantile(0.5), 0.0);
    QVERIFY(Histogram::bucketOf(1e30) == Histogram::kBuckets - 1);
}

void TestSampler::histogramMerge()
{
    Histogram a, b, all;
    for (int i = 1; i <= 1000; ++i) {
        (i % 2 ? a : b).add(i * 0.37);
        all.add(i * 0.37);
    }
    Histogram merged = a;
    merged.merge(b);
    QCOMPARE(merged.quantile(0.9), all.quantile(0.9));
    Histogram rebuilt;
    for (const auto &[index, count] : all.sparse())
        QVERIFY(rebuilt.addSparse(index, count));
    QCOMPARE(rebuilt.quantile(0.5), all.quantile(0.5));
    QVERIFY(!rebuilt.addSparse(-1, 1));
    QVERIFY(!rebuilt.addSparse(Histogram::kBuckets, 1));
}

void TestSampler::mserFindsTheTransient()
{
    std::vector<double> series;
    Rng rng(2, 0, 0);
    for (int i = 0; i < 1000; ++i)
        series.push_back((i < 200 ? 50.0 * (200 - i) / 200 : 0.0) + rng.uniform());
    const int d = mser5Truncation(series);
    QVERIFY2(d >= 150 && d <= 260, qPrintable(QString::number(d)));
    std::vector<double> flat(1000, 1.0);
    QCOMPARE(mser5Truncation(flat), 0);
    QCOMPARE(mser5Truncation({}), 0);
}

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
