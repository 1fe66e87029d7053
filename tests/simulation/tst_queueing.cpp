// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against queueing theory (the queueing formulas of the shared reference material): each analytic value must
// fall inside the Student-t 95 % interval of the replications. Seeds are fixed, so the test is
// deterministic; horizons are chosen to keep the whole file to a few seconds in a Debug build.
#include "simulation/model.h"
#include "simulation/simulator.h"
#include "support/testmodels.h"

#include <QTest>

#include <cmath>

using namespace oi::sim;
using namespace oi::sim::test;

namespace {

// Each check is a 95 % interval, so about 1 in 20 misses by chance even when the engine is right,
// and checks on one run miss together (a run that drew long services has long Wq, W and Lq).
// A check therefore fails outright only outside its 99 % interval, and the suite fails when more
// than a fifth of the independent runs have any check outside the 95 % interval.
int gChecks = 0;
int gMisses95 = 0;
int gRuns = 0;
int gRunsMissing95 = 0;
QString gLastRun, gLastMissRun;

QString currentRun()
{
    return QString::fromLatin1(QTest::currentTestFunction()) + u'/' + QString::fromLatin1(QTest::currentDataTag());
}

double t995(int df)
{
    static const double table[] = { 63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169, 3.106, 3.055,
        3.012, 2.977, 2.947, 2.921, 2.898, 2.878, 2.861, 2.845 };
    return df >= 1 && df <= 20 ? table[df - 1] : 2.576 + 2.5 / df;
}

bool inside(const Stat &s, double expected)
{
    ++gChecks;
    if (currentRun() != gLastRun) {
        gLastRun = currentRun();
        ++gRuns;
    }
    const double miss = std::abs(s.mean - expected);
    if (miss > s.ci95) {
        ++gMisses95;
        if (gLastMissRun != gLastRun) {
            gLastMissRun = gLastRun;
            ++gRunsMissing95;
        }
        qInfo("outside the 95 %% interval: %g +- %g, expected %g", s.mean, s.ci95, expected);
    }
    return miss <= s.ci95 * t995(s.n - 1) / studentT975(s.n - 1);
}

QString describe(const Stat &s, double expected)
{
    return QStringLiteral("simulated %1 +- %2 (95 %), expected %3").arg(s.mean).arg(s.ci95).arg(expected);
}

#define CHECK_INSIDE(stat, expected) QVERIFY2(inside((stat), (expected)), qPrintable(describe((stat), (expected))))

/** Little's law L = lambda W on the replication means of a run. */
void checkLittle(const Results &r)
{
    for (const ProcessResult &p : r.processes) {
        const double lambda = p.arrived.mean / (r.horizon - r.warmup);
        const double l = p.wip.mean;
        const double lw = lambda * p.cycleTime.mean;
        QVERIFY2(std::abs(l - lw) <= 0.03 * l + 0.02, qPrintable(QStringLiteral("L %1 vs lambda W %2").arg(l).arg(lw)));
    }
}

} // namespace

class TestQueueing : public QObject
{
    Q_OBJECT
private slots:
    void mmc_data();
    void mmc();
    void md1();
    void mg1Triangular();
    void jacksonTandem();
    void erlangOnlyWherePoissonArrives();
    void xorFrequencies();
    void geometricRework();
    void andSplitJoin();
    void abandonmentLowersWait();
    void cleanupTestCase();
};

void TestQueueing::mmc_data()
{
    QTest::addColumn<double>("lambda");
    QTest::addColumn<int>("servers");
    QTest::addColumn<double>("pWait");
    QTest::addColumn<double>("wq");
    QTest::addColumn<double>("lq");
    QTest::newRow("M/M/1 rho 0.5") << 0.5 << 1 << 0.5 << 1.0 << 0.5;
    QTest::newRow("M/M/1 rho 0.8") << 0.8 << 1 << 0.8 << 4.0 << 3.2;
    QTest::newRow("M/M/3 rho 0.8") << 2.4 << 3 << 0.6472 << 1.0787 << 2.5888;
}

void TestQueueing::mmc()
{
    QFETCH(double, lambda);
    QFETCH(int, servers);
    QFETCH(double, pWait);
    QFETCH(double, wq);
    QFETCH(double, lq);
    SimulationInput in = tandem(lambda, Distribution::exponential(1.0), { servers });
    in.settings.horizon = 40000;
    in.settings.warmup = 4000;
    in.settings.replications = 12;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    const NodeResult &t = r.processes[0].nodes[1];
    CHECK_INSIDE(t.pWait, pWait);
    CHECK_INSIDE(t.wait, wq);
    CHECK_INSIDE(t.queueLength, lq);
    CHECK_INSIDE(r.processes[0].cycleTime, wq + 1.0);
    QVERIFY(t.erlang);
    QCOMPARE(qRound(t.erlang->wq * 1e4), qRound(wq * 1e4));
    checkLittle(r);
}

