// SPDX-License-Identifier: GPL-3.0-or-later
// Every process of the sample and the templates, laid out and drawn, measured: no two shapes
// overlap, every node sits in its lane (a task in its role's), no flow runs through a shape, node
// labels stay clear of other shapes; moving a task into another lane is one undo step that gives
// the task to that role; the exported picture matches the screen.
#include "support/picturecompare.h"

#include "editor/document/document.h"
#include "editor/process/processeditor.h"
#include "editor/process/processpicture.h"
#include "editor/process/processscene.h"
#include "editor/process/processview.h"

#include "model/bpmn/autolayout.h"

#include <QDir>
#include <QGraphicsView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {

bool crosses(const QPolygonF &path, const QRectF &shape)
{
    for (int i = 0; i + 1 < path.size(); ++i)
        if (QRectF(path[i], path[i + 1])
                .normalized()
                .adjusted(-0.5, -0.5, 0.5, 0.5)
                .intersects(shape.adjusted(2, 2, -2, -2)))
            return true;
    return false;
}

std::unique_ptr<Document> loadSample()
{
    model::Problems problems;
    return Document::load(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}

QStringList projectFiles()
{
    QStringList files { QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml") };
    for (const QString &t :
        QDir(QStringLiteral(OI_SOURCE_DIR "/resources/templates")).entryList({ QStringLiteral("*.oi.yaml") }))
        files << QStringLiteral(OI_SOURCE_DIR "/resources/templates/") + t;
    return files;
}

} // namespace

class TestProcessDiagram : public QObject
{
    Q_OBJECT

private slots:
    void everyProcessIsClean_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("process");
        for (const QString &file : projectFiles()) {
            model::Problems problems;
            auto doc = Document::load(file, &problems);
            QVERIFY(doc);
            for (const model::Process &p : doc->project().processes)
                QTest::newRow(qPrintable(QFileInfo(file).baseName() + u'/' + p.id)) << file << p.id;
        }
    }

    void everyProcessIsClean()
    {
        QFETCH(QString, file);
        QFETCH(QString, process);
        model::Problems problems;
        auto doc = Document::load(file, &problems);
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(process);
        const ProcessDiagram &d = scene.diagram();
        const model::Process &drawn = *scene.drawnProcess();
        QCOMPARE(d.nodes.size(), drawn.nodes.size());
        for (std::size_t i = 0; i < d.nodes.size(); ++i) {
            const ProcessNodeGeometry &n = d.nodes[i];
            for (std::size_t j = i + 1; j < d.nodes.size(); ++j)
                QVERIFY2(!n.rect.intersects(d.nodes[j].rect), qPrintable(n.id + u' ' + d.nodes[j].id));
            for (const ProcessNodeGeometry &other : d.nodes)
                if (&other != &n)
                    QVERIFY2(!n.labelRect.intersects(other.rect),
                        qPrintable(n.id + QStringLiteral("'s label on ") + other.id));
            const ProcessLaneGeometry *lane = d.laneAt(n.rect.center().y());
            QVERIFY2(lane && lane->rect.contains(n.rect), qPrintable(n.id));
            const model::Node *node = drawn.node(n.id);
            if (node->type == model::NodeType::Task)
                QCOMPARE(lane->role, node->role);
        }
        for (const ProcessFlowGeometry &f : d.flows) {
            QVERIFY(f.path.size() >= 2);
            for (const ProcessNodeGeometry &n : d.nodes)
                if (n.id != f.from && n.id != f.to)
                    QVERIFY2(!crosses(f.path, n.rect), qPrintable(f.id + QStringLiteral(" through ") + n.id));
        }
        QCOMPARE(d.flows.size(), drawn.flows.size());
        // A branch label lies on no shape and no shape's label: it is read whole.
        for (const ProcessFlowGeometry &f : d.flows)
            for (const ProcessNodeGeometry &n : d.nodes)
                QVERIFY2(
                    f.labelRect.isEmpty() || (!f.labelRect.intersects(n.rect) && !f.labelRect.intersects(n.labelRect)),
                    qPrintable(f.id + QStringLiteral("'s label on ") + n.id));
        for (std::size_t i = 0; i < d.flows.size(); ++i)
            for (std::size_t j = i + 1; j < d.flows.size(); ++j)
                QVERIFY2(d.flows[i].labelRect.isEmpty() || !d.flows[i].labelRect.intersects(d.flows[j].labelRect),
                    qPrintable(d.flows[i].id + QStringLiteral("'s label on ") + d.flows[j].id + QStringLiteral("'s")));
    }

    void movingATaskToAnotherLaneGivesItToThatRole()
    {
        model::Problems problems;
        auto doc = loadSample();
        ProcessScene scene;
        scene.setDocument(doc.get());
        scene.setProcess(QStringLiteral("support"));
        const model::Project before = doc->project();
        QVERIFY(!model::Process(*before.process(QStringLiteral("support"))).nodes.front().bounds);
        const ProcessNodeGeometry *dispatch = scene.diagram().node(QStringLiteral("dispatch"));
        const ProcessLaneGeometry *agents = &scene.diagram().lanes.front();
        QCOMPARE(agents->role, QStringLiteral("service-agent"));
        QVERIFY(scene.dropNode(QStringLiteral("dispatch"), QPointF(dispatch->rect.left(), agents->rect.top() + 60)));
        const model::Process &after = *doc->project().process(QStringLiteral("support"));
        QCOMPARE(after.node(QStringLiteral("dispatch"))->role, QStringLiteral("service-agent"));
        QVERIFY(model::bpmn::hasShapes(after)); // the automatic layout is kept once something moved
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);
    }

    // File ▸ Import BPMN adds the file's processes in one undo step; Export writes them all back.
    void importsAndExportsBpmn()
    {
        model::Problems problems;
        auto doc = loadSample();
        ProcessEditor editor;
        editor.setDocument(doc.get());
        const model::Project before = doc->project();
        QVERIFY(editor.importBpmn(QStringLiteral(OI_TEST_DATA "/bpmn-miwg/A.2.0.bpmn"), &problems));
        QVERIFY(doc->project().processes.size() > before.processes.size());
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(editor.view()->diagramScene()->process(), doc->project().processes[before.processes.size()].id);
        QVERIFY(!editor.view()->diagramScene()->diagram().nodes.empty()); // drawn from its DI
        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);
        QVERIFY(!editor.importBpmn(QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml"), &problems)); // not BPMN
        QTemporaryDir dir;
        QString error;
        QVERIFY2(editor.exportBpmn(dir.filePath(QStringLiteral("all.bpmn")), false, &error), qPrintable(error));
        Document other(std::make_unique<model::Project>());
        ProcessEditor second;
        second.setDocument(&other);
        QVERIFY(second.importBpmn(dir.filePath(QStringLiteral("all.bpmn")), &problems));
        QCOMPARE(other.project().processes.size(), before.processes.size());
    }

    void pictureMatchesTheScreen()
    {
        model::Problems problems;
        auto doc = loadSample();
        ProcessView view;
        view.setDocument(doc.get());
        view.showProcess(QStringLiteral("support"));
        const QSizeF size = view.diagramScene()->sceneRect().size();
        view.resize(int(size.width()) + 60, int(size.height()) + 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QGraphicsView *canvas = view.canvas();
        const QRect onScreen(canvas->mapFromScene(view.diagramScene()->sceneRect().topLeft()),
            QSize(qRound(size.width()), qRound(size.height())));
        QVERIFY(canvas->viewport()->rect().contains(onScreen));
        const QImage screen = canvas->viewport()->grab(onScreen).toImage();
        QTemporaryDir dir;
        for (int dpi : { 96, 192 }) {
            const QString file = dir.filePath(QStringLiteral("support-%1.png").arg(dpi));
            QString error;
            QVERIFY2(ProcessPicture::exportFile(view.diagramScene(), file, dpi, &error), qPrintable(error));
            const QImage picture(file);
            const qreal scale = dpi / 96.0;
            const QImage map = picture.copy(0, qRound(ProcessPicture::TitleHeight * scale),
                qRound(size.width() * scale), qRound(size.height() * scale));
            const test::PictureDifference diff = test::comparePictures(screen, map);
            QVERIFY2(diff.meanDifference <= 5 && diff.differingShare <= 0.02, qPrintable(diff.describe()));
        }
    }
};

QTEST_MAIN(TestProcessDiagram)
#include "tst_processdiagram.moc"
