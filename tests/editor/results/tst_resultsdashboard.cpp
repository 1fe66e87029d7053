// SPDX-License-Identifier: GPL-3.0-or-later
// The results dashboard on a known run: the tiles say its numbers in people's units, each chart
// is measured as drawn (axes titled with units, every series in the legend, no two texts on top
// of each other, nothing elided), reads on light and dark palettes, and exports PNG, SVG and CSV.
#include "chartmeasure.h"
#include "resultsfixture.h"

#include "editor/results/chartexport.h"
#include "editor/results/chartgrid.h"
#include "editor/results/chartpanel.h"
#include "editor/results/chartstyle.h"
#include "editor/results/kpitile.h"
#include "editor/results/resultnames.h"
#include "editor/results/resultscharts.h"
#include "editor/results/resultsdashboard.h"
#include "editor/results/resultstiles.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace oi;
using namespace oi::editor::results;

namespace {

const TileText *tile(const QList<TileRow> &rows, const QString &process, const QString &title)
{
    for (const TileRow &row : rows)
        if (row.title == process)
            for (const TileText &t : row.tiles)
                if (t.title == title)
                    return &t;
    return nullptr;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace

class TestResultsDashboard : public QObject
{
    Q_OBJECT
    std::shared_ptr<const model::Project> mProject;
    std::shared_ptr<const sim::Results> mResults;

private slots:
    void initTestCase()
    {
        mProject = test::sampleProject();
        mResults = test::sampleResults();
        QVERIFY(mProject);
        QVERIFY(mResults);
    }

    void tilesSayTheNumbersOfTheRun()
    {
        const QList<TileRow> rows = processTiles(mProject.get(), *mResults);
        QCOMPARE(rows.size(), 4);
        // Order to activation: 0.0427083 cases a minute is 61.5 a day (± 0.0096 · 1440 = 13.8);
        // the mean cycle time 1518.2 minutes is 25.3 h, ± 22.9 minutes.
        const TileText *throughput = tile(rows, QStringLiteral("Order to activation"), QStringLiteral("Throughput"));
        QVERIFY(throughput);
        QCOMPARE(throughput->value, QStringLiteral("61.5 per day"));
        QCOMPARE(throughput->interval, QStringLiteral("± 13.8 per day"));
        const TileText *cycle = tile(rows, QStringLiteral("Order to activation"), QStringLiteral("Cycle time"));
        QCOMPARE(cycle->value, QStringLiteral("25.3 h"));
        QCOMPARE(cycle->interval, QStringLiteral("± 22.9 min"));
        QVERIFY(cycle->lines.at(0).startsWith(QLatin1String("half done within ")));
        QVERIFY(cycle->lines.at(1).startsWith(QLatin1String("90 % done within ")));
        // 67 ± 11 cases were still in the order process when the run ended; nobody gave up.
        const TileText *lost = tile(rows, QStringLiteral("Order to activation"), QStringLiteral("Customers lost"));
        QCOMPARE(lost->value, QStringLiteral("0"));
        QVERIFY(lost->lines.contains(QStringLiteral("still in process at the end: 67 ± 11")));
        // Help me now: 68.3 ± 31.5 customers lost per replication.
        const TileText *help = tile(rows, QStringLiteral("Help me now"), QStringLiteral("Customers lost"));
        QCOMPARE(help->value, QStringLiteral("68"));
        QCOMPARE(help->interval, QStringLiteral("± 31"));
        const TileText *waiting = tile(rows, QStringLiteral("Help me now"), QStringLiteral("Waiting"));
        QVERIFY(waiting->value.endsWith(QLatin1String(" %")));

        const QList<TileText> goals = goalTiles(mProject.get(), *mResults);
        QCOMPARE(goals.size(), 4);
        QStringList verdicts;
        for (const TileText &g : goals)
            verdicts << g.verdict;
        QCOMPARE(verdicts,
            QStringList({ QStringLiteral("Not met"), QStringLiteral("Met"), QStringLiteral("Met"),
                QStringLiteral("Uncertain") }));
        // 0.1296 ± 0.0399 of the "help me now" customers lost, against at most 5 %.
        QCOMPARE(goals.front().value, QStringLiteral("13 %"));
        QCOMPARE(goals.front().interval, QStringLiteral("± 4 %"));
        QCOMPARE(goals.front().lines.front(), QStringLiteral("target: at most 5 %"));
        QCOMPARE(goals.front().tone, Tone::Bad);
    }

    void dashboardShowsTilesAndTheConstraint()
    {
        ResultsDashboard dashboard;
        dashboard.setResults(mProject, mResults);
        QVERIFY(dashboard.headline().contains(QLatin1String("Order entry clerk")));
        QVERIFY(dashboard.headline().contains(QLatin1String("Enter order (Order to activation)")));
        // 4 goals and 4 processes of 4 tiles each.
        QCOMPARE(dashboard.tiles().size(), 4 + 4 * 4);
        bool sawStillInProcess = false;
        for (const KpiTile *t : dashboard.tiles())
            sawStillInProcess = sawStillInProcess || t->plainText().contains(QStringLiteral("67 ± 11"));
        QVERIFY(sawStillInProcess);
        QCOMPARE(dashboard.charts().size(), 6);
        dashboard.setStaleNote(QStringLiteral("stale"));
        QCOMPARE(dashboard.staleNote(), QStringLiteral("stale"));
        dashboard.setResults(mProject, nullptr);
        QCOMPARE(dashboard.charts().size(), 0);
    }

    void chartsAreMeasured_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("columns");
        QTest::newRow("the tab between the Project and Properties docks") << 700 << 1;
        QTest::newRow("the tab beside one dock") << 900 << 0; // each section as its labels allow
        QTest::newRow("a little narrower: one chart a row") << 820 << 1;
        QTest::newRow("a wide window") << 1500 << 2;
    }

    void chartsAreMeasured()
    {
        QFETCH(int, width);
        QFETCH(int, columns);
        ResultsDashboard dashboard;
        dashboard.resize(width, 900);
        dashboard.setResults(mProject, mResults);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const QList<ChartPanel *> panels = dashboard.charts();
        QCOMPARE(panels.size(), 6);
        for (const ChartGrid *grid : dashboard.findChildren<ChartGrid *>())
            if (columns > 0)
                QCOMPARE(grid->columns(), columns);
        for (ChartPanel *panel : panels) {
            const QString problem = test::chartProblem(panel->chart());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void theMeasureSeesOverlaps()
    {
        // A control: a hundred tick labels on a narrow axis do overlap, and the measure says so.
        QChartView view;
        auto *chart = new QChart;
        auto *line = new QLineSeries;
        line->append(0, 0);
        line->append(1000, 1);
        chart->addSeries(line);
        auto *x = new QValueAxis;
        x->setRange(0, 1000);
        x->setTickCount(101);
        x->setTruncateLabels(false); // as the dashboard's axes: Qt would otherwise write "..." instead
        chart->addAxis(x, Qt::AlignBottom);
        line->attachAxis(x);
        view.setChart(chart);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<test::DrawnText> texts = test::drawnTexts(chart);
        bool overlap = false;
        for (qsizetype i = 0; i < texts.size(); ++i)
            for (qsizetype j = i + 1; j < texts.size(); ++j)
                overlap = overlap || texts[i].rect.intersects(texts[j].rect);
        QVERIFY(overlap);
    }

    void histogramMarksTheMedianAndTheNinetiethPercentile()
    {
        const ResultNames names(mProject.get());
        BuiltChart built = cycleTimeChart(*mResults, names, 0);
        QStringList series;
        for (QAbstractSeries *s : built.chart->series())
            series << s->name();
        QCOMPARE(series.size(), 3);
        QVERIFY(series.at(1).startsWith(QLatin1String("p50: ")));
        QVERIFY(series.at(2).startsWith(QLatin1String("p90: ")));
        QVERIFY(!built.data.rows.isEmpty());
        delete built.chart;
        // Results without their replications have no distribution to draw, and say so.
        sim::Results summaryOnly = *mResults;
        summaryOnly.perReplication.clear();
        built = cycleTimeChart(summaryOnly, names, 0);
        QVERIFY(built.note.contains(QLatin1String("no per-case distribution")));
        delete built.chart;
    }

    void chartsReadOnLightAndDarkPalettes()
    {
        for (const QPalette &palette : { QApplication::style()->standardPalette(), darkPalette() }) {
            ResultsDashboard dashboard;
            dashboard.setPalette(palette);
            dashboard.setResults(mProject, mResults);
            for (ChartPanel *panel : dashboard.charts()) {
                QChart *chart = panel->chart();
                const QColor ground = chart->backgroundBrush().color();
                QCOMPARE(ground, palette.color(QPalette::Base));
                for (QAbstractAxis *axis : chart->axes()) {
                    QVERIFY(test::contrast(axis->labelsColor(), ground) >= 4.5);
                    QVERIFY(test::contrast(axis->titleBrush().color(), ground) >= 4.5);
                }
                QVERIFY(test::contrast(chart->legend()->labelColor(), ground) >= 4.5);
                QVERIFY(test::contrast(chart->titleBrush().color(), ground) >= 4.5);
            }
        }
        // Series colours keep 3:1 against both grounds (WCAG's bar for graphics).
        for (int i = 0; i < 8; ++i) {
            QVERIFY2(test::contrast(seriesColour(i), Qt::white) >= 3, qPrintable(seriesColour(i).name()));
            QVERIFY2(
                test::contrast(seriesColour(i), QColor(0x1e, 0x1e, 0x1e)) >= 3, qPrintable(seriesColour(i).name()));
        }
    }

    void chartsExport()
    {
        QTemporaryDir dir;
        ResultsDashboard dashboard;
        dashboard.resize(1200, 900);
        dashboard.setResults(mProject, mResults);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        ChartPanel *panel = dashboard.charts().front();
        QString error;
        const QString png = dir.filePath(QStringLiteral("utilisation.png"));
        QVERIFY2(panel->exportTo(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), panel->chart()->size().toSize());
        const QString svg = dir.filePath(QStringLiteral("utilisation.svg"));
        QVERIFY2(panel->exportTo(svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Role utilisation"));
        const QString csv = dir.filePath(QStringLiteral("utilisation.csv"));
        QVERIFY2(panel->exportTo(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines.front().startsWith("\xEF\xBB\xBFrole,"));
        QCOMPARE(lines.size(), 1 + 9 + 1); // header, 9 roles, the last line's end
        QVERIFY(!panel->exportTo(dir.filePath(QStringLiteral("chart.bmp")), &error));
    }

    void csvCellsNeverRunAsFormulas()
    {
        QCOMPARE(csvCell(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(csvCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csvCell(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(csvCell(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(csvCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(csvCell(QStringLiteral("-2.5")), QStringLiteral("-2.5")); // a number stays a number
        QCOMPARE(csvCell(QStringLiteral("Order entry clerk")), QStringLiteral("Order entry clerk"));
        QCOMPARE(csvCell(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
        ChartTable table { { QStringLiteral("name") }, { { QStringLiteral("=1+1") } } };
        QCOMPARE(csvText(table), QByteArray("\xEF\xBB\xBFname\r\n'=1+1\r\n"));
    }

    void histogramFollowsTheChosenProcess()
    {
        ResultsDashboard dashboard;
        dashboard.setResults(mProject, mResults);
        auto *chooser = dashboard.findChild<QComboBox *>(QStringLiteral("histogramProcess"));
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 4);
        QCOMPARE(chooser->currentText(), QStringLiteral("Order to activation")); // the constraint's process
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Help me now")));
        bool found = false;
        for (ChartPanel *panel : dashboard.charts())
            found = found || panel->chart()->title() == QLatin1String("Cycle time: Help me now");
        QVERIFY(found);
    }
};

QTEST_MAIN(TestResultsDashboard)
#include "tst_resultsdashboard.moc"
