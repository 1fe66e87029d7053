// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/changejourney.h"
#include "editor/journey/commands/changestep.h"
#include "editor/document/document.h"

#include "support/commandcheck.h"
#include "support/eventrecorder.h"
#include "support/journeybuilder.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {
struct FieldCase
{
    const char *name;
    std::function<QUndoCommand *(Document *)> make;
    std::function<void(model::Project &)> expect;
    StepChangeEvent::Property property;
};

model::Step &step(model::Project &p, int i)
{
    return p.journeys[0].steps[size_t(i)];
}
const QStringList kS3 { QStringLiteral("s3") };

std::vector<FieldCase> fieldCases()
{
    const auto str = [](const char *s) { return QString::fromLatin1(s); };
    const model::Metric m { str("NPS"), {}, -10.0, 100.0, 30.0, {}, str("advocate") };
    return {
        { "title", [=](Document *d) { return new SetStepTitle(d, kS3, str("Order online")); },
            [=](model::Project &p) { step(p, 2).title = str("Order online"); }, StepChangeEvent::TitleProperty },
        { "action", [=](Document *d) { return new SetStepCustomerAction(d, kS3, str("Calls")); },
            [=](model::Project &p) { step(p, 2).customerAction = str("Calls"); },
            StepChangeEvent::CustomerActionProperty },
        { "touchpoint", [=](Document *d) { return new SetStepTouchpoint(d, kS3, str("IVR")); },
            [=](model::Project &p) { step(p, 2).touchpoint = str("IVR"); }, StepChangeEvent::TouchpointProperty },
        { "channel", [](Document *d) { return new SetStepChannel(d, kS3, model::Channel::Store); },
            [](model::Project &p) { step(p, 2).channel = model::Channel::Store; }, StepChangeEvent::ChannelProperty },
        { "initiated", [](Document *d) { return new SetStepCustomerInitiated(d, kS3, true); },
            [](model::Project &p) { step(p, 2).customerInitiated = true; },
            StepChangeEvent::CustomerInitiatedProperty },
        { "emotion", [](Document *d) { return new SetStepEmotion(d, kS3, 2); },
            [](model::Project &p) { step(p, 2).emotion = 2; }, StepChangeEvent::EmotionProperty },
        { "emotionToBe", [](Document *d) { return new SetStepEmotionToBe(d, kS3, std::nullopt); },
            [](model::Project &p) { step(p, 2).emotionToBe.reset(); }, StepChangeEvent::EmotionToBeProperty },
        { "evidence", [](Document *d) { return new SetStepEvidence(d, kS3, model::Evidence::Observed); },
            [](model::Project &p) { step(p, 2).evidence = model::Evidence::Observed; },
            StepChangeEvent::EvidenceProperty },
        { "pain", [=](Document *d) { return new SetStepPainPoints(d, kS3, { { str("Slow"), 2 } }); },
            [=](model::Project &p) { step(p, 2).painPoints = { { str("Slow"), 2 } }; },
            StepChangeEvent::PainPointsProperty },
        { "opportunities", [](Document *d) { return new SetStepOpportunities(d, kS3, {}); },
            [](model::Project &p) { step(p, 2).opportunities.clear(); }, StepChangeEvent::OpportunitiesProperty },
        { "moment", [](Document *d) { return new SetStepMomentOfTruth(d, kS3, false); },
            [](model::Project &p) { step(p, 2).momentOfTruth = false; }, StepChangeEvent::MomentOfTruthProperty },
        { "metrics", [=](Document *d) { return new SetStepMetrics(d, kS3, { m }); },
            [=](model::Project &p) { step(p, 2).metrics = { m }; }, StepChangeEvent::MetricsProperty },
        { "front", [](Document *d) { return new SetStepFrontRoles(d, kS3, {}); },
            [](model::Project &p) { step(p, 2).frontRoles.clear(); }, StepChangeEvent::FrontRolesProperty },
        { "back", [=](Document *d) { return new SetStepBackRoles(d, kS3, { str("agent") }); },
            [=](model::Project &p) { step(p, 2).backRoles = QStringList { str("agent") }; },
            StepChangeEvent::BackRolesProperty },
        { "processes", [](Document *d) { return new SetStepProcesses(d, kS3, {}); },
            [](model::Project &p) { step(p, 2).processes.clear(); }, StepChangeEvent::ProcessesProperty },
        { "requirements",
            [=](Document *d) {
                return new SetStepRequirements(d, kS3, { str("REQ-1"), str("REQ-2") });
            },
            [=](model::Project &p) {
                step(p, 2).requirements = QStringList { str("REQ-1"), str("REQ-2") };
            },
            StepChangeEvent::RequirementsProperty },
    };
}
} // namespace

