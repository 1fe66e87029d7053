// SPDX-License-Identifier: GPL-3.0-or-later
// Reproducibility, guards and the run-level features of simulate() and sweepConstraint().
#include "simulation/simulator.h"
#include "support/testmodels.h"

#include <QElapsedTimer>
#include <QTest>

#include <system_error>
#include <thread>

#include <cmath>

using namespace oi::sim;
using namespace oi::sim::test;

namespace {

// Recorded from this engine (see trajectoryFingerprint).
constexpr std::uint64_t kSupportFingerprint = 0xef94c4dd4ec0dd2bULL;
constexpr std::uint64_t kSupportEvents = 153146;

/** Every summary number of two runs, compared exactly. */
void compareExactly(const Results &a, const Results &b)
{
    QCOMPARE(a.replications, b.replications);
    QCOMPARE(a.events, b.events);
    QCOMPARE(a.fingerprint, b.fingerprint);
    QCOMPARE(a.processes.size(), b.processes.size());
    for (size_t p = 0; p < a.processes.size(); ++p) {
        const ProcessResult &x = a.processes[p], &y = b.processes[p];
        QCOMPARE(x.cycleTime.mean, y.cycleTime.mean);
        QCOMPARE(x.cycleTime.ci95, y.cycleTime.ci95);
        QCOMPARE(x.cycleTime.p90, y.cycleTime.p90);
        QCOMPARE(x.completed.mean, y.completed.mean);
        for (size_t n = 0; n < x.nodes.size(); ++n) {
            QCOMPARE(x.nodes[n].wait.mean, y.nodes[n].wait.mean);
            QCOMPARE(x.nodes[n].wait.p95, y.nodes[n].wait.p95);
            QCOMPARE(x.nodes[n].queueLength.mean, y.nodes[n].queueLength.mean);
        }
    }
    for (size_t r = 0; r < a.roles.size(); ++r)
        QCOMPARE(a.roles[r].utilization.mean, b.roles[r].utilization.mean);
}

SimulationInput support()
{
    // The example: agents triage, 30 % go on to a technician; agents are cross-trained.
    SimulationInput in;
    Role agent = role("agent", 3);
    agent.crossTrained.push_back({ "tech", 2 });
    in.roles = { agent, role("tech", 4) };
    Process p;
    p.id = "support";
    p.nodes = { startNode("in", Distribution::exponential(0.4167)),
        taskNode("triage", "agent", Distribution::exponential(1.0)), gateway("route", NodeType::Xor),
        taskNode("fix", "tech", Distribution::triangular(5, 10, 30)), gateway("done", NodeType::End) };
    p.flows = { { "in", "triage", {} }, { "triage", "route", {} }, { "route", "fix", 0.3 }, { "route", "done", 0.7 },
        { "fix", "done", {} } };
    in.processes.push_back(p);
    in.settings.horizon = 5000;
    in.settings.warmup = 500;
    in.settings.replications = 6;
    in.settings.seed = 2024;
    in.settings.jobs = 1;
    return in;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameResults();
    void jobsDoNotChangeResults();
    void refusedThreadsDoNotStopTheRun();
    void shardsMergeExactly();
    void trajectoryFingerprint();
    void inputErrors_data();
    void inputErrors();
    void visitLimitStopsEndlessLoops();
    void unstableWarning();
    void runawayArrivalsStop();
    void cancelAndBudget();
    void progressAndObserver();
    void shiftCapacity();
    void handBackKeepsBusyWithinCapacity();
    void hoursWithoutStaffHaveNoUtilization();
    void constraintMovesWithTheTimeOfDay();
    void crossTrainingHelps();
    void rateCalendar();
    void precisionTarget();
    void automaticWarmup();
    void bottleneckAndSweep();
    void taskPriorityAcrossProcesses();
    void timerDelaysTheCase();
};

void TestSimulator::sameSeedSameResults()
{
    const Results a = simulate(support());
    const Results b = simulate(support());
    QVERIFY2(a.ok, a.error.c_str());
    compareExactly(a, b);
    SimulationInput other = support();
    other.settings.seed = 2025;
    QVERIFY(simulate(other).fingerprint != a.fingerprint);
}

void TestSimulator::jobsDoNotChangeResults()
{
    const Results one = simulate(support());
    SimulationInput in = support();
    in.settings.jobs = 2;
    compareExactly(simulate(in), one);
    in.settings.jobs = 5;
    compareExactly(simulate(in), one);
}

void TestSimulator::refusedThreadsDoNotStopTheRun()
{
    const Results one = simulate(support());
    SimulationInput in = support();
    in.settings.jobs = 4;
    for (int allowed : { 0, 1, 2 }) {
        // The system refuses every thread after `allowed`: the run goes on and gives the same results.
        int started = 0;
        RunControl control;
        control.startThread = [&started, allowed](std::function<void()> work) {
            if (started >= allowed)
                throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
            ++started;
            return std::thread(std::move(work));
        };
        const Results r = simulate(in, control);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(started, allowed);
        compareExactly(r, one);
    }
}

void TestSimulator::shardsMergeExactly()
{
    const Results whole = simulate(support());
    SimulationInput first = support(), second = support();
    first.settings.replications = 4;
    second.settings.firstReplication = 4;
    second.settings.replications = 2;
    const Results a = simulate(first), b = simulate(second);
    QVERIFY(a.ok && b.ok);
    Results merged;
    merged.layout = a.layout;
    merged.perReplication = b.perReplication; // any order: summarize sorts by index
    merged.perReplication.insert(merged.perReplication.end(), a.perReplication.begin(), a.perReplication.end());
    summarize(merged);
    compareExactly(merged, whole);
    QCOMPARE(merged.firstReplication, 0);
}

void TestSimulator::trajectoryFingerprint()
{
    // Recorded from this engine; a change means the event sequence changed. If that is intended,
    // bump engineVersion() and record the new value here.
    const Results r = simulate(support());
    QVERIFY(r.ok);
    qInfo("fingerprint %llx, events %llu", static_cast<unsigned long long>(r.fingerprint),
        static_cast<unsigned long long>(r.events));
    QCOMPARE(r.fingerprint, kSupportFingerprint);
    QCOMPARE(r.events, kSupportEvents);
}

void TestSimulator::inputErrors_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown role") << 0 << QStringLiteral("process 'support', node 'fix': unknown role 'nobody'");
    QTest::newRow("probabilities") << 1 << QStringLiteral("node 'route': outgoing probabilities add up to 0.9, not 1");
    QTest::newRow("dead end") << 2 << QStringLiteral("node 'fix': has no outgoing flow");
    QTest::newRow("bad duration") << 3 << QStringLiteral("node 'triage': duration: exponential mean must be > 0");
    QTest::newRow("flow to nowhere") << 4 << QStringLiteral("flow to unknown node 'nowhere'");
    QTest::newRow("warm-up past horizon") << 5 << QStringLiteral("warm-up 5000 is not below the horizon 5000");
    QTest::newRow("branching task") << 6 << QStringLiteral("node 'triage': has 2 outgoing flows");
    QTest::newRow("case limit") << 7 << QStringLiteral("run settings: the case limit must be >= 1");
}

