// SPDX-License-Identifier: GPL-3.0-or-later
// A draft joins the open project under ids of its own, in the project's time unit, and every
// reference inside the draft follows its renamed ids.
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
    void timesFollowTheProjectsUnit();
};

void TestDraftMerge::clashingIdsAreRenamedWithTheirReferences()
{
    model::Project open = draftWithClashingIds(); // the same ids everywhere
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
