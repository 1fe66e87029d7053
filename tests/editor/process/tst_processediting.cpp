// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a process on its diagram: every gesture one undo step that undoes exactly — adding from
// the palette and the keyboard (chained after the selected node), connecting and reconnecting with
// refusals in words, deleting with every reference unlinked, copy and paste between projects,
// align and distribute, automatic layout, lanes that grow, find, the as-is beside its redesign, the
// overlay hook, and a role renamed elsewhere renaming its lane.
#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "editor/process/processitems.h"
#include "editor/process/processscene.h"
#include "editor/process/processview.h"

#include "model/bpmn/autolayout.h"

#include <QAction>
#include <QGraphicsView>
#include <QLineEdit>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {

const QString kSupport = QStringLiteral("support");

std::unique_ptr<Document> load(const QString &file)
{
    model::Problems problems;
    return Document::load(file, &problems);
}

std::unique_ptr<Document> sample()
{
    return load(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"));
}

const model::Process &processOf(const Document &doc, const QString &id)
{
    return *doc.project().process(id);
}

const model::Flow *flowBetween(const model::Process &p, const QString &from, const QString &to)
{
    for (const model::Flow &f : p.flows)
        if (f.from == from && f.to == to)
            return &f;
    return nullptr;
}

// Every shape inside its lane and clear of every other: what the diagram must keep after any edit.
void verifyClean(ProcessScene &scene)
{
    scene.rebuild(); // a scene on its own is not told of edits; the view's follower rebuilds it
    const ProcessDiagram &d = scene.diagram();
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const ProcessLaneGeometry *lane = d.laneAt(d.nodes[i].rect.center().y());
        QVERIFY2(lane && lane->rect.contains(d.nodes[i].rect), qPrintable(d.nodes[i].id));
        for (std::size_t j = i + 1; j < d.nodes.size(); ++j)
            QVERIFY2(!d.nodes[i].rect.intersects(d.nodes[j].rect), qPrintable(d.nodes[i].id + u' ' + d.nodes[j].id));
    }
}

} // namespace

