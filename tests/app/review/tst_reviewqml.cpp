// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the review, loaded with the sample in light and dark: no QML warning or error, and
// every text measured (inside the page and its card, not elided, not overlapping, contrast ≥ 4.5:1).
// The keys, the live model and the deck (one PDF page per screen) too.
#include "pagemeasure.h"

#include "app/review/reviewdeck.h"
#include "app/review/reviewmodel.h"
#include "app/review/reviewview.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"

#include <QFile>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oi;

namespace {
QStringList gWarnings;
QtMessageHandler gPrevious = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        gWarnings.append(message);
    if (gPrevious)
        gPrevious(type, context, message);
}

std::unique_ptr<editor::Document> sample()
{
    model::Problems problems;
    return editor::Document::load(
        QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}
} // namespace

class TestReviewQml : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        review::chooseRenderer();
        gPrevious = qInstallMessageHandler(recordWarnings);
    }
    void cleanupTestCase() { qInstallMessageHandler(gPrevious); }
    void init() { gWarnings.clear(); }

    void everyPageMeasures_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1920x1080") << false << QSize(1920, 1080);
        QTest::newRow("dark 1920x1080") << true << QSize(1920, 1080);
        QTest::newRow("light 1280x720") << false << QSize(1280, 720);
    }
    void everyPageMeasures()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        auto doc = sample();
        QVERIFY(doc);
        review::ReviewModel model;
        model.setDocument(doc.get());
        model.setDark(dark);
        model.refreshNow();
        std::unique_ptr<review::ReviewView> view(review::ReviewView::createFor(&model));
        QCOMPARE(view->status(), QQuickView::Ready);
        view->setAnimated(false);
        view->resize(size);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QVERIFY(view->pageCount() >= 10);
        QStringList problems;
        int texts = 0;
        for (int i = 0; i < view->pageCount(); ++i) {
            view->showPage(i);
            const QImage picture = view->grabPage();
            QVERIFY(!picture.isNull());
            int n = 0;
            const QString kind = model.pages().at(i).toMap().value(QStringLiteral("kind")).toString();
            for (const QString &p : measurePage(view->rootObject(), &n))
                problems.append(QStringLiteral("page %1 (%2): %3").arg(i + 1).arg(kind, p));
            QVERIFY2(n >= 3, qPrintable(QStringLiteral("page %1 shows only %2 texts").arg(i + 1).arg(n)));
            texts += n;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(gWarnings.isEmpty(), qPrintable(gWarnings.join(u'\n')));
        qInfo("%d pages, %d texts measured", view->pageCount(), texts);
    }

    void keys()
    {
        auto doc = sample();
        review::ReviewModel model;
        model.setDocument(doc.get());
        model.refreshNow();
        std::unique_ptr<review::ReviewView> view(review::ReviewView::createFor(&model));
        view->resize(1280, 720);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QQuickItem *root = view->rootObject();
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->currentPage(), 1);
        QTest::keyClick(view.get(), Qt::Key_PageDown);
        QCOMPARE(view->currentPage(), 2);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(view->currentPage(), 1);
        QTest::keyClick(view.get(), Qt::Key_End);
        QCOMPARE(view->currentPage(), view->pageCount() - 1);
        QTest::keyClick(view.get(), Qt::Key_Right); // stays on the last
        QCOMPARE(view->currentPage(), view->pageCount() - 1);
        QTest::keyClick(view.get(), Qt::Key_Home);
        QCOMPARE(view->currentPage(), 0);
        QTest::keyClick(view.get(), Qt::Key_G);
        QVERIFY(root->property("overview").toBool());
        QTest::keyClick(view.get(), Qt::Key_Down); // a row of four down
        QCOMPARE(view->currentPage(), 4);
        QTest::keyClick(view.get(), Qt::Key_Return);
        QVERIFY(!root->property("overview").toBool());
        QCOMPARE(view->currentPage(), 4);
        QSignalSpy closed(view.get(), &review::ReviewView::closed);
        QTest::keyClick(view.get(), Qt::Key_G);
        QTest::keyClick(view.get(), Qt::Key_Escape); // leaves the overview first
        QCOMPARE(closed.count(), 0);
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY2(gWarnings.isEmpty(), qPrintable(gWarnings.join(u'\n')));
    }

    void followsTheLiveModel()
    {
        auto doc = sample();
        review::ReviewModel model;
        model.setDocument(doc.get());
        model.refreshNow();
        const QString before = model.pages().at(1).toMap().value(QStringLiteral("title")).toString();
        doc->undoStack()->push(new editor::SetStrategyTitle(
            doc.get(), { doc->project().strategies.front().id }, QStringLiteral("Fix it in the first call")));
        model.refresh(); // as when the review opens again after an edit
        QCOMPARE(model.pages().at(1).toMap().value(QStringLiteral("title")).toString(),
            QStringLiteral("Fix it in the first call"));
        doc->undoStack()->undo();
        model.refresh();
        QCOMPARE(model.pages().at(1).toMap().value(QStringLiteral("title")).toString(), before);
        // The findings of the edited model come from the worker; they arrive without blocking.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 60000);

        // While the review shows, an edit in the studio behind it appears without a refresh.
        model.setFollowing(true);
        doc->undoStack()->redo();
        QTRY_COMPARE(model.pages().at(1).toMap().value(QStringLiteral("title")).toString(),
            QStringLiteral("Fix it in the first call"));
        model.setFollowing(false);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 60000);
    }

    void recordsDecisions()
    {
        auto doc = sample();
        review::ReviewModel model;
        model.setDocument(doc.get());
        model.refreshNow();
        const size_t before = doc->project().decisions.size();
        QVERIFY(model.recordDecision(QStringLiteral("strategy/first-contact"), QStringLiteral("approve"),
            QStringLiteral("Go ahead with the first-call promise")));
        QCOMPARE(doc->project().decisions.size(), before + 1);
        const model::Decision d = doc->project().decisions.back();
        QCOMPARE(d.verdict, model::Decision::Approve);
        QCOMPARE(d.subject, QStringLiteral("strategy/first-contact"));
        QCOMPARE(d.date.size(), 10);
        QVERIFY(!d.id.isEmpty());
        QVERIFY(!model.isBusy()); // a decision changes no run: nothing is simulated again
        auto strategyDecisions = [&model] {
            return model.pages().at(1).toMap().value(QStringLiteral("decisions")).toStringList().join(u'|');
        };
        QVERIFY2(strategyDecisions().contains(QStringLiteral("Approved")), qPrintable(strategyDecisions()));
        QVERIFY(strategyDecisions().contains(QStringLiteral("first-call promise")));
        QVERIFY(!model.recordDecision(QStringLiteral("strategy/first-contact"), QStringLiteral("maybe"), {}));

        // Stored in the file and read back.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("decided.oi.yaml"));
        QString error;
        QVERIFY2(doc->save(file, &error), qPrintable(error));
        model::Problems problems;
        auto reread = editor::Document::load(file, &problems);
        QVERIFY(reread);
        QCOMPARE(reread->project().decisions.back(), d);

        // Undoable.
        doc->undoStack()->undo();
        QCOMPARE(doc->project().decisions.size(), before);
        model.refresh();
        QVERIFY(!strategyDecisions().contains(QStringLiteral("first-call promise")));

        // From the keyboard: R on a strategy page, a note, Enter.
        std::unique_ptr<review::ReviewView> view(review::ReviewView::createFor(&model));
        view->resize(1280, 720);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->showPage(1);
        QTest::keyClick(view.get(), Qt::Key_R);
        for (const char c : QByteArray("Why now")) // QTest::keyClicks takes widgets only
            QTest::keyClick(view.get(), c);
        QTest::keyClick(view.get(), Qt::Key_Return);
        QCOMPARE(doc->project().decisions.size(), before + 1);
        QCOMPARE(doc->project().decisions.back().verdict, model::Decision::Reject);
        QCOMPARE(doc->project().decisions.back().note, QStringLiteral("Why now"));
        QCOMPARE(view->currentPage(), 1);
        QTest::keyClick(view.get(), Qt::Key_Right); // the keys are the review's again
        QCOMPARE(view->currentPage(), 2);
        QVERIFY2(gWarnings.isEmpty(), qPrintable(gWarnings.join(u'\n')));
    }

    void deckHasOnePagePerScreen()
    {
        auto doc = sample();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("deck.pdf"));
        QString error;
        QVERIFY2(review::writeDeck(doc.get(), file, &error), qPrintable(error));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        review::ReviewModel model;
        model.setDocument(doc.get());
        model.refreshNow();
        QCOMPARE(int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ")
                     + bytes.count("/Type /Page/")),
            int(model.pages().size()));
        QVERIFY2(gWarnings.isEmpty(), qPrintable(gWarnings.join(u'\n')));
    }
};

QTEST_MAIN(TestReviewQml)
#include "tst_reviewqml.moc"
