// SPDX-License-Identifier: GPL-3.0-or-later
// Simulation results on the process diagram: the constraint's task outlined and red, tasks by
// wait and lanes by utilisation on the journey map's scale, figures in people's units on hover,
// a legend in the scene (so exported pictures carry it), the overlay following the process shown,
// a process that a variant replaced saying so, and the overlay cleared with the results.
#include "editor/document/document.h"
#include "editor/process/processeditor.h"
#include "editor/process/processlegend.h"
#include "editor/process/processresults.h"
#include "editor/process/processscene.h"
#include "editor/process/processview.h"
#include "editor/results/resultscolours.h"

#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/simulationinput.h"
#include "simulation/simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace oi;
using namespace oi::editor;

namespace {

std::unique_ptr<Document> sample()
{
    model::Problems problems;
    return Document::load(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}

/** The known as-is run of tests/data/results (see tests/editor/results/resultsfixture.h). */
std::shared_ptr<const sim::Results> asIs()
{
    QFile file(QStringLiteral(OI_TEST_DATA "/results/sample-as-is.json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto r = std::make_shared<sim::Results>();
    QString error;
    if (!model::resultsFromJson(QJsonDocument::fromJson(file.readAll()).object(), r.get(), &error))
        return nullptr;
    return r;
}

std::shared_ptr<const sim::Results> quickToBe(const model::Project &project)
{
    QString error;
    auto input = model::toSimulationInput(project, QStringLiteral("to-be"), &error);
    input->settings.replications = 2;
    input->settings.horizon = 2880;
    input->settings.jobs = 1;
    auto r = std::make_shared<sim::Results>(sim::simulate(*input));
    r->scenario = "to-be";
    return r;
}

const ProcessLegendItem *legendOf(const ProcessScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (auto *legend = dynamic_cast<const ProcessLegendItem *>(item))
            return legend;
    return nullptr;
}

} // namespace

class TestProcessResults : public QObject
{
    Q_OBJECT
private slots:
    void theConstraintIsMarked()
    {
        auto doc = sample();
        const auto results = asIs();
        QVERIFY(doc && results);
        const ProcessOverlay o = processResultsOverlay(doc->project(), *results, QStringLiteral("onboarding"));
        QCOMPARE(o.constraintNode, QStringLiteral("enter-order"));
        QCOMPARE(o.constraintRole, QStringLiteral("order-clerk"));
        const ProcessOverlay::Mark enter = o.nodes.value(QStringLiteral("enter-order"));
        QCOMPARE(enter.color, results::kConstraint);
        QVERIFY2(enter.label.startsWith(QLatin1String("wait ")) && enter.label.endsWith(QLatin1String(" min")),
            qPrintable(enter.label));
        QVERIFY2(enter.detail.contains(QLatin1String("The constraint: ")), qPrintable(enter.detail));
        QVERIFY(enter.detail.contains(QLatin1String("cases waiting on average")));
        // The other tasks wait far less than the constraint's: green.
        QCOMPARE(o.nodes.value(QStringLiteral("credit-check")).color, results::kShortWait);
        QCOMPARE(o.nodes.size(), 6); // the six tasks, no events or gateways
        QVERIFY(o.lanes.value(QStringLiteral("order-clerk")).label.startsWith(QStringLiteral("constraint · ")));
        QVERIFY(o.lanes.value(QStringLiteral("order-clerk")).label.endsWith(QLatin1String(" busy")));
        QCOMPARE(o.legend.size(), 3);
        QVERIFY(o.legendNote.startsWith(QLatin1String("As-is: ")));

        // Elsewhere the constraint is named in the legend, and no node is outlined.
        const ProcessOverlay support = processResultsOverlay(doc->project(), *results, QStringLiteral("support"));
        QVERIFY(support.constraintNode.isEmpty());
        QVERIFY(support.nodes.contains(QStringLiteral("triage")));
        QVERIFY2(support.legendNote.contains(QLatin1String("the constraint is Enter order (Order to activation)")),
            qPrintable(support.legendNote));
    }

    void aReplacedProcessSaysSo()
    {
        auto doc = sample();
        const auto toBe = quickToBe(doc->project());
        QVERIFY(toBe->ok);
        const ProcessOverlay o = processResultsOverlay(doc->project(), *toBe, QStringLiteral("onboarding"));
        QVERIFY(o.nodes.isEmpty());
        QVERIFY(o.legend.isEmpty());
        QVERIFY2(o.legendNote.contains(QLatin1String("did not run in To-be")), qPrintable(o.legendNote));
        QVERIFY(!processResultsOverlay(doc->project(), *toBe, QStringLiteral("onboarding-to-be")).nodes.isEmpty());
    }

    void theEditorPaintsTheProcessShown()
    {
        auto doc = sample();
        ProcessEditor editor;
        editor.setDocument(doc.get());
        ProcessScene *scene = editor.view()->diagramScene();
        editor.view()->showProcess(QStringLiteral("onboarding"));
        const double bare = scene->sceneRect().height();
        QVERIFY(!legendOf(*scene));
        editor.showResults(asIs());
        QCOMPARE(scene->overlay().constraintNode, QStringLiteral("enter-order"));
        QVERIFY(legendOf(*scene));
        QCOMPARE(scene->sceneRect().height(), bare + ProcessLegendItem::Height);
        // Hovering a task tells its figures in people's units.
        bool tip = false;
        for (QGraphicsItem *item : scene->items())
            if (item->data(0).toString() == QLatin1String("enter-order") && item->data(1) == QLatin1String("node"))
                tip = item->toolTip().contains(QLatin1String("Mean wait"));
        QVERIFY(tip);

        editor.view()->showProcess(QStringLiteral("support"));
        QVERIFY(scene->overlay().constraintNode.isEmpty());
        QVERIFY(scene->overlay().nodes.contains(QStringLiteral("triage")));

        editor.showResults(nullptr);
        QVERIFY(scene->overlay().isEmpty());
        QVERIFY(!legendOf(*scene));
    }
};

QTEST_MAIN(TestProcessResults)
#include "tst_processresults.moc"
