// SPDX-License-Identifier: GPL-3.0-or-later
// Queue length and work in process by hour of the day, per node, role and process: known answers
// for a deterministic day, hours never observed, and agreement with the whole-window figures.
#include "simulation/simulator.h"
#include "support/testmodels.h"

#include <QTest>

#include <cmath>

using namespace oi::sim;
using namespace oi::sim::test;

namespace {

/**
 * Time in hours, a day of 24. Two processes, each with one case a day at midnight, both for the
 * one clerk (2.5 h a case). Process "a" is first in line: served 0:00-2:30; "b" waits 0:00-2:30
 * and is served 2:30-5:00. Nothing happens from 5:00 to midnight.
 */
SimulationInput twoCasesAtMidnight()
{
    SimulationInput in;
    in.timeUnit = "hour";
    in.roles = { role("clerk", 1) };
    for (const char *id : { "a", "b" }) {
        Process p;
        p.id = id;
        p.nodes = { startNode("in", Distribution::fixed(24)), taskNode("work", "clerk", Distribution::fixed(2.5)),
            gateway("out", NodeType::End) };
        p.flows = { { "in", "work", {} }, { "work", "out", {} } };
        in.processes.push_back(p);
    }
    in.settings.dayLength = 24;
    in.settings.horizon = 240;
    in.settings.warmup = 12; // hours 12-23 are seen on 10 days, hours 0-11 on 9
    in.settings.replications = 2;
    in.settings.seed = 5;
    in.settings.jobs = 1;
    return in;
}

DayArray hours(std::initializer_list<double> first)
{
    DayArray out {};
    size_t h = 0;
    for (double v : first)
        out[h++] = v;
    return out;
}

void compareHours(const DayArray &actual, const DayArray &expected, const char *what)
{
    for (size_t h = 0; h < actual.size(); ++h)
        QVERIFY2(std::abs(actual[h] - expected[h]) < 1e-9,
            qPrintable(QStringLiteral("%1, hour %2: %3, expected %4")
                           .arg(QLatin1String(what))
                           .arg(h)
                           .arg(actual[h])
                           .arg(expected[h])));
}

double weightedMean(const DayArray &levels, const DayArray &observed)
{
    double area = 0, time = 0;
    for (size_t h = 0; h < levels.size(); ++h) {
        area += levels[h] * observed[h];
        time += observed[h];
    }
    return area / time;
}

} // namespace

class TestByHour : public QObject
{
    Q_OBJECT
private slots:
    void knownDay()
    {
        const Results r = simulate(twoCasesAtMidnight());
        QVERIFY2(r.ok, r.error.c_str());
        const ProcessResult &a = r.processes[0], &b = r.processes[1];
        const NodeResult &workA = a.nodes[1], &workB = b.nodes[1];
        QCOMPARE(workA.id, std::string("work"));

        compareHours(workA.queueByHour, hours({}), "a/work queue");
        compareHours(workA.wipByHour, hours({ 1, 1, 0.5 }), "a/work wip");
        compareHours(workB.queueByHour, hours({ 1, 1, 0.5 }), "b/work queue");
        compareHours(workB.wipByHour, hours({ 1, 1, 1, 1, 1 }), "b/work wip");
        // The process's queue is its tasks'; its WIP is its cases, which leave as the task ends.
        compareHours(a.queueByHour, hours({}), "a queue");
        compareHours(a.wipByHour, hours({ 1, 1, 0.5 }), "a wip");
        compareHours(b.queueByHour, hours({ 1, 1, 0.5 }), "b queue");
        compareHours(b.wipByHour, hours({ 1, 1, 1, 1, 1 }), "b wip");
        // The role carries the work of both processes.
        compareHours(r.roles[0].queueByHour, hours({ 1, 1, 0.5 }), "clerk queue");
        compareHours(r.roles[0].wipByHour, hours({ 2, 2, 1.5, 1, 1 }), "clerk wip");
        // Start and end nodes hold nothing.
        compareHours(a.nodes[0].wipByHour, hours({}), "a/in wip");

        // The hours agree with the whole window: 9 waits of 2.5 h in 228 observed hours.
        const DayArray observed = observedByHour(12, 240, 24);
        QCOMPARE(observed[0], 9.0);
        QCOMPARE(observed[12], 10.0);
        QVERIFY(std::abs(workB.queueLength.mean - 9 * 2.5 / 228) < 1e-12);
        QVERIFY(std::abs(weightedMean(workB.queueByHour, observed) - workB.queueLength.mean) < 1e-12);
        QVERIFY(std::abs(weightedMean(b.wipByHour, observed) - b.wip.mean) < 1e-12);
    }

