// SPDX-License-Identifier: GPL-3.0-or-later
// The studio runs simulations off the GUI thread, can cancel them and paints results on the map.
#include "support/isolatedsettings.h"
#include "app/gui/documents/documentmanager.h"
#include "editor/journey/journeyresults.h"
#include "app/gui/simulation/simulationpanel.h"
#include "app/gui/simulation/simulationrunner.h"

#include "editor/commands/projectsnapshot.h"
#include "editor/document/document.h"
#include "model/projectio.h"
#include "model/runstore.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace oi;

namespace {
std::unique_ptr<model::Project> tandem()
{
    model::Problems problems;
    return model::readProject(QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml"), &problems);
}
} // namespace

class TestSimulationPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings("tst_simulationpanel");
        qRegisterMetaType<oi::editor::StepOverlay>();
    }

    void runsOnAWorkerAndReports()
    {
        auto project = tandem();
        QVERIFY(project);
        project->simulation.horizon = 2000;
        app::SimulationRunner runner;
        QSignalSpy finished(&runner, &app::SimulationRunner::finished);
        QSignalSpy progress(&runner, &app::SimulationRunner::progress);
        QString error;
        QVERIFY2(runner.start(*project, {}, 4, &error), qPrintable(error));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(*project, {}, 4, &error));  // one run at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!runner.isRunning());
        const auto results = finished.first().first().value<sim::Results>();
        QVERIFY(results.ok);
        QCOMPARE(results.replications, 4);
        QCOMPARE(int(results.roles.size()), 5);
        QCOMPARE(progress.last().at(0).toInt(), 4);
    }

    void cancelStopsARun()
    {
        auto project = tandem();
        project->simulation.horizon = 1e9;  // hours of work unless cancelled
        app::SimulationRunner runner;
        QSignalSpy finished(&runner, &app::SimulationRunner::finished);
        QVERIFY(runner.start(*project, {}, 2, nullptr));
        runner.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<sim::Results>().cancelled);
    }

    void refusesWhatCannotRun()
    {
        auto project = tandem();
        app::SimulationRunner runner;
        QString error;
        QVERIFY(!runner.start(*project, QStringLiteral("no-such-scenario"), 2, &error));
        QVERIFY(error.contains(QLatin1String("no-such-scenario")));
    }

    void runsAreKeptInTheStudioDocument()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("client.oistudio"));
        auto project = tandem();
        project->simulation.horizon = 1000;
        QString error;
        QVERIFY2(model::writeProject(*project, file, &error), qPrintable(error));
        app::DocumentManager manager;
        QVERIFY(manager.open(file, nullptr));
        app::SimulationPanel panel;
        panel.setDocument(manager.document());
        QSignalSpy finished(panel.runner(), &app::SimulationRunner::finished);
        panel.run();
        QVERIFY(finished.wait(60000));
        const auto runs = model::listRuns(file, &error);
        QCOMPARE(int(runs.size()), 1);
        QVERIFY(runs.front().resultsJson.contains(QLatin1String("bottlenecks")));
        QVERIFY(runs.front().settingsJson.contains(QLatin1String("\"model_saved\":true")));
        // The project itself is untouched by keeping a run.
        model::Problems problems;
        auto reread = model::readProject(file, &problems);
        QVERIFY(reread);
        QCOMPARE(reread->roles, project->roles);
    }

    void aRunBelongsToTheDocumentItStartedOn()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.oistudio"));
        const QString second = dir.filePath(QStringLiteral("second.oistudio"));
        auto project = tandem();
        project->simulation.horizon = 500;
        QString error;
        QVERIFY2(model::writeProject(*project, first, &error), qPrintable(error));
        QVERIFY2(model::writeProject(*project, second, &error), qPrintable(error));
        app::DocumentManager manager;
        QVERIFY(manager.open(first, nullptr));
        app::SimulationPanel panel;
        panel.setDocument(manager.document());
        int painted = 0;
        connect(&panel, &app::SimulationPanel::resultsChanged, this,
            [&painted](const std::shared_ptr<const sim::Results> &r) { painted += r ? 1 : 0; });
        QSignalSpy finished(panel.runner(), &app::SimulationRunner::finished);
        panel.run();
        // Let every replication finish while the GUI thread is busy, so the cancel on switching
        // documents comes too late: the result is already on its way.
        QThread::sleep(3);
        QVERIFY(manager.open(second, nullptr));
        panel.setDocument(manager.document());
        QVERIFY(finished.wait(60000));
        QCOMPARE(painted, 0); // not on the second project's maps
        QCOMPARE(int(model::listRuns(second, &error).size()), 0); // nor in its history
        QCOMPARE(int(model::listRuns(first, &error).size()), 0);
    }

    void panelPaintsTheConstraintOnTheMap()
    {
        app::DocumentManager manager;
        QVERIFY(manager.openAsUntitled(app::DocumentManager::samplePath(), nullptr));
        app::SimulationPanel panel;
        std::shared_ptr<const sim::Results> painted;
        connect(&panel, &app::SimulationPanel::resultsChanged, this,
            [&painted](const std::shared_ptr<const sim::Results> &r) { painted = r; });
        panel.setDocument(manager.document());
        auto *scenario = panel.findChild<QComboBox *>(QStringLiteral("scenario"));
        QCOMPARE(scenario->count(), 1 + int(manager.document()->project().scenarios.size()));
        scenario->setCurrentIndex(scenario->findData(QStringLiteral("as-is")));
        QSignalSpy finished(panel.runner(), &app::SimulationRunner::finished);
        panel.run();
        QVERIFY(finished.wait(120000));
        QVERIFY(panel.report().contains(QLatin1String("Bottlenecks")));
        QVERIFY(painted);
        const auto overlay = editor::journeyResultsOverlay(manager.document()->project(), *painted);
        QVERIFY(!overlay.steps.isEmpty());
        QVERIFY(!overlay.entities.isEmpty());

        // The steps linked to the constraint's process step are the red ones.
        const auto results = finished.first().first().value<sim::Results>();
        const QString constraint = QString::fromStdString(results.bottlenecks.front().node);
        bool sawConstraint = false;
        for (const model::Journey &j : manager.document()->project().journeys)
            for (const model::Step &s : j.steps)
                if (s.processes.contains(constraint)) {
                    QVERIFY(overlay.steps.value(s.id).label.startsWith(QLatin1String("constraint")));
                    sawConstraint = true;
                }
        QVERIFY2(sawConstraint, "the sample links a journey step to its as-is constraint");
    }

    void runsToAPrecisionWithAnAutomaticWarmup()
    {
        app::DocumentManager manager;
        QVERIFY(manager.openAsUntitled(app::DocumentManager::samplePath(), nullptr));
        app::SimulationPanel panel;
        panel.setDocument(manager.document());
        QVERIFY(panel.setScenario(QStringLiteral("as-is")));
        panel.setPrecision(0.02);
        panel.setAutoWarmup(true);
        QSignalSpy finished(panel.runner(), &app::SimulationRunner::finished);
        panel.run();
        QVERIFY(finished.wait(120000));
        const auto results = finished.first().first().value<sim::Results>();
        QVERIFY(results.ok);
        QCOMPARE(results.precisionTarget, 0.02);
        QVERIFY(results.warmupDetected);
        bool reached = true;
        for (const sim::ProcessResult &p : results.processes)
            reached = reached && p.cycleTime.ci95 <= 0.02 * p.cycleTime.mean;
        QVERIFY(reached || !results.warnings.empty());
        QVERIFY(results.replications >= 10);
        QVERIFY2(panel.status().contains(QLatin1String("replications were needed")), qPrintable(panel.status()));
        QVERIFY2(panel.status().contains(QLatin1String("MSER-5 chose a warm-up of")), qPrintable(panel.status()));
    }

    void staleResultsLeaveTheMaps()
    {
        app::DocumentManager manager;
        QVERIFY(manager.openAsUntitled(app::DocumentManager::samplePath(), nullptr));
        editor::Document *doc = manager.document();
        app::SimulationPanel panel;
        panel.setDocument(doc);
        QVERIFY(panel.setScenario(QStringLiteral("as-is")));
        QList<bool> painted; // true: results, false: cleared
        connect(&panel, &app::SimulationPanel::resultsChanged, this,
            [&painted](const std::shared_ptr<const sim::Results> &r) { painted << bool(r); });
        QSignalSpy finished(panel.runner(), &app::SimulationRunner::finished);
        panel.run();
        QVERIFY(finished.wait(120000));
        QCOMPARE(painted, QList<bool>({ true }));
        // Moving the project's name changes nothing the engine sees: the results stay.
        model::Project renamed = doc->project();
        renamed.name = QStringLiteral("Renamed");
        doc->undoStack()->push(new editor::ProjectSnapshotCommand(doc, renamed, QStringLiteral("rename")));
        QTest::qWait(400);
        QCOMPARE(painted, QList<bool>({ true }));
        // Another service agent: the figures describe another model; off the maps, and the panel says so.
        model::Project staffed = doc->project();
        for (model::Role &r : staffed.roles)
            if (r.id == QLatin1String("service-agent"))
                ++r.headcount;
        doc->undoStack()->push(new editor::ProjectSnapshotCommand(doc, staffed, QStringLiteral("staff")));
        QTRY_COMPARE_WITH_TIMEOUT(painted, QList<bool>({ true, false }), 2000);
        QVERIFY(panel.status().contains(QLatin1String("taken off the maps")));
        // Undone: the model is as simulated again, and the results come back.
        doc->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(painted, QList<bool>({ true, false, true }), 2000);
        // Cleared by hand, they stay off the maps whatever the edits.
        panel.clearMaps();
        QCOMPARE(painted, QList<bool>({ true, false, true, false }));
        doc->undoStack()->redo();
        doc->undoStack()->undo();
        QTest::qWait(600);
        QCOMPARE(painted, QList<bool>({ true, false, true, false }));
    }
};

QTEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
