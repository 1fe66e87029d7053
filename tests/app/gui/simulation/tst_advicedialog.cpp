// SPDX-License-Identifier: GPL-3.0-or-later
// Simulate ▸ Advise on the Constraint: the advisor runs off the window's thread, the sample's as-is
// constraint is named in words, the remedies come best first, one click adds a remedy as a what-if
// scenario (one undo step), and Cancel stops a run.
#include "app/gui/simulation/advicedialog.h"

#include "editor/document/document.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QUndoStack>

using namespace oi;

class TestAdviceDialog : public QObject
{
    Q_OBJECT
    std::unique_ptr<editor::Document> load()
    {
        model::Problems problems;
        return editor::Document::load(
            QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
    }

private slots:
    void advisesAndAddsAWhatIf()
    {
        auto doc = load();
        app::AdviceDialog dialog(doc.get());
        dialog.setScenario(QStringLiteral("as-is"));
        dialog.show();
        dialog.start();
        QVERIFY(dialog.isRunning() || dialog.advice().ok);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.advice().ok, 60000);
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("adviceSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Order entry clerk")), qPrintable(summary));
        auto *options = dialog.findChild<QListWidget *>(QStringLiteral("adviceOptions"));
        QCOMPARE(options->count(), int(dialog.advice().options.size()));
        QVERIFY(options->count() >= 3);
        const std::size_t before = doc->project().scenarios.size();
        const QString id = dialog.addOption(0);
        QVERIFY(!id.isEmpty());
        QCOMPARE(doc->project().scenarios.size(), before + 1);
        const model::Scenario *added = doc->project().scenario(id);
        QVERIFY(added && added->name == dialog.advice().options.front().scenario.name);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().scenarios.size(), before);
    }

    void cancelStopsARun()
    {
        auto doc = load();
        app::AdviceDialog dialog(doc.get());
        dialog.setScenario(QStringLiteral("as-is"));
        dialog.start();
        QElapsedTimer t;
        t.start();
        dialog.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 5000);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_MAIN(TestAdviceDialog)
#include "tst_advicedialog.moc"
