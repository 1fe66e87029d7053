// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "model/problem.h"

#include <QHash>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoView;
QT_END_NAMESPACE

namespace oi::review {
class ReviewModel;
class ReviewView;
} // namespace oi::review

namespace oi::editor {
class Document;
struct Preferences;
} // namespace oi::editor

namespace oi::app {

class DocumentManager;
class EditorHost;
class ProblemsPanel;
class ProjectTree;
class PropertiesHost;
class SimulationPanel;
class WelcomePage;

/**
 * The studio's frame: menus, toolbar, the editors in tabs (hosted through editor::Editor by the
 * EditorHost) and the Project, Properties, Problems, History and Simulation docks. Window layout and recent files
 * persist in QSettings. File logic lives in DocumentManager; this class only asks the user.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentManager *documentManager() const { return mManager; }
    /** Opens a file, reporting failures in a dialog (or only in the Problems panel when `quiet`). */
    bool openFile(const QString &fileName, bool quiet = false);
    void openSample();
    QAction *action(const QString &name) const { return mActions.value(name); }
    QTabWidget *tabs() const { return mTabs; }
    EditorHost *editors() const { return mEditors; }
    ProjectTree *projectTree() const { return mProjectTree; }
    ProblemsPanel *problemsPanel() const { return mProblems; }
    SimulationPanel *simulationPanel() const { return mSimulation; }
    /** View ▸ Review: the executive review of the open project, full screen (or as a window); null without one. */
    review::ReviewView *showReview(bool fullScreen = true);
    /** The welcome page (first run, Help ▸ Welcome) in place of the editors; opening anything hides it. */
    void showWelcome(bool on);
    bool isWelcomeShown() const;
    WelcomePage *welcomePage() const { return mWelcome; }
    /** Applies Edit ▸ Preferences: autosave, durations, the Simulation panel's precision, the theme. */
    void applyPreferences(const editor::Preferences &preferences);
    /** A one-off run (--screenshot): the first-start layout, whatever the user arranged, and nothing
     *  of this window's layout saved, so pictures do not depend on the last session. */
    void useDefaultLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createReviewActions(); // mainwindowreview.cpp
    void exportDeck();
    void createSpecActions(); // mainwindowspec.cpp
    void createPreferenceActions(); // mainwindowprefs.cpp
    void createWelcome();
    void describeActions(); // mainwindowtips.cpp
    void describePanels();
    void showPreferences();
    void showSpecDialog();
    void createMenus();
    void createToolBar();
    void createDocks();
    void updateRecentMenu();
    void updateTemplateMenu();
    void onDocumentChanged(editor::Document *document);
    void updateTitle();
    void updateActions();
    void showLoadProblems(const QString &fileName, const model::Problems &problems);

    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void newProject();
    void newFromTemplate(const QString &path);
    void about();
    void offerToOpen(const editor::EntityRef &ref);

    void readSettings();
    void writeSettings() const;
    void sizeDocksForFirstStart();

    QAction *addAction(
        const QString &name, const QString &text, const QString &icon = {}, const QKeySequence &shortcut = {});

    DocumentManager *mManager;
    QByteArray mDefaultState; // the docks as built, before the saved arrangement
    bool mKeepsLayout = true;
    QHash<QString, QAction *> mActions;
    QStackedWidget *mCentral = nullptr; // the editors' tabs, or the welcome page
    QTabWidget *mTabs = nullptr;
    WelcomePage *mWelcome = nullptr;
    EditorHost *mEditors = nullptr;
    PropertiesHost *mProperties = nullptr;
    ProjectTree *mProjectTree = nullptr;
    ProblemsPanel *mProblems = nullptr;
    model::Problems mImportProblems; // what the last BPMN import warned of, until another document
    void refreshProblems();
    SimulationPanel *mSimulation = nullptr;
    review::ReviewModel *mReviewModel = nullptr;
    review::ReviewView *mReviewView = nullptr; // a window of its own, deleted with this one
    QUndoView *mUndoView = nullptr;
    QDockWidget *mPropertiesDock = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mTemplateMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QLabel *mStatusCounts = nullptr;
};

} // namespace oi::app
