// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/isolatedsettings.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/requirements/requirementsview.h"

#include "editor/document/document.h"
#include "app/gui/docks/problemspanel.h"
#include "editor/process/processeditor.h"
#include "editor/process/processview.h"

#include <QGraphicsItem>
#include "editor/journey/journeyview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>
#include <QTreeWidget>

using namespace oi;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings("tst_mainwindow");
        QSettings().clear();
    }

    void hasTheFrameOfADesktopTool()
    {
        app::MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, QStringList({QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                     QStringLiteral("Simulate"), QStringLiteral("Help")}));
        for (const char *dock : {"ProjectDock", "PropertiesDock", "ProblemsDock", "HistoryDock"})
            QVERIFY2(window.findChild<QDockWidget *>(QLatin1String(dock)), dock);
        QVERIFY(window.tabs()->count() >= 3);
        for (const char *name : {"new", "open", "save", "saveAs", "undo", "redo", "about", "validate"})
            QVERIFY2(window.action(QLatin1String(name)), name);
        QVERIFY(!window.windowIcon().isNull());
    }

    void opensTheSampleProject()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        editor::Document *doc = window.documentManager()->document();
        QVERIFY(doc);
        QVERIFY(!doc->project().roles.empty());
        QVERIFY(window.windowTitle().contains(doc->project().name));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("ProjectTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 8);
        QCOMPARE(tree->topLevelItem(3)->childCount(), int(doc->project().roles.size()));
        QVERIFY(!window.action(QStringLiteral("undo"))->isEnabled());
    }

    void chipsSelectAndOfferToOpen()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        const model::Project &p = window.documentManager()->document()->project();
        auto *journey = window.findChild<editor::JourneyView *>();
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("ProjectTree"));
        QCOMPARE(window.tabs()->currentWidget(), journey);

        const QString role = p.roles.at(2).id;
        emit journey->entityActivated(editor::EntityKind::Role, role);
        QCOMPARE(tree->currentItem()->text(0), p.roles.at(2).name);
        QCOMPARE(window.tabs()->currentWidget(), journey);  // the map stays until the user chooses
        auto *open = window.findChild<QAction *>(QStringLiteral("openEntity"));
        QVERIFY(open);
        open->trigger();
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Roles"));

        const model::Requirement &req = p.requirements.back();
        window.tabs()->setCurrentWidget(journey);
        emit journey->entityActivated(editor::EntityKind::Requirement, req.id);
        QCOMPARE(tree->currentItem()->toolTip(0), req.text);
        window.findChildren<QAction *>(QStringLiteral("openEntity")).last()->trigger();
        auto *requirements = window.findChild<app::RequirementsView *>();
        QCOMPARE(window.tabs()->currentWidget(), requirements);
        QCOMPARE(requirements->selectedRequirement(), req.id);
        QVERIFY(requirements->toPlainText().contains(req.text));

        const model::Process &proc = p.processes.front();
        const model::Node &node = proc.nodes.at(1);
        emit journey->entityActivated(editor::EntityKind::Process, proc.id + u'/' + node.id);
        window.findChildren<QAction *>(QStringLiteral("openEntity")).last()->trigger();
        // A node opens on the process diagram, selected.
        auto *diagram = window.findChild<editor::ProcessView *>();
        QCOMPARE(window.tabs()->currentWidget(), diagram);
        QCOMPARE(diagram->diagramScene()->process(), proc.id);
        QCOMPARE(diagram->diagramScene()->selectedItems().size(), 1);
        QCOMPARE(diagram->diagramScene()->selectedItems().first()->data(0).toString(), node.id);
    }

    // An import's warnings (what it could not take over, with element, id and line) are listed in
    // the Problems panel; double-clicking a process problem there opens the diagram.
    void bpmnImportWarningsAreProblems()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        auto *process = window.findChild<editor::ProcessEditor *>();
        QVERIFY(process);
        model::Problems problems;
        QVERIFY(process->importBpmn(QStringLiteral(OI_TEST_DATA "/bpmn-miwg/C.3.0.bpmn"), &problems));
        QVERIFY(!problems.empty());
        auto *panel = window.problemsPanel();
        QString listed;
        for (int i = 0; i < panel->topLevelItemCount(); ++i)
            for (int c = 0; c < panel->columnCount(); ++c)
                listed += panel->topLevelItem(i)->text(c) + u'\n';
        QVERIFY2(listed.contains(QStringLiteral("C.3.0.bpmn")), qPrintable(listed));
        QVERIFY(!panel->parentWidget()->isHidden());
        window.documentManager()->document()->undoStack()->undo(); // clean again: no question on closing
        window.openSample(); // another document: the import's warnings go with the old one
        listed.clear();
        for (int i = 0; i < panel->topLevelItemCount(); ++i)
            listed += panel->topLevelItem(i)->text(0);
        QVERIFY(!listed.contains(QStringLiteral("C.3.0.bpmn")));
    }

    void droppedProjectFileOpens()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dropped.oi.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(OI_SOURCE_DIR "/resources/templates/telecom-subscription.oi.yaml"), file));
        app::MainWindow window;
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.documentManager()->document()->fileName(), file);

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void windowStateIsRestored()
    {
        QSettings().clear();
        {
            app::MainWindow window;
            window.show();
            window.resize(1111, 777);
            window.findChild<QDockWidget *>(QStringLiteral("HistoryDock"))->hide();
            editor::LaneConfig lanes = window.findChild<editor::JourneyView *>()->laneConfig();
            QVERIFY(lanes.isVisible(editor::Lane::Emotion));
            lanes.setVisible(editor::Lane::Emotion, false);
            window.findChild<editor::JourneyView *>()->setLaneConfig(lanes);
            QVERIFY(window.close());
        }
        app::MainWindow again;
        again.show();
        QCOMPARE(again.size(), QSize(1111, 777));
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("HistoryDock"))->isHidden());
        QVERIFY(!again.findChild<editor::JourneyView *>()->laneConfig().isVisible(editor::Lane::Emotion));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