void TestSimulator::inputErrors()
{
    QFETCH(int, variant);
    QFETCH(QString, mentions);
    SimulationInput in = support();
    Process &p = in.processes[0];
    switch (variant) {
    case 0: p.nodes[3].role = "nobody"; break;
    case 1: p.flows[3].probability = 0.6; break;
    case 2: p.flows.pop_back(); break;
    case 3: p.nodes[1].duration = Distribution::exponential(-1); break;
    case 4: p.flows.push_back({ "fix", "nowhere", {} }); break;
    case 5: in.settings.warmup = in.settings.horizon; break;
    case 6: p.flows.push_back({ "triage", "done", {} }); break;
    case 7: in.settings.maxCases = 0; break;
    }
    const Results r = simulate(in);
    QVERIFY(!r.ok);
    QVERIFY2(QString::fromStdString(r.error).contains(mentions), r.error.c_str());
}

void TestSimulator::visitLimitStopsEndlessLoops()
{
    SimulationInput in = support();
    in.processes[0].flows = { { "in", "triage", {} }, { "triage", "route", {} }, { "route", "route", 1.0 },
        { "route", "done", 0.0 }, { "fix", "done", {} } };
    in.settings.visitLimit = 500;
    const Results r = simulate(in);
    QVERIFY(!r.ok);
    QVERIFY2(QString::fromStdString(r.error).contains(QStringLiteral("process 'support': case 1")), r.error.c_str());
    QVERIFY(QString::fromStdString(r.error).contains(QStringLiteral("500 nodes")));
}

