// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/resultsjson.h"
#include "simulation/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace oi;

namespace {

sim::SimulationInput supportModel()
{
    sim::SimulationInput in;
    in.roles = { sim::Role { "agent", 2, 0.0, {}, {} }, sim::Role { "tech", 3, 0.0, {}, {} } };
    sim::Process p;
    p.id = "support";
    sim::Node start;
    start.id = "in";
    start.type = sim::NodeType::Start;
    start.arrivals = sim::Distribution::exponential(1.0);
    sim::Node triage;
    triage.id = "triage";
    triage.role = "agent";
    triage.duration = sim::Distribution::exponential(1.5);
    sim::Node route;
    route.id = "route";
    route.type = sim::NodeType::Xor;
    sim::Node fix;
    fix.id = "fix";
    fix.role = "tech";
    fix.duration = sim::Distribution::lognormal(4, 2);
    sim::Node done;
    done.id = "done";
    done.type = sim::NodeType::End;
    p.nodes = { start, triage, route, fix, done };
    p.flows = { { "in", "triage", {} }, { "triage", "route", {} }, { "route", "fix", 0.4 }, { "route", "done", 0.6 },
        { "fix", "done", {} } };
    in.processes = { p };
    in.settings.horizon = 3000;
    in.settings.warmup = 300;
    in.settings.replications = 6;
    in.settings.seed = 99;
    in.settings.jobs = 2;
    return in;
}

/** Through text, as the CLI writes and merge reads. */
QJsonObject roundTrip(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

void compareSummaries(const sim::Results &a, const sim::Results &b)
{
    QCOMPARE(a.replications, b.replications);
    QCOMPARE(a.events, b.events);
    QCOMPARE(a.fingerprint, b.fingerprint);
    for (size_t p = 0; p < a.processes.size(); ++p) {
        QCOMPARE(a.processes[p].cycleTime.mean, b.processes[p].cycleTime.mean);
        QCOMPARE(a.processes[p].cycleTime.ci95, b.processes[p].cycleTime.ci95);
        QCOMPARE(a.processes[p].cycleTime.p95, b.processes[p].cycleTime.p95);
        for (size_t n = 0; n < a.processes[p].nodes.size(); ++n) {
            QCOMPARE(a.processes[p].nodes[n].wait.mean, b.processes[p].nodes[n].wait.mean);
            QCOMPARE(a.processes[p].nodes[n].wait.p50, b.processes[p].nodes[n].wait.p50);
            QCOMPARE(a.processes[p].nodes[n].queueLength.ci95, b.processes[p].nodes[n].queueLength.ci95);
            QCOMPARE(a.processes[p].nodes[n].queueByHour, b.processes[p].nodes[n].queueByHour);
            QCOMPARE(a.processes[p].nodes[n].wipByHour, b.processes[p].nodes[n].wipByHour);
        }
        QCOMPARE(a.processes[p].wipByHour, b.processes[p].wipByHour);
    }
    QCOMPARE(a.roles[0].queueByHour, b.roles[0].queueByHour);
    QCOMPARE(a.roles[1].utilization.mean, b.roles[1].utilization.mean);
    QCOMPARE(a.roles[1].utilizationByHour[5], b.roles[1].utilizationByHour[5]);
    QCOMPARE(a.bottlenecks.size(), b.bottlenecks.size());
    QCOMPARE(a.bottlenecks[0].score, b.bottlenecks[0].score);
    QCOMPARE(a.windows.size(), b.windows.size());
}

} // namespace

class TestResultsJson : public QObject
{
    Q_OBJECT
private slots:
    void contractNames();
    void roundTripIsExact();
    void shardsMergeToTheWholeRun();
    void mergeRefusesStrangers();
    void mergeKeepsRunIdentity();
    void malformedInputNamesTheField_data();
    void malformedInputNamesTheField();
};

void TestResultsJson::contractNames()
{
    const sim::Results r = sim::simulate(supportModel());
    QVERIFY2(r.ok, r.error.c_str());
    const QJsonObject j = roundTrip(model::resultsToJson(r));
    for (const char *key :
        { "replications", "horizon", "warmup", "seed", "time_unit", "events", "wall_seconds", "processes", "roles",
            "bottlenecks", "scenario", "engine_version", "model_fingerprint", "shift_end", "visit_limit" })
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("replications")).toInt(), 6);
    QCOMPARE(j.value(QStringLiteral("time_unit")).toString(), QStringLiteral("minute"));
    const QJsonObject p = j[QStringLiteral("processes")][QStringLiteral("support")].toObject();
    for (const char *key : { "arrived", "completed", "abandoned", "cycle_time" })
        QVERIFY2(p.value(QLatin1String(key)).toObject().contains(QStringLiteral("ci95")), key);
    const QJsonObject cycle = p[QStringLiteral("cycle_time")].toObject();
    QVERIFY(cycle[QStringLiteral("p50")].toDouble() < cycle[QStringLiteral("p90")].toDouble());
    QVERIFY(cycle[QStringLiteral("p90")].toDouble() <= cycle[QStringLiteral("p95")].toDouble());
    QCOMPARE(cycle[QStringLiteral("mean")].toDouble(), r.processes[0].cycleTime.mean);
    const QJsonObject triage = p[QStringLiteral("nodes")][QStringLiteral("triage")].toObject();
    for (const char *key : { "visits", "wait", "queue_length" })
        QVERIFY2(triage.value(QLatin1String(key)).toObject().contains(QStringLiteral("mean")), key);
    // Levels by hour of the day: 24 numbers for each task, process and role.
    const QJsonObject agent = j[QStringLiteral("roles")][QStringLiteral("agent")].toObject();
    for (const QJsonObject &o : { triage, p, agent })
        for (const char *key : { "queue_by_hour", "wip_by_hour" })
            QVERIFY2(o.value(QLatin1String(key)).toArray().size() == 24, key);
    QCOMPARE(triage[QStringLiteral("wip_by_hour")][9].toDouble(), r.processes[0].nodes[1].wipByHour[9]);
    QVERIFY(
        triage[QStringLiteral("wip_by_hour")][9].toDouble() >= triage[QStringLiteral("queue_by_hour")][9].toDouble());
    QVERIFY(j[QStringLiteral("roles")][QStringLiteral("tech")][QStringLiteral("utilization")][QStringLiteral("mean")]
                .toDouble()
        > 0);
    const QJsonObject b = j[QStringLiteral("bottlenecks")].toArray().first().toObject();
    for (const char *key : { "role", "node", "utilization", "wait_share", "score" })
        QVERIFY2(b.contains(QLatin1String(key)), key);
    QVERIFY(b[QStringLiteral("node")].toString().startsWith(QStringLiteral("support/")));
    // A statistic that has no value (no case ever finished) is null, never NaN text.
    sim::Stat empty;
    empty.mean = std::nan("");
    QVERIFY(model::statToJson(empty)[QStringLiteral("mean")].isNull());
}

