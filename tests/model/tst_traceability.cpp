// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/projectio.h"
#include "model/traceability.h"

#include <QTest>

using namespace oi::model;

namespace {
QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

class TestTraceability : public QObject
{
    Q_OBJECT

    std::unique_ptr<Project> m_sample;

private slots:
    void initTestCase()
    {
        Problems problems;
        m_sample = readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(m_sample);
    }

    void strategyDrivesRolesProcessesStepsRequirements()
    {
        const StrategyTrace t = traceStrategy(*m_sample, QStringLiteral("earn-renewal"));
        QCOMPARE(t.roles, ids({"retention-specialist"}));
        // renewal has the strategy itself; no other process uses the retention specialist.
        QCOMPARE(t.processes, ids({"renewal"}));
        QCOMPARE(t.steps, ids({"competitor-offer", "retention-call", "win-back"}));
        QCOMPARE(t.requirements, ids({"case-history", "churn-risk-flag", "offer-engine"}));
    }

    void strategyReachesProcessesThroughItsRoles()
    {
        Project p;
        p.strategies.push_back({QStringLiteral("s"), {}, {}, {}, {}});
        Role r;
        r.id = QStringLiteral("agent");
        r.strategy = QStringLiteral("s");
        p.roles.push_back(r);
        Process pr;
        pr.id = QStringLiteral("help");  // no strategy of its own
        Node n;
        n.id = QStringLiteral("t");
        n.role = QStringLiteral("agent");
        pr.nodes.push_back(n);
        p.processes.push_back(pr);
        Journey j;
        Step s;
        s.id = QStringLiteral("call");
        s.processes = {QStringLiteral("help/t")};
        j.steps.push_back(s);
        Step other;
        other.id = QStringLiteral("unrelated");
        j.steps.push_back(other);
        p.journeys.push_back(j);
        p.requirements.push_back({QStringLiteral("node-req"), {}, QStringLiteral("x"), {}, {}, {}, {QStringLiteral("help/t")}});
        p.requirements.push_back({QStringLiteral("other-req"), {}, QStringLiteral("y"), {}, {}, {QStringLiteral("unrelated")}, {}});
        const StrategyTrace t = traceStrategy(p, QStringLiteral("s"));
        QCOMPARE(t.roles, ids({"agent"}));
        QCOMPARE(t.processes, ids({"help"}));
        QCOMPARE(t.steps, ids({"call"}));
        QCOMPARE(t.requirements, ids({"node-req"}));
        QCOMPARE(traceStrategy(p, QStringLiteral("nope")), StrategyTrace{});
    }

    void requirementChainsBackToStrategy()
    {
        const RequirementTrace t = traceRequirement(*m_sample, QStringLiteral("field-offline"));
        QCOMPARE(t.steps, ids({"installation", "technician-visit"}));
        QCOMPARE(t.nodes, ids({"onboarding/install", "support/field-repair"}));
        QCOMPARE(t.processes, ids({"onboarding", "support"}));
        QCOMPARE(t.roles, ids({"field-tech", "dispatcher"}));
        QCOMPARE(t.strategies, ids({"day-one", "first-contact"}));
    }

    void sampleHasNoOrphans()
    {
        QCOMPARE(findOrphans(*m_sample), Orphans{});
    }

    void orphansAreFound()
    {
        Project p = *m_sample;
        Role spare;
        spare.id = QStringLiteral("spare");
        p.roles.push_back(spare);
        p.journeys[0].steps[0].processes.clear();
        p.requirements.push_back({QStringLiteral("wish"), {}, QStringLiteral("A wish"), {}, {}, {}, {}});
        const Orphans o = findOrphans(p);
        QCOMPARE(o.roles, ids({"spare"}));
        QCOMPARE(o.steps, ids({"compare-plans"}));
        QCOMPARE(o.requirements, ids({"wish"}));
    }

    void nodeRefsSplit()
    {
        QCOMPARE(splitNodeRef(QStringLiteral("support/triage")),
                 std::make_pair(QStringLiteral("support"), QStringLiteral("triage")));
        QCOMPARE(splitNodeRef(QStringLiteral("support")), std::make_pair(QStringLiteral("support"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestTraceability)
#include "tst_traceability.moc"