void TestSimulator::unstableWarning()
{
    SimulationInput in = tandem(1.2, Distribution::exponential(1.0), { 1 });
    in.settings.horizon = 2000;
    in.settings.warmup = 0;
    in.settings.replications = 2;
    const Results r = simulate(in);
    QVERIFY(r.ok);
    QCOMPARE(r.warnings.size(), size_t(1));
    QVERIFY(QString::fromStdString(r.warnings[0]).contains(QStringLiteral("role 'r1' is unstable")));
    QVERIFY(!r.processes[0].nodes[1].erlang); // no analytic figures for an unstable station
}

void TestSimulator::runawayArrivalsStop()
{
    // Ten million arrivals per time unit at one server: without a case limit the pools grow until
    // std::bad_alloc, many seconds later. With it the run stops at once with a clear error.
    QCOMPARE(RunSettings().maxCases, 1000000);
    SimulationInput in = tandem(1e7, Distribution::exponential(1.0), { 1 });
    in.settings.maxCases = 50000;
    in.settings.replications = 2;
    QElapsedTimer timer;
    timer.start();
    const Results r = simulate(in);
    QVERIFY(!r.ok);
    QVERIFY(timer.elapsed() < 10000);
    const QString error = QString::fromStdString(r.error);
    QVERIFY2(error.startsWith(QStringLiteral("process 'p': 50000 cases in the system at time ")), r.error.c_str());
    QVERIFY2(error.contains(QStringLiteral("arrivals outpace capacity")), r.error.c_str());
}

void TestSimulator::cancelAndBudget()
{
    std::atomic<bool> cancel { true };
    RunControl control;
    control.cancel = &cancel;
    const Results cancelled = simulate(support(), control);
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.cancelled);

    SimulationInput in = support();
    in.settings.horizon = 1e9;
    in.settings.wallClockBudget = 0.05;
    const Results slow = simulate(in);
    QVERIFY(!slow.ok);
    QVERIFY2(QString::fromStdString(slow.error).contains(QStringLiteral("wall-clock budget")), slow.error.c_str());
    QVERIFY(slow.wallSeconds < 5);
}

namespace {
class CountingObserver : public EventObserver
{
public:
    void onTrace(const TraceRecord &r) override { ++counts[static_cast<int>(r.kind)]; }
    int counts[6] = {};
};
} // namespace

void TestSimulator::progressAndObserver()
{
    SimulationInput in = support();
    in.settings.warmup = 0;
    in.settings.jobs = 2;
    int calls = 0, last = 0;
    CountingObserver observer;
    RunControl control;
    control.progress = [&](int done, int planned) {
        ++calls;
        last = done;
        QCOMPARE(planned, 6);
    };
    control.observer = &observer;
    const Results r = simulate(in, control);
    QVERIFY(r.ok);
    QCOMPARE(calls, 6);
    QCOMPARE(last, 6);
    double arrived = 0, completed = 0;
    for (const ReplicationResult &rep : r.perReplication) {
        arrived += double(rep.processes[0].arrived);
        completed += double(rep.processes[0].completed);
    }
    QCOMPARE(double(observer.counts[int(TraceKind::Arrival)]), arrived);
    QCOMPARE(double(observer.counts[int(TraceKind::Complete)]), completed);
    QVERIFY(observer.counts[int(TraceKind::Start)] >= observer.counts[int(TraceKind::Finish)]);
}

void TestSimulator::shiftCapacity()
{
    // One agent at night, three by day: available staff-time averages exactly 2.
    SimulationInput in = tandem(0.8, Distribution::exponential(1.0), { 1 });
    in.roles[0].shiftPeriod = 1440;
    in.roles[0].shifts = { { 0, 720, 1 }, { 720, 1440, 3 } };
    in.settings.horizon = 14400;
    in.settings.warmup = 1440;
    in.settings.replications = 4;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    for (const ReplicationResult &rep : r.perReplication)
        QVERIFY(std::abs(rep.roles[0].availableArea / rep.observed - 2.0) < 1e-9);
    const RoleResult &role = r.roles[0];
    QVERIFY(std::abs(role.utilization.mean - 0.4) < 0.03);
    // Night hours are busier per available person than day hours.
    QVERIFY(role.utilizationByHour[2] > 0.6);
    QVERIFY(role.utilizationByHour[20] < 0.4);
    QVERIFY(!r.processes[0].nodes[1].erlang); // shifts: not a plain M/M/c
}

