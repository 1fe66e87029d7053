// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/projectio.h"
#include "model/simulationinput.h"
#include "simulation/simulator.h"

#include <QTest>

#include <cmath>

using namespace oi;
using namespace oi::model;

namespace {

Project project()
{
    Project p;
    p.timeUnit = TimeUnit::Hour;
    Role agent;
    agent.id = QStringLiteral("agent");
    agent.headcount = 3;
    agent.crossTrained.push_back({ QStringLiteral("tech"), 2 });
    Role tech;
    tech.id = QStringLiteral("tech");
    tech.headcount = 2;
    tech.shifts = ShiftCalendar { 24, { { 0, 8, 1 }, { 8, 24, 4 } } };
    p.roles = { agent, tech };
    Process proc;
    proc.id = QStringLiteral("support");
    Node in;
    in.id = QStringLiteral("in");
    in.type = NodeType::Start;
    in.arrivals = Distribution::exponential(0.5);
    Distribution patience;
    patience.kind = DistKind::Gamma;
    patience.mean = 2;
    patience.sd = 1;
    in.patience = patience;
    Node triage;
    triage.id = QStringLiteral("triage");
    triage.role = QStringLiteral("agent");
    triage.duration = Distribution::exponential(1.0);
    triage.priority = 2;
    Node route;
    route.id = QStringLiteral("route");
    route.type = NodeType::Xor;
    Node fix;
    fix.id = QStringLiteral("fix");
    fix.role = QStringLiteral("tech");
    fix.duration.kind = DistKind::Triangular;
    fix.duration.min = 1;
    fix.duration.mode = 2;
    fix.duration.max = 6;
    Node done;
    done.id = QStringLiteral("done");
    done.type = NodeType::End;
    proc.nodes = { in, triage, route, fix, done };
    proc.flows = { { {}, QStringLiteral("in"), QStringLiteral("triage"), {}, {}, {}, {} },
        { {}, QStringLiteral("triage"), QStringLiteral("route"), {}, {}, {}, {} },
        { {}, QStringLiteral("route"), QStringLiteral("fix"), 0.3, {}, {}, {} },
        { {}, QStringLiteral("route"), QStringLiteral("done"), 0.7, {}, {}, {} },
        { {}, QStringLiteral("fix"), QStringLiteral("done"), {}, {}, {}, {} } };
    p.processes = { proc };
    Scenario s;
    s.id = QStringLiteral("peak");
    s.headcount = { { QStringLiteral("agent"), 5 }, { QStringLiteral("tech"), 1 } };
    s.arrivalMultiplier = 2.0;
    s.durations = { { QStringLiteral("support/fix"), 0.5 } };
    s.crossTraining = false;
    s.addCrossTraining = { { QStringLiteral("tech"), CrossTraining { QStringLiteral("agent"), 1, {}, {}, {} } } };
    p.scenarios = { s };
    return p;
}

} // namespace

class TestSimulationInput : public QObject
{
    Q_OBJECT
private slots:
    void baseModel();
    void scenarioOverrides();
    void rateCalendarAndMultiplier();
    void badOverrides_data();
    void badOverrides();
    void benchmarkFileRuns();
};

void TestSimulationInput::baseModel()
{
    QString error;
    const auto in = toSimulationInput(project(), {}, &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->timeUnit, std::string("hour"));
    QCOMPARE(in->settings.dayLength, 24.0);
    QCOMPARE(in->settings.horizon, 240.0); // 10 days when the project leaves it open
    QCOMPARE(in->settings.replications, 10);
    QCOMPARE(in->roles.size(), size_t(2));
    QCOMPARE(in->roles[0].crossTrained.size(), size_t(1));
    QCOMPARE(in->roles[0].crossTrained[0].role, std::string("tech"));
    QCOMPARE(in->roles[1].shiftPeriod, 24.0);
    QCOMPARE(in->roles[1].shifts[1].headcount, 4);
    const sim::Process &p = in->processes[0];
    QCOMPARE(p.nodes[0].type, sim::NodeType::Start);
    QCOMPARE(p.nodes[0].patience.kind, sim::DistKind::Gamma);
    QCOMPARE(p.nodes[0].patience.sd, 1.0);
    QCOMPARE(p.nodes[1].priority, 2);
    QCOMPARE(p.nodes[3].duration.kind, sim::DistKind::Triangular);
    QCOMPARE(p.nodes[3].duration.max, 6.0);
    QCOMPARE(p.flows[2].probability.value(), 0.3);
    QVERIFY(!p.flows[0].probability);
    // The converted model is runnable as it stands.
    sim::SimulationInput runnable = *in;
    runnable.settings.replications = 2;
    const sim::Results r = sim::simulate(runnable);
    QVERIFY2(r.ok, r.error.c_str());
}