void TestResultsJson::roundTripIsExact()
{
    const sim::Results r = sim::simulate(supportModel());
    sim::Results back;
    QString error;
    QVERIFY2(model::resultsFromJson(roundTrip(model::resultsToJson(r)), &back, &error), qPrintable(error));
    compareSummaries(back, r);
    QCOMPARE(back.seed, r.seed);
    QCOMPARE(back.warmup, r.warmup);
    QVERIFY(back.processes[0].nodes[1].erlang.has_value() == r.processes[0].nodes[1].erlang.has_value());
}

void TestResultsJson::shardsMergeToTheWholeRun()
{
    const sim::Results whole = sim::simulate(supportModel());
    std::vector<sim::Results> shards;
    for (const auto &[first, count] : { std::pair { 4, 2 }, std::pair { 0, 1 }, std::pair { 1, 3 } }) {
        sim::SimulationInput in = supportModel();
        in.settings.firstReplication = first;
        in.settings.replications = count;
        sim::Results back;
        QString error;
        QVERIFY2(model::resultsFromJson(roundTrip(model::resultsToJson(sim::simulate(in))), &back, &error),
            qPrintable(error));
        shards.push_back(back);
    }
    sim::Results merged;
    QString error;
    QVERIFY2(model::mergeResults(shards, &merged, &error), qPrintable(error));
    compareSummaries(merged, whole);
    QCOMPARE(merged.firstReplication, 0);
}

