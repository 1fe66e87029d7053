// SPDX-License-Identifier: GPL-3.0-or-later
// Field edits of every entity family share ChangeValue: do/undo/redo restore the model exactly,
// each sends its family's event with the field's property bit, and edits merge within one gesture only.
#include "support/commandcheck.h"
#include "support/journeybuilder.h"

#include "editor/commands/entitycommands.h"
#include "editor/commands/entitylistcommands.h"
#include "editor/commands/renameidcommand.h"
#include "editor/document/selection.h"

#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {
struct Heard
{
    ChangeEvent::Type type;
    EntityKind kind;
    QStringList ids;
    quint32 properties;
};

class EntityEvents : public QObject
{
public:
    explicit EntityEvents(Document *doc)
    {
        connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.type >= ChangeEvent::EntitiesAdded) {
                const auto &ee = static_cast<const EntityChangeEvent &>(e);
                heard.append({ e.type, ee.kind, ee.ids, ee.properties });
            } else {
                others.append(e.type);
            }
        });
    }
    QList<Heard> heard;
    QList<ChangeEvent::Type> others;
};
} // namespace

class TestEntityCommands : public QObject
{
    Q_OBJECT
private slots:
    void everyFamilyChangesThroughChangeValue()
    {
        Document doc(test::sampleProject());
        doc.projectForEdit().strategies.push_back({ QStringLiteral("s1"), QStringLiteral("Fix first time"), {}, {}, {} });
        model::Scenario toBe;
        toBe.id = QStringLiteral("to-be");
        doc.projectForEdit().scenarios.push_back(toBe);
        model::Node triage;
        triage.id = QStringLiteral("triage");
        doc.projectForEdit().processes.front().nodes.push_back(triage);
        EntityEvents events(&doc);
        using P = model::Project;

        QVERIFY(test::checkDoUndoRedo(doc, new SetProjectClient(&doc, { QStringLiteral("project") }, QStringLiteral("Globex")),
            [](P &p) { p.client = QStringLiteral("Globex"); }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetStrategyOwner(&doc, { QStringLiteral("s1") }, QStringLiteral("COO")),
            [](P &p) { p.strategies[0].owner = QStringLiteral("COO"); }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetPersonaNeeds(&doc, { QStringLiteral("family") }, { { QStringLiteral("speed"), QStringLiteral("Fast") } }),
            [](P &p) { p.personas[0].needs = { { QStringLiteral("speed"), QStringLiteral("Fast") } }; }));
        QVERIFY(test::checkDoUndoRedo(doc,
            new SetRoleOffice(&doc, { QStringLiteral("agent"), QStringLiteral("billing") }, model::Office::Field),
            [](P &p) { p.roles[0].office = p.roles[1].office = model::Office::Field; }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetRoleHeadcount(&doc, { QStringLiteral("engineer") }, 7),
            [](P &p) { p.roles[2].headcount = 7; }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetProcessLanes(&doc, { QStringLiteral("order") }, { { QStringLiteral("agent"), 120.0 } }),
            [](P &p) { p.processes[0].lanes = { { QStringLiteral("agent"), 120.0 } }; }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetNodeRole(&doc, { QStringLiteral("order/triage") }, QStringLiteral("agent")),
            [](P &p) { p.processes[0].nodes[0].role = QStringLiteral("agent"); }));
        QVERIFY(test::checkDoUndoRedo(doc,
            new SetRequirementPriority(&doc, { QStringLiteral("REQ-2") }, model::Priority::Must),
            [](P &p) { p.requirements[1].priority = model::Priority::Must; }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetScenarioArrivalMultiplier(&doc, { QStringLiteral("to-be") }, 1.5),
            [](P &p) { p.scenarios[0].arrivalMultiplier = 1.5; }));

        // Each do, undo and redo told the views which family, which ids and which field.
        QCOMPARE(events.heard.size(), 9 * 3);
        QVERIFY(events.others.isEmpty());
        const Heard &role = events.heard.at(3 * 3);
        QCOMPARE(role.type, ChangeEvent::EntitiesChanged);
        QCOMPARE(role.kind, EntityKind::Role);
        QCOMPARE(role.ids, QStringList({ QStringLiteral("agent"), QStringLiteral("billing") }));
        QCOMPARE(role.properties, quint32(EntityProperty::RoleOffice));
        const Heard &node = events.heard.at(6 * 3 + 1);
        QCOMPARE(node.kind, EntityKind::Node);
        QCOMPARE(node.ids, QStringList({ QStringLiteral("order/triage") }));
        QCOMPARE(node.properties, quint32(EntityProperty::NodeRole));
        QCOMPARE(events.heard.at(8 * 3).properties, quint32(EntityProperty::ScenarioArrivals));
    }