class TestProcessEditing : public QObject
{
    Q_OBJECT

private slots:
    void addingAfterTheSelectedNodeChainsIt()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(kSupport);
        const model::Project before = doc->project();
        scene.selectNodes({ QStringLiteral("dispatch") });
        const QString added = scene.addNode(model::NodeType::Task);
        QCOMPARE(added, QStringLiteral("task"));
        const model::Process &p = processOf(*doc, kSupport);
        const model::Node *task = p.node(added);
        QVERIFY(task && task->bounds);
        QCOMPARE(task->role, QStringLiteral("dispatcher")); // in the lane of the node it follows
        QVERIFY(task->duration.isSet()); // simulable at once
        QVERIFY(flowBetween(p, QStringLiteral("dispatch"), added));
        scene.rebuild();
        QCOMPARE(scene.selectedNodes(), QStringList { added }); // ready for the next one
        QVERIFY(task->bounds->x > p.node(QStringLiteral("dispatch"))->bounds->x);
        verifyClean(scene);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);
        // A second one with nothing selected goes at the end of the first lane, unconnected.
        scene.clearSelection();
        const QString end = scene.addNode(model::NodeType::End);
        QCOMPARE(processOf(*doc, kSupport).node(end)->lane, QStringLiteral("service-agent"));
        QCOMPARE(processOf(*doc, kSupport).flows.size(), before.process(kSupport)->flows.size());
    }

    void paletteKeysAddNodes()
    {
        auto doc = sample();
        ProcessView view;
        view.setDocument(doc.get());
        view.showProcess(kSupport);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.canvas()->setFocus();
        view.diagramScene()->selectNodes({ QStringLiteral("triage") });
        const std::size_t nodes = processOf(*doc, kSupport).nodes.size();
        QTest::keyClick(view.canvas(), Qt::Key_X);
        QCOMPARE(processOf(*doc, kSupport).nodes.size(), nodes + 1);
        const model::Node &gateway = processOf(*doc, kSupport).nodes.back();
        QCOMPARE(gateway.type, model::NodeType::Xor);
        QTest::keyClick(view.canvas(), Qt::Key_T); // chained after the new gateway
        const model::Process &p = processOf(*doc, kSupport);
        QCOMPARE(p.nodes.size(), nodes + 2);
        const model::Flow *branch = flowBetween(p, gateway.id, p.nodes.back().id);
        QVERIFY(branch);
        QCOMPARE(branch->probability, std::optional<double>(1.0)); // what is left of 1 on its first branch
        QVERIFY(view.action(ProcessView::AddTask)->toolTip().contains(u'T'));
        // Typing in the find box adds nothing.
        auto *find = view.findChild<QLineEdit *>(QStringLiteral("processFind"));
        find->setFocus();
        QTest::keyClicks(find, QStringLiteral("Fix"));
        QCOMPARE(processOf(*doc, kSupport).nodes.size(), nodes + 2);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view.diagramScene()->selectedNodes(), QStringList { QStringLiteral("triage") }); // "Diagnose and fix"
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view.diagramScene()->selectedNodes(), QStringList { QStringLiteral("route") }); // "Fixed?"
    }

    // With the mouse: drag from a node's handle onto another to connect them; drag one of two
    // selected nodes and both move, in one undo step; a rubber band selects what it encloses.
    void mouseGestures()
    {
        auto doc = sample();
        ProcessView view;
        view.setDocument(doc.get());
        view.showProcess(kSupport);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QGraphicsView *canvas = view.canvas();
        QWidget *port = canvas->viewport();
        ProcessScene *scene = view.diagramScene();
        const auto itemOf = [&](const QString &id) -> ProcessNodeItem * {
            for (QGraphicsItem *item : scene->items())
                if (item->data(0).toString() == id)
                    if (auto *node = dynamic_cast<ProcessNodeItem *>(item))
                        return node;
            return nullptr;
        };
        const auto onScreen = [&](const QPointF &scenePos) { return canvas->mapFromScene(scenePos); };
        // Connect: the handle shows on a selected node.
        ProcessNodeItem *dispatch = itemOf(QStringLiteral("dispatch"));
        QVERIFY(dispatch);
        scene->selectNodes({ QStringLiteral("dispatch") });
        const QPoint handle = onScreen(dispatch->mapToScene(dispatch->handleRect().center()));
        const QPoint target = onScreen(scene->diagram().node(QStringLiteral("closed"))->rect.center());
        QTest::mousePress(port, Qt::LeftButton, {}, handle);
        QTest::mouseMove(port, (handle + target) / 2);
        QTest::mouseMove(port, target);
        QTest::mouseRelease(port, Qt::LeftButton, {}, target);
        QTRY_VERIFY(flowBetween(processOf(*doc, kSupport), QStringLiteral("dispatch"), QStringLiteral("closed")));
        QCOMPARE(doc->undoStack()->count(), 1);
        // Group drag.
        const model::Bounds triage = *processOf(*doc, kSupport).node(QStringLiteral("triage"))->bounds;
        const model::Bounds route = *processOf(*doc, kSupport).node(QStringLiteral("route"))->bounds;
        scene->selectNodes({ QStringLiteral("triage"), QStringLiteral("route") });
        const QPoint from = onScreen(scene->diagram().node(QStringLiteral("triage"))->rect.center());
        QTest::mousePress(port, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(port, from + QPoint(0, 4 * step));
        QTest::mouseRelease(port, Qt::LeftButton, {}, from + QPoint(0, 20));
        QTRY_COMPARE(doc->undoStack()->count(), 2);
        const model::Process &p = processOf(*doc, kSupport);
        QCOMPARE(p.node(QStringLiteral("triage"))->bounds->y - triage.y,
            p.node(QStringLiteral("route"))->bounds->y - route.y);
        QVERIFY(p.node(QStringLiteral("triage"))->bounds->y > triage.y);
        QCOMPARE(p.node(QStringLiteral("triage"))->role, QStringLiteral("service-agent")); // still its lane
        // Rubber band round the first lane's start event only.
        scene->clearSelection();
        const QRectF start = scene->diagram().node(QStringLiteral("request"))->rect;
        const QPoint corner = onScreen(start.topLeft() - QPointF(12, 12));
        QTest::mousePress(port, Qt::LeftButton, {}, corner);
        QTest::mouseMove(port, onScreen(start.center()));
        QTest::mouseMove(port, onScreen(start.bottomRight() + QPointF(8, 8)));
        QTest::mouseRelease(port, Qt::LeftButton, {}, onScreen(start.bottomRight() + QPointF(8, 8)));
        QCOMPARE(scene->selectedNodes(), QStringList { QStringLiteral("request") });
    }

    void connectingAndReconnectingRefuseWhatMakesNoSense()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(kSupport);
        QString why;
        QVERIFY(!scene.connectNodes(QStringLiteral("closed"), QStringLiteral("triage"), &why));
        QVERIFY2(why.contains(QStringLiteral("Customer back online")), qPrintable(why)); // its name, not its id
        QVERIFY(!scene.connectNodes(QStringLiteral("triage"), QStringLiteral("request"), &why));
        QVERIFY(!scene.connectNodes(QStringLiteral("triage"), QStringLiteral("route"), &why)); // already there
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(scene.connectNodes(QStringLiteral("dispatch"), QStringLiteral("closed"), &why));
        QVERIFY(flowBetween(processOf(*doc, kSupport), QStringLiteral("dispatch"), QStringLiteral("closed")));
        QCOMPARE(doc->undoStack()->count(), 1);
        // The repair's flow now goes straight to the end: one step, and back.
        const model::Project before = doc->project();
        QVERIFY(scene.reconnectFlow(
            QStringLiteral("field-repair-verify"), model::FlowEnd::Target, QStringLiteral("closed"), &why));
        const model::Flow *f = processOf(*doc, kSupport).flow(QStringLiteral("field-repair-verify"));
        QCOMPARE(f->to, QStringLiteral("closed"));
        QVERIFY(!scene.reconnectFlow(QStringLiteral("route-closed"), model::FlowEnd::Source, QStringLiteral("closed"),
            &why)); // out of an end
        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);
    }

    void deletingANodeUnlinksWhatReferredToIt()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(QStringLiteral("onboarding"));
        const model::Project before = doc->project();
        scene.selectNodes({ QStringLiteral("enter-order") });
        QCOMPARE(scene.selectedNodes(), QStringList { QStringLiteral("enter-order") });
        QCOMPARE(scene.selectedFlows(), QStringList {});
        QCOMPARE(scene.deleteSelection(), 1);
        const model::Project &after = doc->project();
        const model::Process &p = *after.process(QStringLiteral("onboarding"));
        QVERIFY(!p.node(QStringLiteral("enter-order")));
        for (const model::Flow &f : p.flows)
            QVERIFY(f.from != QStringLiteral("enter-order") && f.to != QStringLiteral("enter-order"));
        const QString ref = QStringLiteral("onboarding/enter-order");
        for (const model::Journey &j : after.journeys)
            for (const model::Step &s : j.steps)
                QVERIFY(!s.processes.contains(ref));
        for (const model::Requirement &q : after.requirements)
            QVERIFY(!q.nodes.contains(ref));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);
        // A selected flow alone goes alone.
        scene.rebuild();
        scene.clearSelection();
        for (QGraphicsItem *item : scene.items())
            if (item->data(0).toString() == QStringLiteral("fork-ship-router"))
                item->setSelected(true);
        QCOMPARE(scene.deleteSelection(), 1);
        QCOMPARE(doc->project().process(QStringLiteral("onboarding"))->nodes.size(),
            before.process(QStringLiteral("onboarding"))->nodes.size());
    }

    void copyAndPasteBetweenProjects()
    {
        auto from = sample();
        ProcessScene source;
        source.setDocument(from.get());
        source.setProcess(kSupport);
        source.selectNodes({ QStringLiteral("dispatch"), QStringLiteral("field-repair") });
        QVERIFY(source.copySelection());
        // Into the same process: fresh ids, the flow between them kept, nothing on top of anything.
        const QStringList again = source.paste();
        QCOMPARE(again.size(), 2);
        QVERIFY(!again.contains(QStringLiteral("dispatch")));
        QVERIFY(flowBetween(processOf(*from, kSupport), again[0], again[1]));
        verifyClean(source);
        // Into another project: the roles come along (by name when it has them).
        auto to = load(QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml"));
        const std::size_t roles = to->project().roles.size();
        ProcessScene target;
        target.setDocument(to.get());
        const QString process = to->project().processes.front().id;
        target.setProcess(process);
        QVERIFY(target.canPaste());
        const QStringList pasted = target.paste();
        QCOMPARE(pasted.size(), 2);
        const model::Project &p = to->project();
        QCOMPARE(p.roles.size(), roles + 2); // dispatcher and field technician were not there
        const model::Node *repair = p.process(process)->node(pasted[1]);
        QCOMPARE(p.role(repair->role)->name, from->project().role(QStringLiteral("field-tech"))->name);
        QCOMPARE(to->undoStack()->count(), 1);
        to->undoStack()->undo();
        QCOMPARE(to->project().roles.size(), roles);
    }

    void alignAndDistribute()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(kSupport);
        const QStringList three { QStringLiteral("request"), QStringLiteral("triage"), QStringLiteral("route") };
        scene.selectNodes(three);
        QVERIFY(scene.align(model::Alignment::Top));
        const model::Process &p = processOf(*doc, kSupport);
        const auto top = [&](const QString &id) { return p.node(id)->bounds->y; };
        QCOMPARE(top(QStringLiteral("triage")), top(QStringLiteral("request")));
        QCOMPARE(top(QStringLiteral("route")), top(QStringLiteral("request")));
        QCOMPARE(p.node(QStringLiteral("triage"))->role, QStringLiteral("service-agent")); // still in its lane
        scene.rebuild();
        scene.selectNodes(three);
        QVERIFY(scene.distribute(Qt::Horizontal));
        const model::Process &q = processOf(*doc, kSupport);
        const auto left = [&](const QString &id) { return q.node(id)->bounds->x; };
        const auto right = [&](const QString &id) { return q.node(id)->bounds->x + q.node(id)->bounds->w; };
        QVERIFY(std::abs((left(QStringLiteral("triage")) - right(QStringLiteral("request")))
                    - (left(QStringLiteral("route")) - right(QStringLiteral("triage"))))
            < 0.11);
        QCOMPARE(doc->undoStack()->count(), 2);
        verifyClean(scene);
    }

    void layOutTidiesAMessInOneStep()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(QStringLiteral("onboarding"));
        // Everything dropped in one heap in the first lane.
        QHash<QString, QPointF> heap;
        for (const model::Node &n : scene.drawnProcess()->nodes)
            heap.insert(n.id, QPointF(200 + heap.size() * 7, 20));
        QVERIFY(scene.dropNodes(heap));
        scene.rebuild();
        scene.layOut();
        QCOMPARE(doc->undoStack()->count(), 2);
        verifyClean(scene);
        scene.rebuild();
        for (const model::Node &n : processOf(*doc, QStringLiteral("onboarding")).nodes)
            if (n.type == model::NodeType::Task)
                QCOMPARE(scene.diagram().laneAt(n.bounds->y + n.bounds->h / 2)->role, n.role);
    }

    void lanesGrowToHoldTheirNodes()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(kSupport);
        const ProcessLaneGeometry first = scene.diagram().lanes.front();
        const ProcessNodeGeometry triage = *scene.diagram().node(QStringLiteral("triage"));
        // Dropped low in its own lane, so its bottom passes the lane's edge: the lane grows.
        QVERIFY(scene.dropNode(QStringLiteral("triage"), QPointF(triage.rect.left(), first.rect.bottom() - 60)));
        QCOMPARE(processOf(*doc, kSupport).node(QStringLiteral("triage"))->role, QStringLiteral("service-agent"));
        verifyClean(scene);
        QVERIFY(scene.diagram().lanes.front().rect.height() > first.rect.height());
    }

    void theAsIsShowsBesideItsRedesign()
    {
        auto doc = sample();
        ProcessView view;
        view.setDocument(doc.get());
        view.showProcess(QStringLiteral("onboarding-to-be"));
        QCOMPARE(view.counterpartOf(QStringLiteral("onboarding-to-be")), QStringLiteral("onboarding"));
        QCOMPARE(view.counterpartOf(QStringLiteral("onboarding")), QStringLiteral("onboarding-to-be"));
        QVERIFY(view.counterpartOf(kSupport).isEmpty());
        QVERIFY(view.action(ProcessView::ShowCounterpart)->isEnabled());
        view.action(ProcessView::ShowCounterpart)->setChecked(true);
        QCOMPARE(view.counterpartScene()->process(), QStringLiteral("onboarding"));
        QVERIFY(view.counterpartScene()->isReadOnly());
        QVERIFY(!view.counterpartScene()->diagram().nodes.empty());
        QCOMPARE(view.counterpartScene()->addNode(model::NodeType::Task), QString()); // read-only
        view.showProcess(kSupport);
        QVERIFY(!view.action(ProcessView::ShowCounterpart)->isEnabled());
    }

    void overlaysColourNodesAndLanes()
    {
        auto doc = sample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(kSupport);
        ProcessOverlay overlay;
        overlay.nodes.insert(QStringLiteral("triage"),
            { QColor(0xd9, 0x77, 0x06), QStringLiteral("wait 42 min"),
                QStringLiteral("Customers wait 42 min on average here.") });
        overlay.lanes.insert(
            QStringLiteral("service-agent"), { QColor(0xc5, 0x30, 0x30), QStringLiteral("96 % busy"), {} });
        overlay.constraintNode = QStringLiteral("triage");
        scene.setOverlay(overlay);
        QCOMPARE(scene.overlay(), overlay);
        ProcessNodeItem *triage = nullptr;
        for (QGraphicsItem *item : scene.items())
            if (item->data(0).toString() == QStringLiteral("triage"))
                triage = dynamic_cast<ProcessNodeItem *>(item);
        QVERIFY(triage);
        QVERIFY(triage->toolTip().contains(QStringLiteral("42 min")));
        // The label sits above the shape, inside what the item paints.
        QVERIFY(triage->boundingRect().top() < triage->node().rect.top() - 20);
        QImage plain(scene.sceneRect().size().toSize(), QImage::Format_ARGB32), marked = plain;
        {
            QPainter p(&marked);
            scene.render(&p);
        }
        scene.setOverlay({});
        {
            QPainter p(&plain);
            scene.render(&p);
        }
        QVERIFY(plain != marked);
    }

    void aRoleRenamedElsewhereRenamesItsLane()
    {
        auto doc = sample();
        ProcessView view;
        view.setDocument(doc.get());
        view.showProcess(kSupport);
        view.show();
        doc->undoStack()->push(new SetRoleName(doc.get(), { QStringLiteral("dispatcher") }, QStringLiteral("Planner")));
        bool found = false;
        for (const ProcessLaneGeometry &lane : view.diagramScene()->diagram().lanes)
            found = found || (lane.role == QStringLiteral("dispatcher") && lane.title == QStringLiteral("Planner"));
        QVERIFY(found);
    }
};

QTEST_MAIN(TestProcessEditing)
#include "tst_processediting.moc"