void TestSimulationInput::scenarioOverrides()
{
    QString error;
    const auto in = toSimulationInput(project(), QStringLiteral("peak"), &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->roles[0].headcount, 5);
    QCOMPARE(in->roles[1].headcount, 1);
    // Shift blocks move by the change in headcount (2 -> 1), never below zero.
    QCOMPARE(in->roles[1].shifts[0].headcount, 0);
    QCOMPARE(in->roles[1].shifts[1].headcount, 3);
    QCOMPARE(in->processes[0].nodes[0].arrivals.mean, 0.25); // twice the arrivals
    QCOMPARE(in->processes[0].nodes[3].duration.max, 3.0);
    QCOMPARE(in->processes[0].nodes[3].duration.mode, 1.0);
    QVERIFY(in->roles[0].crossTrained.empty()); // switched off ...
    QCOMPARE(in->roles[1].crossTrained.size(), size_t(1)); // ... then the added skill
    QCOMPARE(in->roles[1].crossTrained[0].role, std::string("agent"));
}

void TestSimulationInput::rateCalendarAndMultiplier()
{
    Project p = project();
    Node &start = p.processes[0].nodes[0];
    start.arrivals = Distribution();
    start.rateCalendar = RateCalendar { 24, { { 8, 12, 3.0 }, { 12, 18, 1.5 } } };
    QString error;
    const auto base = toSimulationInput(p, {}, &error);
    QVERIFY2(base, qPrintable(error));
    QVERIFY(!base->processes[0].nodes[0].arrivals.isSet());
    QCOMPARE(base->processes[0].nodes[0].ratePeriod, 24.0);
    QCOMPARE(base->processes[0].nodes[0].rates[1].perTimeUnit, 1.5);
    const auto peak = toSimulationInput(p, QStringLiteral("peak"), &error);
    QVERIFY2(peak, qPrintable(error));
    QCOMPARE(peak->processes[0].nodes[0].rates[0].perTimeUnit, 6.0);
}

void TestSimulationInput::badOverrides_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown scenario") << 0 << QStringLiteral("unknown scenario 'nope'");
    QTest::newRow("unknown role") << 1
                                  << QStringLiteral("scenario 'peak': headcount override for unknown role 'ghost'");
    QTest::newRow("unknown node") << 2 << QStringLiteral("duration override for unknown node 'support/ghost'");
    QTest::newRow("no process part") << 3 << QStringLiteral("unknown node 'fix'");
    QTest::newRow("zero multiplier") << 4 << QStringLiteral("arrival multiplier must be > 0");
    QTest::newRow("unknown skill") << 5 << QStringLiteral("cross-trained for unknown role 'ghost'");
}

void TestSimulationInput::badOverrides()
{
    QFETCH(int, variant);
    QFETCH(QString, mentions);
    Project p = project();
    Scenario &s = p.scenarios[0];
    QString id = QStringLiteral("peak");
    switch (variant) {
    case 0: id = QStringLiteral("nope"); break;
    case 1: s.headcount.push_back({ QStringLiteral("ghost"), 1 }); break;
    case 2: s.durations.push_back({ QStringLiteral("support/ghost"), 2 }); break;
    case 3: s.durations.push_back({ QStringLiteral("fix"), 2 }); break;
    case 4: s.arrivalMultiplier = 0; break;
    case 5:
        s.addCrossTraining.push_back(
            { QStringLiteral("agent"), CrossTraining { QStringLiteral("ghost"), 1, {}, {}, {} } });
        break;
    }
    QString error;
    QVERIFY(!toSimulationInput(p, id, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSimulationInput::benchmarkFileRuns()
{
    // The shared benchmark model, read from its YAML file: five M/M/3 stations at rho 0.8.
    Problems problems;
    const auto project = readProject(QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml"), &problems);
    QVERIFY(project);
    QString error;
    auto in = toSimulationInput(*project, {}, &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->processes[0].nodes.size(), size_t(7));
    in->settings.horizon = 20000;
    in->settings.warmup = 2000;
    in->settings.replications = 4;
    const sim::Results r = sim::simulate(*in);
    QVERIFY2(r.ok, r.error.c_str());
    const sim::NodeResult &t1 = r.processes[0].nodes[1];
    // Five M/M/3 stations in series: Burke's theorem gives every one of them Poisson arrivals.
    for (size_t i = 1; i <= 5; ++i)
        QVERIFY2(r.processes[0].nodes[i].erlang, r.processes[0].nodes[i].id.c_str());
    QVERIFY(t1.erlang);
    QCOMPARE(qRound(t1.erlang->wq * 1e4), 10787);
    QVERIFY(std::abs(t1.wait.mean - 1.0787) < 0.15);
    QVERIFY(std::abs(r.roles[0].utilization.mean - 0.8) < 0.02);
}

QTEST_GUILESS_MAIN(TestSimulationInput)
#include "tst_simulationinput.moc"
