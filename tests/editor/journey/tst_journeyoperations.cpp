// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/document.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeyscene.h"

#include "model/journeyinterchange.h"

#include "support/journeybuilder.h"

#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {
const QString kJourney = QStringLiteral("onboarding");

QStringList ids(const model::Project &p)
{
    QStringList result;
    for (const model::Step &s : p.journeys[0].steps)
        result.append(s.id);
    return result;
}
} // namespace

class TestJourneyOperations : public QObject
{
    Q_OBJECT
private slots:
    void removeStageTakesItsStepsInOneUndoStep()
    {
        Document doc(test::sampleProject());
        const model::Project before = doc.project();
        JourneyOperations::removeStages(&doc, kJourney, { QStringLiteral("install") });
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().journeys[0].stages.size(), size_t(2));
        QCOMPARE(ids(doc.project()), QString::fromLatin1("s1 s2 s3").split(u' '));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void addStageAndStep()
    {
        Document doc(test::sampleProject());
        const QString stage = JourneyOperations::addStage(&doc, kJourney, QStringLiteral("Use"));
        QCOMPARE(stage, QStringLiteral("stage-4"));
        const QString step = JourneyOperations::addStep(&doc, kJourney, stage, -1, QStringLiteral("Stream"));
        QCOMPARE(step, QStringLiteral("step"));
        QCOMPARE(doc.project().journeys[0].steps.back().stage, stage);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add Step"));
        const QString second = JourneyOperations::addStep(&doc, kJourney, stage, 0, QString());
        QCOMPARE(second, QStringLiteral("step-2"));
        QCOMPARE(ids(doc.project()).mid(5), (QStringList { second, step }));
    }

    void duplicateGivesFreshIdsAfterOriginals()
    {
        Document doc(test::sampleProject());
        const model::Project before = doc.project();
        const QStringList copies
            = JourneyOperations::duplicateSteps(&doc, kJourney, { QStringLiteral("s2"), QStringLiteral("s4") });
        QCOMPARE(copies, (QStringList { QStringLiteral("s2-2"), QStringLiteral("s4-2") }));
        QCOMPARE(ids(doc.project()), QString::fromLatin1("s1 s2 s2-2 s3 s4 s4-2 s5").split(u' '));
        QCOMPARE(doc.project().step(QStringLiteral("s4-2"))->frontRoles, before.step(QStringLiteral("s4"))->frontRoles);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Duplicate 2 Steps"));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void pasteDropsForeignLinks()
    {
        Document doc(test::sampleProject());
        model::Step step = *doc.project().step(QStringLiteral("s3"));
        step.frontRoles.append(QStringLiteral("ghost"));
        step.requirements.append(QStringLiteral("REQ-99"));
        const QStringList pasted = JourneyOperations::pasteSteps(
            &doc, QStringLiteral("support"), { step, step }, QStringLiteral("report"), 0);
        QCOMPARE(pasted, (QStringList { QStringLiteral("s3-2"), QStringLiteral("s3-3") }));
        const model::Journey &support = doc.project().journeys[1];
        QCOMPARE(support.steps.size(), size_t(3));
        QCOMPARE(support.steps[0].id, QStringLiteral("s3-2"));
        QCOMPARE(support.steps[0].stage, QStringLiteral("report"));
        QCOMPARE(support.steps[0].frontRoles, QStringList { QStringLiteral("agent") });
        QCOMPARE(support.steps[0].requirements, QStringList { QStringLiteral("REQ-1") });
        QCOMPARE(support.steps[2].id, QStringLiteral("t1"));
    }

    void importJourneyJson()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const model::Project before = doc.project();
        const QByteArray json = model::journeyToJson(doc.project(), doc.project().journeys[0]);
        QString error;
        const QString id = JourneyOperations::importJourneyJson(&doc, json, &error);
        QCOMPARE(id, QStringLiteral("onboarding-2"));
        QCOMPARE(doc.project().journeys.size(), size_t(3));
        const model::Journey &imported = doc.project().journeys.back();
        QCOMPARE(imported.steps.front().id, QStringLiteral("s1-2"));
        QCOMPARE(imported.steps.size(), size_t(5));
        QCOMPARE(doc.project().personas.size(), size_t(1)); // "family" exists already
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Import Journey"));
        scene.setJourney(id);
        QCOMPARE(scene.stepItemCount(), 5);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        // The scene falls back to the first journey when its journey goes away.
        QCOMPARE(scene.journeyId(), kJourney);
        QCOMPARE(scene.stepItemCount(), 5);

        QVERIFY(JourneyOperations::importJourneyJson(&doc, "{\"format\":1}", &error).isEmpty());
        QCOMPARE(error, QStringLiteral("format: expected \"outsidein-journey\""));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void linkAndUnlink()
    {
        Document doc(test::sampleProject());
        const model::Project before = doc.project();
        const QStringList steps { QStringLiteral("s1"), QStringLiteral("s3") };
        QVERIFY(JourneyOperations::setLinked(&doc, steps, EntityKind::Role, QStringLiteral("billing"), true));
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->backRoles, QStringList { QStringLiteral("billing") });
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->backRoles, QStringList { QStringLiteral("billing") });
        QVERIFY(JourneyOperations::setLinked(&doc, steps, EntityKind::Role, QStringLiteral("engineer"), true));
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->frontRoles, QStringList { QStringLiteral("engineer") });
        QVERIFY(JourneyOperations::setLinked(&doc, steps, EntityKind::Requirement, QStringLiteral("REQ-2"), true));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->requirements,
            (QStringList { QStringLiteral("REQ-1"), QStringLiteral("REQ-2") }));
        QVERIFY(JourneyOperations::setLinked(
            &doc, { QStringLiteral("s3") }, EntityKind::Process, QStringLiteral("order"), false));
        QVERIFY(doc.project().step(QStringLiteral("s3"))->processes.isEmpty());
        QVERIFY(JourneyOperations::setLinked(
            &doc, { QStringLiteral("s3") }, EntityKind::Role, QStringLiteral("agent"), false));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->frontRoles, QStringList { QStringLiteral("engineer") });
        QVERIFY(!JourneyOperations::setLinked(&doc, steps, EntityKind::Persona, QStringLiteral("family"), true));
        QCOMPARE(doc.undoStack()->count(), 5);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }
};

QTEST_MAIN(TestJourneyOperations)
#include "tst_journeyoperations.moc"
