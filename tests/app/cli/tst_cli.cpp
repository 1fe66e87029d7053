// SPDX-License-Identifier: GPL-3.0-or-later
// The executables as a user or a script meets them: --help, --version, exit codes.
#include "support/runprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kTandem = QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml");

using Run = oi::test::ProgramRun;

Run cli(const QStringList &args)
{
    return oi::test::runProgram(QStringLiteral(OI_CLI_PATH), args);
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cli") << QStringLiteral(OI_CLI_PATH);
        QTest::newRow("gui") << QStringLiteral(OI_GUI_PATH);
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        QProcess p;
        // No display and no platform plugin choice: --help and --version must not need a GUI.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(program, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("0.1.0")));

        p.start(program, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("Usage")));
    }

    void unknownCommandIsAUsageError()
    {
        QProcess p;
        p.start(QStringLiteral(OI_CLI_PATH), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("frobnicate")));
    }

    void validateGivesExitCodes()
    {
        QProcess p;
        p.start(QStringLiteral(OI_CLI_PATH),
                {QStringLiteral("validate"), QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.oi.yaml"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: outsidein/1\nroles:\n  - {id: a, name: A, headcount: -2}\n  - {id: a, name: B}\n");
        f.close();
        p.start(QStringLiteral(OI_CLI_PATH), {QStringLiteral("validate"), bad});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).contains(QLatin1String("bad.oi.yaml")));
    }

    // English plurals come from the English catalogue: "1 process", "0 errors", never "(s)".
    void countsReadInTheirPlural()
    {
        const Run valid = cli({QStringLiteral("validate"), QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml")});
        QCOMPARE(valid.code, 0);
        QVERIFY2(valid.out.contains(QLatin1String(": 0 errors, 0 warnings")), qPrintable(valid.out));
        QTemporaryDir dir;
        const Run imported = cli({QStringLiteral("import-bpmn"), QStringLiteral(OI_TEST_DATA "/bpmn/foreign-bpsim.bpmn"),
                                  QStringLiteral("-o"), dir.filePath(QStringLiteral("p.oi.yaml"))});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QLatin1String("Imported 1 process and 1 role from foreign-bpsim.bpmn")),
                 qPrintable(imported.out));
        QVERIFY2(!imported.out.contains(QLatin1String("(s)")) && !imported.err.contains(QLatin1String("(s)")),
                 qPrintable(imported.out + imported.err));
    }

    void simulateJsonKeepsTheContract()
    {
        const Run r = cli({QStringLiteral("simulate"), kTandem, QStringLiteral("--replications"), QStringLiteral("3"),
                           QStringLiteral("--horizon"), QStringLiteral("3000"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--jobs"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("replications")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("horizon")).toDouble(), 3000.0);
        QCOMPARE(json.value(QLatin1String("time_unit")).toString(), QStringLiteral("minute"));
        QVERIFY(json.value(QLatin1String("events")).toDouble() > 10000);
        const QJsonObject tandem = json[QLatin1String("processes")][QLatin1String("tandem")].toObject();
        for (const char *key : {"arrived", "completed", "abandoned", "cycle_time"})
            QVERIFY2(tandem.value(QLatin1String(key)).toObject().contains(QLatin1String("ci95")), key);
        const QJsonObject cycle = tandem[QLatin1String("cycle_time")].toObject();
        for (const char *key : {"mean", "p50", "p90", "p95"})
            QVERIFY2(cycle.value(QLatin1String(key)).toDouble() > 0, key);
        // Five M/M/3 stations at rho 0.8: W = 5 x 2.0787 minutes, within a loose band for a short run.
        QVERIFY(cycle[QLatin1String("mean")].toDouble() > 8.0 && cycle[QLatin1String("mean")].toDouble() < 13.0);
        const QJsonObject node = tandem[QLatin1String("nodes")][QLatin1String("t1")].toObject();
        for (const char *key : {"visits", "wait", "queue_length"})
            QVERIFY2(node.contains(QLatin1String(key)), key);
        const double util = json[QLatin1String("roles")][QLatin1String("s3")][QLatin1String("utilization")]
                                [QLatin1String("mean")].toDouble();
        QVERIFY(util > 0.7 && util < 0.9);
        const QJsonArray bottlenecks = json[QLatin1String("bottlenecks")].toArray();
        QCOMPARE(bottlenecks.size(), 5);
        QVERIFY(bottlenecks.first().toObject().contains(QLatin1String("score")));
    }

    void shardsMergeIntoTheSingleRun()
    {
        QTemporaryDir dir;
        const QStringList common = {QStringLiteral("simulate"), kTandem, QStringLiteral("--horizon"),
                                    QStringLiteral("2000"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--seed"), QStringLiteral("7")};
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        const QString whole = dir.filePath(QStringLiteral("whole.json"));
        QCOMPARE(cli(common + QStringList{QStringLiteral("--replications"), QStringLiteral("2"), QStringLiteral("-o"), a}).code, 0);
        QCOMPARE(cli(common + QStringList{QStringLiteral("--replications"), QStringLiteral("2"),
                                          QStringLiteral("--first-replication"), QStringLiteral("2"),
                                          QStringLiteral("-o"), b}).code, 0);
        QCOMPARE(cli(common + QStringList{QStringLiteral("--replications"), QStringLiteral("4"), QStringLiteral("-o"), whole}).code, 0);
        const Run merged = cli({QStringLiteral("merge"), a, b, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(merged.code, 0);
        const QJsonObject m = QJsonDocument::fromJson(merged.out).object();
        const QJsonObject w = QJsonDocument::fromJson(readAll(whole)).object();
        QCOMPARE(m[QLatin1String("replications")].toInt(), 4);
        QCOMPARE(m[QLatin1String("processes")].toObject(), w[QLatin1String("processes")].toObject());
        QCOMPARE(m[QLatin1String("roles")].toObject(), w[QLatin1String("roles")].toObject());

        // The same shard twice is not a bigger run; one shard is no merge; another scenario is a stranger.
        QCOMPARE(cli({QStringLiteral("merge"), a, a}).code, 1);
        QCOMPARE(cli({QStringLiteral("merge"), a}).code, 2);
        const QString slower = dir.filePath(QStringLiteral("slower.oi.yaml"));
        QFile model(slower);
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write(readAll(kTandem).replace("mean: 1.0}", "mean: 1.1}"));
        model.close();
        const QString c = dir.filePath(QStringLiteral("c.json"));
        QCOMPARE(cli({QStringLiteral("simulate"), slower, QStringLiteral("--horizon"), QStringLiteral("2000"),
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"), QStringLiteral("7"),
                      QStringLiteral("--replications"), QStringLiteral("2"), QStringLiteral("--first-replication"),
                      QStringLiteral("2"), QStringLiteral("-o"), c})
                     .code,
                 0);
        const Run mixed = cli({QStringLiteral("merge"), a, c});
        QCOMPARE(mixed.code, 1);
        QVERIFY(!mixed.err.isEmpty() || !mixed.out.isEmpty());
    }

    void eventLogIsWritten()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.csv"));
        QCOMPARE(cli({QStringLiteral("simulate"), kTandem, QStringLiteral("--replications"), QStringLiteral("1"),
                      QStringLiteral("--horizon"), QStringLiteral("60"), QStringLiteral("--event-log"), log})
                     .code,
                 0);
        const QList<QByteArray> lines = readAll(log).split('\n');
        QVERIFY(lines.size() > 100);
        QVERIFY(lines.first().contains(','));
    }

    void simulateRefusesBrokenModels()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("zero.oi.yaml"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: outsidein/1\nroles:\n  - {id: agent, name: Agent, headcount: 0}\nprocesses:\n"
                "  - id: p\n    name: P\n    nodes:\n"
                "      - {id: in, type: start, arrivals: {dist: exponential, mean: 1}}\n"
                "      - {id: t, type: task, role: agent, duration: {dist: exponential, mean: -1}}\n"
                "      - {id: out, type: end}\n"
                "    flows: [{from: in, to: t}, {from: t, to: out}]\n");
        f.close();
        const Run r = cli({QStringLiteral("simulate"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY(QString::fromUtf8(r.out + r.err).contains(QLatin1String("zero.oi.yaml")));
        QCOMPARE(cli({QStringLiteral("simulate"), dir.filePath(QStringLiteral("missing.oi.yaml"))}).code, 2);

        // Arrivals that outpace capacity stop with a clear error instead of eating the machine's memory.
        const QString flood = dir.filePath(QStringLiteral("flood.oi.yaml"));
        QFile g(flood);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(readAll(kTandem).replace("mean: 0.4166666666666667", "mean: 0.0001"));
        g.close();
        const Run runaway = cli({QStringLiteral("simulate"), flood, QStringLiteral("--replications"), QStringLiteral("1"),
                                 QStringLiteral("--max-cases"), QStringLiteral("20000")});
        QCOMPARE(runaway.code, 1);
        QVERIFY(QString::fromUtf8(runaway.out + runaway.err).contains(QLatin1String("outpace")));
    }

    void convertRoundTripsThroughSqlite()
    {
        QTemporaryDir dir;
        const QString sample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
        const QString db = dir.filePath(QStringLiteral("client.oistudio"));
        const QString back = dir.filePath(QStringLiteral("back.oi.yaml"));
        const QString again = dir.filePath(QStringLiteral("again.oi.yaml"));
        QCOMPARE(cli({QStringLiteral("convert"), sample, db}).code, 0);
        QCOMPARE(cli({QStringLiteral("convert"), db, back}).code, 0);
        QCOMPARE(cli({QStringLiteral("convert"), back, again}).code, 0);
        QVERIFY(!readAll(back).isEmpty());
        QCOMPARE(readAll(again), readAll(back));
        QCOMPARE(cli({QStringLiteral("convert"), sample, dir.filePath(QStringLiteral("x.docx"))}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
