// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/stagecommands.h"
#include "editor/journey/commands/stepcommands.h"
#include "editor/document/document.h"
#include "editor/journey/journeyoperations.h"

#include "support/commandcheck.h"
#include "support/eventrecorder.h"
#include "support/journeybuilder.h"

#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {
const QString kJourney = QStringLiteral("onboarding");

QStringList order(const model::Project &p)
{
    QStringList ids;
    for (const model::Step &s : p.journeys[0].steps)
        ids.append(s.stage + u':' + s.id);
    return ids;
}

QStringList list(const char *text)
{
    return QString::fromLatin1(text).split(u' ');
}
} // namespace

class TestStepCommands : public QObject
{
    Q_OBJECT
private slots:
    void insertionIndex_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("index");
        QTest::newRow("first of discover") << "discover" << 0 << 0;
        QTest::newRow("end of discover") << "discover" << -1 << 2;
        QTest::newRow("past end of discover") << "discover" << 9 << 2;
        QTest::newRow("second of install") << "install" << 1 << 4;
        QTest::newRow("end of install") << "install" << -1 << 5;
    }

    void insertionIndex()
    {
        QFETCH(QString, stage);
        QFETCH(int, position);
        QFETCH(int, index);
        auto p = test::sampleProject();
        QCOMPARE(stepInsertionIndex(p->journeys[0], stage, position), index);
    }

    void insertionIndexOfEmptyStage()
    {
        auto p = test::sampleProject();
        p->journeys[0].stages.insert(
            p->journeys[0].stages.begin() + 1, { QStringLiteral("empty"), QStringLiteral("Empty") });
        QCOMPARE(stepInsertionIndex(p->journeys[0], QStringLiteral("empty"), 0), 2);
    }

    void addSteps()
    {
        Document doc(test::sampleProject());
        model::Step n;
        n.id = QStringLiteral("n1");
        n.stage = QStringLiteral("buy");
        test::EventRecorder events(&doc);
        QVERIFY(test::checkDoUndoRedo(doc, new AddSteps(&doc, kJourney, { { n, 2 } }),
            [&](model::Project &p) { p.journeys[0].steps.insert(p.journeys[0].steps.begin() + 2, n); }));
        QCOMPARE(events.types(),
            (QList<ChangeEvent::Type> { ChangeEvent::StepsAdded, ChangeEvent::StepsAboutToBeRemoved,
                ChangeEvent::StepsRemoved, ChangeEvent::StepsAdded }));
        QCOMPARE(events.entries[0].ids, QStringList { QStringLiteral("n1") });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add Step"));
    }

    void removeSteps()
    {
        Document doc(test::sampleProject());
        test::EventRecorder events(&doc);
        QVERIFY(test::checkDoUndoRedo(doc, new RemoveSteps(&doc, kJourney, list("s4 s1")), [](model::Project &p) {
            auto &s = p.journeys[0].steps;
            s.erase(s.begin() + 3);
            s.erase(s.begin());
        }));
        QCOMPARE(events.types().first(), ChangeEvent::StepsAboutToBeRemoved);
        QCOMPARE(events.entries[0].ids, list("s1 s4"));
    }

    void removeUnknownIsObsolete()
    {
        Document doc(test::sampleProject());
        doc.undoStack()->push(new RemoveSteps(&doc, kJourney, list("nope")));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void moveSteps_data()
    {
        QTest::addColumn<QStringList>("moved");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("position");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("within stage") << list("s1") << "discover" << -1
                                      << list("discover:s2 discover:s1 buy:s3 install:s4 install:s5");
        QTest::newRow("across stages, first")
            << list("s5") << "discover" << 0 << list("discover:s5 discover:s1 discover:s2 buy:s3 install:s4");
        QTest::newRow("several keep their order")
            << list("s4 s1") << "buy" << 0 << list("discover:s2 buy:s1 buy:s4 buy:s3 install:s5");
        QTest::newRow("into the middle") << list("s3") << "install" << 1
                                         << list("discover:s1 discover:s2 install:s4 install:s3 install:s5");
    }

    void moveSteps()
    {
        QFETCH(QStringList, moved);
        QFETCH(QString, stage);
        QFETCH(int, position);
        QFETCH(QStringList, expected);
        Document doc(test::sampleProject());
        const model::Project before = doc.project();
        test::EventRecorder events(&doc);
        doc.undoStack()->push(new MoveSteps(&doc, kJourney, moved, stage, position));
        QCOMPARE(order(doc.project()), expected);
        QCOMPARE(events.types(), QList<ChangeEvent::Type> { ChangeEvent::StepsMoved });
        QCOMPARE(events.entries[0].ids, moved);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        doc.undoStack()->redo();
        QCOMPARE(order(doc.project()), expected);
        // Only order and stage change: the moved steps keep every other field.
        QCOMPARE(doc.project().step(moved[0])->title, before.step(moved[0])->title);
    }

    void moveWithDuplicateIdsIsRefused()
    {
        auto p = test::sampleProject();
        p->journeys[0].steps[4].id = QStringLiteral("s1"); // a hand-edited file
        Document doc(std::move(p));
        const model::Project before = doc.project();
        doc.undoStack()->push(new MoveSteps(&doc, kJourney, list("s2"), QStringLiteral("install"), -1));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.project() == before);
    }

    void moveRefusesWhatTheJourneyDoesNotHave()
    {
        Document doc(test::sampleProject());
        const model::Project before = doc.project();
        doc.undoStack()->push(new MoveSteps(&doc, kJourney, list("nope"), QStringLiteral("install"), -1));
        doc.undoStack()->push(new MoveSteps(&doc, kJourney, list("s2"), QStringLiteral("no-such-stage"), 0));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.project() == before);

        // A move made for a journey that changed meanwhile leaves it alone rather than doubling a step.
        auto *stale = new MoveSteps(&doc, kJourney, list("s2"), QStringLiteral("install"), -1);
        doc.undoStack()->push(new RemoveSteps(&doc, kJourney, list("s5")));
        const model::Project removed = doc.project();
        doc.undoStack()->push(stale);
        QCOMPARE(doc.project().journeys[0].steps.size(), removed.journeys[0].steps.size());
        QVERIFY(doc.project() == removed);
    }

    void moveToSamePlaceIsObsolete()
    {
        Document doc(test::sampleProject());
        doc.undoStack()->push(new MoveSteps(&doc, kJourney, list("s2"), QStringLiteral("discover"), 1));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void stages()
    {
        Document doc(test::sampleProject());
        test::EventRecorder events(&doc);
        const model::Stage extra { QStringLiteral("renew"), QStringLiteral("Renew") };
        QVERIFY(test::checkDoUndoRedo(doc, new AddStage(&doc, kJourney, extra, 1), [&](model::Project &p) {
            auto &s = p.journeys[0].stages;
            s.insert(s.begin() + 1, extra);
        }));
        QVERIFY(test::checkDoUndoRedo(doc, new RenameStage(&doc, kJourney, extra.id, QStringLiteral("Stay")),
            [](model::Project &p) { p.journeys[0].stages[1].name = QStringLiteral("Stay"); }));
        QVERIFY(test::checkDoUndoRedo(doc, new MoveStage(&doc, kJourney, 1, 3), [](model::Project &p) {
            auto &s = p.journeys[0].stages;
            std::rotate(s.begin() + 1, s.begin() + 2, s.end());
        }));
        QVERIFY(test::checkDoUndoRedo(doc, new RemoveStage(&doc, kJourney, extra.id),
            [](model::Project &p) { p.journeys[0].stages.pop_back(); }));
        QCOMPARE(events.entries.last().type, ChangeEvent::StagesRemoved);
        QCOMPARE(events.entries.last().ids, QStringList { extra.id });
        // Renames merge; moving out of range is refused.
        doc.undoStack()->push(new RenameStage(&doc, kJourney, QStringLiteral("buy"), QStringLiteral("B")));
        doc.undoStack()->push(new RenameStage(&doc, kJourney, QStringLiteral("buy"), QStringLiteral("Bu")));
        const int count = doc.undoStack()->count();
        doc.undoStack()->push(new MoveStage(&doc, kJourney, 0, 7));
        QCOMPARE(doc.undoStack()->count(), count);
    }
};

QTEST_MAIN(TestStepCommands)
#include "tst_stepcommands.moc"
