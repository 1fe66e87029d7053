// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow/viewhost.h"

#include "app/gui/processes/processesview.h"
#include "app/gui/requirements/requirementsview.h"
#include "app/gui/roles/rolesview.h"

#include "editor/document/document.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeypicture.h"
#include "editor/journey/journeyproperties.h"
#include "editor/journey/journeyview.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>

namespace oi::app {

ViewHost::ViewHost(QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , mTabs(tabs)
    , mJourney(new editor::JourneyView)
    , mProperties(new editor::JourneyProperties)
    , mRoles(new RolesView)
    , mProcesses(new ProcessesView)
    , mRequirements(new RequirementsView)
{
    mTabs->addTab(mJourney, QIcon(QStringLiteral(":/icons/journey.svg")), tr("Journey"));
    mTabs->addTab(mRoles, QIcon(QStringLiteral(":/icons/role.svg")), tr("Roles"));
    mTabs->addTab(mProcesses, QIcon(QStringLiteral(":/icons/process.svg")), tr("Processes"));
    mTabs->addTab(mRequirements, QIcon(QStringLiteral(":/icons/requirement.svg")), tr("Requirements"));
    mProperties->connectTo(mJourney);
    // A chip keeps the map in front: the window selects the entity and offers to open it.
    connect(mJourney, &editor::JourneyView::entityActivated, this, [this](editor::EntityKind kind, const QString &id) {
        switch (kind) {
        case editor::EntityKind::Role: emit chipActivated(QStringLiteral("role"), id); break;
        case editor::EntityKind::Process: emit chipActivated(QStringLiteral("process"), id); break;
        case editor::EntityKind::Requirement: emit chipActivated(QStringLiteral("requirement"), id); break;
        default: break;
        }
    });
}

void ViewHost::setDocument(editor::Document *document)
{
    // The panel first: the view announces its journey as soon as it has the document.
    mProperties->setDocument(document);
    mJourney->setDocument(document);
    mRoles->setDocument(document);
    mProcesses->setDocument(document);
    mRequirements->setDocument(document);
}

QString ViewHost::viewTitleFor(const QString &kind) const
{
    QWidget *view = kind == QLatin1String("role") ? static_cast<QWidget *>(mRoles)
        : kind == QLatin1String("process")        ? static_cast<QWidget *>(mProcesses)
        : kind == QLatin1String("requirement")    ? static_cast<QWidget *>(mRequirements)
                                                  : nullptr;
    return view ? mTabs->tabText(mTabs->indexOf(view)) : QString();
}

QWidget *ViewHost::propertiesWidget() const
{
    return mProperties;
}

void ViewHost::addFileActions(QMenu *menu)
{
    QMenu *exportMenu = menu->addMenu(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Journey"));
    struct Format
    {
        QString title, filter, suffix;
    };
    const QList<Format> formats = {
        { tr("As &PNG Image…"), tr("PNG image (*.png)"), QStringLiteral("png") },
        { tr("As &SVG Drawing…"), tr("SVG drawing (*.svg)"), QStringLiteral("svg") },
        { tr("As P&DF…"), tr("PDF document (*.pdf)"), QStringLiteral("pdf") },
        { tr("As &Mermaid Text…"), tr("Mermaid journey (*.mmd)"), QStringLiteral("mmd") },
        { tr("As &JSON…"), tr("Journey JSON (*.json)"), QStringLiteral("json") },
    };
    for (const Format &f : formats) {
        QAction *a = exportMenu->addAction(f.title);
        a->setObjectName(QStringLiteral("export-") + f.suffix);
        connect(a, &QAction::triggered, this, [this, f] {
            if (!mJourney->document())
                return;
            QSettings settings;
            const QString dir = settings.value(QStringLiteral("files/exportDirectory")).toString();
            const QString suggested = QFileInfo(dir, mJourney->currentJourney() + u'.' + f.suffix).filePath();
            QString fileName = QFileDialog::getSaveFileName(mTabs, tr("Export Journey"), suggested, f.filter);
            if (fileName.isEmpty())
                return;
            if (QFileInfo(fileName).suffix().isEmpty())
                fileName += u'.' + f.suffix;
            int dpi = 96;
            if (f.suffix == QLatin1String("png")) {
                bool ok = false;
                dpi = QInputDialog::getInt(
                    mTabs, tr("Export PNG"), tr("Resolution (dots per inch):"), 150, 48, 600, 24, &ok);
                if (!ok)
                    return;
            }
            settings.setValue(QStringLiteral("files/exportDirectory"), QFileInfo(fileName).absolutePath());
            QString error;
            if (!mJourney->exportTo(fileName, dpi, &error))
                QMessageBox::warning(mTabs, tr("Export Failed"), error);
        });
    }
    QAction *import = menu->addAction(tr("&Import Journey (JSON)…"));
    import->setObjectName(QStringLiteral("importJourney"));
    connect(import, &QAction::triggered, this, [this] {
        editor::Document *doc = mJourney->document();
        if (!doc)
            return;
        const QString fileName
            = QFileDialog::getOpenFileName(mTabs, tr("Import Journey"), {}, tr("Journey JSON (*.json)"));
        if (fileName.isEmpty())
            return;
        QFile file(fileName);
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(mTabs, tr("Import Failed"), tr("%1: %2").arg(fileName, file.errorString()));
            return;
        }
        const QString id = editor::JourneyOperations::importJourneyJson(doc, file.readAll(), &error);
        if (id.isEmpty())
            QMessageBox::warning(mTabs, tr("Import Failed"), tr("%1: %2").arg(fileName, error));
        else
            mJourney->setCurrentJourney(id);
    });
    QAction *print = menu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print Journey…"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, [this] {
        if (!mJourney->document())
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, mTabs);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        if (!editor::JourneyPicture::print(mJourney->scene(), &printer, &error))
            QMessageBox::warning(mTabs, tr("Print Failed"), error);
    });
}

