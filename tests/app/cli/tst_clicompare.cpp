// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli compare`: the JSON scripts read (every scenario's value, each later scenario minus
// the first), the table people read (names, units, "no significant difference"), and the refusals.
#include "support/runprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

namespace {
const QString kFixture = QStringLiteral(OI_TEST_DATA "/compare.oi.yaml");
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

oi::test::ProgramRun cli(const QStringList &args)
{
    return oi::test::runProgram(QStringLiteral(OI_CLI_PATH), args);
}

QJsonObject json(const oi::test::ProgramRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (!doc.isObject())
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject kpi(const QJsonObject &root, const QString &process, const QString &name)
{
    for (const QJsonValue &v : root.value(QStringLiteral("kpis")).toArray())
        if (v[QStringLiteral("process")].toString() == process && v[QStringLiteral("kpi")].toString() == name)
            return v.toObject();
    return {};
}
} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasEveryScenarioAndDifference()
    {
        const oi::test::ProgramRun r = cli({ QStringLiteral("compare"), kFixture, QStringLiteral("--scenarios"),
            QStringLiteral("base,slower,same"), QStringLiteral("--replications"), QStringLiteral("4"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        const QJsonObject root = json(r);
        const QStringList scenarios { QStringLiteral("base"), QStringLiteral("slower"), QStringLiteral("same") };
        QCOMPARE(root.value(QStringLiteral("scenarios")).toArray(), QJsonArray::fromStringList(scenarios));
        QCOMPARE(root.value(QStringLiteral("replications")).toInt(), 4);
        const QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 2 * 6);
        QSet<QString> names;
        for (const QJsonValue &v : kpis) {
            const QJsonObject k = v.toObject();
            names.insert(k[QStringLiteral("kpi")].toString());
            QVERIFY(k[QStringLiteral("process")].isString());
            const QJsonObject values = k[QStringLiteral("values")].toObject();
            for (const QString &s : scenarios) {
                QVERIFY2(values[s][QStringLiteral("mean")].isDouble(), qPrintable(s));
                QVERIFY2(values[s][QStringLiteral("ci95")].isDouble(), qPrintable(s));
            }
            const QJsonArray differences = k[QStringLiteral("differences")].toArray();
            QCOMPARE(differences.size(), 2);
            for (qsizetype i = 0; i < differences.size(); ++i) {
                const QJsonObject d = differences[i].toObject();
                // Every later scenario against the first: mean = later − baseline.
                QCOMPARE(d[QStringLiteral("from")].toString(), QStringLiteral("base"));
                QCOMPARE(d[QStringLiteral("to")].toString(), scenarios[i + 1]);
                QVERIFY(d[QStringLiteral("significant")].isBool());
                QVERIFY(d[QStringLiteral("ci95")].isDouble());
                const double expected = values[scenarios[i + 1]][QStringLiteral("mean")].toDouble()
                    - values[QStringLiteral("base")][QStringLiteral("mean")].toDouble();
                QVERIFY2(std::abs(d[QStringLiteral("mean")].toDouble() - expected) < 1e-9 * (1 + std::abs(expected)),
                    qPrintable(k[QStringLiteral("kpi")].toString()));
            }
        }
        QCOMPARE(names,
            QSet<QString>(
                { QStringLiteral("cycle_time_mean"), QStringLiteral("cycle_time_p90"), QStringLiteral("throughput"),
                    QStringLiteral("abandoned"), QStringLiteral("wait_mean"), QStringLiteral("waiting_share") }));

        // Fixed services of 10 and 15 minutes: +5 exactly; the unchanged scenario: 0, not significant.
        const QJsonObject cycle = kpi(root, QStringLiteral("fixed"), QStringLiteral("cycle_time_mean"));
        QCOMPARE(cycle[QStringLiteral("unit")].toString(), QStringLiteral("minute"));
        const QJsonObject slower = cycle[QStringLiteral("differences")][0].toObject();
        QVERIFY(std::abs(slower[QStringLiteral("mean")].toDouble() - 5) < 1e-9);
        QVERIFY(slower[QStringLiteral("significant")].toBool());
        const QJsonObject same = cycle[QStringLiteral("differences")][1].toObject();
        QCOMPARE(same[QStringLiteral("mean")].toDouble(), 0.0);
        QCOMPARE(same[QStringLiteral("ci95")].toDouble(), 0.0);
        QVERIFY(!same[QStringLiteral("significant")].toBool());
    }

    void sampleComparesTheRedesign()
    {
        const oi::test::ProgramRun r = cli({ QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"),
            QStringLiteral("as-is,to-be"), QStringLiteral("--replications"), QStringLiteral("5"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        const QJsonObject root = json(r);
        // The to-be scenario runs a variant in the place of onboarding: compared under the original's id.
        const QJsonObject onboarding = kpi(root, QStringLiteral("onboarding"), QStringLiteral("cycle_time_mean"));
        QCOMPARE(
            onboarding[QStringLiteral("ran")][QStringLiteral("to-be")].toString(), QStringLiteral("onboarding-to-be"));
        QVERIFY(kpi(root, QStringLiteral("onboarding-to-be"), QStringLiteral("cycle_time_mean")).isEmpty());
        // Fewer customers lost while waiting for help: the redesign's point, clear in five runs.
        const QJsonObject lost = kpi(root, QStringLiteral("support"), QStringLiteral("abandoned"));
        const QJsonObject d = lost[QStringLiteral("differences")][0].toObject();
        QCOMPARE(d[QStringLiteral("from")].toString(), QStringLiteral("as-is"));
        QCOMPARE(d[QStringLiteral("to")].toString(), QStringLiteral("to-be"));
        QVERIFY(d[QStringLiteral("mean")].toDouble() < 0);
        QVERIFY(d[QStringLiteral("significant")].toBool());
        // Renewals hardly change, and they draw the same random numbers in both scenarios although
        // a variant with other nodes runs before them: the paired interval is far narrower than
        // either scenario's own.
        const QJsonObject renewal = kpi(root, QStringLiteral("renewal"), QStringLiteral("cycle_time_mean"));
        const double own
            = renewal[QStringLiteral("values")][QStringLiteral("as-is")][QStringLiteral("ci95")].toDouble();
        const double paired = renewal[QStringLiteral("differences")][0][QStringLiteral("ci95")].toDouble();
        QVERIFY2(paired < 0.25 * own, qPrintable(QStringLiteral("%1 vs %2").arg(paired).arg(own)));
    }

    void textNamesThingsAsPeopleDo()
    {
        const oi::test::ProgramRun r = cli(
            { QStringLiteral("compare"), kFixture, QStringLiteral("--scenarios"), QStringLiteral("base,same,slower") });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        const QString text = r.outText();
        for (const QString &words : { QStringLiteral("Fixed service"), QStringLiteral("Random service"),
                 QStringLiteral("Same again − Base"), QStringLiteral("Slower service − Base"),
                 QStringLiteral("mean cycle time"), QStringLiteral("+5 min ± 0 s"), QStringLiteral("per hour"),
                 QStringLiteral("0 % ± 0 %"), QStringLiteral("no significant difference") })
            QVERIFY2(text.contains(words), qPrintable(words + u'\n' + text));
        for (const QString &id : { QStringLiteral("slower"), QStringLiteral("cycle_time") })
            QVERIFY2(!text.contains(id), qPrintable(id + u'\n' + text));
    }

    void refusesWhatItCannotCompare()
    {
        const QString compare = QStringLiteral("compare"), scenarios = QStringLiteral("--scenarios");
        const oi::test::ProgramRun unknown = cli({ compare, kFixture, scenarios, QStringLiteral("base,later") });
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.errText().contains(kFixture) && unknown.errText().contains(QLatin1String("'later'")),
            qPrintable(unknown.errText()));
        QVERIFY(unknown.out.isEmpty());
        const oi::test::ProgramRun one = cli({ compare, kFixture, scenarios, QStringLiteral("base") });
        QCOMPARE(one.code, 1);
        QVERIFY2(one.errText().contains(QLatin1String("at least two scenarios")), qPrintable(one.errText()));
        QCOMPARE(cli({ compare, kFixture }).code, 1);
        const oi::test::ProgramRun single = cli({ compare, kFixture, scenarios, QStringLiteral("base,same"),
            QStringLiteral("--replications"), QStringLiteral("1") });
        QCOMPARE(single.code, 1);
        QVERIFY2(single.errText().contains(QLatin1String("at least 2 replications")), qPrintable(single.errText()));
        QCOMPARE(cli({ compare, QStringLiteral("/nonexistent.oi.yaml"), scenarios, QStringLiteral("a,b") }).code, 2);
        QCOMPARE(cli({ compare, kFixture, scenarios, QStringLiteral("base,same"), QStringLiteral("--format"),
                         QStringLiteral("yaml") })
                     .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