void TestSimulator::handBackKeepsBusyWithinCapacity()
{
    SimulationInput in = tandem(1.0, Distribution::exponential(2.0), { 1 });
    in.roles[0].shiftPeriod = 100;
    in.roles[0].shifts = { { 0, 50, 1 }, { 50, 100, 4 } };
    in.settings.horizon = 10000;
    in.settings.warmup = 0;
    in.settings.replications = 3;
    in.settings.dayLength = 100; // hour buckets of 100/24
    Results finish = simulate(in);
    in.settings.shiftEnd = ShiftEndPolicy::HandBack;
    Results handBack = simulate(in);
    QVERIFY(finish.ok && handBack.ok);
    // Just after the drop from 4 people to 1 (at 0, 100, 200, ...), staff finishing the tasks in
    // hand work beyond the capacity on duty: that is overtime, not utilization above 1.
    for (const Results *r : { &finish, &handBack })
        for (double u : r->roles[0].utilizationByHour)
            QVERIFY2(u <= 1.0 + 1e-9, qPrintable(QString::number(u)));
    QVERIFY(finish.roles[0].utilization.mean <= 1.0);
    QVERIFY(finish.roles[0].overtime.mean > 0);
    QVERIFY(finish.roles[0].overtimeByHour[0] > 0);
    QCOMPARE(finish.roles[0].overtimeByHour[12], 0.0); // mid-day-shift: nobody beyond capacity
    QCOMPARE(handBack.roles[0].overtime.mean, 0.0); // handing back never works past the shift
    // The first hour is saturated: its busy time within capacity is all of the one person there.
    QVERIFY(finish.roles[0].utilizationByHour[0] > 0.9);
    QCOMPARE(handBack.processes[0].completed.mean > 0, true);
}

void TestSimulator::hoursWithoutStaffHaveNoUtilization()
{
    // r1 is busy (rho 0.9) all day; r2 has ten people until 12:00 and nobody after, so cases pile
    // up at t2 all afternoon. An hour with no capacity has no utilization (not 1): the afternoon
    // constraint t2 is ranked by its share of the waiting alone.
    SimulationInput in = tandem(0.2, Distribution::exponential(4.5), { 1, 10 });
    in.processes[0].nodes[2].duration = Distribution::exponential(0.1);
    in.roles[1].shiftPeriod = 1440;
    in.roles[1].shifts = { { 0, 720, 10 } };
    in.settings.horizon = 1440 * 4;
    in.settings.warmup = 0;
    in.settings.replications = 2;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(std::isnan(r.roles[1].utilizationByHour[18]));
    QCOMPARE(r.roles[1].overtime.mean, 0.0);
    bool sawEvening = false;
    for (const WindowConstraint &w : r.windows) {
        if (w.from > 18 * 60 || w.to <= 18 * 60)
            continue;
        sawEvening = true;
        QCOMPARE(w.constraint.role, std::string("r2"));
        QVERIFY2(std::isnan(w.constraint.utilization), qPrintable(QString::number(w.constraint.utilization)));
        QCOMPARE(w.constraint.score, w.constraint.waitShare);
        QVERIFY(w.constraint.waitShare > 0.5);
    }
    QVERIFY(sawEvening);
}

void TestSimulator::constraintMovesWithTheTimeOfDay()
{
    // Role A serves a morning rush (08:00-12:00 at rho 0.9, nothing otherwise); role B serves a
    // steady flow with four people until noon and one after (rho 0.2, then 0.8). The morning
    // constraint is A, the afternoon constraint is B, though neither is the constraint all day.
    SimulationInput in;
    Role b = role("B", 0);
    b.shiftPeriod = 1440;
    b.shifts = { { 0, 720, 4 }, { 720, 1440, 1 } };
    in.roles = { role("A", 2), b };
    Process rush;
    rush.id = "rush";
    Node start = startNode("in", Distribution());
    start.ratePeriod = 1440;
    start.rates = { { 480, 720, 1.8 } };
    rush.nodes = { start, taskNode("serve", "A", Distribution::exponential(1.0)), gateway("out", NodeType::End) };
    rush.flows = { { "in", "serve", {} }, { "serve", "out", {} } };
    Process steady;
    steady.id = "steady";
    steady.nodes = { startNode("in", Distribution::exponential(1.25)),
        taskNode("serve", "B", Distribution::exponential(1.0)), gateway("out", NodeType::End) };
    steady.flows = rush.flows;
    in.processes = { rush, steady };
    in.settings.horizon = 1440 * 8;
    in.settings.warmup = 1440;
    in.settings.replications = 4;
    in.settings.jobs = 2;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    auto constraintAt = [&](double t) -> std::string {
        for (const WindowConstraint &w : r.windows)
            if (w.from <= t && t < w.to)
                return w.constraint.role;
        return "?";
    };
    for (double hour : { 9.0, 10.0, 11.0 })
        QCOMPARE(constraintAt(hour * 60 + 30), std::string("A"));
    for (double hour : { 13.0, 15.0, 17.0 })
        QCOMPARE(constraintAt(hour * 60 + 30), std::string("B"));
}

