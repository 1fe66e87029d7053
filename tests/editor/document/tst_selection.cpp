// SPDX-License-Identifier: GPL-3.0-or-later
// The shared selection, and pages that follow a document only on the events they show.
#include "support/journeybuilder.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/documentfollower.h"
#include "editor/document/selection.h"
#include "editor/journey/commands/changestep.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace oi;
using namespace oi::editor;

class TestSelection : public QObject
{
    Q_OBJECT
private slots:
    void announcesOnlyRealChanges()
    {
        Selection selection;
        QSignalSpy changed(&selection, &Selection::changed);
        selection.select(EntityKind::Role, QStringLiteral("agent"));
        selection.select(EntityKind::Role, QStringLiteral("agent"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(selection.current(), (EntityRef { EntityKind::Role, QStringLiteral("agent") }));
        selection.set({ { EntityKind::Step, QStringLiteral("s1") }, { EntityKind::Role, QStringLiteral("x") },
            { EntityKind::Step, QStringLiteral("s2") } });
        QCOMPARE(selection.ids(EntityKind::Step), QStringList({ QStringLiteral("s1"), QStringLiteral("s2") }));
        selection.clear();
        QVERIFY(!selection.current().isValid());
        QCOMPARE(changed.count(), 3);
    }

    void kindsHaveStableNames()
    {
        for (EntityKind k : { EntityKind::Project, EntityKind::Strategy, EntityKind::Persona, EntityKind::Journey,
                 EntityKind::Stage, EntityKind::Step, EntityKind::Role, EntityKind::Process, EntityKind::Node,
                 EntityKind::Requirement, EntityKind::Scenario }) {
            EntityKind back;
            QVERIFY(entityKindFromName(entityKindName(k), &back));
            QCOMPARE(back, k);
        }
        EntityKind unused;
        QVERIFY(!entityKindFromName(QStringLiteral("colour"), &unused));
        QCOMPARE(entityKindName(EntityKind::Role), QStringLiteral("role"));
    }

    void followerRebuildsOnlyForWhatThePageShows()
    {
        Document doc(test::sampleProject());
        QWidget page;
        int built = 0;
        DocumentFollower follower(&page, showsKinds({ EntityKind::Role }), [&built] { ++built; });
        page.show();
        follower.setDocument(&doc);
        QCOMPARE(built, 1);
        doc.undoStack()->push(new SetStepTitle(&doc, { QStringLiteral("s1") }, QStringLiteral("Other")));
        doc.undoStack()->push(new SetRequirementText(&doc, { QStringLiteral("REQ-1") }, QStringLiteral("Other")));
        QCOMPARE(built, 1);
        doc.undoStack()->push(new SetRoleName(&doc, { QStringLiteral("agent") }, QStringLiteral("Adviser")));
        QCOMPARE(built, 2);

        // Hidden: stale, rebuilt once when shown again however many edits came.
        page.hide();
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QCOMPARE(built, 2);
        page.show();
        QCOMPARE(built, 3);
        QCOMPARE(follower.rebuilds(), 3);
        follower.setDocument(nullptr);
        QCOMPARE(built, 4);
    }
};

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
