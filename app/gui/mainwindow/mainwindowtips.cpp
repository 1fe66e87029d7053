// SPDX-License-Identifier: GPL-3.0-or-later
// What the frame's commands say in the status bar and their tooltips, and what its panels answer to
// What's This (Shift+F1): one place, so the words stay consistent and none is forgotten.
#include "app/gui/mainwindow/mainwindow.h"

#include "app/gui/docks/problemspanel.h"
#include "app/gui/docks/projecttree.h"
#include "app/gui/simulation/simulationpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QUndoView>
#include <QWhatsThis>

namespace oi::app {

namespace {
void describe(QAction *action, const QString &tip)
{
    if (!action)
        return;
    action->setStatusTip(tip);
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
}
} // namespace

void MainWindow::describeActions()
{
    const std::pair<const char *, QString> tips[] = {
        { "new", tr("Start an empty project") },
        { "open", tr("Open a project file (.oistudio or .oi.yaml)") },
        { "openSample", tr("Open the bundled sample project, a broadband provider, as a new unsaved project") },
        { "save", tr("Save the project to its file") },
        { "saveAs", tr("Save the project under a new name or format") },
        { "importEventLog", tr("Turn an event log (CSV or XES) into a draft journey, process and roles") },
        { "quit", tr("Close the studio, offering to save unsaved work") },
        { "validate", tr("Check the whole project and list every problem in the Problems panel") },
        { "about", tr("The studio's version and licence") },
        { "aboutQt", tr("The version of Qt the studio is built with") },
        { "simulate", tr("Simulate the chosen scenario and show throughput, waits and the constraint") },
        { "stopSimulation", tr("Stop the simulation that is running") },
        { "clearResults", tr("Take the simulated figures off the journey map and the process diagram") },
        { "fullScreen", tr("Use the whole screen for the studio") },
        { "preferences", tr("Language, theme, autosave, simulation defaults, units and export settings") },
        { "welcome", tr("Show the welcome page: the sample, the templates and recent projects") },
        { "review", tr("Present the project to executives and record their decisions") },
        { "exportDeck", tr("Save the executive review as a PDF deck, one slide per screen") },
        { "exportSpec", tr("Preview and save the vendor proof-of-concept specification") },
        { "advise", tr("Find what would relieve the constraint, with its cost and the goals it meets") },
        { "userGuide", tr("Read the user guide, offline") },
        { "keyboardShortcuts", tr("Every keyboard shortcut of the studio") },
        { "deleteEntity", tr("Delete the strategy, role, process or other item selected") },
        { "renameId", tr("Change the id of the selected item everywhere it is used") },
        { "whatsThis", tr("Click on any part of the window to learn what it is") },
    };
    // Undo and Redo keep their tooltips following the edit they would undo ("Undo Rename Step").
    mActions.value(QStringLiteral("undo"))->setStatusTip(tr("Undo the last edit"));
    mActions.value(QStringLiteral("redo"))->setStatusTip(tr("Redo the edit last undone"));
    for (const auto &[name, tip] : tips)
        describe(mActions.value(QLatin1String(name), findChild<QAction *>(QLatin1String(name))), tip);
}

void MainWindow::describePanels()
{
    auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name))->widget(); };
    dock("ProjectDock")
        ->setWhatsThis(tr("Everything in the project by kind: strategies, personas, journeys, roles, processes, "
                          "requirements and scenarios. Double-click an item to open it in its editor; the context "
                          "menu adds, renames and deletes."));
    dock("PropertiesDock")
        ->setWhatsThis(tr("The selected item's details, ready to edit. Every change can be undone (Ctrl+Z)."));
    dock("HistoryDock")
        ->setWhatsThis(tr("Every edit of this session, newest last. Click an earlier line to go back to that point; "
                          "click a later one to redo."));
    dock("SimulationDock")
        ->setWhatsThis(tr("Run the simulation: choose a scenario and the number of replications, then Run (F5). "
                          "The figures appear on the Results tab, the journey map and the process diagram."));
    dock("ProblemsDock")
        ->setWhatsThis(tr("What the project's check found: errors that stop a simulation and warnings worth a look. "
                          "Double-click a problem to go to the item it is about."));
    mProjectTree->setAccessibleName(tr("Project contents"));
    mUndoView->setAccessibleName(tr("Edit history"));
    mProblems->setAccessibleName(tr("Problems"));
}

} // namespace oi::app