void TestSimulator::crossTrainingHelps()
{
    SimulationInput in;
    Role helper = role("backoffice", 2);
    in.roles = { role("front", 1), helper };
    Process p;
    p.id = "p";
    p.nodes = { startNode("in", Distribution::exponential(1.0 / 0.9)),
        taskNode("serve", "front", Distribution::exponential(1.0)), gateway("out", NodeType::End) };
    p.flows = { { "in", "serve", {} }, { "serve", "out", {} } };
    in.processes.push_back(p);
    in.settings.horizon = 20000;
    in.settings.warmup = 2000;
    in.settings.replications = 6;
    in.settings.jobs = 2;
    const Results alone = simulate(in);
    in.roles[1].crossTrained.push_back({ "front", 1 });
    const Results helped = simulate(in);
    QVERIFY(alone.ok && helped.ok);
    const Stat &a = alone.processes[0].nodes[1].wait, &b = helped.processes[0].nodes[1].wait;
    QVERIFY2(b.mean + b.ci95 < a.mean - a.ci95, qPrintable(QStringLiteral("%1 vs %2").arg(b.mean).arg(a.mean)));
    QVERIFY(helped.roles[1].utilization.mean > 0.05); // the helpers did front work
    QCOMPARE(alone.roles[1].utilization.mean, 0.0);
}

void TestSimulator::rateCalendar()
{
    // 2 cases per time unit for the first quarter of each period, none otherwise: 0.5 on average.
    SimulationInput in = tandem(1.0, Distribution::exponential(0.1), { 5 });
    Node &start = in.processes[0].nodes[0];
    start.arrivals = Distribution();
    start.ratePeriod = 100;
    start.rates = { { 0, 25, 2.0 } };
    in.settings.horizon = 10000;
    in.settings.warmup = 0;
    in.settings.dayLength = 100;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    const Stat &arrived = r.processes[0].arrived;
    QVERIFY2(std::abs(arrived.mean - 5000) <= 2 * arrived.ci95 + 1, qPrintable(QString::number(arrived.mean)));
    // No staff-time is used in the quiet three quarters of the period, beyond cases in hand.
    QVERIFY(r.roles[0].utilizationByHour[20] < 1e-3);
    QVERIFY(r.roles[0].utilizationByHour[3] > 0.02);
}

void TestSimulator::precisionTarget()
{
    SimulationInput in = support();
    in.settings.replications = 3;
    in.settings.targetRelativeHalfWidth = 0.01;
    in.settings.maxReplications = 60;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.replications > 3);
    for (const ProcessResult &p : r.processes)
        QVERIFY(p.cycleTime.ci95 <= 0.01 * p.cycleTime.mean || r.replications == 60);
    in.settings.jobs = 2;
    compareExactly(simulate(in), r);
}

void TestSimulator::automaticWarmup()
{
    // A rush of 3 cases per time unit for the first 2000 units into one server, then 0.5: the
    // backlog of about 4000 cases drains by t = 10000. MSER-5 must cut about that much.
    SimulationInput in = tandem(1.0, Distribution::exponential(1.0), { 1 });
    Node &start = in.processes[0].nodes[0];
    start.arrivals = Distribution();
    start.ratePeriod = 1e9;
    start.rates = { { 0, 2000, 3.0 }, { 2000, 1e9, 0.5 } };
    in.settings.horizon = 40000;
    in.settings.warmup = -1;
    in.settings.replications = 2;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY2(r.warmup >= 8000 && r.warmup <= in.settings.horizon / 2, qPrintable(QString::number(r.warmup)));
    QVERIFY(QString::fromStdString(r.warnings.back()).contains(QStringLiteral("MSER-5")));
    QCOMPARE(r.perReplication[0].observed, in.settings.horizon - r.warmup);
    // The chosen warm-up is the same whatever the number of jobs.
    in.settings.jobs = 1;
    QCOMPARE(simulate(in).warmup, r.warmup);
}

