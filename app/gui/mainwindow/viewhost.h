// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QMenu;
class QTabWidget;
class QToolBar;
class QWidget;
QT_END_NAMESPACE

#include "editor/journey/stepoverlay.h"

namespace oi::editor {
class Document;
class JourneyView;
class JourneyProperties;
} // namespace oi::editor

namespace oi::app {

class ProcessesView;
class RequirementsView;
class RolesView;

/**
 * Hosts the central views (journey, roles, processes) in the main window's tabs and contributes
 * their actions to the window's menus and toolbar, so MainWindow does not know each view's API.
 */
class ViewHost : public QObject
{
    Q_OBJECT
public:
    ViewHost(QTabWidget *tabs, QObject *parent);

    void setDocument(editor::Document *document);
    QWidget *propertiesWidget() const;

    void addFileActions(QMenu *menu);
    void addEditActions(QMenu *menu);
    void addViewActions(QMenu *menu);
    void addSimulateActions(QMenu *menu);
    void addToolBarActions(QToolBar *bar);

    editor::JourneyView *journeyView() const { return mJourney; }

    /** The views' own layout choices (lanes shown and their order), kept across sessions. */
    void readSettings();
    void writeSettings() const;

    /** The tab title of the view that shows `kind` ("Roles"), or empty when none does. */
    QString viewTitleFor(const QString &kind) const;

public slots:
    /**
     * Brings the view of an entity to the front and selects it. `kind` is one of role, process,
     * requirement, journey, step; a process id may name a node as "process/node".
     */
    void showEntity(const QString &kind, const QString &id);
    /** Paints results (or nothing, for an empty overlay) on the journey map. */
    void setOverlay(const oi::editor::StepOverlay &overlay);

signals:
    /** A chip on the journey map was clicked: the window selects the entity and offers to open it. */
    void chipActivated(const QString &kind, const QString &id);

private:
    QTabWidget *mTabs;
    editor::JourneyView *mJourney;
    editor::JourneyProperties *mProperties;
    RolesView *mRoles;
    ProcessesView *mProcesses;
    RequirementsView *mRequirements;
};

} // namespace oi::app