void TestQueueing::md1()
{
    // Pollaczek-Khinchine: Wq = rho / (2 mu (1 - rho)) = 2.0 for lambda 0.8, mu 1.
    SimulationInput in = tandem(0.8, Distribution::fixed(1.0), { 1 });
    in.settings.horizon = 40000;
    in.settings.warmup = 4000;
    in.settings.replications = 12;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    CHECK_INSIDE(r.processes[0].nodes[1].wait, 2.0);
    QVERIFY(!r.processes[0].nodes[1].erlang); // deterministic service is not M/M/c
    checkLittle(r);
}

void TestQueueing::mg1Triangular()
{
    // Wq = lambda E[S^2] / (2 (1 - rho)) with S ~ triangular(0.5, 1, 1.5).
    const double a = 0.5, b = 1.0, c = 1.5, lambda = 0.7;
    const double mean = (a + b + c) / 3;
    const double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    const double wq = lambda * (var + mean * mean) / (2 * (1 - lambda * mean));
    SimulationInput in = tandem(lambda, Distribution::triangular(a, b, c), { 1 });
    in.settings.horizon = 40000;
    in.settings.warmup = 4000;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    CHECK_INSIDE(r.processes[0].nodes[1].wait, wq);
}

void TestQueueing::jacksonTandem()
{
    // Three M/M/3 stations at rho 0.8: every station has the Erlang C wait, W adds up.
    SimulationInput in = tandem(2.4, Distribution::exponential(1.0), { 3, 3, 3 });
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    for (int i = 1; i <= 3; ++i)
        CHECK_INSIDE(r.processes[0].nodes[static_cast<size_t>(i)].wait, 1.0787);
    CHECK_INSIDE(r.processes[0].cycleTime, 3 * 2.0787);
    checkLittle(r);
}

void TestQueueing::erlangOnlyWherePoissonArrives()
{
    auto hasErlang = [](const SimulationInput &in, size_t node) {
        return CompiledModel(in).layout.processes[0].nodes[node].erlang.has_value();
    };
    // Burke: a stable M/M/c passes Poisson flow on, so every station of a tandem gets the check.
    const SimulationInput tandemModel = tandem(2.4, Distribution::exponential(1.0), { 3, 3, 3 });
    for (size_t i = 1; i <= 3; ++i)
        QVERIFY(hasErlang(tandemModel, i));
    // A fixed-time task upstream makes the next station's arrivals far more regular than Poisson.
    SimulationInput fixedFirst = tandem(0.5, Distribution::exponential(1.0), { 1, 1 });
    fixedFirst.processes[0].nodes[1].duration = Distribution::fixed(1.0);
    QVERIFY(!hasErlang(fixedFirst, 1));
    QVERIFY(!hasErlang(fixedFirst, 2));
    fixedFirst.settings.horizon = 200;
    fixedFirst.settings.warmup = 0;
    fixedFirst.settings.replications = 2;
    const Results r = simulate(fixedFirst);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(!r.processes[0].nodes[2].erlang);
    // A station with shifts upstream changes the flow with the time of day.
    SimulationInput shifted = tandem(0.5, Distribution::exponential(1.0), { 1, 1 });
    shifted.roles[0].shiftPeriod = 100;
    shifted.roles[0].shifts = { { 0, 100, 1 } };
    QVERIFY(!hasErlang(shifted, 1));
    QVERIFY(!hasErlang(shifted, 2));
    // Feedback (rework) correlates the flow into the station.
    SimulationInput rework = tandem(0.5, Distribution::exponential(0.5), { 2 });
    rework.processes[0].nodes.push_back(gateway("check", NodeType::Xor));
    rework.processes[0].flows
        = { { "in", "t1", {} }, { "t1", "check", {} }, { "check", "t1", 0.25 }, { "check", "out", 0.75 } };
    QVERIFY(!hasErlang(rework, 1));
    // A random split of Poisson flow is still Poisson.
    SimulationInput split = tandem(0.5, Distribution::exponential(1.0), { 1, 1 });
    split.processes[0].nodes.push_back(gateway("route", NodeType::Xor));
    split.processes[0].flows = { { "in", "t1", {} }, { "t1", "route", {} }, { "route", "t2", 0.5 },
        { "route", "out", 0.5 }, { "t2", "out", {} } };
    QVERIFY(hasErlang(split, 1));
    QVERIFY(hasErlang(split, 2));
}

