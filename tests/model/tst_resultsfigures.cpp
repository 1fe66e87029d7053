// SPDX-License-Identifier: GPL-3.0-or-later
// What the studio's results dashboard and run history read: figures per process that agree with
// the comparison, the pooled cycle-time distribution, cases still in process at the end (and old
// results without them), finished runs compared as the comparison does, and deleting a stored run.
#include "model/comparison.h"
#include "model/projectio.h"
#include "model/resultsfigures.h"
#include "model/resultsjson.h"
#include "model/runstore.h"
#include "model/simulationinput.h"

#include "simulation/simulator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace oi;
using namespace oi::model;

namespace {

std::unique_ptr<Project> fixture()
{
    Problems problems;
    return readProject(QStringLiteral(OI_TEST_DATA "/compare.oi.yaml"), &problems);
}

sim::Results run(const Project &project, const QString &scenario)
{
    QString error;
    auto input = toSimulationInput(project, scenario, &error);
    if (!input)
        qFatal("%s", qPrintable(error));
    sim::Results r = sim::simulate(*input);
    r.scenario = scenario.toStdString();
    return r;
}

} // namespace

class TestResultsFigures : public QObject
{
    Q_OBJECT
private slots:
    void figuresAgreeWithTheComparison()
    {
        const auto project = fixture();
        QVERIFY(project);
        const sim::Results r = run(*project, QStringLiteral("base"));
        QVERIFY(r.ok);
        const std::vector<ProcessFigures> figures = processFigures(r);
        QCOMPARE(int(figures.size()), 2);
        const Comparison c = compareResults(*project, { QStringLiteral("base"), QStringLiteral("base") }, { r, r });
        QVERIFY(c.ok);
        for (const KpiComparison &k : c.kpis) {
            const ProcessFigures &f = figures[k.process == QLatin1String("fixed") ? 0 : 1];
            QCOMPARE(f.process, k.process);
            const sim::Stat &v = k.values.front();
            const sim::Stat mine = k.kpi == ComparedKpi::CycleTimeMean ? f.cycleMean
                : k.kpi == ComparedKpi::CycleTimeP90                   ? f.cycleP90
                : k.kpi == ComparedKpi::Throughput                     ? f.throughput
                : k.kpi == ComparedKpi::Abandoned                      ? f.abandoned
                : k.kpi == ComparedKpi::WaitMean                       ? f.waitMean
                                                                       : f.waitingShare;
            QCOMPARE(mine.mean, v.mean);
            QCOMPARE(mine.ci95, v.ci95);
            // A run compared with itself changes nothing.
            QCOMPARE(k.differences.front().change.mean, 0.0);
            QVERIFY(!k.differences.front().significant);
        }
        // Every service takes exactly 10 minutes and nobody waits: the cycle time is 10 minutes.
        QVERIFY(std::abs(figures[0].cycleMean.mean - 10) < 1e-9);
        QVERIFY(std::abs(figures[0].cycleP50.mean - 10) < 0.35); // the histogram's ~3 %
        QCOMPARE(figures[0].waitingShare.mean, 0.0);
        QCOMPARE(figures[0].abandonedShare.mean, 0.0);
        QCOMPARE(figures[0].inProcessAtEnd.n, 5);
        QVERIFY(figures[0].inProcessAtEnd.mean > 0); // about ten cases are in service at any time
    }

    void comparingFinishedRunsMatchesCompareScenarios()
    {
        const auto project = fixture();
        const QStringList ids { QStringLiteral("base"), QStringLiteral("slower") };
        const Comparison direct = compareScenarios(*project, ids);
        QVERIFY(direct.ok);
        // Common random numbers need the processes every scenario runs in the same order; both
        // scenarios run the same processes here, so separate runs pair exactly as the comparison's.
        const Comparison later = compareResults(*project, ids, { run(*project, ids[0]), run(*project, ids[1]) });
        QCOMPARE(later.kpis.size(), direct.kpis.size());
        for (std::size_t k = 0; k < later.kpis.size(); ++k) {
            QCOMPARE(later.kpis[k].differences.front().change.mean, direct.kpis[k].differences.front().change.mean);
            QCOMPARE(later.kpis[k].differences.front().significant, direct.kpis[k].differences.front().significant);
        }
    }

