// SPDX-License-Identifier: GPL-3.0-or-later
// The redesign constructs of a scenario (variants, reassignment, staffing windows, demand windows,
// diversion), goals with measures and costs: validation with places, the engine input, and the
// simulated figures against queueing theory or exact arithmetic.
#include "model/goalsandcosts.h"
#include "model/simulationinput.h"
#include "model/validator.h"
#include "model/yamlreader.h"

#include "simulation/simulator.h"

#include <QtTest>

using namespace oi::model;

namespace {

// One M/M/c station: Poisson arrivals (mean gap 2), exponential service (mean 1), role `desk`.
const char *kBase = R"(format: outsidein/2
project: {name: Queue, time_unit: minute}
simulation: {horizon: 200000, warmup: 2000, replications: 8, seed: 11}
strategies:
  - id: s
    goals:
      - {text: Quick, target: 1.5, measure: {process: q, kpi: cycle_time, comparator: "<="}}
      - {text: Very quick, target: 0.2, measure: {process: q, kpi: cycle_time, comparator: "<="}}
      - {text: Busy desk, target: 0.5, measure: {process: q, kpi: utilization, role: desk, comparator: ">="}}
roles:
  - {id: desk, headcount: 1, cost_per_hour: 30}
  - {id: pair, headcount: 2, cost_per_hour: 60}
  - {id: nobody, headcount: 0}
processes:
  - id: q
    value_per_case: 2
    nodes:
      - {id: in, type: start, arrivals: {dist: exponential, mean: 2}}
      - {id: serve, type: task, role: desk, duration: {dist: exponential, mean: 1}}
      - {id: out, type: end}
    flows:
      - {id: a, from: in, to: serve}
      - {id: b, from: serve, to: out}
  - id: q-fast
    variant_of: q
    nodes:
      - {id: in, type: start, arrivals: {dist: exponential, mean: 2}}
      - {id: serve, type: task, role: desk, duration: {dist: exponential, mean: 0.5}}
      - {id: out, type: end}
    flows:
      - {id: a, from: in, to: serve}
      - {id: b, from: serve, to: out}
  - id: other
    nodes:
      - {id: in, type: start, arrivals: {dist: uniform, min: 500, max: 1500}}
      - {id: work, type: task, role: pair, duration: {dist: exponential, mean: 1}}
      - {id: out, type: end}
    flows:
      - {id: a, from: in, to: work}
      - {id: b, from: work, to: out}
scenarios:
  - id: variant
    variants: {q: q-fast}
  - id: pair
    reassign: {q/serve: pair}
    arrivals: [{process: q, multiplier: 2}]
  - id: window
    staffing: [{role: desk, from: 480, to: 720, add: 1}]
  - id: divert
    divert: [{process: q, to: other, share: 0.3}]
)";

std::unique_ptr<Project> load(const QByteArray &text)
{
    Problems problems;
    auto p = projectFromYaml(text, QStringLiteral("case.oi.yaml"), &problems);
    if (!p)
        qWarning() << (problems.empty() ? QString() : problems.front().toString());
    return p;
}

oi::sim::Results run(const Project &p, const QString &scenario)
{
    QString error;
    auto in = toSimulationInput(p, scenario, &error);
    if (!in)
        qWarning() << error;
    oi::sim::Results r = oi::sim::simulate(*in);
    r.scenario = scenario.toStdString();
    return r;
}

const oi::sim::ProcessResult &process(const oi::sim::Results &r, const char *id)
{
    for (const auto &p : r.processes)
        if (p.id == id)
            return p;
    return r.processes.front();
}

} // namespace

class TestRedesign : public QObject
{
    Q_OBJECT

private slots:
    void baseIsClean()
    {
        auto p = load(kBase);
        QVERIFY(p);
        for (const Problem &found : validate(*p, QStringLiteral("case.oi.yaml")))
            QVERIFY2(found.severity != Problem::Severity::Error, qPrintable(found.toString()));
    }

