// SPDX-License-Identifier: GPL-3.0-or-later
// Every wait split into capacity wait (staff able to do the task on duty, all busy) and coverage
// wait (nobody able on duty), with known answers; and failure demand: customers whose case stays
// open past `after` contact the company at `rate`, each contact a case of another process, in the
// number the rate and the time open predict.
#include "simulation/simulator.h"
#include "support/testmodels.h"

#include <QTest>

#include <cmath>

using namespace oi::sim;
using namespace oi::sim::test;

namespace {

Process oneTask(const char *id, Distribution arrivals, const char *role, Distribution duration)
{
    Process p;
    p.id = id;
    p.nodes = { startNode("in", arrivals), taskNode("work", role, duration), gateway("out", NodeType::End) };
    p.flows = { { "in", "work", {} }, { "work", "out", {} } };
    return p;
}

} // namespace

class TestWaitKinds : public QObject
{
    Q_OBJECT
private slots:
    // Hours; one order a day arrives at midnight and the clerk works 02:00-10:00: every wait is the
    // two hours nobody is there, none of it for want of people.
    void offShiftWaitIsCoverage()
    {
        SimulationInput in;
        in.timeUnit = "hour";
        Role clerk = role("clerk", 1);
        clerk.shiftPeriod = 24;
        clerk.shifts = { { 2, 10, 1 } };
        in.roles = { clerk };
        in.processes = { oneTask("orders", Distribution::fixed(24), "clerk", Distribution::fixed(0.5)) };
        in.settings.dayLength = 24;
        in.settings.horizon = 24 * 20 + 5;
        in.settings.replications = 2;
        in.settings.jobs = 1;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const NodeResult &work = r.processes[0].nodes[1];
        QVERIFY2(std::abs(work.wait.mean - 2.0) < 1e-9, std::to_string(work.wait.mean).c_str());
        QVERIFY(std::abs(work.waitCoverage.mean - 2.0) < 1e-9);
        QVERIFY(std::abs(work.waitCapacity.mean) < 1e-9);
        QVERIFY(std::abs(r.roles[0].waitCoverage.mean - 20 * 2.0) < 1e-9); // 20 orders, 2 h each
        QVERIFY(std::abs(r.roles[0].waitCapacity.mean) < 1e-9);
    }

    // Always staffed, one clerk, more work than she can do at once: every wait is capacity wait,
    // and the two parts add up to the wait.
    void busyWaitIsCapacity()
    {
        SimulationInput in = tandem(0.8, Distribution::exponential(1.0), { 1 });
        in.settings.horizon = 20000;
        in.settings.warmup = 1000;
        in.settings.replications = 3;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const NodeResult *task = nullptr;
        for (const NodeResult &n : r.processes[0].nodes)
            if (n.type == NodeType::Task)
                task = &n;
        QVERIFY(task && task->wait.mean > 1);
        QVERIFY(std::abs(task->waitCoverage.mean) < 1e-9);
        QVERIFY(std::abs(task->waitCapacity.mean - task->wait.mean) < 1e-9);
    }

    // A cross-trained helper on duty when the owner is not: waiting then is for want of people.
    void aHelperOnDutyMakesItCapacity()
    {
        SimulationInput in;
        in.timeUnit = "hour";
        Role clerk = role("clerk", 1), helper = role("helper", 1);
        clerk.shiftPeriod = helper.shiftPeriod = 24;
        clerk.shifts = { { 2, 10, 1 } };
        helper.shifts = { { 0, 24, 1 } };
        helper.crossTrained = { { "clerk", 1 } };
        in.roles = { clerk, helper };
        // The helper is kept busy by her own work from 00:00 to 01:30, so the 00:00 order waits.
        Process own = oneTask("own", Distribution::fixed(24), "helper", Distribution::fixed(1.5));
        Process orders = oneTask("orders", Distribution::fixed(24), "clerk", Distribution::fixed(0.5));
        in.processes = { own, orders };
        in.settings.dayLength = 24;
        in.settings.horizon = 24 * 10 + 5;
        in.settings.replications = 1;
        in.settings.jobs = 1;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const NodeResult &work = r.processes[1].nodes[1];
        QVERIFY2(std::abs(work.wait.mean - 1.5) < 1e-9, std::to_string(work.wait.mean).c_str());
        QVERIFY(std::abs(work.waitCapacity.mean - 1.5) < 1e-9);
        QVERIFY(std::abs(work.waitCoverage.mean) < 1e-9);
    }

