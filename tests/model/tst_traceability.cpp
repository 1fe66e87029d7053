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

Node node(const char *id, NodeType type, const char *role = "")
{
    Node n;
    n.id = QString::fromUtf8(id);
    n.type = type;
    n.role = QString::fromUtf8(role);
    return n;
}

Step step(const char *id, std::initializer_list<const char *> processes)
{
    Step s;
    s.id = QString::fromUtf8(id);
    s.processes = ids(processes);
    return s;
}

/**
 * Two strategies (s2 drives nothing), three roles (b belongs to s1 only through its task in p1, c to
 * nothing), a process p1 with a variant p2 and a diversion to p3, a process p4 with no role, and
 * three steps, three requirements and two needs with one link each at most.
 */
Project smallProject()
{
    Project p;
    p.strategies.push_back({QStringLiteral("s1"), QStringLiteral("Strategy one"), {}, {}, {}});
    p.strategies.push_back({QStringLiteral("s2"), QStringLiteral("Strategy two"), {}, {}, {}});
    for (const char *id : {"a", "b", "c"}) {
        Role r;
        r.id = QString::fromUtf8(id);
        p.roles.push_back(r);
    }
    p.roles[0].strategy = QStringLiteral("s1");
    Process p1;
    p1.id = QStringLiteral("p1");
    p1.strategy = QStringLiteral("s1");
    p1.nodes = {node("in", NodeType::Start), node("t1", NodeType::Task, "a"), node("t2", NodeType::Task, "b"),
        node("out", NodeType::End)};
    Process p2;
    p2.id = QStringLiteral("p2");
    p2.variantOf = QStringLiteral("p1");
    p2.nodes = {node("t1", NodeType::Task, "a")};
    Process p3;
    p3.id = QStringLiteral("p3");
    p3.nodes = {node("x", NodeType::Task, "b")};
    Process p4;
    p4.id = QStringLiteral("p4");
    p4.nodes = {node("y", NodeType::Task), node("gw", NodeType::Xor)};
    p.processes = {p1, p2, p3, p4};
    Persona persona;
    persona.id = QStringLiteral("pe");
    persona.needs = {{QStringLiteral("n1"), QStringLiteral("Need one")},
        {QStringLiteral("n2"), QStringLiteral("Need two")}};
    p.personas.push_back(persona);
    Journey j;
    j.id = QStringLiteral("j");
    j.persona = QStringLiteral("pe");
    j.steps = {step("st1", {"p1/t1"}), step("st2", {}), step("st3", {"p4"})};
    j.steps[0].serves = ids({"n1"});
    j.steps[0].requirements = ids({"q1"});
    p.journeys.push_back(j);
    p.requirements.push_back({QStringLiteral("q1"), {}, QStringLiteral("One"), {}, {}, {}, ids({"p1/t2"})});
    p.requirements.push_back({QStringLiteral("q2"), {}, QStringLiteral("Two"), {}, {}, ids({"st3"}), ids({"p4/gw"})});
    p.requirements.push_back({QStringLiteral("q3"), {}, QStringLiteral("Three"), {}, {}, {}, {}});
    Scenario sc;
    sc.id = QStringLiteral("channel-shift");
    sc.divert.push_back({QStringLiteral("p1"), QStringLiteral("p3"), 0.2});
    p.scenarios.push_back(sc);
    return p;
}

