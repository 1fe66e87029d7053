// SPDX-License-Identifier: GPL-3.0-or-later
// Simulation results on the journey map must not mislead: a step shows the wait of the process
// steps it links to; a step linked to a whole process shows that process's waiting per case, and
// is never called the constraint; the constraint role is red wherever it appears; colours have a legend.
#include "support/journeybuilder.h"

#include "editor/journey/journeyresults.h"

#include <QTest>

#include <cmath>

using namespace oi;
using namespace oi::editor;

class TestJourneyResults : public QObject
{
    Q_OBJECT

    static sim::Results results()
    {
        sim::Results r;
        r.ok = true;
        r.layout.timeUnit = "minute";
        sim::ProcessResult order;
        order.id = "order";
        order.arrived = { 100, 0, 1 };
        const auto task = [](const char *id, const char *role, double wait, double visits) {
            sim::NodeResult n;
            n.id = id;
            n.role = role;
            n.wait = { wait, 0, 1 };
            n.visits = { visits, 0, 1 };
            return n;
        };
        order.nodes = { task("enter", "billing", 49, 100), task("check", "agent", 3, 50) };
        r.processes.push_back(order);
        sim::RoleResult billing;
        billing.id = "billing";
        billing.utilization = { 0.6, 0, 1 };
        billing.utilizationByHour.fill(0.6);
        for (int h = 18; h < 24; ++h)
            billing.utilizationByHour[size_t(h)] = std::nan("");
        for (int h = 0; h < 8; ++h)
            billing.utilizationByHour[size_t(h)] = std::nan("");
        sim::RoleResult agent;
        agent.id = "agent";
        agent.utilization = { 0.75, 0, 1 };
        r.roles = { billing, agent };
        r.bottlenecks.push_back({ "billing", "order/enter", 0.6, 0.9, 0.75 });
        return r;
    }

private slots:
    void stepsShowTheirOwnWaits()
    {
        auto p = test::sampleProject();
        model::Journey &j = p->journeys.front();
        j.steps[0].processes = { QStringLiteral("order/enter") }; // s1: at the constraint
        j.steps[1].processes = { QStringLiteral("order/check") }; // s2: a short wait
        j.steps[2].processes = { QStringLiteral("order") }; // s3: the whole process
        const StepOverlay overlay = journeyResultsOverlay(*p, results());

        const StepOverlay::Mark enter = overlay.steps.value(QStringLiteral("s1"));
        QVERIFY2(enter.label.startsWith(QStringLiteral("constraint · wait 49 min")), qPrintable(enter.label));
        // Waits from nobody being on duty are said to be that, not capacity.
        QVERIFY2(enter.label.contains(QStringLiteral("nobody on duty 18:00–08:00")), qPrintable(enter.label));
        const StepOverlay::Mark check = overlay.steps.value(QStringLiteral("s2"));
        QCOMPARE(check.label, QStringLiteral("wait 3 min"));
        QVERIFY2(check.detail.contains(QLatin1String("3.00 minutes")), qPrintable(check.detail));
        QVERIFY(check.color != enter.color);
        // 1 visit x 49 min + 0.5 visits x 3 min per case.
        const StepOverlay::Mark whole = overlay.steps.value(QStringLiteral("s3"));
        QCOMPARE(whole.label, QStringLiteral("process · 50.5 min per case"));
        QVERIFY(!whole.label.contains(QLatin1String("constraint")));
        QVERIFY(!overlay.steps.contains(QStringLiteral("s4"))); // linked to nothing simulated

        // The constraint role is red although it is less busy than the agent.
        QCOMPARE(overlay.entities.value(QStringLiteral("billing")).color, enter.color);
        QVERIFY(overlay.entities.value(QStringLiteral("billing")).label.startsWith(QLatin1String("constraint")));
        QCOMPARE(overlay.entities.value(QStringLiteral("agent")).label, QStringLiteral("75 %"));
        QCOMPARE(overlay.legend.size(), 3);
        QVERIFY(overlay.legendNote.contains(QLatin1String("mean")));
        QCOMPARE(overlay.legend.first().color, enter.color);
    }

    // A step linked to the as-is process shows the redesign's figures when the variant ran.
    void stepsFollowTheVariantThatRan()
    {
        auto p = test::sampleProject();
        model::Journey &j = p->journeys.front();
        j.steps[0].processes = { QStringLiteral("order-old/enter") };
        model::Scenario s;
        s.id = QStringLiteral("redesign");
        s.variants = { { QStringLiteral("order-old"), QStringLiteral("order") } };
        p->scenarios.push_back(s);
        sim::Results r = results();
        StepOverlay overlay = journeyResultsOverlay(*p, r);
        QVERIFY(!overlay.steps.contains(QStringLiteral("s1"))); // as modelled, "order" is not what ran for it
        r.scenario = "redesign";
        overlay = journeyResultsOverlay(*p, r);
        QVERIFY2(overlay.steps.value(QStringLiteral("s1")).label.contains(QLatin1String("49 min")),
            qPrintable(overlay.steps.value(QStringLiteral("s1")).label));
    }
};

QTEST_MAIN(TestJourneyResults)
#include "tst_journeyresults.moc"
