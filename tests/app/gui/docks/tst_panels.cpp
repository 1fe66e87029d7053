// SPDX-License-Identifier: GPL-3.0-or-later
// The Project tree and the Problems panel: what they show, what they drag, where they jump.
#include "support/isolatedsettings.h"
#include "app/gui/docks/problemspanel.h"
#include "app/gui/docks/projecttree.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"

#include <QUndoStack>

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace oi;

namespace {
std::unique_ptr<model::Project> smallProject()
{
    auto p = std::make_unique<model::Project>();
    p->roles.push_back({});
    p->roles.back().id = QStringLiteral("agent");
    p->roles.back().name = QStringLiteral("Service agent");
    p->roles.push_back({});
    p->roles.back().id = QStringLiteral("tech");
    p->roles.back().name = QStringLiteral("Field technician");
    p->requirements.push_back({});
    p->requirements.back().id = QStringLiteral("offline");
    p->requirements.back().text = QStringLiteral("Field reps work offline with full data");
    return p;
}
} // namespace

class TestPanels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_panels"); }

    void treeListsAndDragsEntities()
    {
        editor::Document doc(smallProject());
        app::ProjectTree tree;
        tree.setDocument(&doc);
        QCOMPARE(tree.topLevelItemCount(), 8);
        QTreeWidgetItem *roles = tree.topLevelItem(3);
        QCOMPARE(roles->text(0), QStringLiteral("Roles (2)"));
        QCOMPARE(roles->child(1)->text(0), QStringLiteral("Field technician"));

        QVERIFY(tree.selectEntity(QStringLiteral("role"), QStringLiteral("tech")));
        QCOMPARE(tree.currentItem(), roles->child(1));
        QVERIFY(!tree.selectEntity(QStringLiteral("role"), QStringLiteral("nobody")));

        // Dragging several entities carries "kind:id" lines, the format the journey map accepts.
        const QList<QTreeWidgetItem *> dragged = {roles->child(0), tree.topLevelItem(6)->child(0)};
        std::unique_ptr<QMimeData> data(tree.mimeData(dragged));
        QVERIFY(data);
        QCOMPARE(QString::fromUtf8(data->data(app::ProjectTree::mimeType())),
                 QStringLiteral("role:agent\nrequirement:offline"));
        // Group headings carry no entity and cannot be dragged.
        QVERIFY(!tree.mimeData({roles}));
    }

    // New, delete (asking to unlink what refers to it) and rename: each one undo step.
    void treeCreatesDeletesAndRenamesEntities()
    {
        auto project = smallProject();
        project->roles.back().crossTrained.push_back({QStringLiteral("agent"), 1});
        project->responsibilities.push_back({QStringLiteral("answer"), QStringLiteral("Answer calls"),
                                             QStringLiteral("agent"), QStringLiteral("tech")});
        editor::Document doc(std::move(project));
        app::ProjectTree tree;
        tree.setDocument(&doc);
        QStringList notices;
        tree.setNotice([&](const QString &text) { notices << text; });

        tree.newEntity(editor::EntityKind::Role);
        QCOMPARE(doc.project().roles.size(), std::size_t(3));
        QCOMPARE(doc.project().roles.back().id, QStringLiteral("role"));
        QCOMPARE(doc.selection()->entities().first(), (editor::EntityRef{editor::EntityKind::Role, QStringLiteral("role")}));
        tree.newEntity(editor::EntityKind::Role);
        QCOMPARE(doc.project().roles.back().id, QStringLiteral("role-2"));
        QCOMPARE(doc.undoStack()->count(), 2);

        // "agent" is referred to: a "no" keeps it, a "yes" deletes and unlinks in one step.
        QString asked;
        tree.setQuestion([&](const QString &, const QString &text) { asked = text; return false; });
        QVERIFY(!tree.deleteEntity({editor::EntityKind::Role, QStringLiteral("agent")}));
        QVERIFY(doc.project().role(QStringLiteral("agent")));
        QVERIFY2(asked.contains(QLatin1String("Field technician")) && asked.contains(QLatin1String("Answer calls")), qPrintable(asked));
        const model::Project before = doc.project();
        tree.setQuestion([](const QString &, const QString &) { return true; });
        QVERIFY(tree.deleteEntity({editor::EntityKind::Role, QStringLiteral("agent")}));
        QVERIFY(!doc.project().role(QStringLiteral("agent")));
        QVERIFY(doc.project().role(QStringLiteral("tech"))->crossTrained.empty());
        QCOMPARE(doc.project().responsibility(QStringLiteral("answer"))->asIs, QString());
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);

        // Nothing refers to the new role: Delete on its item deletes it without asking.
        tree.setQuestion([](const QString &, const QString &) { return false; });
        QVERIFY(tree.selectEntity(QStringLiteral("role"), QStringLiteral("role-2")));
        QTest::keyClick(&tree, Qt::Key_Delete);
        QVERIFY(!doc.project().role(QStringLiteral("role-2")));

        QVERIFY(tree.renameEntity({editor::EntityKind::Role, QStringLiteral("tech")}, QStringLiteral("field-tech")));
        QCOMPARE(doc.project().responsibility(QStringLiteral("answer"))->toBe, QStringLiteral("field-tech"));
        QVERIFY(!tree.renameEntity({editor::EntityKind::Role, QStringLiteral("agent")}, QStringLiteral("field-tech")));
        // Reordering: Alt+Down moves the current role one place down, one undo step.
        QVERIFY(tree.selectEntity(QStringLiteral("role"), QStringLiteral("agent")));
        QCOMPARE(doc.project().roles.front().id, QStringLiteral("agent"));
        QTest::keyClick(&tree, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(doc.project().roles.at(1).id, QStringLiteral("agent"));
        QCOMPARE(tree.topLevelItem(3)->child(1)->text(0), QStringLiteral("Service agent"));
        QVERIFY(!tree.moveEntity({editor::EntityKind::Role, QStringLiteral("agent")}, -5)); // nowhere to go
        doc.undoStack()->undo();
        QCOMPARE(doc.project().roles.front().id, QStringLiteral("agent"));
        // What is linked to the selection reads in bold: the requirement's chain is empty here.
        doc.selection()->select(editor::EntityKind::Role, QStringLiteral("agent"));
        QVERIFY(tree.isMarked(editor::EntityKind::Role, QStringLiteral("agent")));
        QVERIFY(!tree.isMarked(editor::EntityKind::Role, QStringLiteral("field-tech")));
        QVERIFY2(!notices.isEmpty() && notices.last().contains(QLatin1String("taken")), qPrintable(notices.join(u'|')));
    }

    void treeKeepsCollapsedGroupsAcrossEdits()
    {
        editor::Document doc(smallProject());
        app::ProjectTree tree;
        tree.setDocument(&doc);
        tree.topLevelItem(3)->setExpanded(false);
        tree.setDocument(&doc);  // a rebuild, as after any edit
        QVERIFY(!tree.topLevelItem(3)->isExpanded());
        QVERIFY(tree.topLevelItem(0)->isExpanded());
    }

    void problemsJumpToTheirEntity()
    {
        app::ProblemsPanel panel;
        model::Problem p;
        p.file = QStringLiteral("/work/client.oi.yaml");
        p.line = 12;
        p.column = 5;
        p.entity = QStringLiteral("process support/node triage");
        p.field = QStringLiteral("duration.mean");
        p.message = QStringLiteral("the mean must be positive.");
        model::Problem w = p;
        w.severity = model::Problem::Severity::Warning;
        w.entity = QStringLiteral("role agent");
        panel.setProblems({p, w});
        QCOMPARE(panel.topLevelItemCount(), 2);
        QCOMPARE(panel.topLevelItem(0)->text(2), QStringLiteral("client.oi.yaml:12:5"));
        QCOMPARE(panel.topLevelItem(0)->text(1), QStringLiteral("process support/node triage · duration.mean"));

        QSignalSpy jumped(&panel, &app::ProblemsPanel::entityActivated);
        emit panel.itemActivated(panel.topLevelItem(0), 0);
        emit panel.itemActivated(panel.topLevelItem(1), 0);
        QCOMPARE(jumped.count(), 2);
        using editor::EntityKind;
        using editor::EntityRef;
        QCOMPARE(jumped.at(0).first().value<EntityRef>(), (EntityRef { EntityKind::Node, QStringLiteral("support/triage") }));
        QCOMPARE(jumped.at(1).first().value<EntityRef>(), (EntityRef { EntityKind::Role, QStringLiteral("agent") }));

        // With the project at hand the place reads as names; the ids stay in the tooltip.
        const auto project = smallProject();
        w.field = QStringLiteral("cross_trained[0].role");
        panel.setProblems({ w }, project.get());
        QCOMPARE(panel.topLevelItem(0)->text(1), QStringLiteral("Service agent (role) · cross trained, entry 1, role"));
        QCOMPARE(panel.topLevelItem(0)->toolTip(1), QStringLiteral("role agent · cross_trained[0].role"));

        panel.setProblems({});
        QCOMPARE(panel.topLevelItemCount(), 1);
        QVERIFY(!(panel.topLevelItem(0)->flags() & Qt::ItemIsSelectable));
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