class TestChangeStep : public QObject
{
    Q_OBJECT
private slots:
    void everyField_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = fieldCases();
        for (size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].name) << int(i);
    }

    void everyField()
    {
        QFETCH(int, index);
        const FieldCase c = fieldCases()[size_t(index)];
        Document doc(test::sampleProject());
        test::EventRecorder events(&doc);
        QVERIFY(test::checkDoUndoRedo(doc, c.make(&doc), c.expect));
        QCOMPARE(events.entries.size(), 3); // push, undo, redo
        for (const auto &e : events.entries) {
            QCOMPARE(e.type, ChangeEvent::StepsChanged);
            QCOMPARE(e.ids, kS3);
            QCOMPARE(e.properties, int(c.property));
        }
    }

    void eventCarriesStepsAndProperty()
    {
        Document doc(test::sampleProject());
        QList<StepChangeEvent::Properties> props;
        QStringList journeys;
        QList<QStringList> steps;
        connect(&doc, &Document::changed, this, [&](const ChangeEvent &e) {
            QCOMPARE(e.type, ChangeEvent::StepsChanged);
            const auto &se = static_cast<const StepChangeEvent &>(e);
            props.append(se.properties);
            journeys.append(se.journey);
            steps.append(se.steps);
        });
        const QStringList both { QStringLiteral("s1"), QStringLiteral("s4") };
        doc.undoStack()->push(new SetStepEmotion(&doc, both, -1));
        QCOMPARE(doc.project().journeys[0].steps[0].emotion, -1);
        QCOMPARE(doc.project().journeys[0].steps[3].emotion, -1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().journeys[0].steps[0].emotion, 1);
        QCOMPARE(doc.project().journeys[0].steps[3].emotion, -2);
        QCOMPARE(props.size(), 2);
        QCOMPARE(props[0], StepChangeEvent::Properties(StepChangeEvent::EmotionProperty));
        QCOMPARE(journeys[0], QStringLiteral("onboarding"));
        QCOMPARE(steps[1], both);
    }

    void signalSpySeesEveryChange()
    {
        Document doc(test::sampleProject());
        QSignalSpy spy(&doc, &Document::changed);
        QVERIFY(spy.isValid());
        doc.undoStack()->push(new SetStepChannel(&doc, kS3, model::Channel::Email));
        doc.undoStack()->undo();
        QCOMPARE(spy.size(), 2);
        const auto typeAt = [&](int i) {
            const QVariant &v = spy.at(i).at(0);
            return v.metaType() == QMetaType::fromType<ChangeEvent>()
                ? static_cast<const ChangeEvent *>(v.constData())->type
                : ChangeEvent::DocumentReset;
        };
        QCOMPARE(typeAt(0), ChangeEvent::StepsChanged);
        QCOMPARE(typeAt(1), ChangeEvent::StepsChanged);
    }

    void typingMergesIntoOneCommand()
    {
        Document doc(test::sampleProject());
        const model::Project before = doc.project();
        const quint64 gesture = newGestureId();
        for (const char *title : { "P", "Pl", "Pla" }) {
            auto *command = new SetStepTitle(&doc, kS3, QString::fromLatin1(title));
            command->setGesture(gesture);
            doc.undoStack()->push(command);
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename Step"));
        QCOMPARE(doc.project().journeys[0].steps[2].title, QStringLiteral("Pla"));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        doc.undoStack()->redo();
        QCOMPARE(doc.project().journeys[0].steps[2].title, QStringLiteral("Pla"));
    }

    void separateGesturesDoNotMerge()
    {
        Document doc(test::sampleProject());
        // Two emotion drags on the same step (no gesture), then two typing sessions.
        doc.undoStack()->push(new SetStepEmotion(&doc, kS3, 1));
        doc.undoStack()->push(new SetStepEmotion(&doc, kS3, 2));
        QCOMPARE(doc.undoStack()->count(), 2);
        for (int session = 0; session < 2; ++session) {
            auto *command = new SetStepTitle(&doc, kS3, QString::number(session));
            command->setGesture(newGestureId());
            doc.undoStack()->push(command);
        }
        QCOMPARE(doc.undoStack()->count(), 4);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->title, QStringLiteral("0"));
    }

    void differentTargetsDoNotMerge()
    {
        Document doc(test::sampleProject());
        doc.undoStack()->push(new SetStepTitle(&doc, kS3, QStringLiteral("A")));
        doc.undoStack()->push(new SetStepTitle(&doc, { QStringLiteral("s1") }, QStringLiteral("B")));
        doc.undoStack()->push(new SetStepTouchpoint(&doc, kS3, QStringLiteral("C")));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void mergingBackToOriginalIsObsolete()
    {
        Document doc(test::sampleProject());
        const quint64 gesture = newGestureId();
        for (int emotion : { 2, -1 }) { // -1 is the original
            auto *command = new SetStepEmotion(&doc, kS3, emotion);
            command->setGesture(gesture);
            doc.undoStack()->push(command);
        }
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void noOpIsNotPushed()
    {
        Document doc(test::sampleProject());
        test::EventRecorder events(&doc);
        doc.undoStack()->push(new SetStepTitle(&doc, kS3, QStringLiteral("Place order")));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(events.entries.size(), 0); // an obsolete command is dropped without redo()
        QVERIFY(!doc.isModified());
    }

    void journeyFields()
    {
        Document doc(test::sampleProject());
        const QString j = QStringLiteral("onboarding");
        test::EventRecorder events(&doc);
        QVERIFY(test::checkDoUndoRedo(doc, new SetJourneyName(&doc, j, QStringLiteral("Join")),
            [](model::Project &p) { p.journeys[0].name = QStringLiteral("Join"); }));
        QVERIFY(test::checkDoUndoRedo(
            doc, new SetJourneyPersona(&doc, j, QString()), [](model::Project &p) { p.journeys[0].persona.clear(); }));
        QVERIFY(test::checkDoUndoRedo(doc, new SetJourneyDescription(&doc, j, QStringLiteral("d")),
            [](model::Project &p) { p.journeys[0].description = QStringLiteral("d"); }));
        QCOMPARE(events.entries.size(), 9);
        QCOMPARE(events.entries[3].properties, int(JourneyChangeEvent::PersonaProperty));
        // Journey fields merge by the rule every field edit follows: within one gesture only.
        const quint64 typing = newGestureId();
        for (const char *name : { "Joining", "Joined" }) {
            auto *command = new SetJourneyName(&doc, j, QLatin1String(name));
            command->setGesture(typing);
            doc.undoStack()->push(command);
        }
        QCOMPARE(doc.undoStack()->count(), 4);
        QCOMPARE(doc.project().journeys[0].name, QStringLiteral("Joined"));
        doc.undoStack()->push(new SetJourneyName(&doc, j, QStringLiteral("Join us")));
        QCOMPARE(doc.undoStack()->count(), 5);
    }
};

QTEST_MAIN(TestChangeStep)
#include "tst_changestep.moc"