    void hoursNeverObservedHaveNoLevel()
    {
        SimulationInput in = twoCasesAtMidnight();
        in.settings.horizon = 30; // one day and 0:00-6:00 of the next
        in.settings.warmup = 0;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const NodeResult &workB = r.processes[1].nodes[1];
        // Hours 0-5 were seen twice (once empty, once with the day's cases), the rest once.
        QCOMPARE(workB.queueByHour[0], 0.5);
        QCOMPARE(workB.queueByHour[2], 0.25);
        QCOMPARE(workB.queueByHour[12], 0.0);
        in.settings.horizon = 6;
        const Results shortRun = simulate(in);
        QVERIFY2(shortRun.ok, shortRun.error.c_str());
        QCOMPARE(shortRun.processes[1].nodes[1].queueByHour[5], 0.0);
        QVERIFY(std::isnan(shortRun.processes[1].nodes[1].queueByHour[6]));
        QVERIFY(std::isnan(shortRun.roles[0].wipByHour[23]));
        QVERIFY(std::isnan(shortRun.processes[1].wipByHour[23]));
    }

    void hoursAgreeWithTheWholeWindow()
    {
        // A queue that forms at random: the hours, weighted by their observed time, give the
        // window's mean queue, and a task's WIP is its queue plus its busy staff.
        SimulationInput in = tandem(0.8, Distribution::exponential(1.0), { 1 });
        in.settings.horizon = 3 * 1440 + 500; // the last day is partly observed
        in.settings.warmup = 700;
        in.settings.replications = 4;
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        const DayArray observed = observedByHour(in.settings.warmup, in.settings.horizon, in.settings.dayLength);
        const NodeResult &task = r.processes[0].nodes[1];
        const double queue = weightedMean(task.queueByHour, observed);
        QVERIFY2(std::abs(queue - task.queueLength.mean) < 1e-9 * task.queueLength.mean,
            qPrintable(QString::number(queue - task.queueLength.mean)));
        const double wip = weightedMean(task.wipByHour, observed);
        const double busy = r.roles[0].utilization.mean;
        QVERIFY2(std::abs(wip - (task.queueLength.mean + busy)) < 1e-9 * wip, qPrintable(QString::number(wip)));
        QVERIFY(std::abs(weightedMean(r.processes[0].wipByHour, observed) - r.processes[0].wip.mean) < 1e-9 * wip);
        for (size_t h = 0; h < observed.size(); ++h)
            QVERIFY(task.wipByHour[h] >= task.queueByHour[h]);
    }

    void timersHoldWork()
    {
        SimulationInput in = twoCasesAtMidnight();
        in.processes.resize(1);
        Process &p = in.processes[0];
        Node hold = gateway("hold", NodeType::Timer);
        hold.duration = Distribution::fixed(6); // 2:30-8:30
        p.nodes.insert(p.nodes.begin() + 2, hold);
        p.flows = { { "in", "work", {} }, { "work", "hold", {} }, { "hold", "out", {} } };
        const Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        compareHours(r.processes[0].nodes[2].wipByHour, hours({ 0, 0, 0.5, 1, 1, 1, 1, 1, 0.5 }), "hold wip");
        compareHours(r.processes[0].wipByHour, hours({ 1, 1, 1, 1, 1, 1, 1, 1, 0.5 }), "process wip");
    }

    void casesStillInProcessAtTheEnd()
    {
        // The run ends at 241:00, one hour into the eleventh day: each process's case of the day
        // is in its hands then ("a" in service, "b" waiting), neither completed nor lost.
        SimulationInput in = twoCasesAtMidnight();
        in.settings.horizon = 241;
        Results r = simulate(in);
        QVERIFY2(r.ok, r.error.c_str());
        for (const ProcessResult &p : r.processes) {
            QCOMPARE(p.inProcessAtEnd.mean, 1.0);
            QCOMPARE(p.inProcessAtEnd.n, 2);
        }
        // Ending at 239:00, every case of the ten days is done.
        in.settings.horizon = 239;
        r = simulate(in);
        for (const ProcessResult &p : r.processes)
            QCOMPARE(p.inProcessAtEnd.mean, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestByHour)
#include "tst_byhour.moc"
