// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/changestep.h"
#include "editor/document/document.h"
#include "editor/widgets/elidedlabel.h"
#include "editor/journey/emotioncurveitem.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeyclipboard.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeyview.h"
#include "editor/journey/stepitem.h"

#include "support/journeybuilder.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace oi;
using namespace oi::editor;

static QString kJourney()
{
    return QStringLiteral("onboarding");
}

class TestJourneyView : public QObject
{
    Q_OBJECT
private slots:
    void copyPasteBetweenJourneysThroughTheClipboard()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.selectSteps({ QStringLiteral("s3"), QStringLiteral("s4") });
        QCOMPARE(view.selectedStepIds(), (QStringList { QStringLiteral("s3"), QStringLiteral("s4") }));
        view.copy();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(JourneyClipboard::canRead(mime));
        QCOMPARE(mime->text(), QStringLiteral("Place order\nBook engineer"));
        QVERIFY(view.action(JourneyView::Paste)->isEnabled());

        view.setCurrentJourney(QStringLiteral("support"));
        view.selectSteps({ QStringLiteral("t1") });
        view.paste();
        const model::Journey &support = doc.project().journeys[1];
        QCOMPARE(support.steps.size(), size_t(3));
        QCOMPARE(support.steps[1].title, QStringLiteral("Place order"));
        QCOMPARE(support.steps[1].id, QStringLiteral("s3-2"));
        QCOMPARE(support.steps[1].metrics, doc.project().step(QStringLiteral("s3"))->metrics);
        QCOMPARE(view.selectedStepIds(), (QStringList { QStringLiteral("s3-2"), QStringLiteral("s4-2") }));
        QCOMPARE(view.scene()->stepItemCount(), 3);
        doc.undoStack()->undo();
        QCOMPARE(view.scene()->stepItemCount(), 1);
    }

    void cutIsOneUndoStep()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        const model::Project before = doc.project();
        view.selectSteps({ QStringLiteral("s2") });
        view.cut();
        QCOMPARE(doc.project().journeys[0].steps.size(), size_t(4));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Cut Step"));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void pasteOfForeignDataSaysWhy()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        auto *mime = new QMimeData;
        mime->setData(JourneyClipboard::MimeType,
            R"({"format":"outsidein-steps","version":1,"steps":[{"id":"x","emotion":{"asIs":7}}]})");
        QApplication::clipboard()->setMimeData(mime);
        QSignalSpy spy(&view, &JourneyView::message);
        view.paste();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(),
            QStringLiteral("Clipboard: steps[0].emotion.asIs: expected a whole number from -2 to 2"));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void deleteDuplicateSelectAll()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.selectAll();
        QCOMPARE(view.selectedStepIds().size(), 5);
        view.selectSteps({ QStringLiteral("s5") });
        view.duplicateSelection();
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s5-2") });
        view.deleteSelection();
        QCOMPARE(doc.project().journeys[0].steps.size(), size_t(5));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void keyboardNavigationAndFind()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.canvas()->setFocus();
        QTest::keyClick(view.canvas(), Qt::Key_Right);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s1") });
        QTest::keyClick(view.canvas(), Qt::Key_Right);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s2") });
        QTest::keyClick(view.canvas(), Qt::Key_Down);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s3") });
        QTest::keyClick(view.canvas(), Qt::Key_Down);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s4") });
        QTest::keyClick(view.canvas(), Qt::Key_Left);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s3") });
        QTest::keyClick(view.canvas(), Qt::Key_Up);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s1") });
        QTest::keyClick(view.canvas(), Qt::Key_End);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s5") });
        QTest::keyClick(view.canvas(), Qt::Key_Home);
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s1") });

        // Shift-click selects a run, Ctrl-click adds one more, Escape clears.
        const auto click = [&](const char *id, Qt::KeyboardModifiers mods) {
            const QPoint at = view.canvas()->mapFromScene(
                view.scene()->stepItem(QString::fromLatin1(id))->sceneBoundingRect().center());
            QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, mods, at);
        };
        click("s2", Qt::NoModifier);
        click("s4", Qt::ShiftModifier);
        QCOMPARE(view.selectedStepIds(), QString::fromLatin1("s2 s3 s4").split(u' '));
        click("s1", Qt::ControlModifier);
        QCOMPARE(view.selectedStepIds(), QString::fromLatin1("s1 s2 s3 s4").split(u' '));
        QTest::keyClick(view.canvas(), Qt::Key_Escape);
        QVERIFY(view.selectedStepIds().isEmpty());
        view.canvas()->setFocus();
        QTest::keyClick(view.canvas(), Qt::Key_Home);

        // Find: case-insensitive, through titles, pain points, opportunities; wraps around.
        QVERIFY(view.findNext(QStringLiteral("WAITS")));
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s2") });
        QVERIFY(view.findNext(QStringLiteral("call-back")));
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s3") });
        QVERIFY(view.findNext(QStringLiteral("o")));
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s4") });
        QVERIFY(!view.findNext(QStringLiteral("zebra")));
    }

    void inlineTitleEdit()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectSteps({ QStringLiteral("s2") });
        view.action(JourneyView::EditTitle)->trigger();
        auto *edit = view.canvas()->viewport()->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->text(), QStringLiteral("Ask a question"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Chat"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(doc.project().step(QStringLiteral("s2"))->title, QStringLiteral("Chat"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename Step"));
        // Return ends the editing: it does not reach the canvas as "rename" and open it again.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(view.canvas()->viewport()->findChildren<QLineEdit *>().size(), 0);

        // A long title opens with its beginning in view and room for all of it.
        const QString longTitle = QStringLiteral("Asks whether the engineer can come on Saturday morning instead");
        doc.undoStack()->push(new SetStepTitle(&doc, { QStringLiteral("s2") }, longTitle));
        view.action(JourneyView::EditTitle)->trigger();
        edit = view.canvas()->viewport()->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->cursorPosition(), 0);
        QCOMPARE(edit->selectedText(), longTitle);
        QVERIFY(edit->width() >= edit->fontMetrics().horizontalAdvance(longTitle));
    }

    void simulationColoursHaveALegendOnScreen()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.show();
        auto *legend = view.findChild<QLabel *>(QStringLiteral("overlayLegend"));
        QVERIFY(legend && !legend->isVisible());
        StepOverlay overlay;
        overlay.steps.insert(QStringLiteral("s1"), { QColor(0xc5, 0x30, 0x30), QStringLiteral("constraint · wait 4 min") });
        overlay.legend = { { QColor(0xc5, 0x30, 0x30), QStringLiteral("the constraint") },
            { QColor(0x2f, 0x7a, 0x4f), QStringLiteral("shorter waits") } };
        view.setOverlay(overlay);
        QVERIFY(legend->isVisible());
        QVERIFY(legend->text().contains(QLatin1String("the constraint")));
        QVERIFY(legend->text().contains(QLatin1String("#c53030")));
        view.setOverlay({});
        QVERIFY(!legend->isVisible());
    }

    void stickyStageHeadersKeepTheirSizeWhenZoomed()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto barRows = [&view] {
            // Rows of stage-header colour down the first stage, near its start, from the top of the viewport.
            const QImage shot = view.canvas()->viewport()->grab().toImage();
            const JourneyLayout::StageSpan &first = view.scene()->layout().stages.front();
            const int x = std::max(view.canvas()->mapFromScene(QPointF(first.left, 0)).x(),
                              int(JourneyLayout::LabelWidth * view.canvas()->zoom()))
                + 40;
            const QColor bar = view.scene()->style().stageHeader;
            if (qEnvironmentVariableIsSet("OI_DUMP_PICTURES"))
                shot.save(QStringLiteral("/tmp/sticky-%1.png").arg(view.canvas()->zoom()));
            int rows = 0;
            for (int y = 0; y < shot.height() / 2; ++y)
                rows += QColor(shot.pixel(std::clamp(x, 0, shot.width() - 1), y)) == bar ? 1 : 0;
            return rows;
        };
        for (qreal zoom : { 1.0, 2.0 }) {
            view.resetZoom();
            if (zoom > 1)
                view.zoomIn();
            while (view.canvas()->zoom() < zoom)
                view.zoomIn();
            view.canvas()->verticalScrollBar()->setValue(view.canvas()->verticalScrollBar()->value() + 200);
            QVERIFY(view.canvas()->mapToScene(0, 0).y() > 0); // scrolled: the headers are the sticky ones
            view.canvas()->viewport()->repaint();
            const int rows = barRows();
            QVERIFY2(rows > 0 && rows <= JourneyLayout::HeaderHeight,
                qPrintable(QStringLiteral("at %1 %: %2 rows of header").arg(zoom * 100).arg(rows)));
        }
    }

    void draggingAnEmotionPointPushesOneCommand()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EmotionCurveItem *curve = nullptr;
        for (auto *i : view.scene()->items()) {
            if (auto *c = qgraphicsitem_cast<EmotionCurveItem *>(i))
                curve = c;
        }
        QVERIFY(curve);
        // A copy: the curve rebuilds its points on every model change.
        const qreal x = curve->points().at(1).x; // s2, as-is 0, no to-be
        const auto toView = [&](qreal emotion) {
            return view.canvas()->mapFromScene(curve->mapToScene(QPointF(x, curve->yFor(emotion))));
        };
        QWidget *viewport = view.canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, toView(0));
        QTest::mouseMove(viewport, toView(1.2));
        QTest::mouseMove(viewport, toView(-1.9));
        QCOMPARE(doc.undoStack()->count(), 0); // only a preview while dragging
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, toView(-1.9));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().step(QStringLiteral("s2"))->emotion, -2);
        QCOMPARE(curve->points().at(1).asIs, -2);
        // A second drag of the same point is a second undo step.
        QTest::mousePress(viewport, Qt::LeftButton, {}, toView(-2));
        QTest::mouseMove(viewport, toView(2));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, toView(2));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(curve->points().at(1).asIs, -2);
        doc.undoStack()->undo();
        QCOMPARE(curve->points().at(1).asIs, 0);
    }

    void coincidentEmotionPointsDragWhatIsVisible()
    {
        Document doc(test::sampleProject());
        const QString s1 = QStringLiteral("s1"); // as-is +1
        doc.undoStack()->push(new SetStepEmotionToBe(&doc, { s1 }, 1));
        doc.undoStack()->clear();
        JourneyView view(&doc);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EmotionCurveItem *curve = nullptr;
        for (auto *i : view.scene()->items()) {
            if (auto *c = qgraphicsitem_cast<EmotionCurveItem *>(i))
                curve = c;
        }
        QVERIFY(curve);
        QWidget *viewport = view.canvas()->viewport();
        const auto toView = [&](int index, qreal emotion, qreal dx = 0) {
            const qreal x = curve->points().at(size_t(index)).x + dx;
            return view.canvas()->mapFromScene(curve->mapToScene(QPointF(x, curve->yFor(emotion))));
        };
        const auto drag = [&](QPoint from, QPoint to, Qt::KeyboardModifiers mods = {}) {
            QTest::mousePress(viewport, Qt::LeftButton, mods, from);
            QTest::mouseMove(viewport, to);
            QTest::mouseRelease(viewport, Qt::LeftButton, mods, to);
        };
        // The as-is dot is painted on top: dragging it changes the as-is value only.
        drag(toView(0, 1), toView(0, -1));
        QCOMPARE(doc.project().step(s1)->emotion, -1);
        QCOMPARE(doc.project().step(s1)->emotionToBe, std::optional<int>(1));
        doc.undoStack()->undo();
        // The ring around it is the to-be marker.
        drag(toView(0, 1, 10), toView(0, -2, 10));
        QCOMPARE(doc.project().step(s1)->emotion, 1);
        QCOMPARE(doc.project().step(s1)->emotionToBe, std::optional<int>(-2));
        // Shift-drag on a step without a to-be value creates one.
        QVERIFY(!doc.project().step(QStringLiteral("s2"))->emotionToBe);
        drag(toView(1, 0), toView(1, 2), Qt::ShiftModifier);
        QCOMPARE(doc.project().step(QStringLiteral("s2"))->emotion, 0);
        QCOMPARE(doc.project().step(QStringLiteral("s2"))->emotionToBe, std::optional<int>(2));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change To-Be Emotion"));
    }

    void draggingACardMovesItAcrossStages()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *viewport = view.canvas()->viewport();
        const auto centre = [&](const QString &id) {
            return view.canvas()->mapFromScene(view.scene()->stepItem(id)->sceneBoundingRect().center());
        };
        const QPoint from = centre(QStringLiteral("s1"));
        const QPoint to = centre(QStringLiteral("s3")) + QPoint(30, 0); // just right of s3's middle
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / 5);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move Step"));
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->stage, QStringLiteral("buy"));
        QCOMPARE(view.scene()->layout().stepOrder, QString::fromLatin1("s2 s3 s1 s4 s5").split(u' '));
    }

    void clickingAStageHeaderSelectsTheStage()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &JourneyView::selectionChanged);
        view.selectSteps({ QStringLiteral("s1") });
        const auto &span = view.scene()->layout().stages.at(2);
        const QPoint header = view.canvas()->mapFromScene(QPointF(span.left + 40, 20));
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, header);
        QCOMPARE(view.selectedStageId(), QStringLiteral("install"));
        QVERIFY(view.selectedStepIds().isEmpty());
        QVERIFY(spy.size() >= 2);

        // Scrolled down, the sticky header still selects its stage.
        view.resize(1400, 400);
        QApplication::processEvents();
        view.canvas()->verticalScrollBar()->setValue(300);
        view.selectSteps({ QStringLiteral("s1") });
        const auto &buy = view.scene()->layout().stages.at(1);
        const QPoint sticky(view.canvas()->mapFromScene(QPointF(buy.left + 40, 0)).x(), 20);
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, sticky);
        QCOMPARE(view.selectedStageId(), QStringLiteral("buy"));
    }

    void linkMenuTogglesLinks()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.selectSteps({ QStringLiteral("s1"), QStringLiteral("s3") });
        QMenu menu;
        view.fillLinkMenu(&menu);
        const auto find = [](QMenu *m, const QString &start) -> QAction * {
            for (QAction *a : m->actions()) {
                if (a->text().startsWith(start))
                    return a;
            }
            return nullptr;
        };
        QMenu *roles = find(&menu, QStringLiteral("Roles"))->menu();
        QAction *billing = find(roles, QStringLiteral("Billing clerk"));
        QVERIFY(billing);
        QVERIFY(!billing->isChecked()); // s1, the first selected, has no billing link
        billing->trigger();
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->backRoles, QStringList { QStringLiteral("billing") });
        QCOMPARE(doc.project().step(QStringLiteral("s3"))->backRoles, QStringList { QStringLiteral("billing") });
        QMenu *requirements = find(&menu, QStringLiteral("Requirements"))->menu();
        QAction *req2 = find(requirements, QStringLiteral("Send install reminders"));
        QVERIFY(req2);
        req2->trigger();
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->requirements, QStringList { QStringLiteral("REQ-2") });
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Link 2 Steps"));
    }

    void zoomActions()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomIn();
        QCOMPARE(view.canvas()->zoom(), 1.25);
        view.zoomOut();
        view.zoomOut();
        QCOMPARE(view.canvas()->zoom(), 0.8);
        view.fitToWindow();
        const QRectF visible = view.canvas()->mapToScene(view.canvas()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(view.scene()->sceneRect().adjusted(1, 1, -1, -1)));
        view.resetZoom();
        QCOMPARE(view.canvas()->zoom(), 1.0);
    }

    void wheelZoomAndPanning()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *viewport = view.canvas()->viewport();
        const QPointF at(200, 150);
        const QPointF sceneBefore = view.canvas()->mapToScene(at.toPoint());
        QWheelEvent zoom(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &zoom);
        QVERIFY(qFuzzyCompare(view.canvas()->zoom(), 1.15));
        // Zooming keeps the point under the cursor in place.
        QVERIFY((view.canvas()->mapToScene(at.toPoint()) - sceneBefore).manhattanLength() < 2);

        // Middle-drag pans.
        auto *h = view.canvas()->horizontalScrollBar();
        auto *v = view.canvas()->verticalScrollBar();
        h->setValue(100);
        v->setValue(100);
        QTest::mousePress(viewport, Qt::MiddleButton, {}, QPoint(300, 200));
        QTest::mouseMove(viewport, QPoint(260, 170));
        QTest::mouseRelease(viewport, Qt::MiddleButton, {}, QPoint(260, 170));
        QCOMPARE(h->value(), 140);
        QCOMPARE(v->value(), 130);

        // Space held: the left button drags the canvas instead of a rubber band.
        QTest::keyPress(view.canvas(), Qt::Key_Space);
        QCOMPARE(view.canvas()->dragMode(), QGraphicsView::ScrollHandDrag);
        QTest::keyRelease(view.canvas(), Qt::Key_Space);
        QCOMPARE(view.canvas()->dragMode(), QGraphicsView::RubberBandDrag);
    }

    void cardBoundsCoverTheOverlayLabel()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        StepOverlay overlay;
        overlay.steps.insert(QStringLiteral("s1"), { QColor(Qt::red), QStringLiteral("wait 4.2 min") });
        overlay.steps.insert(QStringLiteral("s2"), { {}, QString(QLatin1Char('W')).repeated(200) });
        view.setOverlay(overlay);
        for (const char *id : { "s1", "s2" }) {
            StepItem *item = view.scene()->stepItem(QString::fromLatin1(id));
            const QRectF label = item->overlayLabelRect();
            QVERIFY(!label.isEmpty());
            QVERIFY(label.top() < 0); // it straddles the card's top edge
            QVERIFY2(item->boundingRect().contains(label.adjusted(-0.5, -0.5, 0.5, 0.5)), id);
        }
        QVERIFY(view.scene()->stepItem(QStringLiteral("s3"))->overlayLabelRect().isEmpty());
    }

    void spaceDragOverACardPansAndEditsNothing()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *h = view.canvas()->horizontalScrollBar();
        QVERIFY(h->maximum() > 60);
        h->setValue(0);
        QWidget *viewport = view.canvas()->viewport();
        StepItem *card = view.scene()->stepItem(QStringLiteral("s1"));
        const QPointF cardPos = card->pos();
        const QPoint from = view.canvas()->mapFromScene(card->sceneBoundingRect().center());
        QVERIFY(viewport->rect().contains(from));
        QTest::keyPress(view.canvas(), Qt::Key_Space);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, from - QPoint(15 * i, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from - QPoint(60, 0));
        QTest::keyRelease(view.canvas(), Qt::Key_Space);
        QCOMPARE(h->value(), 60);
        QCOMPARE(card->pos(), cardPos);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(view.canvas()->isInteractive());
    }

    void newJourneyInAnEmptyProjectEnablesAddStep()
    {
        Document doc(std::make_unique<model::Project>());
        JourneyView view(&doc);
        QVERIFY(!view.action(JourneyView::AddStep)->isEnabled());
        QVERIFY(!view.action(JourneyView::DeleteJourney)->isEnabled());
        QVERIFY(view.action(JourneyView::NewJourney)->isEnabled());
        view.action(JourneyView::NewJourney)->trigger();
        QCOMPARE(doc.project().journeys.size(), size_t(1));
        const model::Journey &j = doc.project().journeys.front();
        QCOMPARE(view.currentJourney(), j.id);
        QCOMPARE(j.name, QStringLiteral("New journey"));
        QCOMPARE(j.stages.size(), size_t(1));
        QVERIFY(view.action(JourneyView::AddStep)->isEnabled());
        QVERIFY(view.action(JourneyView::DeleteJourney)->isEnabled());
        view.action(JourneyView::AddStep)->trigger();
        QCOMPARE(doc.project().journeys.front().steps.size(), size_t(1));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.project().journeys.empty());
        QVERIFY(view.currentJourney().isEmpty());
        QVERIFY(!view.action(JourneyView::AddStep)->isEnabled());
        doc.undoStack()->redo();
        QCOMPARE(view.currentJourney(), doc.project().journeys.front().id);
    }

    void newJourneyGetsAUniqueIdAndTheFirstPersona()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        const size_t before = doc.project().journeys.size();
        view.newJourney();
        view.newJourney();
        QCOMPARE(doc.project().journeys.size(), before + 2);
        const model::Journey &a = doc.project().journeys[before];
        const model::Journey &b = doc.project().journeys[before + 1];
        QVERIFY(a.id != b.id);
        QCOMPARE(view.currentJourney(), b.id);
        QCOMPARE(a.persona, doc.project().personas.front().id);
        QCOMPARE(view.findChild<QComboBox *>()->count(), int(before + 2));
    }

    void deleteJourneyIsUndoableWithItsSteps()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        const model::Project original = doc.project();
        QCOMPARE(view.currentJourney(), kJourney());
        view.action(JourneyView::DeleteJourney)->trigger();
        QVERIFY(!doc.project().journey(kJourney()));
        QVERIFY(!doc.project().step(QStringLiteral("s1")));
        QVERIFY(!view.currentJourney().isEmpty()); // shows the remaining journey
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete Journey"));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == original);
        view.setCurrentJourney(kJourney());
        QVERIFY(view.scene()->stepItem(QStringLiteral("s1")));
    }

    void headerElidesLongTextsWithTheFullTextInTheTooltip()
    {
        Document doc(test::sampleProject());
        const QString description
            = QStringLiteral("Two working parents with three children who compare every offer carefully before they "
                             "commit, and who expect the installation to fit around school runs and football practice");
        doc.projectForEdit().personas.front().description = description;
        JourneyView view(&doc);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ElidedLabel *detail = nullptr;
        for (ElidedLabel *label : view.findChildren<ElidedLabel *>()) {
            if (label->fullText() == description)
                detail = label;
        }
        QVERIFY(detail);
        QVERIFY(detail->isElided());
        QVERIFY(detail->text().endsWith(QChar(0x2026)));
        QVERIFY(detail->fontMetrics().horizontalAdvance(detail->text()) <= detail->contentsRect().width());
        QCOMPARE(detail->toolTip(), description);
        view.resize(3000, 500);
        QTRY_VERIFY(!detail->isElided());
        QCOMPARE(detail->text(), description);
    }

    void journeySwitcherAndAddStep()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        QSignalSpy spy(&view, &JourneyView::currentJourneyChanged);
        auto *combo = view.findChild<QComboBox *>();
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(1);
        emit combo->activated(1);
        QCOMPARE(view.currentJourney(), QStringLiteral("support"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("support"));
        view.selectSteps({ QStringLiteral("s2") }); // in the other journey
        QCOMPARE(view.currentJourney(), kJourney());
        QCOMPARE(view.selectedStepIds(), QStringList { QStringLiteral("s2") });
        view.setCurrentJourney(QStringLiteral("support"));
        view.addStep();
        QCOMPARE(doc.project().journeys[1].steps.size(), size_t(2));
        QCOMPARE(doc.project().journeys[1].steps[1].title, QStringLiteral("New step"));
        view.addStage();
        QCOMPARE(doc.project().journeys[1].stages.size(), size_t(2));
        const QString added = doc.project().journeys[1].stages[1].id;
        view.moveStage(added, -1);
        QCOMPARE(doc.project().journeys[1].stages[0].id, added);
        view.moveStage(added, -1); // already first: nothing
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move Stage"));
        view.addStepToStage(added);
        QCOMPARE(doc.project().journeys[1].steps.front().stage, added);
        view.deleteStage(added);
        QCOMPARE(doc.project().journeys[1].stages.size(), size_t(1));
        QCOMPARE(doc.project().journeys[1].steps.size(), size_t(2));
    }
};

QTEST_MAIN(TestJourneyView)
#include "tst_journeyview.moc"