    void distributionHoldsEveryCase()
    {
        const auto project = fixture();
        const sim::Results r = run(*project, QStringLiteral("base"));
        const BinnedShares d = cycleTimeDistribution(r, 1, 24);
        QVERIFY(d.cases > 1000);
        QVERIFY(d.width > 0);
        QVERIFY(d.shares.size() >= 12 && d.shares.size() <= 25);
        QCOMPARE(d.from, 0.0); // exponential services: the fastest cases take next to nothing
        const double total = std::accumulate(d.shares.begin(), d.shares.end(), 0.0) + d.before + d.beyond;
        QVERIFY(std::abs(total - 1) < 1e-9);
        QVERIFY(d.beyond > 0 && d.beyond < 0.03); // the bins reach the 99th percentile
        // Exponential services of mean 10: the first bin holds the most.
        QCOMPARE(int(std::max_element(d.shares.begin(), d.shares.end()) - d.shares.begin()), 0);
        QCOMPARE(cycleTimeDistribution(sim::Results {}, 0).cases, std::uint64_t(0));
        // Every service takes 10 minutes: one narrow peak, shown from just below it, not from zero.
        const BinnedShares fixed = cycleTimeDistribution(r, 0, 24);
        QVERIFY(fixed.from > 9 && fixed.from <= 10);
        const double all = std::accumulate(fixed.shares.begin(), fixed.shares.end(), 0.0) + fixed.before + fixed.beyond;
        QVERIFY(std::abs(all - 1) < 1e-9);
    }

    void roundSteps()
    {
        QCOMPARE(roundStep(0.7), 1.0);
        QCOMPARE(roundStep(1.3), 2.0);
        QCOMPARE(roundStep(2.2), 2.5);
        QCOMPARE(roundStep(3), 5.0);
        QCOMPARE(roundStep(60), 100.0);
        QCOMPARE(roundStep(0.04), 0.05);
    }

    void inProcessAtTheEndTravelsThroughJson()
    {
        const auto project = fixture();
        const sim::Results r = run(*project, QStringLiteral("base"));
        QJsonObject json = resultsToJson(r);
        QVERIFY(json.value(QStringLiteral("processes"))
                    .toObject()
                    .value(QStringLiteral("fixed"))
                    .toObject()
                    .contains(QStringLiteral("in_process_at_end")));
        sim::Results back;
        QString error;
        QVERIFY2(resultsFromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.processes[0].inProcessAtEnd.mean, r.processes[0].inProcessAtEnd.mean);
        // Results stored before the engine recorded it read as "not recorded", not as zero.
        QJsonArray reps = json.value(QStringLiteral("replication_data")).toArray();
        for (qsizetype i = 0; i < reps.size(); ++i) {
            QJsonObject rep = reps[i].toObject();
            QJsonArray processes = rep.value(QStringLiteral("processes")).toArray();
            for (qsizetype p = 0; p < processes.size(); ++p) {
                QJsonObject o = processes[p].toObject();
                o.remove(QStringLiteral("in_process_at_end"));
                processes[p] = o;
            }
            rep.insert(QStringLiteral("processes"), processes);
            reps[i] = rep;
        }
        json.insert(QStringLiteral("replication_data"), reps);
        QVERIFY2(resultsFromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.processes[0].inProcessAtEnd.n, 0);
        QCOMPARE(processFigures(back)[0].inProcessAtEnd.n, 0);
    }

    void deletingAStoredRun()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("runs.oistudio"));
        const auto project = fixture();
        QString error;
        QVERIFY2(writeProject(*project, file, &error), qPrintable(error));
        qint64 first = 0, second = 0;
        RunRecord record { 0, QStringLiteral("2026-12-01T10:00:00Z"), QStringLiteral("base"), QStringLiteral("{}"),
            QStringLiteral("{}") };
        QVERIFY2(appendRun(file, record, &error, &first), qPrintable(error));
        record.scenario = QStringLiteral("slower");
        QVERIFY2(appendRun(file, record, &error, &second), qPrintable(error));
        QVERIFY2(deleteRun(file, first, &error), qPrintable(error));
        const auto runs = listRuns(file, &error);
        QCOMPARE(int(runs.size()), 1);
        QCOMPARE(runs.front().id, second);
        QVERIFY(!deleteRun(file, first, &error)); // gone already
        QVERIFY(error.contains(QString::number(first)));
        Problems problems;
        const auto reread = readProject(file, &problems);
        QVERIFY(reread);
        QCOMPARE(reread->processes, project->processes);
    }
};

QTEST_GUILESS_MAIN(TestResultsFigures)
#include "tst_resultsfigures.moc"