    void editsMergeWithinOneGestureOnly()
    {
        Document doc(test::sampleProject());
        const quint64 typing = newGestureId();
        for (const char *name : { "C", "Co", "Con" }) {
            auto *command = new SetRoleName(&doc, { QStringLiteral("agent") }, QLatin1String(name));
            command->setGesture(typing);
            doc.undoStack()->push(command);
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->push(new SetRoleName(&doc, { QStringLiteral("agent") }, QStringLiteral("Concierge")));
        doc.undoStack()->push(new SetRoleName(&doc, { QStringLiteral("agent") }, QStringLiteral("Concierge team")));
        QCOMPARE(doc.undoStack()->count(), 3); // no gesture: two separate edits stay two steps
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.project().role(QStringLiteral("agent"))->name, QStringLiteral("Con"));
        // A command that changes nothing leaves the stack alone.
        doc.undoStack()->push(new SetRoleName(&doc, { QStringLiteral("agent") }, QStringLiteral("Con")));
        QCOMPARE(doc.undoStack()->index(), 1);
    }

    void addAndRemoveAnnounceThemselves()
    {
        Document doc(test::sampleProject());
        EntityEvents events(&doc);
        model::Role lead;
        lead.id = QStringLiteral("lead");
        lead.name = QStringLiteral("Team lead");
        QVERIFY(test::checkDoUndoRedo(doc, new AddEntity<RoleTraits>(&doc, lead, 1, QStringLiteral("Add Role")),
            [&](model::Project &p) { p.roles.insert(p.roles.begin() + 1, lead); }));
        QVERIFY(test::checkDoUndoRedo(doc, new RemoveEntity<RequirementTraits>(&doc, QStringLiteral("REQ-1"), QStringLiteral("Delete")),
            [](model::Project &p) { p.requirements.erase(p.requirements.begin()); }));
        QList<ChangeEvent::Type> types;
        for (const Heard &h : events.heard)
            types << h.type;
        using E = ChangeEvent;
        QCOMPARE(types,
            QList<E::Type>({ E::EntitiesAdded, E::EntitiesAboutToBeRemoved, E::EntitiesRemoved, E::EntitiesAdded,
                E::EntitiesAboutToBeRemoved, E::EntitiesRemoved, E::EntitiesAdded, E::EntitiesAboutToBeRemoved,
                E::EntitiesRemoved }));
        QCOMPARE(events.heard.last().kind, EntityKind::Requirement);
        auto *missing = new RemoveEntity<RoleTraits>(&doc, QStringLiteral("nobody"), QStringLiteral("Delete"));
        QVERIFY(missing->isObsolete());
        delete missing;
    }

    void renameIdIsOneUndoStepAndFollowsTheSelection()
    {
        Document doc(test::sampleProject());
        doc.projectForEdit().journeys.front().steps.front().frontRoles = { QStringLiteral("agent") };
        doc.projectForEdit().processes.front().lanes = { { QStringLiteral("agent"), {} }, { QStringLiteral("ghost"), {} } };
        doc.selection()->select(EntityKind::Role, QStringLiteral("agent"));
        EntityEvents events(&doc);
        QVERIFY(test::checkDoUndoRedo(doc,
            new RenameIdCommand(&doc, model::IdKind::Role, QStringLiteral("agent"), QStringLiteral("concierge")),
            [](model::Project &p) {
                p.roles[0].id = QStringLiteral("concierge");
                for (model::Step &s : p.journeys.front().steps)
                    s.frontRoles.replaceInStrings(QStringLiteral("agent"), QStringLiteral("concierge"));
                p.processes.front().lanes[0].role = QStringLiteral("concierge");
            }));
        QCOMPARE(events.others, QList<ChangeEvent::Type>(3, ChangeEvent::DocumentReset));
        QCOMPARE(doc.selection()->ids(EntityKind::Role), QStringList({ QStringLiteral("concierge") }));
        doc.undoStack()->undo();
        QCOMPARE(doc.selection()->ids(EntityKind::Role), QStringList({ QStringLiteral("agent") }));

        auto *taken = new RenameIdCommand(&doc, model::IdKind::Role, QStringLiteral("agent"), QStringLiteral("billing"));
        QVERIFY(taken->isObsolete());
        delete taken;
    }
};

QTEST_MAIN(TestEntityCommands)
#include "tst_entitycommands.moc"
