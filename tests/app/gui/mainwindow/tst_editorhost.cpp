// SPDX-License-Identifier: GPL-3.0-or-later
// The window hosts editors through editor::Editor alone: their actions while current, their
// properties page, a shared selection, and views that update from change events — so typing in a
// 1 000-step project rebuilds no tree, no page and validates once, after the typing.
#include "support/isolatedsettings.h"
#include "support/journeybuilder.h"

#include "app/gui/docks/problemspanel.h"
#include "app/gui/docks/projecttree.h"
#include "app/gui/docks/propertieshost.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/mainwindow/editorhost.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/processes/processesview.h"
#include "app/gui/requirements/requirementsview.h"
#include "editor/roles/rolemapview.h"

#include "editor/commands/entitycommands.h"
#include "editor/commands/entitylistcommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"
#include "editor/journey/commands/changejourney.h"
#include "editor/journey/journeyview.h"
#include "editor/properties/entityproperties.h"
#include "model/projectio.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QApplication>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace oi;

namespace {
QMenu *menu(app::MainWindow &window, const QString &title)
{
    for (QAction *a : window.menuBar()->actions())
        if (a->text().remove(u'&') == title)
            return a->menu();
    return nullptr;
}

bool hasAction(QWidget *widget, QAction *action)
{
    return widget->actions().contains(action);
}

bool hasAction(QWidget *widget, const QString &objectName)
{
    const QList<QAction *> actions = widget->actions();
    return std::any_of(actions.begin(), actions.end(), [&](QAction *a) {
        return a->objectName() == objectName || (a->menu() && a->menu()->objectName() == objectName);
    });
}

/** A later editor, as the process or role editor will be: hosted through the interface alone. */
class BoardEditor : public editor::Editor
{
public:
    BoardEditor()
        : mDock(new QDockWidget(QStringLiteral("Palette")))
        , mProperties(new QLabel(QStringLiteral("board properties")))
        , mAction(new QAction(QStringLiteral("Arrange"), this))
    {
        setWidget(new QLabel(QStringLiteral("board")));
        mDock->setObjectName(QStringLiteral("BoardPaletteDock"));
    }
    ~BoardEditor() override
    {
        if (mProperties && !mProperties->parent())
            delete mProperties;
    }
    QString name() const override { return QStringLiteral("board"); }
    QString title() const override { return QStringLiteral("Board"); }
    QIcon icon() const override { return {}; }
    QWidget *propertiesWidget() const override { return mProperties; }
    QList<QDockWidget *> docks() const override { return { mDock }; }
    QList<QAction *> actions(Place place) const override
    {
        return place == Place::ViewMenu ? QList<QAction *> { mAction, nullptr } : QList<QAction *> {};
    }
    bool shows(editor::EntityKind kind) const override { return kind == editor::EntityKind::Scenario; }
    void reveal(const editor::EntityRef &ref) override { revealed = ref; }
    int documents = 0;
    editor::EntityRef revealed;

protected:
    void documentChanged() override { ++documents; }

private:
    QDockWidget *mDock;
    QPointer<QLabel> mProperties;
    QAction *mAction;
};

QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}
} // namespace

