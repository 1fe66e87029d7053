// SPDX-License-Identifier: GPL-3.0-or-later
// A process's interrupts (failure demand) in the document: read and written in YAML and SQLite
// alike, checked (a process that does not exist, negative times and rates), renamed and unlinked
// with the process they name, and simulated: the calls come in the number the rate predicts.
#include "model/deleteentity.h"
#include "model/projectio.h"
#include "model/renameid.h"
#include "model/simulationinput.h"
#include "model/validator.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include "simulation/simulator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace oi;
using namespace oi::model;

namespace {
std::unique_ptr<Project> fixture()
{
    Problems problems;
    auto p = readProject(QStringLiteral(OI_TEST_DATA "/interrupts.oi.yaml"), &problems);
    return p;
}
} // namespace

class TestInterrupts : public QObject
{
    Q_OBJECT
private slots:
    void readAndWrittenInBothFormats()
    {
        auto p = fixture();
        QVERIFY(p);
        const Process &install = *p->process(QStringLiteral("install"));
        QCOMPARE(install.interrupts.size(), std::size_t(1));
        QCOMPARE(install.interrupts[0], (Interrupt { 40, 0.05, QStringLiteral("where-is-it") }));
        Problems problems;
        auto again = projectFromYaml(projectToYaml(*p), QString(), &problems);
        QVERIFY(again && *again == *p);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("interrupts.oistudio"));
        QString error;
        QVERIFY2(writeProject(*p, file, &error), qPrintable(error));
        auto fromSqlite = readProject(file, &problems);
        QVERIFY(fromSqlite);
        QCOMPARE(fromSqlite->process(QStringLiteral("install"))->interrupts, install.interrupts);
    }

    void checked()
    {
        auto p = fixture();
        QVERIFY2(
            !hasErrors(validate(*p)), qPrintable(validate(*p).empty() ? QString() : validate(*p).front().toString()));
        p->process(QStringLiteral("install"))->interrupts = { { -5, -1, QStringLiteral("nowhere") } };
        const Problems found = validate(*p);
        QString all;
        for (const Problem &x : found)
            all += x.toString() + u'\n';
        QVERIFY2(all.contains(QStringLiteral("nowhere")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("negative")));
    }

    void followTheProcessTheyName()
    {
        auto p = fixture();
        QVERIFY(
            renameId(*p, IdKind::Process, QStringLiteral("where-is-it"), QStringLiteral("status-call"), nullptr) > 0);
        QCOMPARE(p->process(QStringLiteral("install"))->interrupts[0].process, QStringLiteral("status-call"));
        QString error;
        QVERIFY(deleteEntity(*p, IdKind::Process, QStringLiteral("status-call"), true, &error));
        QVERIFY(p->process(QStringLiteral("install"))->interrupts.empty());
    }

    void simulatedAsPredicted()
    {
        auto p = fixture();
        QString error;
        const std::optional<sim::SimulationInput> in = toSimulationInput(*p, QString(), &error);
        QVERIFY2(in, qPrintable(error));
        const sim::Results r = sim::simulate(*in);
        QVERIFY2(r.ok, r.error.c_str());
        const double perCase = r.processes[0].failureDemand.mean / r.processes[0].arrived.mean;
        QVERIFY2(std::abs(perCase - 3.0) < 0.15, std::to_string(perCase).c_str());
        QVERIFY(std::abs(r.processes[1].arrived.mean - r.processes[0].failureDemand.mean)
            < 1.0 + 0.01 * r.processes[1].arrived.mean);
    }
};

QTEST_MAIN(TestInterrupts)
#include "tst_interrupts.moc"
