// SPDX-License-Identifier: GPL-3.0-or-later
// What people read: durations in the unit that reads best, shares in %, whole counts, places and
// report lines by name rather than id.
#include "support/journeybuilder.h"

#include "model/humanunits.h"
#include "model/problemplace.h"
#include "model/resultsreport.h"

#include <QLocale>
#include <QTest>

using namespace oi;
using namespace oi::model;

class TestPeoplesWords : public QObject
{
    Q_OBJECT
private slots:
    void durationsReadInTheirBestUnit_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("words");
        QTest::newRow("seconds") << 0.58 << int(TimeUnit::Minute) << "35 s";
        QTest::newRow("minutes") << 48.93 << int(TimeUnit::Minute) << "48.9 min";
        QTest::newRow("whole minutes") << 12.0 << int(TimeUnit::Minute) << "12 min";
        QTest::newRow("hours and minutes") << 200.0 << int(TimeUnit::Minute) << "3 h 20 min";
        QTest::newRow("whole hours") << 2.0 << int(TimeUnit::Hour) << "2 h";
        QTest::newRow("hours") << 25.8 * 60 << int(TimeUnit::Minute) << "25.8 h";
        QTest::newRow("days") << 1.1 * 2 << int(TimeUnit::Day) << "2.2 days";
        QTest::newRow("not a number") << std::nan("") << int(TimeUnit::Minute) << "–";
    }

    void durationsReadInTheirBestUnit()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, words);
        QCOMPARE(humanDuration(value, TimeUnit(unit)), words);
    }

    void durationsInTheUnitThePersonChose()
    {
        setDurationDisplay(DurationDisplay::Hours);
        QCOMPARE(humanDuration(200.0, TimeUnit::Minute), QStringLiteral("3.3 h"));
        setDurationDisplay(DurationDisplay::Days);
        QCOMPARE(humanDuration(36.0, TimeUnit::Hour), QStringLiteral("1.5 days"));
        setDurationDisplay(DurationDisplay::Minutes);
        QCOMPARE(humanDuration(0.58, TimeUnit::Minute), QStringLiteral("0.6 min"));
        setDurationDisplay(DurationDisplay::Automatic);
        QCOMPARE(humanDuration(200.0, TimeUnit::Minute), QStringLiteral("3 h 20 min"));
    }

    void decimalsInTheLanguagesWriting()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(humanDuration(48.93, TimeUnit::Minute), QStringLiteral("48,9 min"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(humanDuration(48.93, TimeUnit::Minute), QStringLiteral("48.9 min"));
    }

    void sharesCountsAndRates()
    {
        QCOMPARE(percent(0.923), QStringLiteral("92 %"));
        QCOMPARE(percent(0.002), QStringLiteral("< 1 %"));
        QCOMPARE(percent(0), QStringLiteral("0 %"));
        QCOMPARE(wholeCount(372.6, 11.2, 10), QStringLiteral("373 ± 11"));
        QCOMPARE(wholeCount(7.8, 0, 1), QStringLiteral("8"));
        QCOMPARE(humanRate(0.0425, TimeUnit::Minute), QStringLiteral("61.2 per day"));
        QCOMPARE(humanRate(0.5, TimeUnit::Minute), QStringLiteral("30 per hour"));
        QCOMPARE(humanDuration(48.9, 8.7, 10, TimeUnit::Minute), QStringLiteral("48.9 min ± 8.7 min"));
    }

    void moneyWithItsCurrency()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(money(1240.4, QStringLiteral("\u20ac")), QStringLiteral("\u20ac1,240"));
        QCOMPARE(money(-391, QStringLiteral("\u00a3")), QStringLiteral("-\u00a3391"));
        QCOMPARE(money(1240, QStringLiteral("CHF")), QStringLiteral("1,240 CHF"));
        QCOMPARE(money(-0.4, QStringLiteral("CHF")), QStringLiteral("0 CHF"));
        QCOMPARE(money(8064, QString()), QStringLiteral("8,064"));
        QLocale::setDefault(QLocale::c());
    }

    void problemsAreLocatedByName()
    {
        const auto p = test::sampleProject();
        Problem problem;
        problem.entity = QStringLiteral("role agent");
        problem.field = QStringLiteral("cross_trained[0].role");
        QCOMPARE(
            readablePlace(*p, problem), QStringLiteral("Contact-centre agent (role) · cross trained, entry 1, role"));
        problem.entity = QStringLiteral("step s1");
        problem.field = QStringLiteral("front_roles[2]");
        QCOMPARE(readablePlace(*p, problem), QStringLiteral("“Compare offers” (journey step) · front roles, entry 3"));
        problem.entity = QStringLiteral("role nobody");
        problem.field.clear();
        QCOMPARE(readablePlace(*p, problem), QStringLiteral("role nobody")); // not in the project: as written
    }

    void reportNamesWhatItReports()
    {
        auto p = test::sampleProject();
        model::Node enter;
        enter.id = QStringLiteral("enter-order");
        enter.name = QStringLiteral("Enter the order");
        p->processes.front().nodes.push_back(enter);
        sim::Results r;
        r.ok = true;
        r.replications = 10;
        r.horizon = 10080;
        r.layout.timeUnit = "minute";
        sim::ProcessResult order;
        order.id = "order";
        order.arrived = { 372.6, 11.2, 10 };
        sim::NodeResult node;
        node.id = "enter-order";
        node.role = "agent";
        node.wait = { 48.93, 8.7, 10 };
        node.visits = { 440, 15, 10 };
        order.nodes.push_back(node);
        r.processes.push_back(order);
        sim::RoleResult agent;
        agent.id = "agent";
        agent.utilization = { 0.923, 0.03, 10 };
        r.roles.push_back(agent);
        r.bottlenecks.push_back({ "agent", "order/enter-order", 0.923, 0.6, 0.76 });

        const QString named = formatResultsText(r, {}, p.get());
        for (const char *words : { "Process Order to activation", "Enter the order", "Contact-centre agent", "92 %",
                 "48.9 min ± 8.7 min", "373 ± 11 cases arrived",
                 "The constraint is Contact-centre agent (Order to activation › Enter the order)" })
            QVERIFY2(named.contains(QString::fromUtf8(words)), qPrintable(QString::fromUtf8(words) + u'\n' + named));
        QVERIFY(!named.contains(QLatin1String("enter-order")));
        // Without the project (merging shards), the ids are all there is.
        QVERIFY(formatResultsText(r, {}).contains(QLatin1String("enter-order")));
    }
};

QTEST_MAIN(TestPeoplesWords)
#include "tst_peopleswords.moc"