class TestEditorHost : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void initTestCase() { test::isolateSettings("tst_editorhost"); }

    void menusAndToolBarCarryTheCurrentEditorsActions()
    {
        app::MainWindow window;
        window.openSample();
        QMenu *edit = menu(window, QStringLiteral("Edit"));
        QMenu *file = menu(window, QStringLiteral("File"));
        QToolBar *bar = window.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
        auto *journey = window.findChild<editor::JourneyView *>();
        QAction *addStep = journey->action(editor::JourneyView::AddStep);
        QVERIFY(hasAction(edit, addStep));
        QVERIFY(hasAction(bar, addStep));
        QVERIFY(hasAction(file, QStringLiteral("importJourney")));

        QVERIFY(window.editors()->setCurrentEditor(QStringLiteral("roles")));
        QVERIFY(!hasAction(edit, addStep));
        QVERIFY(!hasAction(bar, addStep));
        QVERIFY(!hasAction(file, QStringLiteral("importJourney")));
        // The window's own actions stay where they were.
        QVERIFY(hasAction(file, QStringLiteral("quit")));
        QVERIFY(hasAction(edit, QStringLiteral("undo")));

        QVERIFY(window.editors()->setCurrentEditor(QStringLiteral("journey")));
        QVERIFY(hasAction(edit, addStep));
        // Quit is still the File menu's last entry: editor actions go into their section.
        QCOMPARE(file->actions().last()->objectName(), QStringLiteral("quit"));
    }

    void toolBarButtonsStayPutWhenTheUndoTextChanges()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        QToolBar *bar = window.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
        auto *undo = qobject_cast<QToolButton *>(bar->widgetForAction(window.action(QStringLiteral("undo"))));
        QVERIFY(undo);
        QCOMPARE(undo->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QWidget *after = bar->widgetForAction(window.action(QStringLiteral("validate")));
        const int x = after->x();
        editor::Document *doc = window.documentManager()->document();
        doc->undoStack()->push(new editor::SetJourneyName(doc, doc->project().journeys.front().id,
            QStringLiteral("A journey with a long name that the undo text repeats")));
        QVERIFY(window.action(QStringLiteral("undo"))->text().contains(QLatin1String("Rename Journey")));
        QApplication::processEvents();
        QCOMPARE(after->x(), x);
        QVERIFY(undo->toolTip().contains(QLatin1String("Rename Journey")));
    }

    void propertiesDockShowsTheCurrentEditorsPage()
    {
        app::MainWindow window;
        window.openSample();
        auto *host = window.findChild<app::PropertiesHost *>();
        QVERIFY(host);
        QCOMPARE(host->currentWidget(), window.editors()->editor(QStringLiteral("journey"))->propertiesWidget());
        window.editors()->setCurrentEditor(QStringLiteral("requirements"));
        QVERIFY(host->currentWidget() != window.editors()->editor(QStringLiteral("journey"))->propertiesWidget());
        // With no page of its own, the dock offers the entity forms; selecting a role opens its form anywhere.
        QCOMPARE(host->currentWidget(), host->entityProperties());
        QVERIFY(!host->entityProperties()->showsEntity());
        window.editors()->setCurrentEditor(QStringLiteral("journey"));
        editor::Document *doc = window.documentManager()->document();
        doc->selection()->select(editor::EntityKind::Role, doc->project().roles.front().id);
        QCOMPARE(host->currentWidget(), host->entityProperties());
        QVERIFY(host->entityProperties()->showsEntity());
    }

    // Selecting something anywhere marks its chain on the pages too: linked requirements get a
    // dot, linked processes the chain colour.
    void pagesMarkTheChainOfTheSelection()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        editor::Document *doc = window.documentManager()->document();
        auto *requirements = window.findChild<app::RequirementsView *>();
        auto *processes = window.findChild<app::ProcessesView *>();
        window.editors()->setCurrentEditor(QStringLiteral("requirements"));
        doc->selection()->select(editor::EntityKind::Step, QStringLiteral("request-help"));
        QVERIFY2(requirements->toHtml().contains(QStringLiteral("● ")), "a requirement of the step is marked");
        const model::Chain chain = editor::selectionChain(*doc);
        QVERIFY(chain.processes.contains(QStringLiteral("support")));
        for (int i = 0; i < processes->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = processes->topLevelItem(i);
            const bool linked = chain.processes.contains(top->data(0, Qt::UserRole).toString());
            QCOMPARE(top->background(0).style() != Qt::NoBrush, linked);
        }
        doc->selection()->set({});
        QVERIFY(!requirements->toHtml().contains(QStringLiteral("● ")));
    }

    void selectionIsSharedByTreeMapAndPages()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        editor::Document *doc = window.documentManager()->document();
        const model::Project &p = doc->project();
        app::ProjectTree *tree = window.projectTree();

        // Tree -> document -> the page that shows it.
        const model::Requirement &req = p.requirements.at(3);
        auto *item = treeItem(tree, req.text);
        QVERIFY(item);
        tree->setCurrentItem(item);
        QCOMPARE(doc->selection()->entities(), (editor::EntityRefs { { editor::EntityKind::Requirement, req.id } }));
        QCOMPARE(window.findChild<app::RequirementsView *>()->selectedRequirement(), req.id);

        // Document -> tree.
        doc->selection()->select(editor::EntityKind::Role, p.roles.at(1).id);
        QCOMPARE(tree->selectedItems().size(), 1);
        QCOMPARE(tree->selectedItems().first()->text(0), p.roles.at(1).name);

        // Map -> document, and document -> map.
        auto *journey = window.findChild<editor::JourneyView *>();
        const QString first = p.journeys.front().steps.at(1).id;
        journey->selectSteps({ first });
        QCOMPARE(doc->selection()->ids(editor::EntityKind::Step), QStringList({ first }));
        const model::Journey &other = p.journeys.at(1);
        doc->selection()->select(editor::EntityKind::Step, other.steps.front().id);
        QCOMPARE(journey->currentJourney(), other.id);
        QCOMPARE(journey->selectedStepIds(), QStringList({ other.steps.front().id }));
        // A role chosen in the tree leaves the map's steps selected.
        doc->selection()->select(editor::EntityKind::Role, p.roles.front().id);
        QCOMPARE(journey->selectedStepIds(), QStringList({ other.steps.front().id }));
    }

    void showEntityBringsTheEditorThatShowsIt()
    {
        app::MainWindow window;
        window.openSample();
        const model::Project &p = window.documentManager()->document()->project();
        QVERIFY(window.editors()->showEntity({ editor::EntityKind::Role, p.roles.front().id }));
        QCOMPARE(window.editors()->currentEditor()->name(), QStringLiteral("roles"));
        QVERIFY(window.editors()->showEntity({ editor::EntityKind::Node, QStringLiteral("support/triage") }));
        QCOMPARE(window.editors()->currentEditor()->name(), QStringLiteral("process"));
        QVERIFY(window.editors()->showEntity({ editor::EntityKind::Step, p.journeys.front().steps.front().id }));
        QCOMPARE(window.editors()->currentEditor()->name(), QStringLiteral("journey"));
        QVERIFY(!window.editors()->showEntity({ editor::EntityKind::Scenario, QStringLiteral("to-be") }));
    }

    void aNewEditorNeedsNoWindowCode()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        auto *board = new BoardEditor;
        window.editors()->addEditor(board);
        QCOMPARE(board->documents, 1); // it got the open document
        QCOMPARE(board->document(), window.documentManager()->document());
        QDockWidget *dock = window.findChild<QDockWidget *>(QStringLiteral("BoardPaletteDock"));
        QVERIFY(dock && dock->isHidden());
        QMenu *view = menu(window, QStringLiteral("View"));

        QVERIFY(window.editors()->setCurrentEditor(QStringLiteral("board")));
        QVERIFY(dock->isVisible());
        QVERIFY(hasAction(view, board->actions(editor::Editor::Place::ViewMenu).first()));
        QCOMPARE(window.findChild<app::PropertiesHost *>()->currentWidget(), board->propertiesWidget());

        // The window offers it for what it shows, and reveals there.
        QVERIFY(window.editors()->showEntity({ editor::EntityKind::Scenario, QStringLiteral("to-be") }));
        QCOMPARE(board->revealed, (editor::EntityRef { editor::EntityKind::Scenario, QStringLiteral("to-be") }));

        QVERIFY(window.editors()->setCurrentEditor(QStringLiteral("journey")));
        QVERIFY(dock->isHidden());
        QVERIFY(!hasAction(view, board->actions(editor::Editor::Place::ViewMenu).first()));
        window.documentManager()->newProject();
        QCOMPARE(board->documents, 2);
    }

    void journeyEditorAnswersTheHooks()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        editor::Editor *journey = window.editors()->editor(QStringLiteral("journey"));
        auto *view = window.findChild<editor::JourneyView *>();
        QVERIFY(journey->zoom(editor::Editor::Zoom::In));
        QVERIFY(journey->find(QStringLiteral("installation")));
        QCOMPARE(view->selectedStepIds().size(), 1);
        QVERIFY(!journey->find(QStringLiteral("no step says this")));
        QVERIFY(!window.editors()->editor(QStringLiteral("requirements"))->zoom(editor::Editor::Zoom::In));
        QCOMPARE(journey->exportKind(), QStringLiteral("journey"));
        QCOMPARE(window.editors()->editor(QStringLiteral("roles"))->exportKind(), QStringLiteral("roles"));
        QVERIFY(window.editors()->editor(QStringLiteral("requirements"))->exportKind().isEmpty());
    }

    void typingInALargeProjectRebuildsNothing()
    {
        const QString file = mDir.filePath(QStringLiteral("large.oi.yaml"));
        QString error;
        QVERIFY2(model::writeProject(*test::largeProject(20, 1000), file, &error), qPrintable(error));
        app::MainWindow window;
        window.show();
        QVERIFY(window.openFile(file, true));
        app::DocumentManager *manager = window.documentManager();
        editor::Document *doc = manager->document();
        auto *journey = window.findChild<editor::JourneyView *>();
        journey->selectSteps({ QStringLiteral("step500") });
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title && title->isVisible());

        app::ProjectTree *tree = window.projectTree();
        auto *roles = window.findChild<editor::RoleMapView *>();
        auto *processes = window.findChild<app::ProcessesView *>();
        auto *requirements = window.findChild<app::RequirementsView *>();
        const int full = tree->fullRebuilds(), groups = tree->groupRebuilds();
        const int rolePages = roles->rebuildCount(), processPages = processes->rebuildCount();
        const int requirementPages = requirements->rebuildCount();
        const int problemLists = window.problemsPanel()->rebuildCount();
        const int validations = manager->validations();
        const int undoSteps = doc->undoStack()->count();

        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" (checked)"));
        QCOMPARE(doc->project().step(QStringLiteral("step500"))->title.right(10), QStringLiteral(" (checked)"));
        QCOMPARE(doc->undoStack()->count(), undoSteps + 1); // one gesture, one undo step
        QCOMPARE(tree->fullRebuilds(), full);
        QCOMPARE(tree->groupRebuilds(), groups);
        QCOMPARE(roles->rebuildCount(), rolePages);
        QCOMPARE(processes->rebuildCount(), processPages);
        QCOMPARE(requirements->rebuildCount(), requirementPages);
        QCOMPARE(window.problemsPanel()->rebuildCount(), problemLists);
        QCOMPARE(manager->validations(), validations);
        QVERIFY(manager->isValidationPending());

        // Once typing pauses, validation runs once, off the GUI thread, and the list is refilled once.
        QTRY_VERIFY_WITH_TIMEOUT(!manager->isValidationPending(), 10000);
        QCOMPARE(manager->validations(), validations + 1);
        QCOMPARE(window.problemsPanel()->rebuildCount(), problemLists + 1);
    }

    void renamesUpdateOneItemNotTheTree()
    {
        app::MainWindow window;
        window.show();
        window.openSample();
        editor::Document *doc = window.documentManager()->document();
        app::ProjectTree *tree = window.projectTree();
        auto *roles = window.findChild<editor::RoleMapView *>();
        const int full = tree->fullRebuilds(), groups = tree->groupRebuilds();
        const QString role = doc->project().roles.front().id;
        const QString journey = doc->project().journeys.front().id;

        window.editors()->setCurrentEditor(QStringLiteral("roles"));
        const int rolePages = roles->rebuildCount();
        doc->undoStack()->push(new editor::SetRoleName(doc, { role }, QStringLiteral("Customer adviser")));
        doc->undoStack()->push(new editor::SetJourneyName(doc, journey, QStringLiteral("Joining")));
        QVERIFY(treeItem(tree, QStringLiteral("Customer adviser")));
        QVERIFY(treeItem(tree, QStringLiteral("Joining")));
        QCOMPARE(tree->fullRebuilds(), full);
        QCOMPARE(tree->groupRebuilds(), groups);
        QCOMPARE(roles->rebuildCount(), rolePages + 1); // shown, so at once; the journey name is not on it
        const editor::RoleCardLayout *card = roles->mapScene()->layout().card(role, editor::RoleMapSide::ToBe);
        QVERIFY(card);
        QCOMPARE(card->name, QStringLiteral("Customer adviser"));

        // A page that is not shown only goes stale, and catches up when it is shown.
        auto *processes = window.findChild<app::ProcessesView *>();
        const int processPages = processes->rebuildCount();
        doc->undoStack()->push(new editor::SetProcessName(doc, { QStringLiteral("support") }, QStringLiteral("Fix it")));
        QCOMPARE(processes->rebuildCount(), processPages);
        window.editors()->setCurrentEditor(QStringLiteral("processes"));
        QCOMPARE(processes->rebuildCount(), processPages + 1);
        QVERIFY(treeItem(processes, QStringLiteral("Fix it")));

        // Adding an entity rebuilds its group only.
        model::Strategy s;
        s.id = QStringLiteral("new-strategy");
        s.title = QStringLiteral("Listen first");
        doc->undoStack()->push(new editor::AddEntity<editor::StrategyTraits>(doc, s, -1, QStringLiteral("Add Strategy")));
        QVERIFY(treeItem(tree, QStringLiteral("Listen first")));
        QCOMPARE(tree->groupRebuilds(), groups + 1);
        QCOMPARE(tree->fullRebuilds(), full);
        doc->undoStack()->undo();
        QVERIFY(!treeItem(tree, QStringLiteral("Listen first")));
    }
};

QTEST_MAIN(TestEditorHost)
#include "tst_editorhost.moc"
