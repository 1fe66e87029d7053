// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic layout, measured on the OMG MIWG reference models: each process stripped of its BPMN DI
// and laid out has no overlapping shapes, no flow through a shape, every node inside its lane, and
// no more flow crossings than the layout its authors drew by hand.
#include "editor/process/processdiagram.h"
#include "editor/process/processrouting.h"
#include "editor/process/processscene.h"

#include "model/bpmn/autolayout.h"
#include "model/bpmn/bpmnimport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace oi;
using namespace oi::editor;

namespace {

int crossings(const ProcessDiagram &d)
{
    int n = 0;
    for (std::size_t i = 0; i < d.flows.size(); ++i)
        for (std::size_t j = i + 1; j < d.flows.size(); ++j)
            n += pathCrossings(d.flows[i].path, d.flows[j].path);
    return n;
}

bool through(const QPolygonF &path, const QRectF &shape)
{
    for (int i = 0; i + 1 < path.size(); ++i)
        if (QRectF(path[i], path[i + 1])
                .normalized()
                .adjusted(-0.5, -0.5, 0.5, 0.5)
                .intersects(shape.adjusted(2, 2, -2, -2)))
            return true;
    return false;
}

} // namespace

class TestProcessLayout : public QObject
{
    Q_OBJECT

private slots:
    void miwgReferencesLaidOutAfresh_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(OI_TEST_DATA "/bpmn-miwg"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.bpmn") }))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        QVERIFY(dir.entryList({ QStringLiteral("*.bpmn") }).size() >= 21);
    }

    void miwgReferencesLaidOutAfresh()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        model::Problems problems;
        const std::unique_ptr<model::Project> project = model::bpmn::processesFromBpmn(in.readAll(), file, &problems);
        QVERIFY(project);
        const QFont font = ProcessStyle::standard().font;
        for (const model::Process &original : project->processes) {
            if (!model::bpmn::hasShapes(original))
                continue;
            const int drawnByHand = crossings(ProcessDiagram::compute(*project, original, font));
            model::Process stripped = original;
            for (model::Node &n : stripped.nodes)
                n.bounds.reset();
            for (model::Flow &f : stripped.flows) {
                f.waypoints.clear();
                f.labelPosition.reset();
            }
            for (model::Lane &l : stripped.lanes)
                l.size.reset();
            ProcessDiagram::layOut(*project, stripped, font);
            const ProcessDiagram d = ProcessDiagram::compute(*project, stripped, font);
            const int laidOut = crossings(d);
            qInfo("%s %s: %d crossings drawn by hand, %d laid out", qPrintable(QFileInfo(file).fileName()),
                qPrintable(original.id), drawnByHand, laidOut);
            for (std::size_t i = 0; laidOut > drawnByHand && i < d.flows.size(); ++i)
                for (std::size_t j = i + 1; j < d.flows.size(); ++j)
                    if (pathCrossings(d.flows[i].path, d.flows[j].path) > 0)
                        qInfo() << "crossing:" << d.flows[i].from << d.flows[i].to << d.flows[i].path << "and"
                                << d.flows[j].from << d.flows[j].to << d.flows[j].path;
            QVERIFY2(laidOut <= drawnByHand,
                qPrintable(QStringLiteral("%1 crossings, the original has %2").arg(laidOut).arg(drawnByHand)));
            for (std::size_t i = 0; i < d.nodes.size(); ++i) {
                for (std::size_t j = i + 1; j < d.nodes.size(); ++j)
                    QVERIFY2(
                        !d.nodes[i].rect.intersects(d.nodes[j].rect), qPrintable(d.nodes[i].id + u' ' + d.nodes[j].id));
                if (!d.lanes.empty()) {
                    const ProcessLaneGeometry *lane = d.laneAt(d.nodes[i].rect.center().y());
                    QVERIFY2(lane && lane->rect.contains(d.nodes[i].rect), qPrintable(d.nodes[i].id));
                }
            }
            for (const ProcessFlowGeometry &f : d.flows)
                for (const ProcessNodeGeometry &n : d.nodes)
                    if (n.id != f.from && n.id != f.to)
                        QVERIFY2(!through(f.path, n.rect), qPrintable(f.id + QStringLiteral(" through ") + n.id));
        }
    }
};

QTEST_MAIN(TestProcessLayout)
#include "tst_processlayout.moc"