/** rows, covered rows, columns, covered columns */
QList<int> counts(const TraceMatrix &m)
{
    return {int(m.rows.size()), m.coveredRows(), int(m.columns.size()), m.coveredColumns()};
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

    void processNoStepTriggersIsAnOrphan()
    {
        Project p = *m_sample;
        Journey &renewal = *p.journey(QStringLiteral("renewal"));
        const Journey before = renewal;
        for (Step &s : renewal.steps)
            s.processes.clear();
        QCOMPARE(findOrphans(p).processes, ids({"renewal"}));
        renewal = before;
        QCOMPARE(findOrphans(p), Orphans{});

        // A variant runs in its original's place and a diversion takes the original's customers, so
        // the steps of the original trigger both; without them, all go together.
        Journey &onboarding = *p.journey(QStringLiteral("onboarding"));
        const Journey onboardingBefore = onboarding;
        for (Step &s : onboarding.steps)
            s.processes.clear();
        QCOMPARE(findOrphans(p).processes, ids({"onboarding", "onboarding-to-be"}));
        onboarding = onboardingBefore;
        Journey &help = *p.journey(QStringLiteral("help-me-now"));
        const Journey helpBefore = help;
        for (Step &s : help.steps)
            s.processes.clear();
        QCOMPARE(findOrphans(p).processes, ids({"support", "self-service"}));
        help = helpBefore;
        QCOMPARE(findOrphans(p), Orphans{});
    }

    void strategyWithNoRoleChangeIsAnOrphan()
    {
        Project p = *m_sample;
        // The retention specialist is earn-renewal's only role, and it is new.
        p.role(QStringLiteral("retention-specialist"))->change = ChangeKind::Unchanged;
        QCOMPARE(findOrphans(p).strategies, ids({"earn-renewal"}));
        p.role(QStringLiteral("retention-specialist"))->change = ChangeKind::New;
        QCOMPARE(findOrphans(p), Orphans{});
    }

    void needNoStepServesIsAnOrphan()
    {
        Project p = *m_sample;
        Journey &renewal = *p.journey(QStringLiteral("renewal"));
        Step *call = nullptr;
        for (Step &s : renewal.steps)
            if (s.id == QLatin1String("retention-call"))
                call = &s;
        QVERIFY(call);
        const QStringList before = call->serves;
        call->serves.removeAll(QStringLiteral("priority-repair"));
        QCOMPARE(findOrphans(p).needs, ids({"priority-repair"}));
        call->serves = before;
        QCOMPARE(findOrphans(p), Orphans{});
    }

    void changedRoleWithoutTaskIsAnOrphan()
    {
        Project p = *m_sample;
        Node *call = p.process(QStringLiteral("renewal"))->node(QStringLiteral("retention-call"));
        QVERIFY(call);
        call->role = QStringLiteral("sales-rep");
        const Orphans o = findOrphans(p);
        QCOMPARE(o.toBeRolesWithoutTasks, ids({"retention-specialist"}));
        QCOMPARE(o.roles, QStringList()); // its own strategy still explains it
        call->role = QStringLiteral("retention-specialist");
        QCOMPARE(findOrphans(p), Orphans{});
    }

    void matricesCountWhatIsCovered()
    {
        const Project p = smallProject();

        const TraceMatrix strategyRole = strategyRoleMatrix(p);
        QCOMPARE(strategyRole.rows, ids({"s1", "s2"}));
        QCOMPARE(strategyRole.columns, ids({"a", "b", "c"}));
        QVERIFY(strategyRole.cells[0][1]); // b through its task in p1, which names s1
        QVERIFY(!strategyRole.cells[0][2]);
        QCOMPARE(counts(strategyRole), QList<int>({2, 1, 3, 2}));

        const TraceMatrix roleProcess = roleProcessMatrix(p);
        QCOMPARE(roleProcess.columns, ids({"p1", "p2", "p3", "p4"}));
        QVERIFY(roleProcess.cells[1][2]); // b works in p3
        QCOMPARE(counts(roleProcess), QList<int>({3, 2, 4, 3}));

        // st1 names a node of p1, so it triggers p1, its variant p2 and p3 the scenario diverts to.
        const TraceMatrix stepProcess = stepProcessMatrix(p);
        QCOMPARE(stepProcess.rows, ids({"st1", "st2", "st3"}));
        QCOMPARE(stepProcess.cells[0], std::vector<bool>({true, true, true, false}));
        QCOMPARE(counts(stepProcess), QList<int>({3, 2, 4, 4}));

        // q1 is linked from the step's side, q2 from the requirement's.
        const TraceMatrix requirementStep = requirementStepMatrix(p);
        QVERIFY(requirementStep.cells[0][0]);
        QVERIFY(requirementStep.cells[1][2]);
        QCOMPARE(counts(requirementStep), QList<int>({3, 2, 3, 2}));

        // Every task is a column, and the gateway because q2 names it.
        const TraceMatrix requirementNode = requirementNodeMatrix(p);
        QCOMPARE(requirementNode.columns, ids({"p1/t1", "p1/t2", "p2/t1", "p3/x", "p4/y", "p4/gw"}));
        QCOMPARE(counts(requirementNode), QList<int>({3, 2, 6, 2}));

        const TraceMatrix needStep = needStepMatrix(p);
        QCOMPARE(needStep.rows, ids({"n1", "n2"}));
        QCOMPARE(counts(needStep), QList<int>({2, 1, 3, 1}));

        QCOMPARE(TraceMatrix{}.coveredRows(), 0);
        QCOMPARE(TraceMatrix{}.coveredColumns(), 0);
    }

    void sampleMatricesCoverTheChain()
    {
        // Every process a step triggers is a covered column, so no process is an orphan.
        QCOMPARE(counts(stepProcessMatrix(*m_sample)), QList<int>({13, 13, 5, 5}));
        QCOMPARE(counts(strategyRoleMatrix(*m_sample)), QList<int>({3, 3, 9, 9}));
        QCOMPARE(counts(needStepMatrix(*m_sample)), QList<int>({6, 6, 13, 13}));
    }

    void chainOfEachKind()
    {
        const Project p = smallProject();
        using C = Chain;
        QCOMPARE(chainOf(p, QStringLiteral("strategy"), QStringLiteral("s1")),
                 (C{ids({"s1"}), ids({"a", "b"}), ids({"p1", "p2"}), ids({"st1"}), ids({"q1"}), ids({"n1"})}));
        // Down from b: where it works, the steps that trigger that work, their requirements; up: s1.
        QCOMPARE(chainOf(p, QStringLiteral("role"), QStringLiteral("b")),
                 (C{ids({"s1"}), ids({"b"}), ids({"p1", "p3"}), ids({"st1"}), ids({"q1"}), ids({"n1"})}));
        QCOMPARE(chainOf(p, QStringLiteral("process"), QStringLiteral("p2")),
                 (C{ids({"s1"}), ids({"a"}), ids({"p2"}), ids({"st1"}), ids({"q1"}), ids({"n1"})}));
        // st3 triggers p4, which no strategy drives and no role works in.
        QCOMPARE(chainOf(p, QStringLiteral("step"), QStringLiteral("st3")),
                 (C{{}, {}, ids({"p4"}), ids({"st3"}), ids({"q2"}), {}}));
        QCOMPARE(chainOf(p, QStringLiteral("requirement"), QStringLiteral("q1")),
                 (C{ids({"s1"}), ids({"a", "b"}), ids({"p1", "p2", "p3"}), ids({"st1"}), ids({"q1"}), ids({"n1"})}));
        QCOMPARE(chainOf(p, QStringLiteral("need"), QStringLiteral("n1")),
                 (C{ids({"s1"}), ids({"a"}), ids({"p1", "p2", "p3"}), ids({"st1"}), ids({"q1"}), ids({"n1"})}));
        QCOMPARE(chainOf(p, QStringLiteral("strategy"), QStringLiteral("s2")), (C{ids({"s2"}), {}, {}, {}, {}, {}}));
        QCOMPARE(chainOf(p, QStringLiteral("role"), QStringLiteral("nope")), Chain{});
        QCOMPARE(chainOf(p, QStringLiteral("colour"), QStringLiteral("a")), Chain{});
    }

    void chainOfSampleHighlightsBothWays()
    {
        const Chain renewal = chainOf(*m_sample, QStringLiteral("strategy"), QStringLiteral("earn-renewal"));
        QCOMPARE(renewal.roles, ids({"sales-rep", "retention-specialist"})); // sales-rep has the win-back task
        QCOMPARE(renewal.processes, ids({"renewal"}));
        QCOMPARE(renewal.steps, ids({"competitor-offer", "retention-call", "win-back"}));
        QCOMPARE(renewal.requirements, ids({"case-history", "churn-risk-flag", "offer-engine"}));
        QCOMPARE(renewal.needs, ids({"fair-price", "priority-repair"}));

        const Chain winBack = chainOf(*m_sample, QStringLiteral("step"), QStringLiteral("win-back"));
        QCOMPARE(winBack.strategies, ids({"day-one", "earn-renewal"}));
        QCOMPARE(winBack.roles, ids({"sales-rep"}));
        QCOMPARE(winBack.processes, ids({"renewal"}));
        QCOMPARE(winBack.requirements, ids({"offer-engine"}));
        QCOMPARE(winBack.needs, ids({"fair-price"}));

        // Whatever a strategy's chain holds has that strategy on its own chain.
        const std::pair<const char *, QStringList Chain::*> kinds[] = {{"role", &Chain::roles},
            {"process", &Chain::processes}, {"step", &Chain::steps}, {"requirement", &Chain::requirements},
            {"need", &Chain::needs}};
        for (const Strategy &s : m_sample->strategies) {
            const Chain driven = chainOf(*m_sample, QStringLiteral("strategy"), s.id);
            for (const auto &[kind, list] : kinds)
                for (const QString &id : driven.*list)
                    QVERIFY2(chainOf(*m_sample, QString::fromUtf8(kind), id).strategies.contains(s.id),
                             qPrintable(QStringLiteral("%1 %2").arg(QString::fromUtf8(kind), id)));
        }
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
