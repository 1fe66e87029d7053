// SPDX-License-Identifier: GPL-3.0-or-later
// A draft joins the open project under ids of its own, in the project's time unit, and every
// reference inside the draft follows its renamed ids; a draft role named like a project's role is it.
#include "app/gui/eventlog/draftmerge.h"

#include <QTest>

using namespace oi;

namespace {

model::Project draftWithClashingIds()
{
    model::Project d;
    d.timeUnit = model::TimeUnit::Minute;
    d.roles.push_back({});
    d.roles.back().id = QStringLiteral("agent");
    d.roles.back().name = QStringLiteral("Agent");
    model::Process p;
    p.id = QStringLiteral("support");
    model::Node start;
    start.id = QStringLiteral("start");
    start.type = model::NodeType::Start;
    start.arrivals = model::Distribution::exponential(30);
    model::Node task;
    task.id = QStringLiteral("test-line");
    task.type = model::NodeType::Task;
    task.role = QStringLiteral("agent");
    task.duration = model::Distribution::exponential(90);
    p.nodes = { start, task };
    d.processes.push_back(p);
    model::Journey j;
    j.id = QStringLiteral("journey");
    model::Step s;
    s.id = QStringLiteral("test-line");
    s.frontRoles = { QStringLiteral("agent") };
    s.processes = { QStringLiteral("support") };
    j.steps.push_back(s);
    d.journeys.push_back(j);
    return d;
}

} // namespace

class TestDraftMerge : public QObject
{
    Q_OBJECT
private slots:
    void clashingIdsAreRenamedWithTheirReferences();
    void rolesNamedAlikeAreOneRole();
    void timesFollowTheProjectsUnit();
};

void TestDraftMerge::clashingIdsAreRenamedWithTheirReferences()
{
    model::Project open = draftWithClashingIds(); // the same ids everywhere
    open.roles.front().name = QStringLiteral("Field technician"); // but another role
    const app::MergedDraft merged = app::mergeDraft(open, draftWithClashingIds());
    const model::Project &p = merged.project;
    QCOMPARE(p.processes.size(), size_t(2));
    QCOMPARE(p.processes.front(), open.processes.front());
    QCOMPARE(merged.process, QStringLiteral("support-2"));
    QCOMPARE(merged.journey, QStringLiteral("journey-2"));
    QCOMPARE(p.roles.back().id, QStringLiteral("agent-2"));
    QCOMPARE(p.processes.back().nodes.back().role, QStringLiteral("agent-2"));
    const model::Step &step = p.journeys.back().steps.front();
    QCOMPARE(step.id, QStringLiteral("test-line-2"));
    QCOMPARE(step.frontRoles, QStringList { QStringLiteral("agent-2") });
    QCOMPARE(step.processes, QStringList { QStringLiteral("support-2") });
}

void TestDraftMerge::rolesNamedAlikeAreOneRole()
{
    // The project has "Service agent" as `service-agent` and a role whose id is the draft's `agent`.
    model::Project open;
    open.roles.resize(2);
    open.roles[0].id = QStringLiteral("agent");
    open.roles[0].name = QStringLiteral("Field technician");
    open.roles[1].id = QStringLiteral("service-agent");
    open.roles[1].name = QStringLiteral("Service agent");
    open.roles[1].headcount = 7;
    model::Project draft = draftWithClashingIds();
    draft.roles.front().name = QStringLiteral("  service AGENT "); // as the log's resource column says it
    draft.roles.front().headcount = 3;
    draft.processes.front().lanes = { model::Lane { QStringLiteral("agent"), {} } };
    // A second draft role, named like no role, keeps an id of its own.
    draft.roles.push_back({});
    draft.roles.back().id = QStringLiteral("service-agent");
    draft.roles.back().name = QStringLiteral("Billing clerk");
    draft.journeys.front().steps.front().backRoles = { QStringLiteral("service-agent") };

    const app::MergedDraft merged = app::mergeDraft(open, draft);
    const model::Project &p = merged.project;
    QCOMPARE(merged.reusedRoles, QStringList { QStringLiteral("service-agent") });
    QCOMPARE(p.roles.size(), size_t(3)); // no second service agent
    QCOMPARE(p.roles[0], open.roles[0]);
    QCOMPARE(p.roles[1], open.roles[1]); // the project's headcount stays
    QCOMPARE(p.roles[2].name, QStringLiteral("Billing clerk"));
    QCOMPARE(p.roles[2].id, QStringLiteral("service-agent-2"));
    const model::Process &process = p.processes.back();
    QCOMPARE(process.nodes.back().role, QStringLiteral("service-agent"));
    QCOMPARE(process.lanes.size(), size_t(1));
    QCOMPARE(process.lanes.front().role, QStringLiteral("service-agent"));
    const model::Step &step = p.journeys.back().steps.front();
    QCOMPARE(step.frontRoles, QStringList { QStringLiteral("service-agent") });
    QCOMPARE(step.backRoles, QStringList { QStringLiteral("service-agent-2") });
}

void TestDraftMerge::timesFollowTheProjectsUnit()
{
    model::Project open;
    open.timeUnit = model::TimeUnit::Hour;
    const app::MergedDraft merged = app::mergeDraft(open, draftWithClashingIds());
    const model::Process &p = merged.project.processes.front();
    QCOMPARE(p.nodes.front().arrivals.mean, 0.5); // 30 minutes
    QCOMPARE(p.nodes.back().duration.mean, 1.5); // 90 minutes
    QCOMPARE(merged.process, QStringLiteral("support")); // nothing to rename
}

QTEST_MAIN(TestDraftMerge)
#include "tst_draftmerge.moc"