void TestQueueing::xorFrequencies()
{
    SimulationInput in = tandem(1.0, Distribution::exponential(0.5), { 2 });
    Process &p = in.processes[0];
    p.nodes.push_back(gateway("route", NodeType::Xor));
    p.nodes.push_back(taskNode("fix", "r1", Distribution::exponential(0.2)));
    p.flows = { { "in", "t1", {} }, { "t1", "route", {} }, { "route", "fix", 0.3 }, { "route", "out", 0.7 },
        { "fix", "out", {} } };
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    for (const FlowResult &f : r.processes[0].flows) {
        if (!f.fromXor)
            continue;
        CHECK_INSIDE(f.share, f.to == "fix" ? 0.3 : 0.7);
    }
    checkLittle(r);
}

void TestQueueing::geometricRework()
{
    // A task followed by an xor looping back with p = 0.25 is visited 1 / (1 - p) times per case.
    SimulationInput in = tandem(0.5, Distribution::exponential(0.5), { 2 });
    Process &p = in.processes[0];
    p.nodes.push_back(gateway("check", NodeType::Xor));
    p.flows = { { "in", "t1", {} }, { "t1", "check", {} }, { "check", "t1", 0.25 }, { "check", "out", 0.75 } };
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    std::vector<double> perCase;
    for (const ReplicationResult &rep : r.perReplication)
        perCase.push_back(double(rep.processes[0].nodes[1].visits) / double(rep.processes[0].arrived));
    CHECK_INSIDE(statOf(perCase), 1.0 / 0.75);
    checkLittle(r);
}

void TestQueueing::andSplitJoin()
{
    // Two parallel exponential(1) tasks with ample staff: the case waits for the slower one,
    // E[max] = 1 + 1/2; the join releases exactly one token per case.
    SimulationInput in;
    in.roles = { role("a", 50), role("b", 50) };
    Process p;
    p.id = "p";
    p.nodes = { startNode("in", Distribution::exponential(1.0)), gateway("split", NodeType::AndSplit),
        taskNode("ta", "a", Distribution::exponential(1.0)), taskNode("tb", "b", Distribution::exponential(1.0)),
        gateway("join", NodeType::AndJoin), gateway("out", NodeType::End) };
    p.flows = { { "in", "split", {} }, { "split", "ta", {} }, { "split", "tb", {} }, { "ta", "join", {} },
        { "tb", "join", {} }, { "join", "out", {} } };
    in.processes.push_back(p);
    in.settings.horizon = 20000;
    in.settings.warmup = 100;
    in.settings.replications = 10;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    CHECK_INSIDE(r.processes[0].cycleTime, 1.5);
    for (const ReplicationResult &rep : r.perReplication) {
        const ProcessRep &pr = rep.processes[0];
        QCOMPARE(pr.nodes[5].visits, pr.completed); // one token reaches the end per case
        // Two tokens per case reach the join, up to the few cases open at warm-up and horizon.
        const double excess = double(pr.nodes[4].visits) - 2.0 * double(pr.completed);
        QVERIFY2(std::abs(excess) <= 20, qPrintable(QString::number(excess)));
    }
    checkLittle(r);
}

void TestQueueing::abandonmentLowersWait()
{
    SimulationInput in = tandem(0.95, Distribution::exponential(1.0), { 1 });
    const Results patient = simulate(in);
    in.processes[0].nodes[0].patience = Distribution::exponential(3.0);
    const Results impatient = simulate(in);
    QVERIFY2(patient.ok && impatient.ok, impatient.error.c_str());
    QCOMPARE(patient.processes[0].abandoned.mean, 0.0);
    QVERIFY(impatient.processes[0].abandoned.mean > 0.05 * impatient.processes[0].arrived.mean);
    const Stat &a = patient.processes[0].nodes[1].wait;
    const Stat &b = impatient.processes[0].nodes[1].wait;
    QVERIFY2(b.mean + b.ci95 < a.mean - a.ci95, qPrintable(QStringLiteral("%1 vs %2").arg(b.mean).arg(a.mean)));
    // Abandoning cases leave the completed count short of arrivals by about the abandoned count.
    const ProcessResult &p = impatient.processes[0];
    QVERIFY(std::abs(p.arrived.mean - p.completed.mean - p.abandoned.mean) < 0.01 * p.arrived.mean);
}

void TestQueueing::cleanupTestCase()
{
    qInfo("%d of %d analytic checks outside their 95 %% interval, in %d of %d runs", gMisses95, gChecks, gRunsMissing95,
        gRuns);
    QVERIFY(gChecks >= 20);
    QVERIFY(gRunsMissing95 * 5 <= gRuns);
}

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
