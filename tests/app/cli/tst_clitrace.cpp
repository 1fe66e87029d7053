// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli trace`: the JSON other people's scripts read (every key there, ids), the text people
// read (names, never ids), and the exit code for a file that cannot be read.
#include "support/runprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

oi::test::ProgramRun cli(const QStringList &args)
{
    return oi::test::runProgram(QStringLiteral(OI_CLI_PATH), args);
}
} // namespace

class TestCliTrace : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasEveryChainAndOrphanList()
    {
        const oi::test::ProgramRun r
            = cli({ QStringLiteral("trace"), kSample, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject root = doc.object();

        QVERIFY(root.value(QStringLiteral("chains")).isArray());
        const QJsonArray chains = root.value(QStringLiteral("chains")).toArray();
        QSet<QString> strategies;
        for (const QJsonValue &v : chains) {
            const QJsonObject chain = v.toObject();
            const QString strategy = chain.value(QStringLiteral("strategy")).toString();
            strategies.insert(strategy);
            for (const char *key : { "roles", "processes", "steps", "requirements" })
                QVERIFY2(chain.value(QLatin1String(key)).isArray(), qPrintable(strategy + u' ' + QLatin1String(key)));
            // Every strategy of the sample is carried by people and their work.
            QVERIFY2(!chain.value(QStringLiteral("roles")).toArray().isEmpty(), qPrintable(strategy));
            QVERIFY2(!chain.value(QStringLiteral("processes")).toArray().isEmpty(), qPrintable(strategy));
            if (strategy == QLatin1String("earn-renewal"))
                QCOMPARE(chain.value(QStringLiteral("processes")).toArray(), QJsonArray({ QStringLiteral("renewal") }));
        }
        QCOMPARE(chains.size(), 3);
        QCOMPARE(strategies,
            QSet<QString>(
                { QStringLiteral("first-contact"), QStringLiteral("day-one"), QStringLiteral("earn-renewal") }));

        QVERIFY(root.value(QStringLiteral("orphans")).isObject());
        const QJsonObject orphans = root.value(QStringLiteral("orphans")).toObject();
        for (const char *key : { "roles", "steps", "processes", "requirements", "strategies", "needs" }) {
            QVERIFY2(orphans.value(QLatin1String(key)).isArray(), key);
            // The sample is a finished redesign: nothing in it is unexplained.
            QVERIFY2(orphans.value(QLatin1String(key)).toArray().isEmpty(), key);
        }

        const QJsonObject stepProcess
            = root.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("step_process")).toObject();
        QCOMPARE(stepProcess.value(QStringLiteral("columns")).toInt(), 5);
        QCOMPARE(stepProcess.value(QStringLiteral("covered_columns")).toInt(), 5);
    }

    void textNamesThingsAsPeopleDo()
    {
        const oi::test::ProgramRun r = cli({ QStringLiteral("trace"), kSample });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        const QString text = r.outText();
        for (const QString &name : { QStringLiteral("Resolve it while the customer is still with us"), // strategy
                 QStringLiteral("Service agent"), QStringLiteral("Renewal and win-back"), // role, process
                 QStringLiteral("Presses \"help me now\""), // step
                 QStringLiteral("A price that makes sense for a small business") }) // need
            QVERIFY2(text.contains(name), qPrintable(name + u'\n' + text));
        // Long requirements are shortened at a word.
        QVERIFY(text.contains(QStringLiteral("Business accounts at risk are flagged 90 days before")));
        QVERIFY(!text.contains(QStringLiteral("complaints and outage history")));
        for (const QString &id : { QStringLiteral("service-agent"), QStringLiteral("retention-specialist"),
                 QStringLiteral("earn-renewal"), QStringLiteral("churn-risk-flag") })
            QVERIFY2(!text.contains(id), qPrintable(id + u'\n' + text));
    }

    void refusesWhatItCannotTrace()
    {
        const oi::test::ProgramRun missing = cli({ QStringLiteral("trace"), QStringLiteral("/nonexistent.oi.yaml") });
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.errText().contains(QLatin1String("/nonexistent.oi.yaml")), qPrintable(missing.errText()));
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(cli({ QStringLiteral("trace") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("trace"), kSample, QStringLiteral("--format"), QStringLiteral("yaml") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTrace)
#include "tst_clitrace.moc"
