// SPDX-License-Identifier: GPL-3.0-or-later
// The run history of a .oistudio document: runs listed newest first and marked when they ran on
// unsaved edits or the model changed since; one reopened on the dashboard, two compared, deleted.
// And the Results tab keeps its run when the maps let go of it, marked stale after an edit.
#include "editor/results/resultsdashboard.h"
#include "editor/results/resultseditor.h"
#include "editor/results/resultsstaleness.h"
#include "editor/results/resultsview.h"
#include "editor/results/rundetails.h"
#include "editor/results/runhistoryview.h"

#include "editor/commands/projectsnapshot.h"
#include "editor/document/document.h"
#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/simulationinput.h"
#include "simulation/simulator.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor::results;

namespace {

const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

sim::Results quickRun(const model::Project &project, const QString &scenario)
{
    QString error;
    auto input = model::toSimulationInput(project, scenario, &error);
    input->settings.replications = 2;
    input->settings.horizon = 2 * 1440;
    input->settings.warmup = 0;
    input->settings.jobs = 1;
    sim::Results r = sim::simulate(*input);
    r.scenario = scenario.toStdString();
    return r;
}

qint64 keep(const QString &file, const sim::Results &r, bool saved)
{
    model::RunRecord run;
    run.created = QStringLiteral("2026-12-01T10:00:00Z");
    run.scenario = QString::fromStdString(r.scenario);
    run.settingsJson = saved ? QStringLiteral("{\"model_saved\":true}") : QStringLiteral("{\"model_saved\":false}");
    run.resultsJson = QString::fromUtf8(QJsonDocument(model::resultsToJson(r)).toJson(QJsonDocument::Compact));
    qint64 id = 0;
    QString error;
    if (!model::appendRun(file, run, &error, &id))
        qWarning("%s", qPrintable(error));
    return id;
}

/** The sample with one more service agent: a change the engine sees. */
model::Project withAnotherAgent(const model::Project &p)
{
    model::Project edited = p;
    for (model::Role &r : edited.roles)
        if (r.id == QLatin1String("service-agent"))
            r.headcount += 1;
    return edited;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void roundTrip()
    {
        const QString file = mDir.filePath(QStringLiteral("history.oistudio"));
        model::Problems problems;
        auto project = model::readProject(kSample, &problems);
        QString error;
        QVERIFY2(model::writeProject(*project, file, &error), qPrintable(error));
        auto doc = editor::Document::load(file, &problems);
        QVERIFY(doc);
        const sim::Results asIs = quickRun(doc->project(), QStringLiteral("as-is"));
        const sim::Results toBe = quickRun(doc->project(), QStringLiteral("to-be"));
        const qint64 first = keep(file, asIs, true);
        const qint64 second = keep(file, toBe, false);

        RunHistoryView view;
        view.setDocument(doc.get());
        QCOMPARE(view.runIds(), QList<qint64>({ second, first })); // newest first
        QCOMPARE(view.modelState(first), QStringLiteral("as now"));
        QCOMPARE(view.modelState(second), QStringLiteral("run on unsaved edits"));
        QCOMPARE(view.table()->item(1, 1)->text(), QStringLiteral("As-is"));
        QVERIFY(view.table()->item(1, 3)->text().startsWith(QLatin1String("Order entry clerk at ")));

        // Reopened: the same run, to the digit.
        QSignalSpy opened(&view, &RunHistoryView::openRequested);
        QVERIFY(view.openRun(first, &error));
        const auto reopened = opened.first().first().value<std::shared_ptr<const sim::Results>>();
        QVERIFY(reopened);
        QCOMPARE(reopened->fingerprint, asIs.fingerprint);
        QCOMPARE(reopened->processes.front().cycleTime.mean, asIs.processes.front().cycleTime.mean);
        QCOMPARE(reopened->scenario, std::string("as-is"));

        // Two compared: the earlier one is the baseline, both named by scenario and time.
        QSignalSpy compared(&view, &RunHistoryView::compareRequested);
        QVERIFY(view.compareRuns(first, second, &error));
        const auto c = compared.first().at(0).value<model::Comparison>();
        const QStringList labels = compared.first().at(1).toStringList();
        QVERIFY(!c.kpis.empty());
        QCOMPARE(labels.size(), 2);
        QVERIFY(labels.front().startsWith(QLatin1String("As-is, ")));
        QVERIFY(compared.first().at(2).toString().contains(QLatin1String("marked")));

        // Edited since: both runs describe another model now.
        doc->undoStack()->push(
            new editor::ProjectSnapshotCommand(doc.get(), withAnotherAgent(doc->project()), QStringLiteral("edit")));
        view.refresh();
        QCOMPARE(view.modelState(first), QStringLiteral("model changed since"));
        QCOMPARE(view.modelState(second), QStringLiteral("run on unsaved edits; model changed since"));
        doc->undoStack()->undo();
        view.refresh();
        QCOMPARE(view.modelState(first), QStringLiteral("as now"));

        QVERIFY2(view.deleteRuns({ first }, &error), qPrintable(error));
        QCOMPARE(view.runIds(), QList<qint64>({ second }));
        QCOMPARE(int(model::listRuns(file).size()), 1);
        QVERIFY(!view.openRun(first, &error));
    }

    void aYamlProjectHasNoHistory()
    {
        model::Problems problems;
        auto doc = editor::Document::load(kSample, &problems);
        RunHistoryView view;
        view.setDocument(doc.get());
        QVERIFY(view.runIds().isEmpty());
        QVERIFY(view.findChild<QLabel *>()->text().contains(QLatin1String(".oistudio")));
    }

    void theResultsTabKeepsItsRunAndMarksItStale()
    {
        model::Problems problems;
        auto doc = editor::Document::load(kSample, &problems);
        editor::ResultsEditor editor;
        editor.setDocument(doc.get());
        QCOMPARE(editor.name(), QStringLiteral("results"));
        auto results = std::make_shared<const sim::Results>(quickRun(doc->project(), QStringLiteral("as-is")));
        editor.showResults(results);
        ResultsView *view = editor.view();
        QCOMPARE(view->results(), results);
        QVERIFY(view->report()->toPlainText().contains(QLatin1String("Bottlenecks")));
        QVERIFY(view->dashboard()->staleNote().isEmpty());
        // The Properties dock tells the run's settings and how precise it came out.
        QCOMPARE(editor.propertiesWidget(), static_cast<QWidget *>(view->details()));
        QVERIFY(view->details()->text().contains(QLatin1String("About this run")));
        QVERIFY(view->details()->text().contains(QLatin1String("of the mean")));
        QVERIFY(view->details()->text().contains(QLatin1String("as simulated")));
        // The maps let go of it (Clear Results, or stale); the tab keeps it.
        editor.showResults(nullptr);
        QCOMPARE(view->results(), results);
        // A change the engine does not see (the project's name) leaves it current; one it sees marks it.
        model::Project renamed = doc->project();
        renamed.name = QStringLiteral("Renamed");
        doc->undoStack()->push(new editor::ProjectSnapshotCommand(doc.get(), renamed, QStringLiteral("rename")));
        view->staleness()->checkNow();
        QVERIFY(view->dashboard()->staleNote().isEmpty());
        doc->undoStack()->push(
            new editor::ProjectSnapshotCommand(doc.get(), withAnotherAgent(doc->project()), QStringLiteral("edit")));
        QSignalSpy stale(view->staleness(), &StalenessWatcher::staleChanged);
        QVERIFY(stale.wait(2000)); // after the pause that keeps typing cheap
        QVERIFY(view->dashboard()->staleNote().contains(QLatin1String("changed since this run")));
        QVERIFY(view->details()->text().contains(QLatin1String("changed since the run")));
        doc->undoStack()->undo();
        view->staleness()->checkNow();
        QVERIFY(view->dashboard()->staleNote().isEmpty());
        // Another document clears the tab.
        editor.setDocument(nullptr);
        QVERIFY(!view->results());
    }
};

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