    void validationNamesThePlace_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("variant of the wrong process") << "variants: {q: q-fast}" << "variants: {other: q-fast}"
                                                      << "scenario variant" << "variants.other" << "is a variant of";
        QTest::newRow("share above one") << "share: 0.3" << "share: 1.3" << "scenario divert" << "divert[0].share"
                                         << "between 0 and 1";
        QTest::newRow("window outside the day") << "to: 720, add: 1" << "to: 1500, add: 1" << "scenario window"
                                                << "staffing[0]" << "inside the period";
        QTest::newRow("reassigned to no capacity") << "reassign: {q/serve: pair}" << "reassign: {q/serve: nobody}"
                                                   << "scenario pair" << "reassign.q/serve" << "no capacity";
        QTest::newRow("unknown process in demand") << "{process: q, multiplier: 2}" << "{process: qq, multiplier: 2}"
                                                   << "scenario pair" << "arrivals[0].process" << "no process";
        QTest::newRow("window on non-Poisson demand")
            << "arrivals: [{process: q, multiplier: 2}]\n  - id: window"
            << "arrivals: [{process: other, multiplier: 2, from: 0, to: 60}]\n  - id: window" << "scenario pair"
            << "arrivals[0]" << "not Poisson";
        QTest::newRow("measure on a missing node")
            << "{process: q, kpi: cycle_time, comparator: \"<=\"}}\n      - {text: Very"
            << "{process: q, kpi: wait, node: ghost}}\n      - {text: Very" << "strategy s" << "goals[0].measure.node"
            << "has no node";
    }

    void validationNamesThePlace()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QByteArray text(kBase);
        QVERIFY(text.contains(from.toUtf8()));
        text.replace(from.toUtf8(), to.toUtf8());
        auto p = load(text);
        QVERIFY(p);
        bool match = false;
        for (const Problem &pr : validate(*p, QStringLiteral("case.oi.yaml")))
            match = match || (pr.entity == entity && pr.field == field && pr.message.contains(message));
        QVERIFY2(match, qPrintable(entity + u' ' + field));
    }

    // M/M/1, lambda 0.5: W = 1 / (mu - lambda) = 2 as modelled, 1 / (2 - 0.5) = 0.667 with service halved.
    void variantHalvingTheTaskTime()
    {
        auto p = load(kBase);
        const auto base = run(*p, QString());
        const auto fast = run(*p, QStringLiteral("variant"));
        QCOMPARE(fast.processes.size(), base.processes.size()); // the variant runs in place of q
        QCOMPARE(process(fast, "q-fast").id, std::string("q-fast"));
        QVERIFY(qAbs(process(base, "q").cycleTime.mean - 2.0) < 0.1);
        QVERIFY(qAbs(process(fast, "q-fast").cycleTime.mean - 2.0 / 3.0) < 0.03);
        // A goal on q measures whichever variant runs in its place.
        const auto goals = evaluateGoals(*p, fast);
        QCOMPARE(goals[0].measuredProcess, QStringLiteral("q-fast"));
        QVERIFY(goals[0].met == GoalVerdict::Met);
        QVERIFY(evaluateGoals(*p, base)[0].met == GoalVerdict::NotMet);
        QVERIFY(evaluateGoals(*p, base)[1].met == GoalVerdict::NotMet);
    }

    // M/M/2, lambda 1, mu 1: P(wait) = 1/3, Wq = P(wait) / (c mu - lambda) = 1/3, W = 4/3.
    void reassignmentToATwoPersonRole()
    {
        auto p = load(kBase);
        QString error;
        const auto in = toSimulationInput(*p, QStringLiteral("pair"), &error);
        QVERIFY(in);
        QCOMPARE(in->processes[0].nodes[1].role, std::string("pair"));
        const auto r = run(*p, QStringLiteral("pair"));
        QVERIFY2(qAbs(process(r, "q").cycleTime.mean - 4.0 / 3.0) < 0.05,
            qPrintable(QString::number(process(r, "q").cycleTime.mean)));
    }

    // One more desk clerk 08:00-12:00 every day: the calendar, and the staff cost to the cent.
    void staffingWindowAndItsCost()
    {
        auto p = load(kBase);
        p->simulation = { 2880, 0, 2, 3 };
        QString error;
        const auto in = toSimulationInput(*p, QStringLiteral("window"), &error);
        QVERIFY(in);
        const auto &desk = in->roles[0];
        QCOMPARE(desk.shiftPeriod, 1440.0);
        QCOMPARE(desk.shifts.size(), std::size_t(3));
        QCOMPARE(desk.shifts[1].from, 480.0);
        QCOMPARE(desk.shifts[1].to, 720.0);
        QCOMPARE(desk.shifts[1].headcount, 2);
        QCOMPARE(desk.shifts[0].headcount, 1);
        const auto r = run(*p, QStringLiteral("window"));
        const CostResult c = evaluateCosts(*p, r);
        // desk: (48 h + 2 x 4 h) x 30; pair: 48 h x 2 x 60.
        QCOMPARE(c.byRole.at(QStringLiteral("desk")), 56.0 * 30);
        QCOMPARE(c.byRole.at(QStringLiteral("pair")), 96.0 * 60);
        QCOMPARE(c.hours, 48.0);
        QVERIFY(c.value > 0 && qFuzzyCompare(c.net, c.value - c.staff - c.overtime - c.lost));
    }

    // A share of 0.3 of a Poisson stream of rate 0.5 goes to `other`: 0.35 and 0.15 per minute.
    void diversionShare()
    {
        auto p = load(kBase);
        const auto r = run(*p, QStringLiteral("divert"));
        const double minutes = r.horizon - r.warmup;
        const double q = process(r, "q").arrived.mean / minutes;
        const double other = process(r, "other").arrived.mean / minutes;
        QVERIFY2(qAbs(q - 0.35) < 0.01, qPrintable(QString::number(q)));
        QVERIFY2(qAbs(other - (0.15 + 0.001)) < 0.01, qPrintable(QString::number(other)));
    }

    void demandMultiplierInAWindowIsExact()
    {
        QByteArray text(kBase);
        text.replace("arrivals: [{process: q, multiplier: 2}]", "arrivals: [{process: q, multiplier: 3, from: 600, to: 660}]");
        auto p = load(text);
        QVERIFY(p);
        QString error;
        const auto in = toSimulationInput(*p, QStringLiteral("pair"), &error);
        QVERIFY2(in, qPrintable(error));
        const auto &start = in->processes[0].nodes[0];
        QVERIFY(!start.arrivals.isSet()); // exponential became a constant-rate calendar
        double total = 0;
        for (const auto &b : start.rates)
            total += b.perTimeUnit * (b.to - b.from);
        QCOMPARE(start.ratePeriod, 1440.0);
        QVERIFY(qFuzzyCompare(total, 0.5 * 1380 + 1.5 * 60));
    }
};

QTEST_GUILESS_MAIN(TestRedesign)
#include "tst_redesign.moc"
