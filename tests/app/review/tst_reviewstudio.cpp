// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Review from the studio: F9's action opens the review of the open project, an edit made
// in the studio shows when it opens again, Esc brings the studio back.
#include "support/isolatedsettings.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/review/reviewmodel.h"
#include "app/review/reviewview.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace oi;

class TestReviewStudio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings("tst_reviewstudio");
        review::chooseRenderer();
    }

    void opensFromTheViewMenu()
    {
        app::MainWindow window;
        window.show();
        QVERIFY(window.action(QStringLiteral("review")));
        QCOMPARE(window.action(QStringLiteral("review"))->shortcut(), QKeySequence(Qt::Key_F9));
        window.openSample();
        editor::Document *doc = window.documentManager()->document();
        QVERIFY(doc);

        review::ReviewView *view = window.showReview(false);
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QVERIFY(view->pageCount() >= 10);
        QSignalSpy closed(view, &review::ReviewView::closed);
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!view->isVisible());

        // Edited in the studio, shown when the review opens again: the live model, no export step.
        doc->undoStack()->push(new editor::SetStrategyTitle(
            doc, { doc->project().strategies.front().id }, QStringLiteral("One call, one fix")));
        QCOMPARE(window.showReview(false), view);
        QCOMPARE(view->model()->pages().at(1).toMap().value(QStringLiteral("title")).toString(),
            QStringLiteral("One call, one fix"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isBusy(), 60000);
        view->close();
    }
};

QTEST_MAIN(TestReviewStudio)
#include "tst_reviewstudio.moc"
