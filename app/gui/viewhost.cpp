// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewhost.h"

#include "processesview.h"
#include "rolesview.h"

#include "editor/document.h"

#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>

namespace oi::app {

ViewHost::ViewHost(QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , mTabs(tabs)
    , mJourney(nullptr)
    , mProperties(nullptr)
    , mRoles(new RolesView)
    , mProcesses(new ProcessesView)
{
    auto *journeyPending = new QLabel(tr("The journey map canvas opens here."));
    journeyPending->setAlignment(Qt::AlignCenter);
    mTabs->addTab(journeyPending, QIcon(QStringLiteral(":/icons/journey.svg")), tr("Journey"));
    mTabs->addTab(mRoles, QIcon(QStringLiteral(":/icons/role.svg")), tr("Roles"));
    mTabs->addTab(mProcesses, QIcon(QStringLiteral(":/icons/process.svg")), tr("Processes"));
}

void ViewHost::setDocument(editor::Document *document)
{
    mRoles->setDocument(document);
    mProcesses->setDocument(document);
}

QWidget *ViewHost::propertiesWidget() const
{
    auto *label = new QLabel(tr("Select a step to see its properties."));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

void ViewHost::addFileActions(QMenu *) {}
void ViewHost::addEditActions(QMenu *) {}
void ViewHost::addViewActions(QMenu *) {}
void ViewHost::addSimulateActions(QMenu *) {}
void ViewHost::addToolBarActions(QToolBar *) {}

void ViewHost::showEntity(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("role")) {
        mTabs->setCurrentWidget(mRoles);
        mRoles->selectRole(id);
    } else if (kind == QLatin1String("process")) {
        mTabs->setCurrentWidget(mProcesses);
        mProcesses->selectProcess(id);
    }
}

} // namespace oi::app