    // An idle helper cross-trained for the clerk only within a window: the 00:00 order is taken at
    // once when the window holds midnight, when it opens at 01:00, and by the clerk at 02:00 when
    // it opens only later; until help or the clerk is there, the wait is coverage wait.
    void crossTrainingWithAWindowHelpsOnlyThen_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<double>("wait");
        QTest::newRow("all day") << 0.0 << 0.0 << 0.0;
        QTest::newRow("around midnight") << 23.0 << 1.0 << 0.0;
        QTest::newRow("from 01:00") << 1.0 << 3.0 << 1.0;
        QTest::newRow("only later") << 5.0 << 6.0 << 2.0;
    }

    void crossTrainingWithAWindowHelpsOnlyThen()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(double, wait);
        SimulationInput in;
        in.timeUnit = "hour";
        Role clerk = role("clerk", 1), helper = role("helper", 1);
        clerk.shiftPeriod = 24;
        clerk.shifts = { { 2, 10, 1 } };
        CrossSkill skill { "clerk", 1 };
        if (from != to) {
            skill.from = from;
            skill.to = to;
            skill.period = 24;
        }
        helper.crossTrained = { skill };
        in.roles = { clerk, helper };
        in.processes = { oneTask("orders", Distribution::fixed(24), "clerk", Distribution::fixed(0.5)) };
        in.settings.dayLength = 24;
        in.settings.horizon = 24 * 10 + 5;
        in.settings.replications = 1;
        in.settings.jobs = 1;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const NodeResult &work = r.processes[0].nodes[1];
        QVERIFY2(std::abs(work.wait.mean - wait) < 1e-9, std::to_string(work.wait.mean).c_str());
        QVERIFY2(std::abs(work.waitCoverage.mean - wait) < 1e-9, std::to_string(work.waitCoverage.mean).c_str());
        QVERIFY(std::abs(work.waitCapacity.mean) < 1e-9);
        // Who served: the helper within its window, else the clerk.
        const double helperBusy = r.roles[1].utilization.mean;
        QCOMPARE(helperBusy > 0, wait < 2.0);
    }

    void aCrossTrainingWindowOutsideItsPeriodIsRefused()
    {
        SimulationInput in;
        Role clerk = role("clerk", 1), helper = role("helper", 1);
        helper.crossTrained = { CrossSkill { "clerk", 1, 600, 1600, 1440 } };
        in.roles = { clerk, helper };
        in.processes = { oneTask("orders", Distribution::exponential(10), "clerk", Distribution::fixed(1)) };
        const Results r = simulate(in);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("cross-training") != std::string::npos, r.error.c_str());
    }

    // Cases take exactly 100 minutes; after 40 their customers call at 0.05 a minute: 3 calls a
    // case on average (0.05 x 60), each a case of the service process.
    void failureDemandCountsAsPredicted()
    {
        SimulationInput in;
        in.roles = { role("installer", 1000), role("agent", 1000) };
        Process orders = oneTask("orders", Distribution::fixed(10), "installer", Distribution::fixed(100));
        orders.interrupts = { { 40, 0.05, "where-is-it" } };
        Process calls = oneTask("where-is-it", Distribution::fixed(1e9), "agent", Distribution::fixed(3));
        in.processes = { orders, calls };
        in.settings.horizon = 200000;
        in.settings.warmup = 1000;
        in.settings.replications = 4;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const ProcessResult &o = r.processes[0], &c = r.processes[1];
        const double perCase = o.failureDemand.mean / o.arrived.mean;
        QVERIFY2(std::abs(perCase - 3.0) < 0.1, std::to_string(perCase).c_str());
        // Every contact is a case of the other process (its own arrivals never come).
        QVERIFY(std::abs(c.arrived.mean - o.failureDemand.mean) / o.failureDemand.mean < 0.01);
        QCOMPARE(c.failureDemand.mean, 0.0);
        // Shorter cases call less: nothing at all when done before `after`.
        in.processes[0].nodes[1].duration = Distribution::fixed(30);
        const Results quick = simulate(in);
        QCOMPARE(quick.processes[0].failureDemand.mean, 0.0);
    }

    void impossibleInterruptsAreRefused()
    {
        SimulationInput in;
        in.roles = { role("a", 1) };
        Process p = oneTask("p", Distribution::exponential(10), "a", Distribution::fixed(1));
        p.interrupts = { { 10, 0.1, "nowhere" } };
        in.processes = { p };
        const Results r = simulate(in);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("nowhere") != std::string::npos, r.error.c_str());
        in.processes[0].interrupts = { { -1, 0.1, "p" } };
        QVERIFY(!simulate(in).ok);
    }
};

QTEST_MAIN(TestWaitKinds)
#include "tst_waitkinds.moc"
