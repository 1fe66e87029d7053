// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/commands/changestep.h"
#include "editor/journey/commands/stepcommands.h"
#include "editor/document/document.h"
#include "editor/journey/emotioncurveitem.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeyview.h"
#include "editor/journey/stepdetailsitem.h"
#include "editor/journey/stepitem.h"

#include "support/journeybuilder.h"

#include <QApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {
const QString kJourney = QStringLiteral("onboarding");

QImage render(JourneyScene &scene)
{
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(image.rect()), scene.sceneRect());
    return image;
}

int countItems(const JourneyScene &scene, int type)
{
    int n = 0;
    for (QGraphicsItem *item : scene.items())
        n += item->type() == type;
    return n;
}
} // namespace

class TestJourneyScene : public QObject
{
    Q_OBJECT
private slots:
    void buildsOneCardAndDetailsPerStep()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        QCOMPARE(scene.journeyId(), kJourney);
        QCOMPARE(scene.stepItemCount(), 5);
        QCOMPARE(countItems(scene, StepItem::Type), 5);
        QCOMPARE(countItems(scene, StepDetailsItem::Type), 5);
        // Cards follow the journey order, left to right.
        QVERIFY(scene.stepItem(QStringLiteral("s1"))->x() < scene.stepItem(QStringLiteral("s2"))->x());
        QVERIFY(scene.stepItem(QStringLiteral("s2"))->x() < scene.stepItem(QStringLiteral("s3"))->x());
        scene.setJourney(QStringLiteral("support"));
        QCOMPARE(scene.stepItemCount(), 1);
        QCOMPARE(countItems(scene, StepItem::Type), 1);
    }

    void followsAddRemoveAndUndo()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const QString id = JourneyOperations::addStep(&doc, kJourney, QStringLiteral("buy"), 0, QStringLiteral("New"));
        QCOMPARE(scene.stepItemCount(), 6);
        QVERIFY(scene.stepItem(id));
        QVERIFY(scene.stepItem(id)->x() < scene.stepItem(QStringLiteral("s3"))->x());
        doc.undoStack()->undo();
        QCOMPARE(scene.stepItemCount(), 5);
        QCOMPARE(countItems(scene, StepDetailsItem::Type), 5);
        QVERIFY(!scene.stepItem(id));
        JourneyOperations::deleteSteps(&doc, kJourney, { QStringLiteral("s1"), QStringLiteral("s5") });
        QCOMPARE(scene.stepItemCount(), 3);
        QCOMPARE(countItems(scene, StepItem::Type), 3);
        doc.undoStack()->undo();
        QCOMPARE(scene.stepItemCount(), 5);
        JourneyOperations::removeStages(&doc, kJourney, { QStringLiteral("install") });
        QCOMPARE(scene.stepItemCount(), 3);
        QCOMPARE(scene.layout().stages.size(), 2);
        doc.undoStack()->undo();
        QCOMPARE(scene.layout().stages.size(), 3);
        QCOMPARE(scene.stepItemCount(), 5);
    }

    void toleratesBrokenFiles()
    {
        auto p = test::sampleProject();
        auto &steps = p->journeys[0].steps;
        steps[1].stage = QStringLiteral("gone"); // unknown stage
        steps[4].id = QStringLiteral("s4"); // duplicate id
        steps[0].emotion = 9; // out of range
        Document doc(std::move(p));
        JourneyScene scene(&doc);
        QCOMPARE(scene.layout().stages.size(), 4);
        QCOMPARE(scene.layout().stages.last().name, QStringLiteral("(No stage)"));
        QCOMPARE(scene.layout().stages.last().steps, QStringList { QStringLiteral("s2") });
        QVERIFY(!render(scene).isNull());
        JourneyOperations::deleteSteps(&doc, kJourney, { QStringLiteral("s4") });
        doc.undoStack()->undo();
        QVERIFY(!render(scene).isNull());
    }

    void ignoresOtherJourneys()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const qreal x = scene.stepItem(QStringLiteral("s1"))->x();
        JourneyOperations::addStep(&doc, QStringLiteral("support"), QStringLiteral("report"), -1, QStringLiteral("x"));
        QCOMPARE(scene.stepItemCount(), 5);
        QCOMPARE(scene.stepItem(QStringLiteral("s1"))->x(), x);
    }

    void followsFieldChanges()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        doc.undoStack()->push(new SetStepTitle(&doc, { QStringLiteral("s2") }, QStringLiteral("Chat with us")));
        QCOMPARE(scene.stepItem(QStringLiteral("s2"))->step().title, QStringLiteral("Chat with us"));
        doc.undoStack()->push(new SetStepEmotion(&doc, { QStringLiteral("s2") }, -2));
        const auto *curve = qgraphicsitem_cast<EmotionCurveItem *>([&] {
            for (auto *i : scene.items())
                if (i->type() == EmotionCurveItem::Type)
                    return i;
            return (QGraphicsItem *)nullptr;
        }());
        QVERIFY(curve);
        QCOMPARE(curve->points().at(1).asIs, -2);
        doc.undoStack()->undo();
        QCOMPARE(curve->points().at(1).asIs, 0);
        doc.undoStack()->undo();
        QCOMPARE(scene.stepItem(QStringLiteral("s2"))->step().title, QStringLiteral("Ask a question"));
    }

    void chipsShowLinksAndMarkBrokenOnes()
    {
        auto project = test::sampleProject();
        project->journeys[0].steps[2].backRoles.append(QStringLiteral("ghost"));
        Document doc(std::move(project));
        JourneyScene scene(&doc);
        const StepDetailsItem *details = nullptr;
        for (auto *i : scene.items()) {
            if (auto *d = qgraphicsitem_cast<StepDetailsItem *>(i); d && d->stepId() == QStringLiteral("s3"))
                details = d;
        }
        QVERIFY(details);
        QStringList labels;
        for (const auto &chip : details->chips())
            labels.append(chip.label + (chip.broken ? QStringLiteral("!") : QString()));
        QCOMPARE(labels,
            (QStringList { QStringLiteral("Contact-centre agent"), QStringLiteral("Billing clerk"),
                QStringLiteral("ghost!"), QStringLiteral("Order to activation"),
                QStringLiteral("Show order status to the agent") }));
        QCOMPARE(details->chips().back().detail, QStringLiteral("Show order status to the agent"));
    }

    void clickingAChipActivatesIt()
    {
        Document doc(test::sampleProject());
        JourneyView view(&doc);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &JourneyView::entityActivated);
        const StepDetailsItem *details = nullptr;
        for (auto *i : view.scene()->items()) {
            if (auto *d = qgraphicsitem_cast<StepDetailsItem *>(i); d && d->stepId() == QStringLiteral("s3"))
                details = d;
        }
        const auto &chip = details->chips().at(2); // agent, billing, then the process
        view.canvas()->ensureVisible(details->mapRectToScene(chip.rect));
        const QPoint at = view.canvas()->mapFromScene(details->mapToScene(chip.rect.center()));
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<EntityKind>(), EntityKind::Process);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("order"));
    }

    void dragAndDropMovesSteps()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const model::Project before = doc.project();
        StepItem *s1 = scene.stepItem(QStringLiteral("s1"));
        scene.selectSteps({ QStringLiteral("s1") });
        // Drop it just right of s4, in the install stage.
        const QRectF s4 = scene.stepItem(QStringLiteral("s4"))->sceneBoundingRect();
        s1->setX(s4.center().x() + 20 - s1->boundingRect().width() / 2);
        scene.dropSelectedSteps(s1);
        QCOMPARE(doc.undoStack()->count(), 1);
        const model::Step *moved = doc.project().step(QStringLiteral("s1"));
        QCOMPARE(moved->stage, QStringLiteral("install"));
        QCOMPARE(scene.layout().stepOrder, QString::fromLatin1("s2 s3 s4 s1 s5").split(u' '));
        QCOMPARE(scene.stepItem(QStringLiteral("s1"))->x(), scene.layout().columnLeft(3));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        QCOMPARE(scene.stepItem(QStringLiteral("s1"))->x(), scene.layout().columnLeft(0));
        // A drop where it came from pushes nothing and snaps back.
        s1->setX(s1->x() + 5);
        scene.dropSelectedSteps(s1);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(s1->x(), scene.layout().columnLeft(0));
    }

    void lanesCanBeHiddenAndReordered()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        QCOMPARE(scene.layout().rows.size(), 11);
        LaneConfig lanes;
        lanes.setVisible(Lane::Emotion, false);
        lanes.setVisible(Lane::CustomerActions, false);
        QVERIFY(lanes.move(Lane::Requirements, -1));
        scene.setLaneConfig(lanes);
        QCOMPARE(scene.layout().rows.size(), 9);
        QCOMPARE(scene.layout().rows.first().lane, Lane::Touchpoints);
        QCOMPARE(scene.layout().rows.last().lane, Lane::Metrics);
        QVERIFY(!scene.stepItem(QStringLiteral("s1"))->isVisible());
        QVERIFY(!lanes.move(Lane::CustomerActions, -1));

        // Settings round trip, tolerant of unknown and missing keys.
        QCOMPARE(LaneConfig::fromString(lanes.toString()), lanes);
        const LaneConfig partial = LaneConfig::fromString(QStringLiteral("metrics, !emotion,bogus"));
        QCOMPARE(partial.order.size(), 11);
        QCOMPARE(partial.order.at(0), Lane::Metrics);
        QCOMPARE(partial.order.at(1), Lane::Emotion);
        QVERIFY(!partial.isVisible(Lane::Emotion));
        QCOMPARE(partial.order.at(2), Lane::CustomerActions);
        QCOMPARE(LaneConfig::fromString(QString()), LaneConfig());
    }

    void overlayIsPainted()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const QImage plain = render(scene);
        StepOverlay overlay;
        overlay.steps.insert(QStringLiteral("s3"), { QColor(255, 0, 0), QStringLiteral("wait 4.2 min") });
        overlay.lanes.insert(Lane::BackRoles, { QColor(0, 0, 255), QStringLiteral("busy") });
        scene.setOverlay(overlay);
        const QImage marked = render(scene);
        QVERIFY(plain != marked);
        // The band on s3's card is pure red; nothing on the plain map is.
        const QPointF band = scene.stepItem(QStringLiteral("s3"))->mapToScene(QPointF(2, 60));
        QCOMPARE(marked.pixelColor(band.toPoint()), QColor(255, 0, 0));
        QVERIFY(plain.pixelColor(band.toPoint()) != QColor(255, 0, 0));
        scene.setOverlay({});
        QCOMPARE(render(scene), plain);
    }

    void cardAndPainLanesGrowWithTheirTexts()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const qreal cardLane = scene.layout().row(Lane::CustomerActions)->height;
        const qreal painLane = scene.layout().row(Lane::PainPoints)->height;
        StepItem *card = scene.stepItem(QStringLiteral("s1"));
        const qreal cardHeight = card->height();
        const QString longTitle = QStringLiteral("Compares every broadband plan, speed tier and contract length on "
                                                 "three sites before deciding");
        doc.undoStack()->push(new SetStepTitle(&doc, { QStringLiteral("s1") }, longTitle));
        QVERIFY(card->height() > cardHeight);
        QVERIFY(scene.layout().row(Lane::CustomerActions)->height > cardLane);
        // Every card of the journey takes the same height, and the lane holds it.
        QCOMPARE(scene.stepItem(QStringLiteral("s5"))->height(), card->height());
        const auto row = *scene.layout().row(Lane::CustomerActions);
        QVERIFY(card->y() >= row.top);
        QVERIFY(card->y() + card->height() <= row.top + row.height);

        const std::vector<model::PainPoint> pains(
            6, { QStringLiteral("A long pain point that wraps over several lines of the lane"), std::nullopt });
        doc.undoStack()->push(new SetStepPainPoints(&doc, { QStringLiteral("s2") }, pains));
        const qreal grown = scene.layout().row(Lane::PainPoints)->height;
        QVERIFY(grown > painLane);
        QVERIFY(grown <= 320); // capped: a wall of text must not push the roles off the page
        doc.undoStack()->undo();
        QCOMPARE(scene.layout().row(Lane::PainPoints)->height, painLane);
        doc.undoStack()->undo();
        QCOMPARE(card->height(), cardHeight);
    }

    void laneColumnExplainsTheCardMarkers()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        const auto row = scene.layout().row(Lane::CustomerActions);
        QVERIFY(row);
        const QImage image = render(scene);
        const QRect legend = QRectF(0, row->top, JourneyLayout::LabelWidth, row->height).toRect();
        const auto countColor = [&](const QColor &color) {
            int n = 0;
            for (int y = legend.top(); y < legend.bottom(); ++y) {
                for (int x = legend.left(); x < legend.right(); ++x)
                    n += image.pixelColor(x, y) == color;
            }
            return n;
        };
        // The star and the customer-initiated mark are drawn in the label column, as on the cards.
        QVERIFY(countColor(scene.style().momentOfTruth) > 10);
        QVERIFY(countColor(scene.style().accent) > 5);
    }

    void droppedEntitiesAreLinked()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        QMimeData mime;
        mime.setData(JourneyScene::entityMimeType(), "role:billing\nrequirement:REQ-2\njourney:support\n");
        const QString at
            = scene.layout().stepAt(scene.stepItem(QStringLiteral("s1"))->sceneBoundingRect().center().x());
        QCOMPARE(at, QStringLiteral("s1"));
        QVERIFY(scene.layout().stepAt(1.0).isEmpty());
        QVERIFY(scene.linkEntities(at, &mime));
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->backRoles, QStringList { QStringLiteral("billing") });
        QCOMPARE(doc.project().step(QStringLiteral("s1"))->requirements, QStringList { QStringLiteral("REQ-2") });
        QCOMPARE(doc.undoStack()->count(), 1); // one drop, one undo step
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Link 2 Items"));
        QMimeData other;
        other.setData(JourneyScene::entityMimeType(), "journey:support");
        QVERIFY(!scene.linkEntities(at, &other));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.project().step(QStringLiteral("s1"))->backRoles.isEmpty());
        QVERIFY(doc.project().step(QStringLiteral("s1"))->requirements.isEmpty());
    }

    void emotionDragPushesOneCommand()
    {
        Document doc(test::sampleProject());
        JourneyScene scene(&doc);
        scene.setStepEmotion(QStringLiteral("s4"), 1, false);
        scene.setStepEmotion(QStringLiteral("s4"), 2, true);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.project().step(QStringLiteral("s4"))->emotion, 1);
        QCOMPARE(doc.project().step(QStringLiteral("s4"))->emotionToBe, std::optional<int>(2));
    }
};

QTEST_MAIN(TestJourneyScene)
#include "tst_journeyscene.moc"
