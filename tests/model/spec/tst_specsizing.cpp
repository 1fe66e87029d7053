// SPDX-License-Identifier: GPL-3.0-or-later
// Sizing from simulation (issue 15): with a run stored in the document, the specification states
// the peak load per process and the users per role as non-functional requirements, naming the run;
// without one it says there is none.
#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/runstore.h"
#include "model/simulationinput.h"
#include "model/spec/specwriters.h"

#include "simulation/simulator.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;
using namespace oi::model;

class TestSpecSizing : public QObject
{
    Q_OBJECT
private slots:
    void fromTheLatestStoredRun()
    {
        Problems problems;
        auto p = readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(p);
        QCOMPARE(spec::buildSpec(*p, {}, {}).sizing.run, QString());
        QString error;
        std::optional<sim::SimulationInput> in = toSimulationInput(*p, QStringLiteral("to-be"), &error);
        QVERIFY2(in, qPrintable(error));
        in->settings.horizon = 3 * 1440;
        in->settings.warmup = 1440;
        in->settings.replications = 2;
        in->settings.jobs = 1;
        sim::Results results = sim::simulate(*in);
        QVERIFY2(results.ok, results.error.c_str());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sized.oistudio"));
        QVERIFY2(writeProject(*p, file, &error), qPrintable(error));
        RunRecord run;
        run.created = QStringLiteral("2026-12-01T10:00:00Z");
        run.scenario = QStringLiteral("to-be");
        run.settingsJson = QStringLiteral("{}");
        run.resultsJson = QString::fromUtf8(QJsonDocument(resultsToJson(results)).toJson(QJsonDocument::Compact));
        QVERIFY2(appendRun(file, run, &error), qPrintable(error));
        const std::vector<RunRecord> runs = listRuns(file, &error);
        QCOMPARE(runs.size(), std::size_t(1));
        const spec::SpecDocument doc = spec::buildSpec(*p, runs, {});
        QVERIFY2(doc.sizing.run.contains(QStringLiteral("To-be")), qPrintable(doc.sizing.run));
        const QString all = doc.sizing.requirements.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Help me now: size for")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("concurrent open cases")), qPrintable(all));
        // The to-be's four agents plus two, and one more for the morning peak.
        QVERIFY2(all.contains(QStringLiteral("Service agent: size for a peak of 7 on duty at once")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("The constraint is")), qPrintable(all));
        QVERIFY(spec::specToMarkdown(doc, *p).contains(QStringLiteral("concurrent open cases")));
    }
};

QTEST_GUILESS_MAIN(TestSpecSizing)
#include "tst_specsizing.moc"
