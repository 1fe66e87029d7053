// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/document.h"
#include "editor/journey/commands/changestep.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeyview.h"
#include "editor/journey/journeyproperties.h"

#include "support/journeybuilder.h"

#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

class TestPropertiesPanel : public QObject
{
    Q_OBJECT
private slots:
    void typingAgainAfterLeavingTheFieldIsANewUndoStep()
    {
        Document doc(test::sampleProject());
        JourneyProperties panel(&doc);
        panel.show();
        panel.setSelection(QStringLiteral("onboarding"), { QStringLiteral("s3") });
        auto *title = panel.findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Buy"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QFocusEvent out(QEvent::FocusOut);
        QApplication::sendEvent(title, &out);
        QTest::keyClicks(title, QStringLiteral(" now"));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->title, QStringLiteral("Buy now"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->title, QStringLiteral("Buy"));
    }

    void editsGoThroughUndo()
    {
        Document doc(test::sampleProject());
        JourneyProperties panel(&doc);
        panel.show();
        panel.setSelection(QStringLiteral("onboarding"), { QStringLiteral("s3") });
        auto *title = panel.findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Place order"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Buy"));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->title, QStringLiteral("Buy"));
        QCOMPARE(doc.undoStack()->count(), 1); // typing merged

        auto *channel = panel.findChild<QComboBox *>(QStringLiteral("channel"));
        channel->setCurrentIndex(channel->findData(int(model::Channel::Store)));
        emit channel->activated(channel->currentIndex());
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->channel, model::Channel::Store);

        // A severity set elsewhere survives editing the lines as text.
        doc.undoStack()->push(
            new SetStepPainPoints(&doc, { QStringLiteral("s3") }, { { QStringLiteral("Too slow"), 3 } }));
        auto *pains = panel.findChild<QPlainTextEdit *>(QStringLiteral("painPoints"));
        QCOMPARE(pains->toPlainText(), QStringLiteral("Too slow"));
        pains->setPlainText(QStringLiteral("Too slow\n\n  Confusing  "));
        QCOMPARE(model::painTexts(doc.project().step(QStringLiteral("s3"))->painPoints),
            (QStringList { QStringLiteral("Too slow"), QStringLiteral("Confusing") }));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->painPoints.front().severity, std::optional<int>(3));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->painPoints.back().severity, std::optional<int>());
        // Starting a new line keeps it in the editor (the model ignores the empty line).
        pains->moveCursor(QTextCursor::End);
        QTest::keyClick(pains, Qt::Key_Return);
        QTest::keyClicks(pains, QStringLiteral("Lost"));
        QCOMPARE(model::painTexts(doc.project().step(QStringLiteral("s3"))->painPoints),
            (QStringList { QStringLiteral("Too slow"), QStringLiteral("Confusing"), QStringLiteral("Lost") }));
        QVERIFY(pains->toPlainText().endsWith(QStringLiteral("\nLost")));

        auto *roles = panel.findChild<QListWidget *>(QStringLiteral("roles"));
        QListWidgetItem *engineer = roles->findItems(QStringLiteral("engineer"), Qt::MatchContains).value(0);
        QVERIFY(engineer);
        engineer->setCheckState(Qt::Checked);
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->frontRoles,
            (QStringList { QStringLiteral("agent"), QStringLiteral("engineer") }));

        auto *metrics = panel.findChild<QTableWidget *>(QStringLiteral("metrics"));
        QCOMPARE(metrics->rowCount(), 1);
        metrics->item(0, 4)->setText(QStringLiteral("3"));
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->metrics[0].value, std::optional<double>(3.0));
        QVERIFY(!doc.project().step(QStringLiteral("s3"))->metrics[0].isOutOfRange());

        // Undo everything: the model is back and the form shows it.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.project() == *test::sampleProject());
        QCOMPARE(title->text(), QStringLiteral("Place order"));
        QCOMPARE(metrics->item(0, 4)->text(), QStringLiteral("12"));
        QCOMPARE(roles->findItems(QStringLiteral("engineer"), Qt::MatchContains).value(0)->checkState(), Qt::Unchecked);
    }

    void multiSelectionEditsAll()
    {
        Document doc(test::sampleProject());
        JourneyProperties panel(&doc);
        panel.setSelection(QStringLiteral("onboarding"), { QStringLiteral("s1"), QStringLiteral("s2") });
        auto *emotion = panel.findChild<QComboBox *>(QStringLiteral("emotion"));
        emotion->setCurrentIndex(emotion->findData(-2));
        emit emotion->activated(emotion->currentIndex());
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->emotion, -2);
        QCOMPARE(doc.project().step(QStringLiteral("s2"))->emotion, -2);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // The persona's needs, by their words; ticking one on several steps is one undo step that
    // leaves what each step served before.
    void needsServedByTheSelectedSteps()
    {
        auto project = test::sampleProject();
        project->journeys.front().steps[0].serves = { QStringLiteral("kept-date") };
        Document doc(std::move(project));
        JourneyProperties panel(&doc);
        panel.setSelection(QStringLiteral("onboarding"), { QStringLiteral("s1"), QStringLiteral("s2") });
        auto *serves = panel.findChild<QListWidget *>(QStringLiteral("serves"));
        QVERIFY(serves);
        QCOMPARE(serves->count(), 2);
        QListWidgetItem *fix = serves->findItems(QStringLiteral("Fix it today"), Qt::MatchExactly).value(0);
        QVERIFY(fix && fix->checkState() == Qt::Unchecked);
        fix->setCheckState(Qt::Checked);
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->serves,
            (QStringList { QStringLiteral("kept-date"), QStringLiteral("fast-fix") }));
        QCOMPARE(doc.project().step(QStringLiteral("s2"))->serves, QStringList { QStringLiteral("fast-fix") });
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->serves, QStringList { QStringLiteral("kept-date") });
        QVERIFY(doc.project().step(QStringLiteral("s2"))->serves.isEmpty());
    }

    void followsTheView()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        JourneyProperties panel;
        panel.connectTo(&view);
        auto *title = panel.findChild<QLineEdit *>(QStringLiteral("title"));
        view.selectSteps({ QStringLiteral("s4") });
        QCOMPARE(title->text(), QStringLiteral("Book engineer"));
        view.selectSteps({});
        auto *name = panel.findChildren<QLineEdit *>().value(0);
        Q_UNUSED(name)
        // No step selected: the journey page is shown and edits the journey.
        const auto edits = panel.findChildren<QLineEdit *>();
        QLineEdit *journeyName = nullptr;
        for (QLineEdit *e : edits) {
            if (e->text() == QStringLiteral("New customer onboarding"))
                journeyName = e;
        }
        QVERIFY(journeyName);
        journeyName->selectAll();
        QTest::keyClicks(journeyName, QStringLiteral("Joining"));
        QCOMPARE(doc.project().journeys[0].name, QStringLiteral("Joining"));

        // A stage header selected: the stage page renames and moves it.
        view.scene()->selectStage(QStringLiteral("buy"));
        QCOMPARE(view.selectedStageId(), QStringLiteral("buy"));
        auto *stageName = panel.findChild<QLineEdit *>(QStringLiteral("stageName"));
        QVERIFY(stageName->isVisible() || !panel.isVisible());
        QCOMPARE(stageName->text(), QStringLiteral("Buy"));
        stageName->selectAll();
        QTest::keyClicks(stageName, QStringLiteral("Order"));
        QCOMPARE(doc.project().journeys[0].stages[1].name, QStringLiteral("Order"));
        view.moveStage(QStringLiteral("buy"), 1);
        QCOMPARE(doc.project().journeys[0].stages[2].id, QStringLiteral("buy"));
        QCOMPARE(stageName->text(), QStringLiteral("Order"));
        // Selecting a step leaves the stage.
        view.selectSteps({ QStringLiteral("s1") });
        QVERIFY(view.selectedStageId().isEmpty());
        QCOMPARE(title->text(), QStringLiteral("Compare offers"));
    }
};

QTEST_MAIN(TestPropertiesPanel)
#include "tst_journeyproperties.moc"