void TestResultsJson::mergeRefusesStrangers()
{
    sim::SimulationInput in = supportModel();
    in.settings.replications = 2;
    const sim::Results a = sim::simulate(in);
    QString error;
    sim::Results merged;
    QVERIFY(!model::mergeResults({ a, a }, &merged, &error));
    QVERIFY2(error.contains(QStringLiteral("replication 0 appears in more than one shard")), qPrintable(error));
    in.settings.firstReplication = 2;
    // Every shard below is a genuine run of replications 2-3, differing from `a` in one thing.
    auto refused = [&](const sim::Results &other, const QString &mentions) {
        // Through JSON, as `merge` reads them.
        sim::Results first, second;
        QString readError;
        if (!model::resultsFromJson(roundTrip(model::resultsToJson(a)), &first, &readError)
            || !model::resultsFromJson(roundTrip(model::resultsToJson(other)), &second, &readError))
            return QString(QStringLiteral("unreadable: ") + readError);
        QString mergeError;
        if (model::mergeResults({ first, second }, &merged, &mergeError))
            return QStringLiteral("merged, but should not have");
        return mergeError.contains(mentions) ? QString() : mergeError;
    };
    const sim::Results fits = sim::simulate(in);
    QVERIFY2(model::mergeResults({ a, fits }, &merged, &error), qPrintable(error));
    QString problem;
    sim::SimulationInput other = in;
    other.settings.seed = 100;
    QVERIFY2((problem = refused(sim::simulate(other), QStringLiteral("shard 2 has a different seed"))).isEmpty(),
        qPrintable(problem));
    other = in;
    other.settings.horizon = 4000;
    QVERIFY2(
        (problem = refused(sim::simulate(other), QStringLiteral("different horizon"))).isEmpty(), qPrintable(problem));
    other = in;
    other.settings.shiftEnd = sim::ShiftEndPolicy::HandBack;
    QVERIFY2((problem = refused(sim::simulate(other),
                  QStringLiteral("shard 2 has a different shift-end policy from shard 1 (hand-back, not finish)")))
                 .isEmpty(),
        qPrintable(problem));
    other = in;
    other.settings.visitLimit = 50;
    QVERIFY2(
        (problem = refused(sim::simulate(other), QStringLiteral("different visit limit from shard 1 (50, not 10000)")))
            .isEmpty(),
        qPrintable(problem));
    // Same ids, other durations: only the model fingerprint can tell.
    other = in;
    other.processes[0].nodes[1].duration = sim::Distribution::exponential(1.4);
    QVERIFY2((problem = refused(sim::simulate(other), QStringLiteral("shard 2 has a different model from shard 1")))
                 .isEmpty(),
        qPrintable(problem));
    other = in;
    other.roles[1].headcount = 4;
    QVERIFY2(
        (problem = refused(sim::simulate(other), QStringLiteral("different model"))).isEmpty(), qPrintable(problem));
    sim::Results scenario = fits;
    scenario.scenario = "peak";
    QVERIFY2(
        (problem = refused(scenario, QStringLiteral("different scenario from shard 1 ('peak', not the base model)")))
            .isEmpty(),
        qPrintable(problem));
    sim::Results newer = fits;
    newer.engineVersion = a.engineVersion + 1; // e.g. one shard run with a newer program
    QVERIFY2((problem = refused(newer,
                  QStringLiteral("different engine version from shard 1 (%1, not %2)")
                      .arg(newer.engineVersion)
                      .arg(a.engineVersion)))
                 .isEmpty(),
        qPrintable(problem));
    QVERIFY(!model::mergeResults({}, &merged, &error));
}