void TestSimulator::bottleneckAndSweep()
{
    // Station 2 has 2 people at rho 0.75, the others 4 at rho 0.375: station 2 is the constraint.
    SimulationInput in = tandem(1.5, Distribution::exponential(1.0), { 4, 2, 4 });
    in.settings.horizon = 10000;
    in.settings.warmup = 1000;
    in.settings.replications = 6;
    const Results base = simulate(in);
    QVERIFY2(base.ok, base.error.c_str());
    QCOMPARE(base.bottlenecks.front().role, std::string("r2"));
    QCOMPARE(base.bottlenecks.front().node, std::string("p/t2"));
    QVERIFY(base.bottlenecks.front().waitShare > 0.6);
    QVERIFY(!base.windows.empty());
    QCOMPARE(base.windows.front().from, 0.0);
    QCOMPARE(base.windows.back().to, in.settings.dayLength);
    const std::vector<SweepRow> rows = sweepConstraint(in, base, 2);
    QCOMPARE(rows.size(), size_t(4));
    QCOMPARE(rows[1].label, std::string("r2 +1"));
    QVERIFY(rows[3].role == "r1" || rows[3].role == "r3"); // equally idle by design
    QVERIFY(rows[3].label.find("cross-trained for r2") != std::string::npos);
    QVERIFY(rows[3].cycleTimeChange.mean + rows[3].cycleTimeChange.ci95 < 0);
    // Common random numbers make the paired difference sharp: one more person cuts cycle time.
    QVERIFY(rows[1].cycleTimeChange.mean + rows[1].cycleTimeChange.ci95 < 0);
    QVERIFY(rows[2].cycleTimeChange.mean < rows[1].cycleTimeChange.mean);
    QVERIFY(std::abs(rows[1].throughputChange.mean) < 0.02); // stable before and after: same flow
}

void TestSimulator::taskPriorityAcrossProcesses()
{
    // Two processes share one role; "urgent" work (priority 0) is taken before "routine" (1).
    SimulationInput in = tandem(0.45, Distribution::exponential(1.0), { 1 });
    Process routine = in.processes[0];
    routine.id = "routine";
    routine.nodes[1].priority = 1;
    in.processes[0].id = "urgent";
    in.processes.push_back(routine);
    in.settings.horizon = 20000;
    in.settings.warmup = 2000;
    in.settings.replications = 6;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    const Stat &urgent = r.processes[0].nodes[1].wait, &routineWait = r.processes[1].nodes[1].wait;
    QVERIFY2(urgent.mean + urgent.ci95 < routineWait.mean - routineWait.ci95,
        qPrintable(QStringLiteral("%1 vs %2").arg(urgent.mean).arg(routineWait.mean)));
    // Non-preemptive priority M/M/1 (Cobham): W1 = R / (1 - rho1), W2 = R / ((1 - rho1)(1 - rho))
    // with R = sum lambda_i E[S_i^2] / 2 = 0.9; rho1 = 0.45, rho = 0.9.
    QVERIFY(std::abs(urgent.mean - 0.9 / 0.55) <= 2 * urgent.ci95);
    QVERIFY(std::abs(routineWait.mean - 0.9 / (0.55 * 0.1)) <= 2 * routineWait.ci95);
    QCOMPARE(r.roles.size(), size_t(1));
}

void TestSimulator::timerDelaysTheCase()
{
    // Fixed times and ample staff: every case takes exactly timer + task.
    SimulationInput in = tandem(0.5, Distribution::fixed(1.0), { 10 });
    Process &p = in.processes[0];
    Node timer = gateway("wait-for-mail", NodeType::Timer);
    timer.duration = Distribution::fixed(5.0);
    p.nodes.push_back(timer);
    p.flows = { { "in", "wait-for-mail", {} }, { "wait-for-mail", "t1", {} }, { "t1", "out", {} } };
    in.settings.horizon = 2000;
    in.settings.warmup = 100;
    in.settings.replications = 2;
    const Results r = simulate(in);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(std::abs(r.processes[0].cycleTime.mean - 6.0) < 1e-9);
    QCOMPARE(r.processes[0].nodes[1].wait.mean, 0.0);
    QVERIFY(r.processes[0].nodes[3].visits.mean > 800);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
