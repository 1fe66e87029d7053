// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario comparison in the studio: it runs on a worker thread, the table says every KPI side by
// side with the paired change and whether it is significant, and Cancel ends it within 200 ms.
#include "chartmeasure.h"

#include "editor/results/chartpanel.h"
#include "editor/results/comparisonrunner.h"
#include "editor/results/comparisontable.h"
#include "editor/results/comparisonview.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QElapsedTimer>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace oi;
using namespace oi::editor::results;

namespace {

std::unique_ptr<editor::Document> fixture(double horizon = 0)
{
    model::Problems problems;
    auto project = model::readProject(QStringLiteral(OI_TEST_DATA "/compare.oi.yaml"), &problems);
    if (project && horizon > 0)
        project->simulation.horizon = horizon;
    return project ? std::make_unique<editor::Document>(std::move(project)) : nullptr;
}

/** The row of `figure` under the block of `process`, or -1. */
int rowOf(const QTableWidget *table, const QString &process, const QString &figure)
{
    bool inBlock = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->item(row, 0) ? table->item(row, 0)->text() : QString();
        if (table->columnSpan(row, 0) > 1)
            inBlock = text.startsWith(process);
        else if (inBlock && text.trimmed() == figure)
            return row;
    }
    return -1;
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT
private slots:
    void comparesOnAWorkerAndSaysWhatIsSignificant()
    {
        auto doc = fixture();
        QVERIFY(doc);
        ComparisonView view;
        view.setDocument(doc.get());
        QCOMPARE(view.findChild<QListWidget *>(QStringLiteral("comparedScenarios"))->count(), 3);
        view.setScenarios({ QStringLiteral("base"), QStringLiteral("slower"), QStringLiteral("same") });
        QCOMPARE(view.scenarios(),
            QStringList({ QStringLiteral("base"), QStringLiteral("slower"), QStringLiteral("same") }));
        view.setReplications(5);
        QSignalSpy finished(view.runner(), &ComparisonRunner::finished);
        view.run();
        QVERIFY(view.runner()->isRunning());
        QVERIFY(finished.wait(60000));
        const auto comparison = finished.first().first().value<model::Comparison>();
        QVERIFY2(comparison.ok, qPrintable(comparison.error));

        const QTableWidget *table = view.table();
        QCOMPARE(table->columnCount(), 1 + 3 + 2 * 2);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Slower service − Base"));
        // Every service takes 10 minutes, 15 when slower: exactly 5 minutes more, significant and worse.
        const int fixedMean = rowOf(table, QStringLiteral("Fixed service"), QStringLiteral("mean cycle time"));
        QVERIFY(fixedMean > 0);
        QCOMPARE(table->item(fixedMean, 1)->text(), QStringLiteral("10 min ± 0 s"));
        QCOMPARE(table->item(fixedMean, 4)->text(), QStringLiteral("+5 min ± 0 s"));
        QVERIFY(table->item(fixedMean, 4)->background().color().red()
            > table->item(fixedMean, 4)->background().color().green());
        // "Same again" changes nothing: common random numbers give the same runs, no significant difference.
        QCOMPARE(table->item(fixedMean, 6)->text(), QStringLiteral("0 s ± 0 s"));
        QCOMPARE(table->item(fixedMean, 7)->text(), QStringLiteral("no significant difference"));
        const int randomMean = rowOf(table, QStringLiteral("Random service"), QStringLiteral("mean cycle time"));
        QVERIFY(randomMean > fixedMean);
        QVERIFY(table->item(randomMean, 4)->text().startsWith(u'+'));
        QCOMPARE(view.table()->data().header.size(), 2 + 3 + 2 * 2);

        // The scenarios side by side in a chart, for the figure chosen in the table.
        view.resize(860, 640); // the page beside both docks
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart *chart = view.chart()->chart();
        QCOMPARE(chart->title(), QStringLiteral("Fixed service: mean cycle time"));
        const QString problem = test::chartProblem(chart);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        view.table()->setCurrentCell(randomMean, 0);
        chart = view.chart()->chart();
        QCOMPARE(chart->title(), QStringLiteral("Random service: mean cycle time"));
        QCOMPARE(view.chart()->data().rows.size(), 3);
        const QString again = test::chartProblem(chart);
        QVERIFY2(again.isEmpty(), qPrintable(again));
        QVERIFY(view.status().contains(QLatin1String("5 replications of each")));
    }

    void cancelEndsTheComparisonWithin200ms()
    {
        auto doc = fixture(1e9); // days of work unless cancelled
        ComparisonView view;
        view.setDocument(doc.get());
        view.setScenarios({ QStringLiteral("base"), QStringLiteral("slower") });
        QSignalSpy finished(view.runner(), &ComparisonRunner::finished);
        view.run();
        QTest::qWait(300); // well into the first replications
        QVERIFY(view.runner()->isRunning());
        QElapsedTimer clock;
        clock.start();
        view.cancel();
        QVERIFY(finished.wait(5000));
        const qint64 elapsed = clock.elapsed();
        qInfo("the comparison ended %lld ms after Cancel", elapsed);
        QVERIFY2(elapsed < 200, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QVERIFY(finished.first().first().value<model::Comparison>().cancelled);
        QVERIFY(!view.runner()->isRunning());
        QCOMPARE(view.status(), QStringLiteral("Cancelled."));
        QCOMPARE(view.table()->rowCount(), 0);
    }

    void aComparisonNeedsTwoScenarios()
    {
        auto doc = fixture();
        ComparisonView view;
        view.setDocument(doc.get());
        view.setScenarios({ QStringLiteral("base") });
        QSignalSpy finished(view.runner(), &ComparisonRunner::finished);
        view.run();
        QVERIFY(!view.runner()->isRunning());
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
