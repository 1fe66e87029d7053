// SPDX-License-Identifier: GPL-3.0-or-later
// The Results tab's Advice page (Simulate ▸ Advise on the Constraint): the advisor runs off the
// window's thread, the sample's as-is constraint is named in words, the remedies come best first
// with their net a week, one click adds a remedy as a what-if scenario (one undo step), the
// scenario list follows the project, and Cancel stops a run.
#include "editor/results/adviceview.h"

#include "editor/document/document.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace oi;

class TestAdviceView : public QObject
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
        editor::results::AdviceView dialog;
        dialog.setDocument(doc.get());
        dialog.setScenario(QStringLiteral("as-is"));
        dialog.show();
        dialog.start();
        QVERIFY(dialog.isRunning() || dialog.advice().ok);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.advice().ok, 60000);
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("adviceSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Order entry clerk")), qPrintable(summary));
        auto *options = dialog.findChild<QTableWidget *>(QStringLiteral("adviceOptions"));
        QCOMPARE(options->rowCount(), int(dialog.advice().options.size()));
        QVERIFY(options->rowCount() >= 3);
        // Best business case first, the net beside each sentence, no ids in what is read.
        for (int i = 0; i < options->rowCount(); ++i) {
            const model::AdviceOption &o = dialog.advice().options[std::size_t(i)];
            QCOMPARE(options->item(i, 0)->text(), o.sentence);
            QVERIFY2(!options->item(i, 1)->text().isEmpty(), qPrintable(o.sentence));
            if (i > 0)
                QVERIFY(dialog.advice().options[std::size_t(i - 1)].net >= o.net);
            QVERIFY2(!o.sentence.contains(QLatin1String("order-clerk")), qPrintable(o.sentence));
        }
        const std::size_t before = doc->project().scenarios.size();
        const QString id = dialog.addOption(0);
        QVERIFY(!id.isEmpty());
        QCOMPARE(doc->project().scenarios.size(), before + 1);
        const model::Scenario *added = doc->project().scenario(id);
        QVERIFY(added && added->name == dialog.advice().options.front().scenario.name);
        QCOMPARE(doc->undoStack()->count(), 1);
        // The page's scenario list follows the project: the what-if can be advised on next.
        auto *scenarios = dialog.findChild<QComboBox *>(QStringLiteral("adviceScenario"));
        QVERIFY(scenarios->findData(id) >= 0);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().scenarios.size(), before);
        QCOMPARE(scenarios->findData(id), -1);
    }

    void cancelStopsARun()
    {
        auto doc = load();
        editor::results::AdviceView dialog;
        dialog.setDocument(doc.get());
        dialog.setScenario(QStringLiteral("as-is"));
        dialog.start();
        QElapsedTimer t;
        t.start();
        dialog.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 5000);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_MAIN(TestAdviceView)
#include "tst_adviceview.moc"
