// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow/mainwindow.h"

#include "app/gui/docks/problemspanel.h"
#include "app/gui/docks/projecttree.h"
#include "app/gui/docks/propertieshost.h"
#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/documents/recentfiles.h"
#include "app/gui/eventlog/importeventlog.h"
#include "app/gui/help/helpdialogs.h"
#include "app/gui/mainwindow/editorhost.h"
#include "app/gui/mainwindow/editorregistry.h"
#include "app/gui/simulation/simulationpanel.h"

#include "editor/commands/undotext.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/process/processeditor.h"
#include "editor/properties/entityproperties.h"
#include "editor/results/resultseditor.h"
#include "editor/settings/preferences.h"
#include "editor/widgets/menutext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QWhatsThis>

namespace oi::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mManager(new DocumentManager(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/outsidein.svg")));
    setDocumentMode(true);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    mCentral = new QStackedWidget(this);
    mTabs = new QTabWidget(mCentral);
    mTabs->setDocumentMode(true);
    mCentral->addWidget(mTabs);
    mEditors = new EditorHost(mTabs, this);
    setCentralWidget(mCentral);
    createWelcome();

    createActions();
    createDocks();
    describePanels();
    connect(mEditors, &EditorHost::currentEditorChanged, mProperties, &PropertiesHost::setEditor);
    for (editor::Editor *e : createEditors()) {
        mEditors->addEditor(e);
        if (auto *process = qobject_cast<editor::ProcessEditor *>(e))
            connect(process, &editor::ProcessEditor::importProblems, this, [this](const model::Problems &found) {
                mImportProblems = found;
                refreshProblems();
                if (!found.empty()) {
                    mProblems->parentWidget()->show();
                    mProblems->parentWidget()->raise();
                }
            });
    }
    createMenus();
    createToolBar();

    mStatusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(mStatusCounts);
    statusBar()->showMessage(tr("Ready"), 3000);

    connect(mManager, &DocumentManager::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(mManager, &DocumentManager::problemsChanged, this, [this] {
        refreshProblems();
        updateTitle();
    });
    connect(mManager->recentFiles(), &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(mManager->autosaver(), &Autosaver::autosaveFailed, this,
        [this](const QString &error) { statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000); });
    connect(mProjectTree, &ProjectTree::entityActivated, mEditors, &EditorHost::showEntity);
    connect(mProblems, &ProblemsPanel::entityActivated, mEditors, &EditorHost::showEntity);
    connect(
        mProperties->entityProperties(), &editor::EntityProperties::openRequested, mEditors, &EditorHost::showEntity);
    connect(mEditors, &EditorHost::openRequested, this, &MainWindow::offerToOpen);
    connect(
        mEditors, &EditorHost::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(mSimulation, &SimulationPanel::resultsChanged, mEditors, &EditorHost::showResults);
    connect(mSimulation, &SimulationPanel::resultsViewRequested, this,
        [this] { mEditors->setCurrentEditor(QStringLiteral("results")); });
    connect(mSimulation, &SimulationPanel::runningChanged, this, [this](bool running) {
        mActions.value(QStringLiteral("simulate"))->setEnabled(!running);
        mActions.value(QStringLiteral("stopSimulation"))->setEnabled(running);
    });

    readSettings();
    mManager->newProject();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(
    const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    mActions.insert(name, action);
    return action;
}

void MainWindow::createActions()
{
    connect(addAction(QStringLiteral("new"), tr("&New Project"), QStringLiteral("new"), QKeySequence::New),
        &QAction::triggered, this, &MainWindow::newProject);
    connect(addAction(QStringLiteral("open"), tr("&Open…"), QStringLiteral("open"), QKeySequence::Open),
        &QAction::triggered, this, &MainWindow::open);
    connect(addAction(QStringLiteral("openSample"), tr("Open &Sample Project")), &QAction::triggered, this,
        &MainWindow::openSample);
    connect(addAction(QStringLiteral("save"), tr("&Save"), QStringLiteral("save"), QKeySequence::Save),
        &QAction::triggered, this, &MainWindow::save);
    connect(addAction(QStringLiteral("saveAs"), tr("Save &As…"), {}, QKeySequence::SaveAs), &QAction::triggered, this,
        &MainWindow::saveAs);
    connect(addAction(QStringLiteral("importEventLog"), tr("&Event Log\u2026")), &QAction::triggered, this,
        [this] { importEventLog(this, mManager->document(), mEditors); });
    connect(addAction(QStringLiteral("quit"), tr("&Quit"), {}, QKeySequence::Quit), &QAction::triggered, this,
        &QWidget::close);
    connect(addAction(QStringLiteral("validate"), tr("&Validate Project"), QStringLiteral("validate"),
                QKeySequence(Qt::Key_F7)),
        &QAction::triggered, this, [this] {
            mManager->revalidate();
            mProblems->parentWidget()->show();
            mProblems->parentWidget()->raise();
        });
    connect(addAction(QStringLiteral("about"), tr("&About Outside-In Studio")), &QAction::triggered, this,
        &MainWindow::about);
    connect(addAction(QStringLiteral("aboutQt"), tr("About &Qt")), &QAction::triggered, qApp, &QApplication::aboutQt);
    QAction *simulate
        = addAction(QStringLiteral("simulate"), tr("&Run Simulation"), QStringLiteral("run"), QKeySequence(Qt::Key_F5));
    connect(simulate, &QAction::triggered, this, [this] {
        QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("SimulationDock"));
        dock->show();
        dock->raise();
        mSimulation->run();
    });
    QAction *stop = addAction(QStringLiteral("stopSimulation"), tr("S&top Simulation"), QStringLiteral("stop"),
        QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stop->setEnabled(false);
    connect(stop, &QAction::triggered, this, [this] { mSimulation->cancel(); });
    connect(addAction(QStringLiteral("clearResults"), tr("&Clear Results from the Map")), &QAction::triggered, this,
        [this] { mSimulation->clearMaps(); });
    createReviewActions();
    createSpecActions();
    createPreferenceActions();
    QAction *fullScreen = addAction(QStringLiteral("fullScreen"), tr("&Full Screen"), {}, QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(mActions.value(QStringLiteral("new")));
    mTemplateMenu = file->addMenu(tr("New from &Template"));
    file->addAction(mActions.value(QStringLiteral("open")));
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(mActions.value(QStringLiteral("openSample")));
    file->addSeparator();
    file->addAction(mActions.value(QStringLiteral("save")));
    file->addAction(mActions.value(QStringLiteral("saveAs")));
    file->addSeparator();
    file->addMenu(tr("&Import"))->addAction(mActions.value(QStringLiteral("importEventLog")));
    mEditors->addSection(editor::Editor::Place::FileMenu, file);
    // What goes to others, apart from the pictures each editor exports: File ▸ Export ▸ ….
    QMenu *exports = file->addMenu(tr("E&xport"));
    exports->addAction(mActions.value(QStringLiteral("exportSpec")));
    exports->addAction(mActions.value(QStringLiteral("exportDeck")));
    file->addSeparator();
    file->addAction(mActions.value(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mActions.value(QStringLiteral("undo")));
    edit->addAction(mActions.value(QStringLiteral("redo")));
    edit->addSeparator();
    QMenu *add = edit->addMenu(tr("&New"));
    struct NewEntry
    {
        editor::EntityKind kind;
        QString text, tip;
    };
    for (const NewEntry &e :
        { NewEntry { editor::EntityKind::Strategy, tr("&Strategy"),
              tr("Add a customer-centric strategy with its goals and KPIs") },
            NewEntry {
                editor::EntityKind::Persona, tr("&Persona"), tr("Add a persona, a customer the journeys follow") },
            NewEntry { editor::EntityKind::Journey, tr("&Journey"), tr("Add a customer journey to map") },
            NewEntry { editor::EntityKind::Role, tr("&Role"), tr("Add a role, as-is or to-be") },
            NewEntry {
                editor::EntityKind::Responsibility, tr("Responsi&bility"), tr("Add a responsibility a role takes on") },
            NewEntry { editor::EntityKind::Process, tr("Pro&cess"), tr("Add a work process to design") },
            NewEntry { editor::EntityKind::Requirement, tr("Re&quirement"), tr("Add a requirement on CRM technology") },
            NewEntry { editor::EntityKind::Scenario, tr("Sce&nario"), tr("Add a what-if scenario to simulate") } }) {
        QAction *a = add->addAction(e.text);
        a->setStatusTip(e.tip);
        a->setToolTip(e.tip);
        connect(a, &QAction::triggered, this, [this, k = e.kind] { mProjectTree->newEntity(k); });
    }
    // Delete and rename act on the entity selected anywhere (tree, map, properties).
    const auto selected = [this]() -> editor::EntityRef {
        editor::Document *d = mManager->document();
        return d && !d->selection()->entities().isEmpty() ? d->selection()->entities().first() : editor::EntityRef {};
    };
    QAction *deleteEntity = edit->addAction(tr("&Delete Selected Entity"));
    deleteEntity->setObjectName(QStringLiteral("deleteEntity"));
    connect(deleteEntity, &QAction::triggered, this, [this, selected] { mProjectTree->deleteEntity(selected()); });
    QAction *renameId = edit->addAction(tr("Rename &Id\u2026"));
    renameId->setObjectName(QStringLiteral("renameId"));
    connect(renameId, &QAction::triggered, this, [this, selected] { mProjectTree->renameEntity(selected()); });
    edit->addSeparator();
    mEditors->addSection(editor::Editor::Place::EditMenu, edit);
    edit->addSeparator();
    edit->addAction(mActions.value(QStringLiteral("preferences")));

    mViewMenu = menuBar()->addMenu(tr("&View"));
    mEditors->addSection(editor::Editor::Place::ViewMenu, mViewMenu);
    mViewMenu->addSeparator();
    QMenu *panels = mViewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
    mViewMenu->addAction(mActions.value(QStringLiteral("fullScreen")));
    mViewMenu->addAction(mActions.value(QStringLiteral("review")));

    QMenu *simulate = menuBar()->addMenu(tr("&Simulate"));
    simulate->addAction(mActions.value(QStringLiteral("validate")));
    simulate->addSeparator();
    simulate->addAction(mActions.value(QStringLiteral("simulate")));
    simulate->addAction(mActions.value(QStringLiteral("stopSimulation")));
    simulate->addAction(mActions.value(QStringLiteral("clearResults")));
    simulate->addSeparator();
    QAction *advise = simulate->addAction(tr("&Advise on the Constraint\u2026"));
    advise->setObjectName(QStringLiteral("advise"));
    connect(advise, &QAction::triggered, this, [this] {
        if (!mManager->document())
            return;
        // The advice is a page of the Results tab, beside the runs it explains.
        if (auto *results = qobject_cast<editor::ResultsEditor *>(mEditors->editor(QStringLiteral("results")))) {
            mEditors->setCurrentEditor(results->name());
            results->advise();
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("User &Guide"));
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { newUserGuide(this)->show(); });
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThis"));
    mActions.insert(QStringLiteral("whatsThis"), whatsThis);
    help->addAction(whatsThis);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    connect(keys, &QAction::triggered, this, [this] { newShortcutList(this)->show(); });
    help->addSeparator();
    help->addAction(mActions.value(QStringLiteral("welcome")));
    help->addAction(mActions.value(QStringLiteral("openSample")));
    help->addSeparator();
    help->addAction(mActions.value(QStringLiteral("about")));
    help->addAction(mActions.value(QStringLiteral("aboutQt")));

    updateRecentMenu();
    updateTemplateMenu();
    describeActions();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(mActions.value(QStringLiteral("new")));
    bar->addAction(mActions.value(QStringLiteral("open")));
    bar->addAction(mActions.value(QStringLiteral("save")));
    bar->addSeparator();
    // Icon only: "Undo Rename Step" changes with every edit and would shift the buttons after it.
    for (const char *name : { "undo", "redo" }) {
        bar->addAction(mActions.value(QLatin1String(name)));
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(mActions.value(QLatin1String(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    mEditors->addSection(editor::Editor::Place::ToolBar, bar);
    bar->addSeparator();
    bar->addAction(mActions.value(QStringLiteral("validate")));
    bar->addAction(mActions.value(QStringLiteral("simulate")));
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &name, const QString &title, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    mProjectTree = new ProjectTree(this);
    makeDock(QStringLiteral("ProjectDock"), tr("Project"), mProjectTree, Qt::LeftDockWidgetArea);
    mProperties = new PropertiesHost(this);
    mPropertiesDock
        = makeDock(QStringLiteral("PropertiesDock"), tr("Properties"), mProperties, Qt::RightDockWidgetArea);
    mProblems = new ProblemsPanel(this);
    makeDock(QStringLiteral("ProblemsDock"), tr("Problems"), mProblems, Qt::BottomDockWidgetArea);
    mUndoView = new QUndoView(this);
    mUndoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = makeDock(QStringLiteral("HistoryDock"), tr("History"), mUndoView, Qt::BottomDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("ProblemsDock")), history);
    mSimulation = new SimulationPanel(this);
    QDockWidget *simulation
        = makeDock(QStringLiteral("SimulationDock"), tr("Simulation"), mSimulation, Qt::BottomDockWidgetArea);
    tabifyDockWidget(history, simulation);
    findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))->raise();

    // Undo/redo follow the current document's stack; the actions are recreated per document.
    auto *undo = addAction(QStringLiteral("undo"), tr("&Undo"), QStringLiteral("undo"), QKeySequence::Undo);
    auto *redo = addAction(QStringLiteral("redo"), tr("&Redo"), QStringLiteral("redo"), QKeySequence::Redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
}

void MainWindow::refreshProblems()
{
    model::Problems all = mManager->problems();
    all.insert(all.end(), mImportProblems.begin(), mImportProblems.end());
    mProblems->setProblems(all, mManager->document() ? &mManager->document()->project() : nullptr);
}

void MainWindow::onDocumentChanged(editor::Document *document)
{
    showWelcome(false);
    mImportProblems.clear();
    QUndoStack *stack = document ? document->undoStack() : nullptr;
    mUndoView->setStack(stack);
    QAction *undo = mActions.value(QStringLiteral("undo"));
    QAction *redo = mActions.value(QStringLiteral("redo"));
    disconnect(undo, nullptr, nullptr, nullptr);
    disconnect(redo, nullptr, nullptr, nullptr);
    if (stack) {
        auto sync = [undo, redo, stack] {
            undo->setEnabled(stack->canUndo());
            redo->setEnabled(stack->canRedo());
            undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
        connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::indexChanged, this, sync);
        connect(document, &editor::Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &editor::Document::fileNameChanged, this, &MainWindow::updateTitle);
        sync();
    }
    mProjectTree->setDocument(document);
    mProperties->setDocument(document);
    mSimulation->setDocument(document);
    mEditors->setDocument(document);
    updateTitle();
}

void MainWindow::updateTitle()
{
    editor::Document *doc = mManager->document();
    if (!doc) {
        setWindowTitle(tr("Outside-In Studio"));
        return;
    }
    setWindowFilePath(doc->fileName());
    // The file's name, then the project's when it says something more (an unsaved project has no file).
    const QString project = doc->project().name;
    // Read-only stays in sight: edits made there can only be kept with Save As.
    const QString file = mManager->isReadOnly() ? tr("%1 (read-only)").arg(doc->displayName()) : doc->displayName();
    if (project.isEmpty() || project == doc->displayName() || doc->fileName().isEmpty())
        setWindowTitle(tr("%1[*] — Outside-In Studio").arg(file));
    else
        setWindowTitle(tr("%1[*] — %2 — Outside-In Studio").arg(file, project));
    setWindowModified(doc->isModified());
    const model::Project &p = doc->project();
    int errors = 0, warnings = 0;
    for (const model::Problem &problem : mManager->problems())
        (problem.isError() ? errors : warnings)++;
    // "1 journey", "3 journeys" even with no catalogue loaded; other languages use the %n form.
    const auto count = [](const char *one, const char *many, qsizetype n) {
        return editor::countedText("StatusCounts", one, many, n);
    };
    const QStringList counts = {
        count(QT_TRANSLATE_NOOP("StatusCounts", "1 journey"), QT_TRANSLATE_N_NOOP("StatusCounts", "%n journeys"),
            qsizetype(p.journeys.size())),
        count(QT_TRANSLATE_NOOP("StatusCounts", "1 role"), QT_TRANSLATE_N_NOOP("StatusCounts", "%n roles"),
            qsizetype(p.roles.size())),
        count(QT_TRANSLATE_NOOP("StatusCounts", "1 process"), QT_TRANSLATE_N_NOOP("StatusCounts", "%n processes"),
            qsizetype(p.processes.size())),
        count(QT_TRANSLATE_NOOP("StatusCounts", "1 requirement"),
            QT_TRANSLATE_N_NOOP("StatusCounts", "%n requirements"), qsizetype(p.requirements.size())),
    };
    mStatusCounts->setText(tr("%1  |  %2, %3")
                               .arg(counts.join(QStringLiteral(" · ")),
                                   count(QT_TRANSLATE_NOOP("StatusCounts", "1 error"),
                                       QT_TRANSLATE_N_NOOP("StatusCounts", "%n errors"), errors),
                                   count(QT_TRANSLATE_NOOP("StatusCounts", "1 warning"),
                                       QT_TRANSLATE_N_NOOP("StatusCounts", "%n warnings"), warnings)));
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = mManager->recentFiles()->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &f = files.at(i);
        QAction *a = mRecentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(editor::menuText(QFileInfo(f).fileName())));
        a->setToolTip(f);
        a->setStatusTip(tr("Open %1").arg(QDir::toNativeSeparators(f)));
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    if (files.isEmpty())
        mRecentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    mRecentMenu->addSeparator();
    QAction *clear = mRecentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, mManager->recentFiles(), &RecentFiles::clear);
}

void MainWindow::updateTemplateMenu()
{
    mTemplateMenu->clear();
    const auto templates = DocumentManager::templates();
    for (const DocumentManager::Template &t : templates) {
        QAction *a = mTemplateMenu->addAction(editor::menuText(t.title));
        a->setStatusTip(t.description);
        a->setToolTip(t.description);
        connect(a, &QAction::triggered, this, [this, path = t.path] { newFromTemplate(path); });
    }
    if (templates.isEmpty())
        mTemplateMenu->addAction(tr("No templates installed"))->setEnabled(false);
}

void MainWindow::offerToOpen(const editor::EntityRef &ref)
{
    // The editor asking has selected the entity already, so the project tree shows it.
    editor::Editor *target = mEditors->editorFor(ref.kind);
    if (!target || target == mEditors->currentEditor())
        return;
    const QString view = target->title();
    const model::Project &p = mManager->document()->project();
    const QString entity = ref.id.section(u'/', 0, 0);
    QString name = entity;
    if (ref.kind == editor::EntityKind::Role && p.role(entity))
        name = p.role(entity)->name;
    else if (ref.kind == editor::EntityKind::Process && p.process(entity))
        name = p.process(entity)->name;
    else if (ref.kind == editor::EntityKind::Requirement && p.requirement(entity))
        name = p.requirement(entity)->text;
    // Non-blocking, so a click on the map never stalls the event loop; the map stays in front
    // until the user chooses to open the entity's own view.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("openEntityMenu"));
    QAction *open
        = menu->addAction(tr("Open in the %1 View").arg(view), this, [this, ref] { mEditors->showEntity(ref); });
    open->setObjectName(QStringLiteral("openEntity"));
    menu->popup(QCursor::pos());
    statusBar()->showMessage(tr("Selected %1 in the project tree.").arg(name), 4000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Outside-In Studio"),
        tr("<h3>Outside-In Studio %1</h3>"
           "<p>Model how a company should serve its customers from the outside in: customer-centric "
           "strategy, the roles it redefines, the processes those roles run, and the requirements the "
           "processes put on CRM technology — with a discrete-event simulator that finds the constraint.</p>"
           "<p>Built with Qt %2. Free software under the GNU GPL, version 3 or later.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    mDefaultState = saveState();
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        sizeDocksForFirstStart();
    applyPreferences(editor::Preferences::load());
    mEditors->readSettings(settings);
}

void MainWindow::sizeDocksForFirstStart()
{
    // Give the canvas the room; panels stay slim until the user widens them.
    // Dock sizes only take once the window has its geometry, hence after the first show.
    QTimer::singleShot(0, this, [this] {
        auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
        resizeDocks({ dock("ProjectDock"), dock("PropertiesDock") }, { 250, 330 }, Qt::Horizontal);
        // The bottom docks are tabbed: the one in front (Simulation) sets the height, so all are sized.
        resizeDocks(
            { dock("ProblemsDock"), dock("HistoryDock"), dock("SimulationDock") }, { 110, 110, 110 }, Qt::Vertical);
    });
}

void MainWindow::useDefaultLayout()
{
    mKeepsLayout = false;
    restoreState(mDefaultState);
    resize(1400, 900);
    sizeDocksForFirstStart();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    mEditors->writeSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    mManager->autosaver()->discard();
    if (mKeepsLayout)
        writeSettings();
    event->accept();
}

} // namespace oi::app