void ViewHost::addEditActions(QMenu *menu)
{
    using A = editor::JourneyView;
    for (A::Action a : { A::Cut, A::Copy, A::Paste, A::Delete, A::Duplicate })
        menu->addAction(mJourney->action(a));
    menu->addSeparator();
    for (A::Action a : { A::NewJourney, A::AddStage, A::AddStep, A::EditTitle })
        menu->addAction(mJourney->action(a));
    menu->addAction(mJourney->action(A::DeleteJourney));
    menu->addSeparator();
    menu->addAction(mJourney->action(A::SelectAll));
    menu->addAction(mJourney->action(A::Find));
}

void ViewHost::addViewActions(QMenu *menu)
{
    using A = editor::JourneyView;
    for (A::Action a : { A::ZoomIn, A::ZoomOut, A::FitToWindow, A::ResetZoom })
        menu->addAction(mJourney->action(a));
    menu->addSeparator();
    menu->addAction(mJourney->action(A::ShowToBe));
}

void ViewHost::addSimulateActions(QMenu *) { }

void ViewHost::readSettings()
{
    const QString lanes = QSettings().value(QStringLiteral("journey/lanes")).toString();
    if (!lanes.isEmpty())
        mJourney->setLaneConfig(editor::LaneConfig::fromString(lanes));
}

void ViewHost::writeSettings() const
{
    QSettings().setValue(QStringLiteral("journey/lanes"), mJourney->laneConfig().toString());
}

void ViewHost::addToolBarActions(QToolBar *bar)
{
    using A = editor::JourneyView;
    bar->addAction(mJourney->action(A::NewJourney));
    bar->addAction(mJourney->action(A::AddStage));
    bar->addAction(mJourney->action(A::AddStep));
    bar->addSeparator();
    bar->addAction(mJourney->action(A::ZoomOut));
    bar->addAction(mJourney->action(A::ZoomIn));
    bar->addAction(mJourney->action(A::FitToWindow));
}

void ViewHost::setOverlay(const editor::StepOverlay &overlay)
{
    mJourney->setOverlay(overlay);
}

void ViewHost::showEntity(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("role")) {
        mTabs->setCurrentWidget(mRoles);
        mRoles->selectRole(id);
    } else if (kind == QLatin1String("process")) {
        mTabs->setCurrentWidget(mProcesses);
        mProcesses->selectNode(id.section(u'/', 0, 0), id.section(u'/', 1));
    } else if (kind == QLatin1String("requirement")) {
        mTabs->setCurrentWidget(mRequirements);
        mRequirements->selectRequirement(id);
    } else if (kind == QLatin1String("journey")) {
        mTabs->setCurrentWidget(mJourney);
        mJourney->setCurrentJourney(id);
    } else if (kind == QLatin1String("step")) {
        mTabs->setCurrentWidget(mJourney);
        mJourney->selectSteps({ id });
    }
}

} // namespace oi::app
