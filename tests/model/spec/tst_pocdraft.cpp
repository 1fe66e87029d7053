// SPDX-License-Identifier: GPL-3.0-or-later
// Drafting PoC scripts (issue 15): one scenario per journey not yet covered, along the redesign
// where one exists, every reference valid; stored scenarios are never redrafted.
#include "model/projectio.h"
#include "model/spec/pocdraft.h"
#include "model/validator.h"

#include <QTest>

using namespace oi::model;

class TestPocDraft : public QObject
{
    Q_OBJECT
private slots:
    void onePerJourneyAlongTheRedesign()
    {
        Problems problems;
        auto p
            = readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(p);
        QVERIFY(spec::draftPocScenarios(*p).empty()); // the sample covers every journey already
        p->pocScenarios.clear();
        const std::vector<PocScenario> drafted = spec::draftPocScenarios(*p);
        QCOMPARE(drafted.size(), p->journeys.size());
        QCOMPARE(drafted[0].journey, QStringLiteral("onboarding"));
        QCOMPARE(drafted[0].process, QStringLiteral("onboarding-to-be"));
        QVERIFY(!drafted[0].steps.empty());
        // Order entry moved to sales in the redesign: the draft shows the sales adviser doing it.
        const auto order = std::find_if(drafted[0].steps.begin(), drafted[0].steps.end(),
            [](const PocStep &s) { return s.task == QLatin1String("onboarding-to-be/enter-order"); });
        QVERIFY(order != drafted[0].steps.end());
        QCOMPARE(order->role, QStringLiteral("sales-rep"));
        QCOMPARE(order->requirement, QStringLiteral("single-order-entry"));
        p->pocScenarios = drafted;
        for (const Problem &x : validate(*p))
            QVERIFY2(!(x.severity == Problem::Severity::Error && x.entity.startsWith(QLatin1String("poc"))),
                qPrintable(x.toString()));
        QVERIFY(spec::draftPocScenarios(*p).empty());
    }
};

QTEST_GUILESS_MAIN(TestPocDraft)
#include "tst_pocdraft.moc"