void TestResultsJson::mergeKeepsRunIdentity()
{
    // The merged JSON says which scenario, engine and model it is, like each shard did.
    sim::SimulationInput in = supportModel();
    in.settings.replications = 1;
    sim::Results first = sim::simulate(in);
    in.settings.firstReplication = 1;
    sim::Results second = sim::simulate(in);
    first.scenario = second.scenario = "peak";
    QVERIFY(first.modelFingerprint != 0);
    QCOMPARE(first.modelFingerprint, sim::inputFingerprint(in));
    sim::Results merged;
    QString error;
    QVERIFY2(model::mergeResults({ first, second }, &merged, &error), qPrintable(error));
    const QJsonObject j = roundTrip(model::resultsToJson(merged));
    QCOMPARE(j[QStringLiteral("scenario")].toString(), QStringLiteral("peak"));
    QCOMPARE(j[QStringLiteral("engine_version")].toInt(), first.engineVersion);
    QCOMPARE(j[QStringLiteral("shift_end")].toString(), QStringLiteral("finish"));
    QCOMPARE(j[QStringLiteral("visit_limit")].toInt(), 10000);
    QCOMPARE(j[QStringLiteral("model_fingerprint")].toString().toULongLong(nullptr, 16), first.modelFingerprint);
    sim::Results back;
    QVERIFY2(model::resultsFromJson(j, &back, &error), qPrintable(error));
    QCOMPARE(back.scenario, std::string("peak"));
    QCOMPARE(back.modelFingerprint, first.modelFingerprint);
}

void TestResultsJson::malformedInputNamesTheField_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no replication data") << 0 << QStringLiteral("results.layout: missing");
    QTest::newRow("missing count") << 1 << QStringLiteral("replication_data[1].processes[0].completed: missing");
    QTest::newRow("text for number") << 2 << QStringLiteral("results.horizon: expected a number");
    QTest::newRow("short hour list") << 3
                                     << QStringLiteral(
                                            "replication_data[0].roles[1].busy_by_hour: expected 24 entries");
    QTest::newRow("bad bucket") << 4 << QStringLiteral("wait_histogram: bad histogram bucket");
    QTest::newRow("no fingerprint") << 5 << QStringLiteral("results.model_fingerprint: missing");
    QTest::newRow("bad shift end") << 6 << QStringLiteral("results.shift_end: expected 'finish' or 'hand-back'");
    QTest::newRow("old engine") << 7 << QStringLiteral("results.engine_version: 1 is older than this program reads");
}

void TestResultsJson::malformedInputNamesTheField()
{
    QFETCH(int, variant);
    QFETCH(QString, mentions);
    sim::SimulationInput in = supportModel();
    in.settings.replications = 2;
    const sim::Results r = sim::simulate(in);
    QJsonObject j = roundTrip(model::resultsToJson(r, variant != 0));
    QJsonArray reps = j[QStringLiteral("replication_data")].toArray();
    switch (variant) {
    case 1: {
        QJsonObject rep = reps[1].toObject();
        QJsonArray procs = rep[QStringLiteral("processes")].toArray();
        QJsonObject p = procs[0].toObject();
        p.remove(QStringLiteral("completed"));
        procs[0] = p;
        rep[QStringLiteral("processes")] = procs;
        reps[1] = rep;
        break;
    }
    case 2: j[QStringLiteral("horizon")] = QStringLiteral("long"); break;
    case 3: {
        QJsonObject rep = reps[0].toObject();
        QJsonArray roles = rep[QStringLiteral("roles")].toArray();
        QJsonObject role = roles[1].toObject();
        role[QStringLiteral("busy_by_hour")] = QJsonArray { 1, 2, 3 };
        roles[1] = role;
        rep[QStringLiteral("roles")] = roles;
        reps[0] = rep;
        break;
    }
    case 4: {
        QJsonObject rep = reps[0].toObject();
        QJsonArray procs = rep[QStringLiteral("processes")].toArray();
        QJsonObject p = procs[0].toObject();
        QJsonArray nodes = p[QStringLiteral("nodes")].toArray();
        QJsonObject node = nodes[1].toObject();
        node[QStringLiteral("wait_histogram")] = QJsonArray { QJsonArray { 999999, 1 } };
        nodes[1] = node;
        p[QStringLiteral("nodes")] = nodes;
        procs[0] = p;
        rep[QStringLiteral("processes")] = procs;
        reps[0] = rep;
        break;
    }
    case 5: j.remove(QStringLiteral("model_fingerprint")); break;
    case 6: j[QStringLiteral("shift_end")] = QStringLiteral("sometimes"); break;
    case 7: j[QStringLiteral("engine_version")] = 1; break;
    default: break;
    }
    if (variant != 0)
        j[QStringLiteral("replication_data")] = reps;
    sim::Results back;
    QString error;
    QVERIFY(!model::resultsFromJson(j, &back, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestResultsJson)
#include "tst_resultsjson.moc"
