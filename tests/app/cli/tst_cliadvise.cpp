// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli advise`: the JSON scripts read (the constraint with its kind and window, every
// option with its gain, interval, significance and money) and the sentences people read (names and
// units, no ids), on the sample, whose as-is orders wait overnight for the order clerk.
#include "support/runprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

oi::test::ProgramRun cli(const QStringList &args)
{
    return oi::test::runProgram(QStringLiteral(OI_CLI_PATH), args);
}
} // namespace

class TestCliAdvise : public QObject
{
    Q_OBJECT
private slots:
    void jsonNamesTheConstraintAndRanksTheRemedies()
    {
        const oi::test::ProgramRun r = cli({ QStringLiteral("advise"), kSample, QStringLiteral("--scenario"),
            QStringLiteral("as-is"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonObject c = root.value(QStringLiteral("constraint")).toObject();
        QCOMPARE(c.value(QStringLiteral("role")).toString(), QStringLiteral("order-clerk"));
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("coverage")); // off shift, not busy
        QVERIFY(c.value(QStringLiteral("node")).toString().startsWith(QStringLiteral("onboarding/")));
        QVERIFY(!c.value(QStringLiteral("window")).toString().isEmpty());
        const QJsonArray options = root.value(QStringLiteral("options")).toArray();
        QVERIFY(options.size() >= 4);
        double previous = 1e300;
        bool aShift = false;
        for (const QJsonValue &v : options) {
            for (const char *key :
                { "change", "kpi", "before", "after", "gain", "ci95", "significant", "cost", "value", "net" })
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
            QCOMPARE(v[QStringLiteral("kpi")].toString(), QStringLiteral("cycle_time_mean"));
            QVERIFY(std::abs(v[QStringLiteral("gain")].toDouble()
                        - (v[QStringLiteral("before")].toDouble() - v[QStringLiteral("after")].toDouble()))
                < 1e-6 * std::max(1.0, v[QStringLiteral("before")].toDouble()));
            QVERIFY(v[QStringLiteral("net")].toDouble() <= previous + 0.5);
            previous = v[QStringLiteral("net")].toDouble();
            aShift = aShift || v[QStringLiteral("change")].toString().startsWith(QStringLiteral("+1 order-clerk "));
        }
        QVERIFY(aShift); // the right remedy for a coverage constraint: hours
    }

    void textReadsAsAConsultantSaysIt()
    {
        const oi::test::ProgramRun r
            = cli({ QStringLiteral("advise"), kSample, QStringLiteral("--scenario"), QStringLiteral("as-is") });
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Order entry clerk")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Order to activation")));
        QVERIFY(!text.contains(QStringLiteral("order-clerk")));
        QVERIFY(!text.contains(QStringLiteral("onboarding/")));
        QVERIFY(text.contains(QStringLiteral(" a week")));
    }

    void refusals()
    {
        QCOMPARE(cli({ QStringLiteral("advise"), kSample }).code, 2); // no --scenario
        const oi::test::ProgramRun r
            = cli({ QStringLiteral("advise"), kSample, QStringLiteral("--scenario"), QStringLiteral("nowhere") });
        QCOMPARE(r.code, 1);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("nowhere")));
        QCOMPARE(cli({ QStringLiteral("advise"), kSample, QStringLiteral("--scenario"), QStringLiteral("as-is"),
                         QStringLiteral("--max-staff"), QStringLiteral("0") })
                     .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliAdvise)
#include "tst_cliadvise.moc"
